// A paragraph's direction as a browser's dir="auto" decides it: from its
// first strongly directional character (Arabic and Hebrew read right to left).

export type Direction = 'ltr' | 'rtl'

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const STRONG = /[\p{L}]/u

export function textDirection(text: string): Direction {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl'
    if (STRONG.test(char)) return 'ltr'
  }
  return 'ltr'
}

/** True when the text holds any right-to-left letters. */
export function hasRtl(text: string): boolean {
  return RTL.test(text)
}
