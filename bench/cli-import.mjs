// Metric 1: how many generated ~5 KB text files per second `weft import`
// takes in, search index included. Only the import command is timed; the
// files are written and the library is created (`weft init`) before. The
// import runs `runs` times, each into a fresh library, and the median counts.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempFolder } from './cleanup.mjs'
import { writeCorpus } from './corpus.mjs'
import { runWeftChecked } from './weft-cli.mjs'

export async function measureCliImport({
  count = 5000,
  bytesPerFile = 4900,
  seed = 20261121,
  runs = 3,
} = {}) {
  const work = makeTempFolder()
  const folder = join(work, 'articles')
  const corpus = writeCorpus(folder, { count, bytesPerFile, seed })
  const timings = []
  for (let run = 0; run < runs; run += 1) {
    const library = join(work, `bench-${run + 1}.weft`)
    await runWeftChecked(library, ['init'])
    globalThis.gc?.()
    const result = await runWeftChecked(library, ['import', folder])
    const imported = Number(/(\d+) imported, \d+ duplicates?, \d+ failed/.exec(result.stderr)?.[1])
    if (imported !== count) {
      throw new Error(`expected ${count} files imported, the CLI said: ${result.stderr.split('\n').pop()}`)
    }
    timings.push(result.ms)
    for (const suffix of ['', '-wal', '-shm']) rmSync(library + suffix, { force: true })
  }
  const medianMs = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)]
  return {
    filesPerSecond: count / (medianMs / 1000),
    details: {
      files: count,
      averageFileBytes: Math.round(corpus.totalBytes / count),
      totalMegabytes: Number((corpus.totalBytes / 1e6).toFixed(1)),
      runs: timings.map((ms) => ({
        importMs: Math.round(ms),
        filesPerSecond: Math.round(count / (ms / 1000)),
      })),
      medianImportMs: Math.round(medianMs),
      note: 'wall time of the `weft import` process, node start-up and exit included; median of the runs',
    },
  }
}
