// Places a floating element (the selection toolbar, a mark's card) beside a
// span of text, inside the reader's scrolling page so it scrolls with the
// text: above the span when there is room in view, else below it, and never
// past the page's sides.

const GAP = 8
const EDGE = 8

export function placeBeside(floating: HTMLElement, target: Range, prefer: 'above' | 'below'): void {
  const scroller = floating.offsetParent
  if (!(scroller instanceof HTMLElement)) return
  const rects = [...target.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0)
  const box = scroller.getBoundingClientRect()
  const first = rects[0] ?? target.getBoundingClientRect()
  const last = rects.at(-1) ?? first
  const height = floating.offsetHeight
  const width = floating.offsetWidth

  const aboveTop = first.top - box.top + scroller.scrollTop - height - GAP
  const belowTop = last.bottom - box.top + scroller.scrollTop + GAP
  const roomAbove = first.top - box.top - height - GAP >= 0
  const roomBelow = last.bottom + GAP + height <= box.bottom
  const placeAbove = prefer === 'above' ? roomAbove || !roomBelow : !roomBelow && roomAbove
  const anchor = placeAbove ? first : last
  const centre = anchor.left + anchor.width / 2 - box.left + scroller.scrollLeft
  const maxLeft = scroller.clientWidth - width - EDGE
  floating.style.top = `${Math.max(0, placeAbove ? aboveTop : belowTop)}px`
  floating.style.left = `${Math.max(EDGE, Math.min(maxLeft, centre - width / 2))}px`
  floating.dataset.placement = placeAbove ? 'above' : 'below'
}
