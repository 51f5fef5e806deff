// Cuts a snippet of original text around the densest cluster of matches,
// with the matches' ranges inside it for highlighting.
import type { TextRange } from '@shared/models'
import type { TextMatch } from './find-matches'

export interface Snippet {
  snippet: string
  /** [start, end) inside `snippet`. */
  highlights: [number, number][]
  /** The first match the snippet shows, in the original text. */
  match: TextRange | null
}

export const SNIPPET_LENGTH = 200
const ELLIPSIS = '…'
const WHITESPACE = /\s/u

/** The run of matches, within most of a snippet's length, covering most distinct terms (then most matches). */
function densestWindow(matches: readonly TextMatch[], span: number): { first: number; last: number } {
  let best = { first: 0, last: 0, terms: 0, count: 0 }
  for (let first = 0; first < matches.length; first += 1) {
    const terms = new Set<number>()
    let last = first
    for (let next = first; next < matches.length; next += 1) {
      if (matches[next]!.end - matches[first]!.start > span) break
      terms.add(matches[next]!.term)
      last = next
    }
    const count = last - first + 1
    if (terms.size > best.terms || (terms.size === best.terms && count > best.count)) {
      best = { first, last, terms: terms.size, count }
    }
  }
  return best
}

/** [start, end) of the original to show: the window plus context, on word boundaries. */
function snippetBounds(text: string, from: number, to: number, length: number): [number, number] {
  const slack = Math.max(0, length - (to - from))
  // Some context before the matches, more after; near the end, all of it before.
  let start = Math.max(0, Math.min(from - Math.floor(slack * 0.4), text.length - length))
  if (start > 0) {
    // Begin at a word: after the first space between the cut and the first match.
    for (let index = start; index < from; index += 1) {
      if (WHITESPACE.test(text[index]!)) {
        start = index + 1
        break
      }
    }
  }
  let end = Math.min(text.length, Math.max(to, start + length))
  if (end < text.length) {
    for (let index = end; index > to; index -= 1) {
      if (WHITESPACE.test(text[index]!)) {
        end = index
        break
      }
    }
  }
  return [start, end]
}

function hasTextAfter(text: string, offset: number): boolean {
  for (let index = offset; index < text.length; index += 1) if (!WHITESPACE.test(text[index]!)) return true
  return false
}

/**
 * The snippet for `text` given its matches (sorted by start). With no match,
 * the opening of the text.
 */
export function cutSnippet(text: string, matches: readonly TextMatch[], length = SNIPPET_LENGTH): Snippet {
  const window = matches.length > 0 ? densestWindow(matches, Math.floor(length * 0.75)) : undefined
  const from = window ? matches[window.first]!.start : 0
  const to = window ? Math.max(...matches.slice(window.first, window.last + 1).map((match) => match.end)) : 0
  const [start, end] = snippetBounds(text, from, to, length)

  // Copy the original, runs of whitespace (line breaks) shown as one space,
  // noting where each original offset lands in the snippet.
  const landing = new Uint32Array(end - start + 1)
  let body = ''
  let index = start
  while (index < end && WHITESPACE.test(text[index]!)) landing[index++ - start] = 0
  for (; index < end; index += 1) {
    landing[index - start] = body.length
    const char = text[index]!
    if (!WHITESPACE.test(char)) body += char
    else if (!body.endsWith(' ')) body += ' '
  }
  landing[end - start] = body.length
  const lead = start > 0 ? ELLIPSIS : ''
  const shown = lead + body.trimEnd()
  const tail = hasTextAfter(text, end) ? ELLIPSIS : ''

  const highlights: [number, number][] = []
  /** The stretch of the original each highlight covers. */
  const covered: TextRange[] = []
  for (const match of matches) {
    if (match.start < start || match.start >= end) continue
    const from = lead.length + landing[match.start - start]!
    const to = Math.min(lead.length + landing[Math.min(match.end, end) - start]!, shown.length)
    const previous = highlights[highlights.length - 1]
    // Overlapping marks merge, and so do marks only a space apart ("joint operation").
    if (previous && (from <= previous[1] || shown.slice(previous[1], from) === ' ')) {
      previous[1] = Math.max(previous[1], to)
      covered[covered.length - 1]!.end = Math.max(covered[covered.length - 1]!.end, match.end)
    } else if (to > from) {
      highlights.push([from, to])
      covered.push({ start: match.start, end: match.end })
    }
  }
  // The reader opens at the highlight the window begins with ("joint operation", not "joint").
  const first = window ? matches[window.first]! : undefined
  const opened = first && covered.find((range) => range.start <= first.start && first.start < range.end)
  return {
    snippet: shown + tail,
    highlights,
    match: opened ?? (first ? { start: first.start, end: first.end } : null),
  }
}
