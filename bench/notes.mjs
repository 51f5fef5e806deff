// Notes on a long note: 20,000 words with 200 quoted passages and 500 actor
// mentions, made through the core (the web shell's calls) from generated
// sources, passages and actors. Measures:
//   - saving it in the core (in process), as typing saves it (the changed
//     blocks only) and whole, and whole over HTTP;
//   - opening it in Chromium (click in the list until every quote is drawn);
//   - typing in it: keypress to the frame after it, p95 over 200 keys, with
//     the same figure for a bare editable paragraph beside it (typing.mjs).
// Run alone: `node bench/notes.mjs` (after `npx electron-vite build`; WEFT_OUT_DIR picks a build).
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { register } from 'node:module'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.mjs'
import { cleanUp, cleanUpOnSignals, makeTempFolder, trackChild, trackCloser } from './cleanup.mjs'
import { ROOT } from './paths.mjs'
import { formatTable, row } from './report.mjs'
import { createRandom, generateArticle } from './text-gen.mjs'
import { measureTypingWithFloor } from './typing.mjs'

const TARGETS = { keypressP95Ms: 16, openMs: 300, saveMs: 20 }
const WORDS = 20_000
const QUOTES = 200
const MENTIONS = 500
const SOURCES = 40
const ACTORS = 60
const KEYS = 200
const SAVES = 25
const OPENS = 5

const log = (message) => process.stderr.write(`bench: ${message}\n`)
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const median = (values) => percentile(values, 50)

function builtScript(name) {
  const path = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out', 'main', name)
  if (!existsSync(path)) throw new Error(`${path} is missing. Run "npx electron-vite build" first.`)
  return path
}

export function startShell(library) {
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
    child.once('exit', (code) =>
      reject(new Error(`the web shell exited (code ${code}) before printing its URL`)),
    )
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString('utf8')
      const url = /^https?:\/\/\S+$/m.exec(stdout)?.[0]
      if (!url) return
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
      resolve({ url, call, stop })
    })
  })
}

// ---------------------------------------------------------------------------
// The note: Lexical JSON as the editor saves it.

const block = { direction: null, format: '', indent: 0, version: 1 }
const text = (value) => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const paragraph = (children) => ({ ...block, children, textFormat: 0, textStyle: '', type: 'paragraph' })

/** Sources, actors and passages through the core; then the long note, as the editor would save it. */
export async function makeLongNote(shell, random) {
  const files = Array.from({ length: SOURCES }, (_, index) => ({
    name: `article-${index}.txt`,
    data: { $weftBytes: Buffer.from(generateArticle(random, index, 6_000)).toString('base64') },
  }))
  const report = await shell.call('sources:importFiles', { files })
  const sourceIds = report.outcomes.filter((one) => one.status === 'imported').map((one) => one.sourceId)
  const actors = []
  for (let index = 0; index < ACTORS; index += 1) {
    actors.push(
      await shell.call('entities:create', {
        name: `Directorate ${index + 1} of the Interior Ministry`,
        type: 'government body',
      }),
    )
  }
  const passages = []
  for (let index = 0; index < QUOTES; index += 1) {
    const sourceId = sourceIds[index % sourceIds.length]
    const { text: body } = await shell.call('sources:get', { id: sourceId })
    const start = random.int(0, body.length - 400)
    const from = body.indexOf(' ', start) + 1
    const to = body.indexOf('.', from + 80) + 1
    passages.push(await shell.call('passages:create', { sourceId, start: from, end: to }))
  }
  const cited = await shell.call('notes:passages', { ids: passages.map((one) => one.id) })

  const vocabulary = generateArticle(random, 999, 40_000).split(/\s+/).filter(Boolean)
  const blocks = []
  let words = 0
  let mentions = 0
  let quotes = 0
  const paragraphsWanted = QUOTES
  for (let index = 0; words < WORDS || quotes < QUOTES; index += 1) {
    if (index % 20 === 0)
      blocks.push({ ...block, children: [text(`Part ${index / 20 + 1}`)], tag: 'h2', type: 'heading' })
    // Text between mentions in one text node, as the editor saves it (it merges neighbouring text).
    const children = []
    let run = ''
    const target = Math.ceil(WORDS / paragraphsWanted)
    let inParagraph = 0
    while (inParagraph < target) {
      const start = (words * 7) % (vocabulary.length - 40)
      const slice = vocabulary.slice(start, start + 20)
      run += `${slice.join(' ')} `
      inParagraph += slice.length
      words += slice.length
      // Mentions spread evenly: as many so far as words so far call for.
      if (mentions < Math.min(MENTIONS, Math.ceil((words / WORDS) * MENTIONS))) {
        const actor = actors[mentions % actors.length]
        children.push(text(run))
        children.push({
          type: 'actor-mention',
          version: 1,
          entityId: actor.id,
          name: actor.name,
          entityType: actor.type,
        })
        run = ' '
        mentions += 1
      }
    }
    children.push(text(run.trimEnd()))
    blocks.push(paragraph(children))
    if (quotes < QUOTES) {
      const passage = cited[quotes]
      blocks.push({ type: 'passage-quote', version: 1, ...passage })
      quotes += 1
    }
  }
  const content = JSON.stringify({ root: { ...block, children: blocks, type: 'root' } })
  const note = await shell.call('notes:create', {
    title: 'Why the Interior Ministry works with the coalition (long)',
    content,
  })
  await shell.call('notes:create', { title: 'A short note to switch to' })
  return { note, content, words, quotes, mentions }
}

// ---------------------------------------------------------------------------
// Saving in the core: NotesService.save run in this process, from source.

async function measureCoreSave(library, noteId, content) {
  register('../src/main/workers/source-run/typescript-loader.mjs', import.meta.url)
  const { Library } = await import('../src/main/db/library.ts')
  const { createNoteServices } = await import('../src/main/notes/notes-for-library.ts')
  const { NOTE_BLOCKS_PLACEHOLDER } = await import('../src/shared/notes.ts')
  const opened = await Library.open(library)
  try {
    // Indexing runs after saves, off the typing path; here it is left pending so only the save is timed.
    const services = createNoteServices(opened, { scheduleIndexing: () => {} })
    const whole = []
    for (let index = 0; index < SAVES; index += 1) {
      const changed = content.replace('"text":"', `"text":"${index} `)
      const started = performance.now()
      services.notes.save(noteId, changed)
      whole.push(performance.now() - started)
    }
    // As typing saves it: the changed paragraph whole, the other blocks by their place.
    const state = JSON.parse(content)
    const blocks = state.root.children.map((child) => JSON.stringify(child))
    const root = JSON.stringify({ root: { ...state.root, children: [NOTE_BLOCKS_PLACEHOLDER] } })
    let revision = services.notes.get(noteId).revision
    const typed = []
    for (let index = 0; index < SAVES; index += 1) {
      const at = 100 + (index % 5)
      const entries = blocks.map((_, position) => position)
      entries[at] = blocks[at].replace('"text":"', `"text":"${'x'.repeat(index + 1)}`)
      const started = performance.now()
      const { saved } = services.notes.saveBlocks(noteId, revision, root, entries)
      typed.push(performance.now() - started)
      revision = saved.revision
    }
    const indexStarted = performance.now()
    services.notes.indexStale()
    return { whole, typed, indexMs: performance.now() - indexStarted }
  } finally {
    opened.close()
  }
}

// ---------------------------------------------------------------------------
// In Chromium: opening the note, and typing in it.

async function openLongNote(page, title, quotes) {
  return page.evaluate(
    ([title, quotes]) =>
      new Promise((resolve) => {
        const list = document.querySelector('ul[aria-label="Notes"]')
        const button = [...list.querySelectorAll('button')].find((item) => item.textContent.includes(title))
        const started = performance.now()
        button.click()
        const check = () => {
          const drawn = document.querySelectorAll('.note-content .note-quote').length
          if (drawn >= quotes)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    [title, quotes],
  )
}

export async function measureNotes({ seed = 50_500 } = {}) {
  const random = createRandom(seed)
  const folder = makeTempFolder('weft-bench-notes-')
  const library = join(folder, 'Notes.weft')
  execFileSync(process.execPath, [builtScript('cli.js'), '--library', library, 'init'])
  const shell = await startShell(library)
  const rows = []
  try {
    log(
      `making a note of ${WORDS.toLocaleString('en-US')} words with ${QUOTES} quotes and ${MENTIONS} mentions through the core…`,
    )
    const made = await makeLongNote(shell, random)
    log(
      `made: ${made.words.toLocaleString('en-US')} words, ${made.quotes} quotes, ${made.mentions} mentions, ${(made.content.length / 1e6).toFixed(2)} MB of JSON`,
    )

    const http = []
    for (let index = 0; index < 10; index += 1) {
      const started = performance.now()
      await shell.call('notes:save', {
        id: made.note.id,
        content: made.content.replace('"text":"', `"text":"${index} `),
      })
      http.push(performance.now() - started)
    }
    const core = await measureCoreSave(library, made.note.id, made.content)
    const typedMedian = median(core.typed)
    const wholeMedian = median(core.whole)
    rows.push(
      row(
        `Notes: save a ${WORDS.toLocaleString('en-US')}-word note as typing does, changed blocks only (core, median of ${SAVES})`,
        `< ${TARGETS.saveMs} ms`,
        `${typedMedian.toFixed(1)} ms`,
        typedMedian < TARGETS.saveMs,
        {
          value: Number(typedMedian.toFixed(1)),
          unit: 'ms',
          details: {
            p95Ms: Number(percentile(core.typed, 95).toFixed(1)),
            deferredIndexingMs: Number(core.indexMs.toFixed(1)),
          },
        },
      ),
      row(
        `Notes: save that note whole (core, median of ${SAVES})`,
        `< ${TARGETS.saveMs} ms`,
        `${wholeMedian.toFixed(1)} ms`,
        wholeMedian < TARGETS.saveMs,
        {
          value: Number(wholeMedian.toFixed(1)),
          unit: 'ms',
          details: {
            p95Ms: Number(percentile(core.whole, 95).toFixed(1)),
            httpRoundTripMedianMs: Number(median(http).toFixed(1)),
            jsonBytes: made.content.length,
          },
        },
      ),
    )

    // The machine's load when the browser measurements start (a busy shared machine slows every figure).
    const load = loadavg().map((value) => Number(value.toFixed(1)))
    const { browser } = await launchChromium()
    const closeBrowser = trackCloser(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(shell.url)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
    await page.getByRole('button', { name: /A short note to switch to/ }).click()
    await page.getByRole('textbox', { name: 'Note text' }).waitFor()
    const opens = []
    for (let index = 0; index < OPENS; index += 1) {
      opens.push(
        await openLongNote(page, 'Why the Interior Ministry works with the coalition (long)', made.quotes),
      )
      if (index < OPENS - 1) {
        await page.getByRole('button', { name: /A short note to switch to/ }).click()
        await page.getByRole('textbox', { name: 'Note text' }).waitFor()
      }
    }
    const openMedian = median(opens)
    rows.push(
      row(
        `Notes: open that note in Chromium, click to every quote drawn (median of ${OPENS})`,
        `< ${TARGETS.openMs} ms`,
        `${Math.round(openMedian)} ms`,
        openMedian < TARGETS.openMs,
        {
          value: Math.round(openMedian),
          unit: 'ms',
          details: { samples: opens.map(Math.round), loadAverage: load },
        },
      ),
    )

    // Type in the middle of the note, in rounds alternating with a bare editable paragraph.
    const middle = page.locator('.note-content .note-p').nth(100)
    await middle.scrollIntoViewIfNeeded()
    await middle.click()
    await page.keyboard.press('End')
    const { note, floor, stealPercent } = await measureTypingWithFloor(browser, page, KEYS)
    const typedText = await middle.textContent()
    if (!typedText.includes('coordinates with the coalition'))
      throw new Error('the keys typed did not reach the note: its paragraph does not show them')
    const p95 = percentile(note.latencies, 95)
    const workP95 = percentile(note.work, 95)
    const floorP95 = percentile(floor.latencies, 95)
    rows.push(
      row(
        `Notes: keypress to paint while typing in that note (p95 of ${note.latencies.length})`,
        `< ${TARGETS.keypressP95Ms} ms`,
        `${p95.toFixed(1)} ms (editor's work p95 ${workP95.toFixed(1)}; bare editable ${floorP95.toFixed(1)})`,
        p95 < TARGETS.keypressP95Ms,
        {
          value: Number(p95.toFixed(1)),
          unit: 'ms',
          details: {
            medianMs: Number(median(note.latencies).toFixed(1)),
            workP95Ms: Number(workP95.toFixed(1)),
            workMedianMs: Number(median(note.work).toFixed(1)),
            maxMs: Number(Math.max(...note.latencies).toFixed(1)),
            // The machine's floor at the same moments: no script of ours (see typing.mjs).
            bareEditableP95Ms: Number(floorP95.toFixed(1)),
            bareEditableMedianMs: Number(median(floor.latencies).toFixed(1)),
            cpuStealPercent: stealPercent === null ? null : Number(stealPercent.toFixed(1)),
          },
        },
      ),
    )
    await closeBrowser()
  } finally {
    await shell.stop()
  }
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cleanUpOnSignals()
  measureNotes()
    .then((rows) => {
      process.stdout.write(`${formatTable(rows)}\n`)
      for (const entry of rows)
        if (entry.details) process.stderr.write(`${entry.metric}: ${JSON.stringify(entry.details)}\n`)
      process.exitCode = rows.every((entry) => entry.pass) ? 0 : 1
    })
    .catch((error) => {
      process.stderr.write(`bench: ${error.stack ?? error}\n`)
      process.exitCode = 1
    })
    .finally(() => cleanUp())
}
