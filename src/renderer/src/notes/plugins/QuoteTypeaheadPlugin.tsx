// Typing "/quote" offers the library's passages to quote: words after it
// narrow them by the passage's text or its source's title.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type TriggerFn,
} from '@lexical/react/LexicalTypeaheadMenuPlugin'
import { useEffect, useState } from 'react'
import { readableQuote, type QuotablePassage } from '@shared/notes'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { $insertPassageQuote } from '../editor/insert-quote'
import { useQuoteStates } from '../editor/quote-states'
import { TypeaheadList } from './TypeaheadList'

class PassageOption extends MenuOption {
  constructor(readonly passage: QuotablePassage) {
    super(`passage-${passage.passageId}`)
  }
}

/** "/quote", then optionally a space and words, right before the caret. */
export const quoteTrigger: TriggerFn = (text) => {
  const match = /(^|\s)(\/quote(?:\s+([^\n]{0,80}))?)$/.exec(text)
  if (!match) return null
  return {
    leadOffset: match.index + match[1]!.length,
    matchingString: match[3] ?? '',
    replaceableString: match[2]!,
  }
}

const PICKER_LIMIT = 12

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text
}

export function QuoteTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext()
  const api = useApi()
  const quotes = useQuoteStates()
  const [query, setQuery] = useState<string | null>(null)
  const [options, setOptions] = useState<PassageOption[]>([])
  const [problem, setProblem] = useState<string>()

  useEffect(() => {
    if (query === null) return
    let current = true
    const timer = setTimeout(() => {
      api.call('notes:findPassages', { query, limit: PICKER_LIMIT }).then(
        (found) => {
          if (!current) return
          setProblem(undefined)
          setOptions(found.map((passage) => new PassageOption(passage)))
        },
        (error: unknown) => current && setProblem(`Could not look for passages: ${errorMessage(error)}`),
      )
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, query])

  return (
    <LexicalTypeaheadMenuPlugin<PassageOption>
      triggerFn={quoteTrigger}
      onQueryChange={setQuery}
      options={options}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => {
          const near = textNode?.getTopLevelElement()
          textNode?.remove()
          quotes.remember(option.passage)
          $insertPassageQuote(option.passage, near)
        })
        closeMenu()
      }}
      menuRenderFn={(
        anchor,
        { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) => (
        <TypeaheadList
          anchor={anchor}
          label="Passages to quote"
          options={shown}
          selectedIndex={selectedIndex}
          choose={selectOptionAndCleanUp}
          highlight={setHighlightedIndex}
          empty={
            problem ??
            (query
              ? `No passage matches “${query}”. Mark passages in the reader first.`
              : 'No passages yet: select text in the reader and highlight it.')
          }
          render={({ passage }) => (
            <span className="note-typeahead-passage">
              <span className="note-typeahead-text" dir="auto">
                {shorten(readableQuote(passage.exact), 160)}
              </span>
              <span className="note-typeahead-source">{passage.citation.title}</span>
            </span>
          )}
        />
      )}
    />
  )
}
