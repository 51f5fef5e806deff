import { describe, expect, it } from 'vitest'
import { WeftError } from '../../core/weft-error'
import { asExtractionFailure } from './unreadable'

describe('asExtractionFailure', () => {
  it("turns a parser library's own error into that file's failure, saying what to do", () => {
    const failure = asExtractionFailure(new RangeError('Maximum call stack size exceeded'), 'odd.md')
    expect(failure).toBeInstanceOf(WeftError)
    expect(failure.code).toBe('unsupported_type')
    expect(failure.message).toBe(
      'odd.md could not be read (Maximum call stack size exceeded). It may be damaged; save it again and import the copy.',
    )
  })

  it('passes on a failure that already says what went wrong', () => {
    const empty = new WeftError('empty_file', 'empty.txt is empty (0 bytes).')
    expect(asExtractionFailure(empty, 'empty.txt')).toBe(empty)
  })
})
