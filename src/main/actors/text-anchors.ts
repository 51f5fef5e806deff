// W3C Web Annotation selectors for a span of a source's text, and finding the
// span again by its quote when the text changes. A span only moves when its
// new place is certain; otherwise it is flagged for review, never guessed.
import { WeftError } from '../core/weft-error'

/** Characters of context kept on each side of a quote (TextQuoteSelector prefix and suffix). */
export const CONTEXT_LENGTH = 32

export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

export interface Span {
  start: number
  end: number
}

export type Reanchoring =
  | { outcome: 'kept'; start: number; end: number }
  | { outcome: 'moved'; start: number; end: number }
  | { outcome: 'needs_review'; start: number; end: number }

/** Refuses a span that is not inside the text, with a message that says what to do. */
export function checkSpan(text: string, span: Span, what: string): void {
  if (span.start < 0 || span.end <= span.start) {
    throw new WeftError(
      'invalid_input',
      `The span ${span.start}–${span.end} is empty: end must be after start.`,
    )
  }
  if (span.end > text.length) {
    throw new WeftError(
      'invalid_input',
      `The span ${span.start}–${span.end} is outside ${what}, whose text is ${text.length} characters long. Pick a span between 0 and ${text.length}.`,
    )
  }
}

export function quoteSelector(text: string, span: Span): QuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  }
}

/**
 * Where a quote made against an older text sits in `text`: kept when it is
 * still at its offsets; moved when exactly one occurrence of it still has its
 * context on at least one side; otherwise (no such occurrence, or several)
 * needs review at its old offsets clamped to the new text.
 */
export function reanchor(text: string, old: Span & QuoteSelector): Reanchoring {
  if (old.exact.length > 0 && text.slice(old.start, old.end) === old.exact) {
    return { outcome: 'kept', start: old.start, end: old.end }
  }
  let found = -1
  let withContext = 0
  for (
    let at = text.indexOf(old.exact);
    at >= 0 && old.exact.length > 0;
    at = text.indexOf(old.exact, at + 1)
  ) {
    if (prefixMatches(text, at, old.prefix) || suffixMatches(text, at + old.exact.length, old.suffix)) {
      found = at
      withContext += 1
    }
  }
  if (withContext === 1) return { outcome: 'moved', start: found, end: found + old.exact.length }
  return { outcome: 'needs_review', ...clampSpan(old, text.length) }
}

/** The span cut to fit a text of `length` characters, never empty. */
export function clampSpan(span: Span, length: number): Span {
  if (length === 0) throw new WeftError('empty_file', 'The new text is empty, so no passage can sit in it.')
  const start = Math.min(span.start, length - 1)
  return { start, end: Math.max(start + 1, Math.min(span.end, length)) }
}

// An empty context is evidence too: the quote stood at the very start (or end) of the text.
function prefixMatches(text: string, at: number, prefix: string): boolean {
  if (prefix.length === 0) return at === 0
  return at >= prefix.length && text.startsWith(prefix, at - prefix.length)
}

function suffixMatches(text: string, end: number, suffix: string): boolean {
  if (suffix.length === 0) return end === text.length
  return text.startsWith(suffix, end)
}
