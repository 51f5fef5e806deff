// A passage's words cut to fit a toast, a label or a card.

/** The quote on one line, cut at a word near `max` characters with an ellipsis. */
export function shortQuote(text: string, max = 60): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
