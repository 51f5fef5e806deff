// Cleans HTML pasted from Word, Google Docs and web pages before Lexical reads
// it: Office markup and comments go, Word's fake lists (paragraphs with
// typed-in bullets) become real lists, inline styles become the formatting
// they mean (bold, italic, underline, strikethrough, super/subscript) and
// everything else about looks (fonts, colours, classes) is dropped.

const REMOVED =
  'style, script, meta, link, title, xml, img, svg, video, audio, iframe, object, embed, noscript, template, button, input, select, textarea'
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  OL: ['start'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
}
const SAFE_LINK = /^(https?:|mailto:)/i

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes))
}

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag)
  wrapper.append(...Array.from(element.childNodes))
  element.append(wrapper)
}

/** Word writes a list item as a paragraph whose style says mso-list:l1 level2 and whose first span is the bullet. */
function wordListPlace(element: Element): { list: string; level: number } | undefined {
  const style = element.getAttribute('style') ?? ''
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style)
  if (match) return { list: match[1]!, level: Number(match[2]) }
  return /^MsoListParagraph/i.test(element.getAttribute('class') ?? '') ? { list: '', level: 1 } : undefined
}

function takeWordMarker(paragraph: Element): string {
  const marker = Array.from(paragraph.querySelectorAll('span')).find((span) =>
    /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  )
  const text = marker?.textContent?.trim() ?? ''
  marker?.remove()
  return text
}

/** Consecutive Word list paragraphs become one list, nested by their level. */
function rebuildWordLists(document: Document): void {
  const paragraphs = Array.from(document.body.querySelectorAll('p'))
  let stack: { level: number; list: Element }[] = []
  let previous: { paragraph: Element; list: string } | null = null
  for (const paragraph of paragraphs) {
    const place = wordListPlace(paragraph)
    if (place === undefined) {
      stack = []
      previous = null
      continue
    }
    const { level } = place
    // The next paragraph of the same Word list (another list id starts another list).
    const continues =
      previous !== null &&
      paragraph.previousElementSibling === previous.paragraph &&
      previous.list === place.list
    if (!continues) stack = []
    const marker = takeWordMarker(paragraph)
    const ordered = /^[\dA-Za-z]{1,4}[.)]$/.test(marker)
    while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop()
    let current = stack.at(-1)
    if (!current || current.level < level) {
      const list = document.createElement(ordered ? 'ol' : 'ul')
      if (current) {
        const lastItem =
          current.list.lastElementChild ?? current.list.appendChild(document.createElement('li'))
        lastItem.append(list)
      } else {
        paragraph.before(list)
      }
      current = { level, list }
      stack.push(current)
    }
    const item = document.createElement('li')
    item.append(...Array.from(paragraph.childNodes))
    current.list.append(item)
    previous = { paragraph, list: place.list }
    // Keep the paragraph in place (emptied) until the next one is checked against it, then drop it.
    paragraph.replaceChildren()
    paragraph.setAttribute('data-weft-list-source', '')
  }
  document.body.querySelectorAll('[data-weft-list-source]').forEach((element) => element.remove())
}

/** Inline styles as the formatting elements Lexical reads. */
function styleToElements(element: Element): void {
  const style = (element.getAttribute('style') ?? '').toLowerCase()
  if (!style) return
  const weight = /(?:^|[;\s])font-weight:\s*(bold|[6-9]00)/.exec(style)
  const normalWeight = /(?:^|[;\s])font-weight:\s*(normal|[1-4]00)/.test(style)
  if (weight && element.tagName !== 'STRONG' && !/^H\d$/.test(element.tagName))
    wrapChildren(element, 'strong')
  if (/font-style:\s*italic/.test(style)) wrapChildren(element, 'em')
  if (/text-decoration[^;]*underline/.test(style)) wrapChildren(element, 'u')
  if (/text-decoration[^;]*line-through/.test(style)) wrapChildren(element, 's')
  if (/vertical-align:\s*super/.test(style)) wrapChildren(element, 'sup')
  if (/vertical-align:\s*sub/.test(style)) wrapChildren(element, 'sub')
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
  if (normalWeight && (element.tagName === 'B' || element.tagName === 'STRONG'))
    element.setAttribute('data-weft-unwrap', '')
}

export function cleanPastedHtml(document: Document): void {
  const { body } = document
  // Comments, including Word's <!--[if !supportLists]--> conditionals.
  const comments = document.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */)
  const found: Node[] = []
  while (comments.nextNode()) found.push(comments.currentNode)
  found.forEach((comment) => comment.parentNode?.removeChild(comment))

  body.querySelectorAll(REMOVED).forEach((element) => element.remove())
  // Office namespaces: <o:p>, <w:sdt>, <v:shape>...
  Array.from(body.querySelectorAll('*'))
    .filter((element) => element.tagName.includes(':'))
    .forEach((element) => (element.tagName.toLowerCase() === 'o:p' ? element.remove() : unwrap(element)))

  rebuildWordLists(document)
  for (const element of Array.from(body.querySelectorAll('[style]'))) styleToElements(element)
  body.querySelectorAll('[data-weft-unwrap], font, span').forEach(unwrap)
  if (/^MsoTitle/i.test(body.querySelector('p')?.getAttribute('class') ?? '')) {
    const title = body.querySelector('p')!
    const heading = document.createElement('h1')
    heading.append(...Array.from(title.childNodes))
    title.replaceWith(heading)
  }
  body.querySelectorAll('a').forEach((anchor) => {
    if (!SAFE_LINK.test(anchor.getAttribute('href') ?? '')) unwrap(anchor)
  })
  for (const element of Array.from(body.querySelectorAll('*'))) {
    const keep = KEPT_ATTRIBUTES[element.tagName] ?? []
    for (const attribute of Array.from(element.attributes)) {
      if (!keep.includes(attribute.name)) element.removeAttribute(attribute.name)
    }
  }
  // Word's spacer paragraphs (they held only an <o:p>&nbsp;</o:p>).
  body.querySelectorAll('p').forEach((paragraph) => {
    if (!paragraph.textContent?.replace(/\u00a0/g, ' ').trim() && !paragraph.querySelector('br, table'))
      paragraph.remove()
  })
}

/** The cleaned HTML of a pasted HTML text. */
export function cleanPastedHtmlText(html: string, parser: DOMParser = new DOMParser()): string {
  const document = parser.parseFromString(html, 'text/html')
  cleanPastedHtml(document)
  return document.body.innerHTML
}
