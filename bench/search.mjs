// Search on a generated library of 100,000 sources of about 300 words: p95 of
// the core's time for a ranked top 20 with snippets (tookMs of search:query,
// read from the web shell's answers so HTTP is not counted) beside the raw
// FTS5 query time (ftsMs), per kind of query. The library is made once with
// the built CLI and cached under .bench/, keyed by what shapes the index.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { makeTempFolder, trackChild } from './cleanup.mjs'
import { writeCorpus } from './corpus.mjs'
import { ROOT } from './paths.mjs'
import { row } from './report.mjs'
import { createRandom } from './text-gen.mjs'

const CACHE_DIR = join(ROOT, '.bench')
const TARGETS_MS = { rare: 30, medium: 30, twoTerms: 30, prefix: 60, common: 150, phrase: 150, boolean: 150 }
const LIMIT = 20

const log = (message) => process.stderr.write(`bench: ${message}\n`)

/** The built app to run: WEFT_OUT_DIR when set (developers' own builds), else out/. */
function builtScript(name) {
  const path = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out', 'main', name)
  if (!existsSync(path)) throw new Error(`${path} is missing. Run "npx electron-vite build" first.`)
  return path
}

/**
 * What the cached library depends on: the generated text, the normaliser,
 * how the index is written, and the schema (every migration, so a library
 * made by an older schema is never opened, and migrated, by a newer one).
 * Change one and the library is made again.
 */
function libraryFingerprint(settings) {
  const hash = createHash('sha256').update(JSON.stringify(settings))
  const migrations = readdirSync(join(ROOT, 'src/main/db/migrations'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => `src/main/db/migrations/${name}`)
  const files = ['bench/text-gen.mjs', 'src/shared/text/search-normalise.ts', 'src/main/db/search-index.ts']
  for (const file of [...files, ...migrations]) hash.update(file).update(readFileSync(join(ROOT, file)))
  return hash.digest('hex').slice(0, 12)
}

function runNode(script, args, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = trackChild(
      spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }),
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
      if (!quiet) process.stderr.write(chunk)
    })
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, stderr })
      else reject(new Error(`${script} ${args.join(' ')} exited ${code}: ${stderr.trim()}`))
    })
  })
}

/** The cached library, made by importing generated articles with `weft import` when missing. */
export async function searchLibrary({ sources, bytesPerSource, seed }) {
  const key = libraryFingerprint({ sources, bytesPerSource, seed })
  const library = join(CACHE_DIR, `search-${sources}-${key}.weft`)
  if (existsSync(library)) return { library, cached: true, setupMs: 0 }
  const cli = builtScript('cli.js')
  const work = makeTempFolder()
  const folder = join(work, 'articles')
  log(`writing ${sources.toLocaleString('en-US')} generated articles of about ${bytesPerSource} bytes…`)
  writeCorpus(folder, { count: sources, bytesPerFile: bytesPerSource, seed })
  const building = join(work, 'search.weft')
  await runNode(cli, ['--library', building, 'init'])
  log('importing them with the CLI, once; the library is then kept in .bench/ (a few minutes)…')
  const imported = await runNode(cli, ['--library', building, 'import', folder])
  const summary = imported.stderr.trim().split('\n').pop()
  if (!summary?.startsWith(`${sources} imported`)) throw new Error(`the import said: ${summary}`)
  mkdirSync(CACHE_DIR, { recursive: true })
  for (const stale of readdirSync(CACHE_DIR).filter((name) => name.startsWith(`search-${sources}-`))) {
    rmSync(join(CACHE_DIR, stale), { force: true })
  }
  // Fold the WAL into the file so the library is one file to keep.
  const db = new Database(building)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  renameSync(building, library)
  return { library, cached: false, setupMs: Math.round(imported.ms) }
}

/** Query words by how many sources hold them, from the index's own vocabulary. */
function chooseQueries(library, seed) {
  const db = new Database(library, { readonly: true, fileMustExist: true })
  try {
    db.exec('CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, sources_fts, row)')
    const words = db
      .prepare("SELECT term, doc FROM temp.search_vocab WHERE term GLOB '[a-z][a-z]*' AND length(term) >= 3")
      .all()
    const random = createRandom(seed)
    const pickIn = (min, max, count) => {
      const pool = words.filter((word) => word.doc >= min && word.doc <= max)
      if (pool.length === 0) throw new Error(`no word is in ${min}-${max} sources`)
      return Array.from({ length: count }, () => random.pick(pool))
    }
    const byFrequency = [...words].sort((a, b) => b.doc - a.doc)
    const medium = pickIn(500, 5000, 24)
    const sources = db.prepare('SELECT count(*) AS n FROM sources').get().n
    const text = db.prepare('SELECT text FROM source_content WHERE source_id = ?')
    // Three words that follow each other in some source, as a researcher would quote them.
    const phrases = []
    while (phrases.length < 8) {
      const words = text.get(random.int(1, sources)).text.split(/\s+/)
      const at = random.int(0, Math.max(0, words.length - 3))
      const phrase = words.slice(at, at + 3)
      if (phrase.length === 3 && phrase.every((word) => /^[a-z]+$/.test(word)))
        phrases.push(`"${phrase.join(' ')}"`)
    }
    return {
      rare: pickIn(1, 20, 12).map((word) => word.term),
      medium: medium.slice(0, 12).map((word) => word.term),
      twoTerms: Array.from({ length: 12 }, (_, index) => `${medium[index].term} ${medium[index + 12].term}`),
      prefix: pickIn(200, 100_000, 12).map((word, index) => `${word.term.slice(0, 3 + (index % 3))}*`),
      common: byFrequency.slice(0, 3).map((word) => word.term),
      phrase: phrases,
      boolean: Array.from(
        { length: 6 },
        (_, index) =>
          `(${medium[index].term} OR ${medium[index + 6].term}) NOT ${byFrequency[index + 20].term}`,
      ),
      mostCommon: byFrequency[0],
    }
  } finally {
    db.close()
  }
}

/**
 * Nanoseconds the process's main thread (where SQLite runs) has spent on a
 * CPU, from Linux's schedstat; undefined elsewhere. On a machine shared with
 * other work, this is what a query costs, where wall time also counts waiting.
 */
function mainThreadCpuNs(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0])
  } catch {
    return undefined
  }
}

/** Starts the web shell on the library; resolves with a function that runs search:query. */
function startSearchShell(library) {
  const child = trackChild(
    spawn(process.execPath, [builtScript('serve.js'), '--library', library, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000)
  })
  return new Promise((resolve, reject) => {
    let stdout = ''
    child.once('exit', (code) =>
      reject(new Error(`the web shell exited (code ${code}) before printing its URL: ${stderr.trim()}`)),
    )
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString('utf8')
      const url = /^https?:\/\/\S+$/m.exec(stdout)?.[0]
      if (!url) return
      const { origin, searchParams } = new URL(url)
      const search = async (query) => {
        const cpuBefore = mainThreadCpuNs(child.pid)
        const started = performance.now()
        const response = await fetch(`${origin}/api/call/search:query`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${searchParams.get('token')}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ query, limit: LIMIT }),
        })
        const result = await response.json()
        if (!result.ok) throw new Error(`search:query ${query} failed: ${result.error.message}`)
        const roundTripMs = performance.now() - started
        const cpuAfter = mainThreadCpuNs(child.pid)
        const cpuMs =
          cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / 1e6
        return { ...result.value, roundTripMs, cpuMs }
      }
      resolve({ search, stop })
    })
  })
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (value) => `${value.toFixed(1)} ms`
const round = (value) => Number(value.toFixed(2))

const LABELS = {
  rare: 'rare word (in 1-20 sources)',
  medium: 'medium word (in 500-5,000 sources)',
  twoTerms: 'two medium words',
  prefix: 'prefix (3-5 letters*)',
  common: 'the most common words',
  phrase: 'three-word phrase',
  boolean: '(a OR b) NOT c',
}

/** Runs each kind's queries `runs` times, round robin, after one warm-up round. */
async function timeQueries(shell, queries, kinds, runs) {
  for (const kind of kinds) for (const query of queries[kind]) await shell.search(query)
  const samples = Object.fromEntries(
    kinds.map((kind) => [kind, { took: [], fts: [], roundTrip: [], cpu: [], hits: 0 }]),
  )
  const count = kinds.reduce((sum, kind) => sum + queries[kind].length, 0)
  log(`timing ${count} queries ${runs} times each…`)
  for (let run = 0; run < runs; run += 1) {
    for (const kind of kinds) {
      for (const query of queries[kind]) {
        const result = await shell.search(query)
        const sample = samples[kind]
        sample.took.push(result.tookMs)
        sample.fts.push(result.ftsMs)
        sample.roundTrip.push(result.roundTripMs)
        if (result.cpuMs !== undefined) sample.cpu.push(result.cpuMs)
        sample.hits += result.hits.length
      }
    }
  }
  return samples
}

/** One table row: the p95 of the core's time against the target, FTS5's and the CPU's beside it. */
function searchRow(kind, { took, fts, roundTrip, cpu, hits }, context) {
  const p95 = percentile(took, 95)
  const cpuP95 = cpu.length > 0 ? percentile(cpu, 95) : undefined
  const cpuNote = cpuP95 === undefined ? '' : `; CPU ${ms(cpuP95)}`
  return row(
    `Search, ${context.sources.toLocaleString('en-US')} sources, top ${LIMIT} with snippets: ${LABELS[kind]} (p95; FTS5 alone; server CPU)`,
    `< ${TARGETS_MS[kind]} ms`,
    `${ms(p95)} (FTS5 ${ms(percentile(fts, 95))}${cpuNote})`,
    p95 < TARGETS_MS[kind],
    {
      value: round(p95),
      unit: 'ms',
      details: {
        queries: context.queries[kind],
        samples: took.length,
        p50Ms: round(percentile(took, 50)),
        p95Ms: round(p95),
        ftsP50Ms: round(percentile(fts, 50)),
        ftsP95Ms: round(percentile(fts, 95)),
        ...(cpuP95 === undefined
          ? {}
          : { serverCpuP50Ms: round(percentile(cpu, 50)), serverCpuP95Ms: round(cpuP95) }),
        httpRoundTripP95Ms: round(percentile(roundTrip, 95)),
        averageHits: Number((hits / took.length).toFixed(1)),
        ...(kind === 'common' ? { mostCommonWord: context.queries.mostCommon } : {}),
        library: context.library,
      },
    },
  )
}

/**
 * Times every kind of query on the generated library and returns one table
 * row per kind. Wall times decide pass or fail; the web shell's CPU time
 * (Linux) shows what a query costs when other work shares the machine.
 */
export async function measureSearch({
  sources = 100_000,
  bytesPerSource = 2000,
  seed = 30_300,
  runs = 20,
} = {}) {
  const made = await searchLibrary({ sources, bytesPerSource, seed })
  log(`${made.cached ? 'using the cached' : 'made the'} search library ${made.library}`)
  const queries = chooseQueries(made.library, seed)
  const shell = await startSearchShell(made.library)
  try {
    const kinds = Object.keys(TARGETS_MS)
    const samples = await timeQueries(shell, queries, kinds, runs)
    const library = { sources, bytesPerSource, seed, importMs: made.setupMs || undefined }
    return kinds.map((kind) => searchRow(kind, samples[kind], { sources, queries, library }))
  } finally {
    await shell.stop()
  }
}
