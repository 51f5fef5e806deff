// A note as Markdown (CommonMark with GFM tables, task lists and footnotes):
// quoted passages become blockquotes with a footnote citation, actor mentions
// plain names or [[wikilinks]], and a bibliography closes the file.
import type { MentionStyle } from '@shared/notes'
import { bibliography, footnoteText } from './citations'
import type { Block, Inline, ListBlock, NoteDocument } from './document-model'

/** Characters that would otherwise start Markdown syntax inside a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g

function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, (char) => `\\${char}`)
}

/** A line that would read as a heading, list, quote or rule gets its first character escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])/, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  )
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return /^`|`$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`
}

function wrap(text: string, before: string, after = before): string {
  // Emphasis markers must touch the words: keep surrounding spaces outside them.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  return match[2] ? `${match[1]}${before}${match[2]}${after}${match[3]}` : text
}

function inlines(runs: readonly Inline[], mentions: MentionStyle): string {
  return runs
    .map((run) => {
      if (run.kind === 'break') return '\\\n'
      if (run.kind === 'mention')
        return mentions === 'wikilinks' ? `[[${run.name.replace(/[[\]|]/g, '')}]]` : escapeText(run.name)
      if (run.kind === 'link')
        return `[${inlines(run.children, mentions)}](<${run.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
      const { marks } = run
      if (marks.code) return codeSpan(run.text)
      let text = escapeText(run.text)
      if (marks.bold) text = wrap(text, '**')
      if (marks.italic) text = wrap(text, '*')
      if (marks.strikethrough) text = wrap(text, '~~')
      if (marks.underline) text = wrap(text, '<u>', '</u>')
      if (marks.subscript) text = wrap(text, '<sub>', '</sub>')
      if (marks.superscript) text = wrap(text, '<sup>', '</sup>')
      return text
    })
    .join('')
}

function paragraphText(runs: readonly Inline[], mentions: MentionStyle): string {
  return inlines(runs, mentions).split('\n').map(escapeLineStart).join('\n')
}

function list(block: ListBlock, mentions: MentionStyle, indent = ''): string {
  return block.items
    .map((item, index) => {
      const marker =
        block.style === 'number'
          ? `${block.start + index}. `
          : block.style === 'check'
            ? `- [${item.checked ? 'x' : ' '}] `
            : '- '
      const markerWidth = block.style === 'number' ? marker.length : 2
      const childIndent = indent + ' '.repeat(markerWidth)
      const body = paragraphText(item.inlines, mentions).replace(/\n/g, `\n${childIndent}`)
      const nested = item.children.map((child) => `\n${list(child, mentions, childIndent)}`).join('')
      return `${indent}${marker}${body}${nested}`
    })
    .join('\n')
}

function tableCell(runs: readonly Inline[], mentions: MentionStyle): string {
  return inlines(runs, mentions).replace(/\\\n/g, '<br>').replace(/\n/g, ' ') || ' '
}

function block(item: Block, mentions: MentionStyle): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(item.level + 1, 6))} ${inlines(item.inlines, mentions)}`
    case 'paragraph':
      return paragraphText(item.inlines, mentions)
    case 'blockquote':
      return paragraphText(item.inlines, mentions)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')
    case 'quotation':
      return `${escapeText(item.exact)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}[^${item.footnote.number}]`
    case 'list':
      return list(item, mentions)
    case 'rule':
      return '---'
    case 'code': {
      const fence = '`'.repeat(
        Math.max(3, ...[...item.text.matchAll(/`{3,}/g)].map((run) => run[0].length + 1)),
      )
      return `${fence}${item.language ?? ''}\n${item.text}\n${fence}`
    }
    case 'table': {
      const rows = item.rows.map(
        (row) => `| ${row.map((cell) => tableCell(cell.inlines, mentions)).join(' | ')} |`,
      )
      if (rows.length === 0) return ''
      const width = item.rows[0]!.length
      return [rows[0], `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n')
    }
  }
}

export function markdownExport(document: NoteDocument, mentions: MentionStyle): string {
  // The note's own headings sit one level below its title.
  const parts = [`# ${escapeText(document.title)}`]
  for (const item of document.blocks) {
    const text = block(item, mentions)
    if (text.trim()) parts.push(text)
  }
  if (document.footnotes.length > 0) {
    parts.push(
      document.footnotes
        .map((note) => `[^${note.number}]: ${escapeText(footnoteText(note.citation))}`)
        .join('\n'),
    )
  }
  const entries = bibliography(document.sources)
  if (entries.length > 0) {
    parts.push('## Bibliography', entries.map((entry) => escapeText(entry.text)).join('\n\n'))
  }
  return `${parts.join('\n\n')}\n`
}
