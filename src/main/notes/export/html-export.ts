// A note as one self-contained HTML file: inline CSS (light and dark), no
// scripts, no external references; quoted passages as figures with footnote
// references, the footnotes and the bibliography at the end.
import { bibliography, citationLine, footnoteText } from './citations'
import type { Block, Inline, ListBlock, NoteDocument } from './document-model'
import { HTML_EXPORT_CSS } from './html-export-style'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

/** Only links a reader can follow safely; others keep their text without the link. */
function safeHref(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined
}

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'break') return '<br>'
      if (run.kind === 'mention') return `<span class="mention">${escapeHtml(run.name)}</span>`
      if (run.kind === 'link') {
        const href = safeHref(run.url)
        const inner = inlines(run.children)
        return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner
      }
      let html = escapeHtml(run.text)
      const { marks } = run
      if (marks.code) html = `<code>${html}</code>`
      if (marks.bold) html = `<strong>${html}</strong>`
      if (marks.italic) html = `<em>${html}</em>`
      if (marks.underline) html = `<u>${html}</u>`
      if (marks.strikethrough) html = `<s>${html}</s>`
      if (marks.subscript) html = `<sub>${html}</sub>`
      if (marks.superscript) html = `<sup>${html}</sup>`
      return html
    })
    .join('')
}

function list(block: ListBlock): string {
  const tag = block.style === 'number' ? 'ol' : 'ul'
  const start = block.style === 'number' && block.start !== 1 ? ` start="${block.start}"` : ''
  const className = block.style === 'check' ? ' class="checklist"' : ''
  const items = block.items
    .map((item) => {
      const box =
        item.checked === undefined
          ? ''
          : `<span class="check" aria-label="${item.checked ? 'done' : 'not done'}">${item.checked ? '☑' : '☐'}</span> `
      return `<li dir="auto">${box}${inlines(item.inlines)}${item.children.map(list).join('')}</li>`
    })
    .join('')
  return `<${tag}${start}${className}>${items}</${tag}>`
}

function block(item: Block): string {
  switch (item.kind) {
    case 'heading': {
      const level = Math.min(item.level + 1, 6)
      return `<h${level} dir="${item.dir}">${inlines(item.inlines)}</h${level}>`
    }
    case 'paragraph':
      return item.inlines.length > 0 ? `<p dir="${item.dir}">${inlines(item.inlines)}</p>` : ''
    case 'blockquote':
      return `<blockquote dir="${item.dir}">${inlines(item.inlines)}</blockquote>`
    case 'quotation': {
      const { number, citation } = item.footnote
      const cite = citationLine(citation)
      return (
        `<figure class="quotation"><blockquote dir="${item.dir}">${escapeHtml(item.exact)}` +
        `<sup class="footnote-ref"><a href="#fn${number}" id="fnref${number}">${number}</a></sup></blockquote>` +
        `<figcaption>${escapeHtml(cite)}</figcaption></figure>`
      )
    }
    case 'list':
      return list(item)
    case 'rule':
      return '<hr>'
    case 'code':
      return `<pre><code>${escapeHtml(item.text)}</code></pre>`
    case 'table':
      return `<table>${item.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell) => {
                const tag = cell.header ? 'th' : 'td'
                return `<${tag} dir="auto">${inlines(cell.inlines)}</${tag}>`
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`
  }
}

export function htmlExport(document: NoteDocument): string {
  const body = document.blocks.map(block).filter(Boolean).join('\n')
  const footnotes =
    document.footnotes.length === 0
      ? ''
      : `<section class="footnotes" aria-label="Notes"><h2>Notes</h2><ol>${document.footnotes
          .map(
            (note) =>
              `<li id="fn${note.number}">${escapeHtml(footnoteText(note.citation))} ` +
              `<a href="#fnref${note.number}" aria-label="Back to the quotation">↩</a></li>`,
          )
          .join('')}</ol></section>`
  const entries = bibliography(document.sources)
  const references =
    entries.length === 0
      ? ''
      : `<section class="bibliography"><h2>Bibliography</h2>${entries
          .map(
            (entry) =>
              `<p>${entry.parts
                .map((part) => {
                  const href = part.url ? safeHref(part.text) : undefined
                  return href
                    ? `<a href="${escapeHtml(href)}">${escapeHtml(part.text)}</a>`
                    : escapeHtml(part.text)
                })
                .join('')}</p>`,
          )
          .join('')}</section>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Weft">
<title>${escapeHtml(document.title)}</title>
<style>${HTML_EXPORT_CSS}</style>
</head>
<body>
<article>
<h1 dir="auto">${escapeHtml(document.title)}</h1>
${body}
${footnotes}
${references}
</article>
</body>
</html>
`
}
