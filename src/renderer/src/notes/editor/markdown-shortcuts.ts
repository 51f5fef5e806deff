// The Markdown the editor turns into formatting as it is typed: Lexical's
// own transformers, check lists ("- [ ] ") and horizontal rules ("---").
import { CHECK_LIST, TRANSFORMERS, type ElementTransformer, type Transformer } from '@lexical/markdown'
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from '@lexical/react/LexicalHorizontalRuleNode'

const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(?:---|\*\*\*|___)\s?$/,
  replace: (parent, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode()
    if (isImport || parent.getNextSibling() !== null) parent.replace(rule)
    else parent.insertBefore(rule)
    rule.selectNext()
  },
  type: 'element',
}

// Check lists before bulleted lists: both begin with "- ".
export const NOTE_MARKDOWN_SHORTCUTS: Transformer[] = [HORIZONTAL_RULE, CHECK_LIST, ...TRANSFORMERS]
