// Writes a folder of generated articles for an import to read.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom, generateArticle } from './text-gen.mjs'

/**
 * Writes `count` text files of about `bytesPerFile` bytes into `folder`.
 * Returns the number of files and their total size in bytes.
 */
export function writeCorpus(folder, { count, bytesPerFile, seed }) {
  mkdirSync(folder, { recursive: true })
  const random = createRandom(seed)
  let totalBytes = 0
  for (let index = 0; index < count; index += 1) {
    const text = generateArticle(random, index, bytesPerFile)
    const name = `article-${String(index + 1).padStart(5, '0')}.txt`
    writeFileSync(join(folder, name), text)
    totalBytes += Buffer.byteLength(text)
  }
  return { count, totalBytes }
}
