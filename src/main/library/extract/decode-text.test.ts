import { describe, expect, it } from 'vitest'
import { canonicaliseText, decodeTextFile, firstInvalidUtf8Offset, looksBinary } from './decode-text'

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)))

describe('decodeTextFile', () => {
  it('refuses an empty file and a file of blank space', () => {
    expect(() => decodeTextFile(new Uint8Array(), 'a.txt')).toThrow(
      'a.txt is empty (0 bytes): there is nothing to import.',
    )
    expect(() => decodeTextFile(bytes('  \n\t\n'), 'b.txt')).toThrow('b.txt contains only blank space')
  })

  it('refuses binary content given as text', () => {
    expect(() => decodeTextFile(bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'p.txt')).toThrow(
      /looks like a binary file/,
    )
  })

  it('refuses invalid UTF-8 and says where the first bad byte is', () => {
    expect(() => decodeTextFile(bytes('Caf', [0xe9], ' crème'), 'l.txt')).toThrow(
      'first bad byte at offset 3',
    )
  })

  it('reads UTF-8 with a BOM, UTF-16 with a BOM, and normalises line ends and composition', () => {
    expect(decodeTextFile(bytes([0xef, 0xbb, 0xbf], 'Hello\r\nworld\r'), 'x')).toBe('Hello\nworld\n')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Damas', 'utf16le')])
    expect(decodeTextFile(utf16, 'x')).toBe('Damas')
    expect(canonicaliseText('Cafe\u0301')).toBe('Caf\u00e9')
  })
})

describe('helpers', () => {
  it('finds the first invalid UTF-8 byte, or -1', () => {
    expect(firstInvalidUtf8Offset(bytes('ok'))).toBe(-1)
    expect(firstInvalidUtf8Offset(bytes('ال', [0xd8]))).toBe(4)
    expect(firstInvalidUtf8Offset(bytes([0xc0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8Offset(bytes('ab', [0xe2, 0x82]))).toBe(2)
  })

  it('tells text from binary', () => {
    expect(looksBinary(bytes('plain text\twith tabs\r\n'))).toBe(false)
    expect(looksBinary(bytes('text', [0]))).toBe(true)
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65)))).toBe(true)
  })
})
