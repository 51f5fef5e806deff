import { describe, expect, it } from 'vitest'
import { AliasMatcher, aliasKeyHashes, type AliasEntry } from './alias-matcher'
import { isCurrentSignature, NAME_SIGNATURE_BYTES, NameSignature, signatureMayHave } from './name-signature'

const TEXT =
  "Ahmed al-Shar'a met envoys in Damascus. IS claimed the attack; the Interior Ministry's spokesman spoke."

function signatureOf(text: string): Uint8Array {
  const signature = new NameSignature()
  new AliasMatcher([]).scan(text, signature)
  return signature.bytes
}

const mayHold = (bytes: Uint8Array, entry: AliasEntry) =>
  aliasKeyHashes(entry).every((hash) => signatureMayHave(bytes, hash))

describe('name signatures', () => {
  it('never rules out a source that holds the alias, in any spelling the matcher accepts', () => {
    const bytes = signatureOf(TEXT)
    expect(isCurrentSignature(bytes)).toBe(true)
    expect(bytes).toHaveLength(NAME_SIGNATURE_BYTES)
    for (const entry of [
      { entityId: 1, alias: 'al-Sharaa' },
      { entityId: 1, alias: 'Ahmed al-Sharaa' },
      { entityId: 2, alias: 'IS', kind: 'acronym' },
      { entityId: 3, alias: 'Interior Ministry' },
      { entityId: 3, alias: 'interior ministry' },
    ]) {
      expect(mayHold(bytes, entry), entry.alias).toBe(true)
      expect(new AliasMatcher([entry]).scan(TEXT), entry.alias).not.toEqual([])
    }
  })

  it('rules out names whose words are not there', () => {
    const bytes = signatureOf(TEXT)
    expect(mayHold(bytes, { entityId: 4, alias: 'Syrian Democratic Forces' })).toBe(false)
    expect(mayHold(bytes, { entityId: 5, alias: 'HTS', kind: 'acronym' })).toBe(false)
    // An acronym is matched in its case: "is" in the text does not hold "IS"'s key… but "IS" is there.
    expect(mayHold(signatureOf('this is it'), { entityId: 2, alias: 'IS', kind: 'acronym' })).toBe(false)
  })

  it('counts a signature of another version or size as missing', () => {
    const bytes = signatureOf(TEXT)
    expect(isCurrentSignature(bytes.slice(0, 100))).toBe(false)
    expect(isCurrentSignature(Uint8Array.from(bytes, (byte, index) => (index === 0 ? 99 : byte)))).toBe(false)
    expect(isCurrentSignature(null)).toBe(false)
  })
})
