// Mention scanning on a generated library: 2,000 actors with 5 aliases each
// (names built from syllables, so aliases look like real transliterations,
// acronyms and former names) over 10,000 sources of about 1,000 words with
// known mentions planted in them. Measures, on the built app:
//   - `weft mentions scan` over the whole library (the CLI process, start to end);
//   - a new source imported into the running web shell, until its suggestions are stored;
//   - a new alias added in the web shell, until it has been looked for across the library.
// The library is generated once, written straight into a library file (then
// its search index is rebuilt by `weft check --repair`), and cached under .bench/.
// Run alone: `node bench/mentions.mjs` (after `npx electron-vite build`).
// The library itself is made by mentions-library.mjs.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { cleanUp, cleanUpOnSignals, makeTempFolder, trackChild } from './cleanup.mjs'
import {
  builtScript,
  BYTES_PER_SOURCE,
  log,
  MENTIONS_PER_SOURCE,
  mentionsLibrary,
  runNode,
  thousands,
} from './mentions-library.mjs'
import { formatTable, row } from './report.mjs'

const TARGETS = { fullScanMs: 10_000, newSourceMs: 50, newAliasMs: 2_000 }

// ---------------------------------------------------------------------------
// The running app (web shell): calls over HTTP, events over server-sent events.

function startShell(library) {
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
  return new Promise((resolve, reject) => {
    let stdout = ''
    let started = false
    const onExit = (code) => reject(new Error(`the web shell exited (code ${code}) before printing its URL`))
    child.once('exit', onExit)
    child.stdout.on('data', async (chunk) => {
      stdout += chunk.toString('utf8')
      const url = /^https?:\/\/\S+$/m.exec(stdout)?.[0]
      if (!url || started) return
      started = true
      child.removeListener('exit', onExit)
      const { origin, searchParams } = new URL(url)
      const headers = {
        Authorization: `Bearer ${searchParams.get('token')}`,
        'Content-Type': 'application/json',
      }
      const call = async (name, input) => {
        const response = await fetch(`${origin}/api/call/${name}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        })
        const result = await response.json()
        if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
        return result.value
      }
      const events = await subscribe(origin, headers)
      resolve({ call, events, stop: async () => (events.close(), await stop()) })
    })
  })
}

/** Listens to the event stream; `next(test)` resolves with the arrival time of the first matching event. */
async function subscribe(origin, headers) {
  const controller = new AbortController()
  const response = await fetch(`${origin}/api/events`, { headers, signal: controller.signal })
  const waiting = new Set()
  void (async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true })
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const name = /^event: (.+)$/m.exec(frame)?.[1]
          const data = /^data: (.+)$/m.exec(frame)?.[1]
          if (!name || !data) continue
          const at = performance.now()
          const payload = JSON.parse(data)
          for (const waiter of [...waiting]) {
            if (waiter.name === name && waiter.test(payload)) {
              waiting.delete(waiter)
              waiter.resolve({ at, payload })
            }
          }
        }
      }
    } catch (error) {
      if (error.name !== 'AbortError') for (const waiter of waiting) waiter.reject(error)
    }
  })()
  return {
    next: (name, test, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const waiter = { name, test, resolve, reject }
        waiting.add(waiter)
        setTimeout(() => {
          if (waiting.delete(waiter)) reject(new Error(`no ${name} event within ${timeoutMs / 1000} s`))
        }, timeoutMs).unref()
      }),
    close: () => controller.abort(),
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// ---------------------------------------------------------------------------

export async function measureMentions({ actors = 2_000, sources = 10_000, seed = 40_400 } = {}) {
  const made = await mentionsLibrary({
    actors,
    sources,
    seed,
    bytes: BYTES_PER_SOURCE,
    mentions: MENTIONS_PER_SOURCE,
  })
  log(`${made.cached ? 'using the cached' : 'made the'} mentions library ${made.library}`)
  const work = makeTempFolder()
  const library = join(work, 'mentions.weft')
  copyFileSync(made.library, library)
  const rows = []
  const scope = `${thousands(actors)} actors × 5 aliases, ${thousands(sources)} sources of ~1,000 words`

  log(`weft mentions scan over ${scope}…`)
  const scan = await runNode(builtScript('cli.js'), ['--library', library, 'mentions', 'scan'])
  const summary = scan.stderr.trim().split('\n').pop()
  const db = new Database(library, { readonly: true })
  const found = new Set(
    db
      .prepare(
        "SELECT source_id || ':' || entity_id || ':' || start || ':' || \"end\" AS k FROM mention_suggestions",
      )
      .pluck()
      .all(),
  )
  const stored = db.prepare('SELECT count(*) FROM mention_suggestions').pluck().get()
  db.close()
  const registered = made.plan.planted.filter(([, entity]) => entity > 0)
  const recalled = registered.filter(([source, entity, start, end]) =>
    found.has(`${source}:${entity}:${start}:${end}`),
  ).length
  rows.push(
    row(
      `Mention scan, CLI (${scope}), whole process`,
      `<= ${TARGETS.fullScanMs / 1000} s`,
      `${(scan.ms / 1000).toFixed(1)} s`,
      scan.ms <= TARGETS.fullScanMs,
      {
        value: Math.round(scan.ms),
        unit: 'ms',
        details: { cli: summary, suggestions: stored },
      },
    ),
    row(
      'Mention scan: planted mentions found',
      '100 %',
      `${((100 * recalled) / registered.length).toFixed(2)} % of ${thousands(registered.length)}`,
      recalled === registered.length,
      {
        value: recalled,
        unit: 'mentions',
        details: { planted: registered.length, suggestionsStored: stored },
      },
    ),
  )

  log('starting the web shell on the scanned library…')
  const shell = await startShell(library)
  try {
    const timings = []
    for (const [index, sample] of made.plan.sample.entries()) {
      const data = { $weftBytes: Buffer.from(sample.text).toString('base64') }
      const started = performance.now()
      const report = await shell.call('sources:importFiles', { files: [{ name: `new-${index}.txt`, data }] })
      const answered = performance.now()
      const sourceId = report.outcomes[0].sourceId
      const { at } = await shell.events.next('mentions:changed', (payload) =>
        payload.sourceIds.includes(sourceId),
      )
      // The first import is a warm-up (the shell has just started); the rest are timed.
      if (index > 0)
        timings.push({
          importMs: answered - started,
          scanMs: Math.max(0, at - answered),
          totalMs: at - started,
        })
    }
    const scanMedian = median(timings.map((one) => one.scanMs))
    rows.push(
      row(
        `New source in the app: suggestions stored after the import returns (median of ${timings.length})`,
        `<= ${TARGETS.newSourceMs} ms`,
        `${scanMedian.toFixed(1)} ms`,
        scanMedian <= TARGETS.newSourceMs,
        {
          value: Number(scanMedian.toFixed(1)),
          unit: 'ms',
          details: {
            samples: timings.map((one) => ({
              importMs: Math.round(one.importMs),
              scanMs: Number(one.scanMs.toFixed(1)),
              totalMs: Math.round(one.totalMs),
            })),
          },
        },
      ),
    )

    const { entityId, alias } = made.plan.heldOut
    const started = performance.now()
    await shell.call('entities:addAlias', { entityId, alias: { name: alias, kind: 'name' } })
    const { at } = await shell.events.next('mentions:changed', (payload) =>
      payload.entityIds.includes(entityId),
    )
    const aliasMs = at - started
    const open = await shell.call('mentions:forEntity', { entityId, status: 'open' })
    const fromAlias = open.filter((one) => one.alias === alias).length
    const expected = made.plan.planted.filter(([, entity]) => entity < 0).length
    rows.push(
      row(
        `New alias looked for across ${thousands(sources + made.plan.sample.length)} sources in the app`,
        `<= ${TARGETS.newAliasMs / 1000} s`,
        `${(aliasMs / 1000).toFixed(2)} s`,
        aliasMs <= TARGETS.newAliasMs && fromAlias === expected,
        {
          value: Math.round(aliasMs),
          unit: 'ms',
          details: { found: fromAlias, planted: expected },
        },
      ),
    )
  } finally {
    await shell.stop()
  }
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cleanUpOnSignals()
  measureMentions()
    .then((rows) => {
      process.stdout.write(`${formatTable(rows)}\n`)
      for (const entry of rows)
        if (entry.details)
          process.stderr.write(`${entry.metric}: ${JSON.stringify(entry.details).slice(0, 600)}\n`)
      process.exitCode = rows.every((entry) => entry.pass) ? 0 : 1
    })
    .catch((error) => {
      process.stderr.write(`bench: ${error.stack ?? error}\n`)
      process.exitCode = 1
    })
    .finally(() => cleanUp())
}
