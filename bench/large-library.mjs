// A library with many sources for the web shell to list, made quickly by
// importing small generated files with the CLI (not timed).
import { join } from 'node:path'
import { makeTempFolder } from './cleanup.mjs'
import { writeCorpus } from './corpus.mjs'
import { runWeftChecked } from './weft-cli.mjs'

export async function makeLibrary({ sources, bytesPerFile = 400, seed = 10_000 }) {
  const work = makeTempFolder()
  const folder = join(work, 'small-articles')
  const library = join(work, 'large.weft')
  writeCorpus(folder, { count: sources, bytesPerFile, seed })
  await runWeftChecked(library, ['init'])
  const run = await runWeftChecked(library, ['import', folder])
  if (!new RegExp(`^${sources} imported`, 'm').test(run.stderr)) {
    throw new Error(`expected ${sources} sources, the CLI said: ${run.stderr.split('\n').pop()}`)
  }
  return { library, setupMs: Math.round(run.ms) }
}
