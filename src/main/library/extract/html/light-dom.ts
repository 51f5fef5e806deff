// A light parse tree for reading a saved page. parse5 (the HTML standard's
// tree construction, the same parser jsdom uses) builds it out of the nodes of
// JSDOMParser, the small DOM that Readability ships and runs its own tests on.
// Building jsdom's full DOM for a whole page, then throwing most of it away,
// was two thirds of an import's time; this tree costs a fifth of that.
// Only the article Readability keeps goes on to jsdom and DOMPurify (see
// html-parser.ts). The tree is inert data: nothing in it can run or load.
//
// The nodes implement the part of the DOM that Readability and Weft's own
// walkers use (children and siblings, localName, attributes, textContent,
// getElementsByTagName, remove); they are typed as DOM nodes for those.
import JSDOMParser from '@mozilla/readability/JSDOMParser.js'
import { parse, type DefaultTreeAdapterMap, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5'
import { capNesting } from './nesting-cap'

/** JSDOMParser's nodes, as far as building a tree needs them. */
interface LightNode {
  nodeType: number
  parentNode: LightParent | null
  previousSibling: LightNode | null
  nextSibling: LightNode | null
  textContent: string
  remove(): void
}

interface LightParent extends LightNode {
  childNodes: LightNode[]
  children: LightElement[]
  appendChild(node: LightNode): void
}

interface LightElement extends LightParent {
  previousElementSibling: LightElement | null
  nextElementSibling: LightElement | null
  localName: string
  attributes: { name: string; value: string }[]
  getAttribute(name: string): string | undefined
  setAttribute(name: string, value: string): void
  hasAttribute(name: string): boolean
  /** What parse5 needs to know of the element, kept beside JSDOMParser's own fields. */
  parse5: { tagName: string; namespace: string; content?: LightElement }
}

interface LightDocument extends LightParent {
  documentElement?: LightElement
  head?: LightElement
  body?: LightElement
  title: string
  mode: DefaultTreeAdapterMap['document']['mode']
  getElementsByTagName(tag: string): LightElement[]
  createElement(tag: string): LightElement
  createTextNode(text: string): LightNode
}

type LightMap = TreeAdapterTypeMap<
  LightNode,
  LightParent,
  LightNode,
  LightDocument,
  LightElement,
  LightElement,
  LightNode,
  LightNode,
  LightElement,
  LightNode
>

/** Comments are never read: parse5 is handed one marker that is never attached. */
const COMMENT = { nodeType: 8 } as LightNode

const TEXT_NODE = 3
const ELEMENT_NODE = 1

function newDocument(): LightDocument {
  return new JSDOMParser().parse('') as unknown as LightDocument
}

/** JSDOMParser has appendChild and replaceChild but no insertBefore; parse5 needs it when it moves misplaced table content. */
function insertBefore(parent: LightParent, node: LightNode, reference: LightNode): void {
  if (node.parentNode) node.remove()
  const nodes = parent.childNodes
  const index = nodes.indexOf(reference)
  nodes.splice(index, 0, node)
  node.parentNode = parent
  node.previousSibling = reference.previousSibling
  node.nextSibling = reference
  if (reference.previousSibling) reference.previousSibling.nextSibling = node
  reference.previousSibling = node
  if (node.nodeType !== ELEMENT_NODE) return
  const element = node as LightElement
  const next = (nodes.slice(index + 1).find((sibling) => sibling.nodeType === ELEMENT_NODE) ??
    null) as LightElement | null
  const previous = next ? next.previousElementSibling : (parent.children[parent.children.length - 1] ?? null)
  element.previousElementSibling = previous
  element.nextElementSibling = next
  if (previous) previous.nextElementSibling = element
  if (next) {
    next.previousElementSibling = element
    parent.children.splice(parent.children.indexOf(next), 0, element)
  } else parent.children.push(element)
}

/** Text arriving next to text joins it, as in the DOM parse5 was written for. */
function appendText(factory: LightDocument, parent: LightParent, text: string, before?: LightNode): void {
  const neighbour = before ? before.previousSibling : parent.childNodes[parent.childNodes.length - 1]
  if (neighbour?.nodeType === TEXT_NODE) neighbour.textContent += text
  else if (before) insertBefore(parent, factory.createTextNode(text), before)
  else parent.appendChild(factory.createTextNode(text))
}

function lightTreeAdapter(factory: LightDocument): TreeAdapter<LightMap> {
  return {
    createDocument: () => Object.assign(newDocument(), { mode: 'no-quirks' as const }),
    // Only <template> content is a fragment; it is never read.
    createDocumentFragment: () => factory.createElement('template'),
    createElement(tagName, namespace, attrs) {
      const element = factory.createElement(tagName)
      element.parse5 = { tagName, namespace }
      for (const { name, value } of attrs) element.setAttribute(name, value)
      return element
    },
    createCommentNode: () => COMMENT,
    createTextNode: (value) => factory.createTextNode(value),
    appendChild(parent, node) {
      if (node !== COMMENT) parent.appendChild(node)
    },
    insertBefore(parent, node, reference) {
      if (node !== COMMENT) insertBefore(parent, node, reference)
    },
    setTemplateContent(template, content) {
      template.parse5.content = content
    },
    getTemplateContent: (template) => template.parse5.content ?? factory.createElement('template'),
    setDocumentType() {},
    setDocumentMode(document, mode) {
      document.mode = mode
    },
    getDocumentMode: (document) => document.mode,
    detachNode(node) {
      if (node.parentNode) node.remove()
    },
    insertText: (parent, text) => appendText(factory, parent, text),
    insertTextBefore: (parent, text, reference) => appendText(factory, parent, text, reference),
    adoptAttributes(recipient, attrs) {
      for (const { name, value } of attrs)
        if (!recipient.hasAttribute(name)) recipient.setAttribute(name, value)
    },
    getFirstChild: (node) => node.childNodes[0] ?? null,
    getChildNodes: (node) => node.childNodes,
    getParentNode: (node) => node.parentNode,
    getAttrList: (element) => element.attributes.map(({ name, value }) => ({ name, value })),
    getTagName: (element) => element.parse5.tagName,
    getNamespaceURI: (element) => element.parse5.namespace as never,
    getTextNodeContent: (node) => node.textContent,
    getCommentNodeContent: () => '',
    getDocumentTypeNodeName: () => 'html',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: (node): node is LightNode => node.nodeType === TEXT_NODE,
    isCommentNode: (node): node is LightNode => node === COMMENT,
    isDocumentTypeNode: (_node): _node is LightNode => false,
    isElementNode: (node): node is LightElement => node.nodeType === ELEMENT_NODE,
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  }
}

/**
 * Parses a page into the light tree, with documentElement, head, body and title set as Readability
 * expects, and no element more than MAX_NESTING levels below the body.
 */
export function parseLightDocument(html: string): Document {
  const factory = newDocument()
  // Scripting off, as in jsdom's DOMParser: <noscript> content is read as markup.
  const doc = parse(html, { treeAdapter: lightTreeAdapter(factory), scriptingEnabled: false })
  const root = doc.children.find((child) => child.localName === 'html')
  if (root) {
    doc.documentElement = root
    doc.head = root.children.find((child) => child.localName === 'head')
    doc.body = root.children.find((child) => child.localName === 'body')
  }
  // Before anything walks the tree: a hostile page may nest thousands deep (nesting-cap.ts).
  if (doc.body) capNesting(doc.body as unknown as Element)
  doc.title = doc.getElementsByTagName('title')[0]?.textContent.trim() ?? ''
  return doc as unknown as Document
}
