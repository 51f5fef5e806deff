import { describe, expect, it } from 'vitest'
import { formatPartialDate } from './partial-date'

describe('partial dates', () => {
  it('writes each date as precisely as it is known', () => {
    expect(formatPartialDate('2025')).toBe('2025')
    expect(formatPartialDate('2025-11')).toMatch(/November 2025|2025/)
    expect(formatPartialDate('2025-11-24')).toMatch(/24/)
    expect(formatPartialDate('2025-11-24')).not.toMatch(/23/)
  })

  it('leaves anything else as written', () => {
    expect(formatPartialDate('last June')).toBe('last June')
  })
})
