// What each written word means to a matcher, looked up straight from the text:
// an open-addressing hash table keyed by the word's code units, so scanning a
// library never makes a string for a word it has seen before.

export interface SpellingInfo {
  /** Id of the word's normalised key, or -1 when no alias uses it. */
  folded: number
  /** Id of the word as written (possessive dropped), for acronyms; -1 when none uses it. */
  exact: number
  /** 0: not an article; 1: an article ("al", "el"); 2: an article only before a hyphen ("as-"). */
  article: 0 | 1 | 2
  possessive: boolean
  /** Hashes of its normalised key and of its key as written, for name signatures. */
  foldedHash: number
  exactHash: number
}

/** Forget spellings past this many, so a long-lived worker's memory stays bounded. */
const MAX_SPELLINGS = 1 << 19

export class SpellingTable {
  folded = new Int32Array(1024)
  exact = new Int32Array(1024)
  article = new Uint8Array(1024)
  possessive = new Uint8Array(1024)
  foldedHash = new Int32Array(1024)
  exactHash = new Int32Array(1024)
  private marks = new Uint32Array(1024)
  private mark = 0
  private raws: string[] = []
  private hashes = new Int32Array(1024)
  private slots = new Int32Array(2048)

  constructor(private readonly describe: (raw: string) => SpellingInfo) {}

  /** The index of the spelling text[start, end) whose FNV-1a hash is `hash`, added on first sight. */
  lookup(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    let slot = hash & mask
    const length = end - start
    for (;;) {
      const entry = this.slots[slot]!
      if (entry === 0) break
      const index = entry - 1
      if (this.hashes[index] === hash) {
        const raw = this.raws[index]!
        if (raw.length === length && sameText(raw, text, start)) return index
      }
      slot = (slot + 1) & mask
    }
    return this.add(text.slice(start, end), hash, slot)
  }

  /** A fresh mark for markOnce: one per text, so each spelling is handled once in it. */
  nextMark(): number {
    this.mark = (this.mark + 1) >>> 0 || 1
    return this.mark
  }

  /** True the first time a spelling is seen with this mark. */
  markOnce(index: number, mark: number): boolean {
    if (this.marks[index] === mark) return false
    this.marks[index] = mark
    return true
  }

  private add(raw: string, hash: number, slot: number): number {
    const index = this.raws.length
    if (index === this.folded.length) this.growEntries()
    const info = this.describe(raw)
    this.raws.push(raw)
    this.hashes[index] = hash
    this.folded[index] = info.folded
    this.exact[index] = info.exact
    this.article[index] = info.article
    this.possessive[index] = info.possessive ? 1 : 0
    this.foldedHash[index] = info.foldedHash
    this.exactHash[index] = info.exactHash
    this.slots[slot] = index + 1
    if (this.raws.length * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    return index
  }

  private growEntries(): void {
    const size = this.folded.length * 2
    this.folded = copyInto(new Int32Array(size), this.folded)
    this.exact = copyInto(new Int32Array(size), this.exact)
    this.article = copyInto(new Uint8Array(size), this.article)
    this.possessive = copyInto(new Uint8Array(size), this.possessive)
    this.foldedHash = copyInto(new Int32Array(size), this.foldedHash)
    this.exactHash = copyInto(new Int32Array(size), this.exactHash)
    this.marks = copyInto(new Uint32Array(size), this.marks)
    this.hashes = copyInto(new Int32Array(size), this.hashes)
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size)
    const mask = size - 1
    for (let index = 0; index < this.raws.length; index += 1) {
      let slot = this.hashes[index]! & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = index + 1
    }
  }

  /**
   * Forgets every spelling once there are too many, so a long-lived worker's
   * memory stays bounded. Call between texts, never while one is being looked
   * up: the indexes handed out for it would no longer be valid.
   */
  trim(): void {
    if (this.raws.length >= MAX_SPELLINGS) this.clear()
  }

  private clear(): void {
    this.raws = []
    this.slots = new Int32Array(2048)
  }
}

function sameText(raw: string, text: string, start: number): boolean {
  for (let i = 0; i < raw.length; i += 1) if (raw.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

function copyInto<T extends Int32Array | Uint32Array | Uint8Array>(target: T, source: T): T {
  target.set(source)
  return target
}
