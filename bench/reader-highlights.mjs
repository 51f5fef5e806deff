// The reader on a long, heavily marked source: a generated 50,000-word text
// imported with the built `weft` CLI, 2,000 passages made through the web
// shell's calls, then in Chromium:
//   - opening that source, from the click in the library to the frame after
//     all 2,000 highlights are drawn (median of 5), with the passages panel
//     closed and open;
//   - scrolling it for 3 s: frames per second and the p95 frame time.
// Run alone: `node bench/reader-highlights.mjs` (after `npx electron-vite build`; WEFT_OUT_DIR picks a build).
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.mjs'
import { cleanUp, cleanUpOnSignals, makeTempFolder, trackCloser } from './cleanup.mjs'
import { startShell } from './notes.mjs'
import { ROOT } from './paths.mjs'
import { formatTable, row } from './report.mjs'
import { createRandom, generateArticle } from './text-gen.mjs'

const TARGETS = { openMs: 300, fps: 50 }
const WORDS = 50_000
const PASSAGES = 2_000
const ACTORS = 12
const OPENS = 5
const SCROLL_MS = 3_000
/** Pixels scrolled per frame: about 2,400 px a second at 60 frames, a brisk flick through the text. */
const SCROLL_STEP = 40
const LONG_TITLE = 'Long field report on the southern raids'
const SHORT_TITLE = 'Short note to switch from'

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

/** News-like paragraphs until the text holds `words` words, under a headline of its own. */
function longText(random, words) {
  const paragraphs = [LONG_TITLE]
  let count = 0
  for (let index = 0; count < words; index += 1) {
    for (const paragraph of generateArticle(random, index, 6_000)
      .split(/\n{2,}/)
      .slice(1)) {
      if (count >= words) break
      paragraphs.push(paragraph)
      count += paragraph.split(/\s+/).filter(Boolean).length
    }
  }
  return { text: paragraphs.join('\n\n'), words: count }
}

/** Spans of 10 to 90 characters starting on a word, within one paragraph, each start used once. */
function passageSpans(random, text, count) {
  const spans = []
  const starts = new Set()
  const bodyStart = text.indexOf('\n\n') + 2
  while (spans.length < count) {
    let start = random.int(bodyStart, text.length - 100)
    while (start < text.length && text[start - 1] !== ' ' && text[start - 1] !== '\n') start += 1
    const end = start + random.int(10, 90)
    if (starts.has(start) || end > text.length || text.slice(start, end).includes('\n')) continue
    starts.add(start)
    spans.push({ start, end })
  }
  return spans
}

/** Makes the passages a few calls at a time (the core writes them one by one either way). */
async function makePassages(shell, random, sourceId, spans) {
  const actors = []
  for (let index = 0; index < ACTORS; index += 1) {
    actors.push(
      (await shell.call('entities:create', { name: `Reader bench actor ${index + 1}`, type: 'organisation' }))
        .id,
    )
  }
  const queue = spans.map((span) => ({
    sourceId,
    ...span,
    entityIds: random.next() < 0.5 ? [random.pick(actors)] : [],
  }))
  const worker = async () => {
    for (let input = queue.shift(); input; input = queue.shift()) await shell.call('passages:create', input)
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

/** In the page: click a source's row and time it until every passage is drawn and painted. */
function timeOpening(page, title, passages, panelOpen) {
  return page.evaluate(
    async ([wanted, count, panel]) => {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
      const drawn = () =>
        [...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith('weft-passage-') && name !== 'weft-passage-review')
          .reduce((sum, [, highlight]) => sum + highlight.size, 0)
      const rowOf = [...document.querySelectorAll('[role="row"]')].find((one) =>
        one.textContent.includes(wanted),
      )
      if (!rowOf) throw new Error(`no row for “${wanted}” in the library`)
      const reader = `article[aria-label="Reader: ${wanted}"]`
      const started = performance.now()
      rowOf.click()
      while (
        !document.querySelector(`${reader} .reader-text`) ||
        drawn() < count ||
        (panel && !document.querySelector(`${reader} .passages-panel li`))
      ) {
        if (performance.now() - started > 30_000)
          throw new Error(`“${wanted}” showed ${drawn()} of ${count} highlights after 30 s`)
        await nextFrame()
      }
      // The frame that shows them: painted once the next frame has begun.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - started
    },
    [title, passages, panelOpen],
  )
}

/** In the page: scroll the reader's text a step every frame for a while; the frame times. */
function measureScrolling(page) {
  return page.evaluate(
    async ([duration, step]) => {
      const scroller = document.querySelector('.reader-scroll')
      const frames = []
      let last = await new Promise((resolve) => requestAnimationFrame(resolve))
      const end = last + duration
      while (last < end) {
        scroller.scrollTop += step
        const now = await new Promise((resolve) => requestAnimationFrame(resolve))
        frames.push(now - last)
        last = now
      }
      return { frames, scrolledPx: scroller.scrollTop }
    },
    [SCROLL_MS, SCROLL_STEP],
  )
}

async function openSource(page, title) {
  await page.getByRole('row', { name: new RegExp(title) }).click()
  await page.getByRole('article', { name: `Reader: ${title}` }).waitFor()
}

/** The rows for one state of the panel: opening (median of OPENS) and scrolling. */
async function measurePanelState(page, panelOpen, made) {
  const state = panelOpen ? 'panel open' : 'panel closed'
  await openSource(page, SHORT_TITLE)
  const toggle = page.getByRole('article').getByRole('button', { name: /^Passages/ })
  if (((await toggle.getAttribute('aria-expanded')) === 'true') !== panelOpen) await toggle.click()
  const opens = []
  for (let index = 0; index < OPENS; index += 1) {
    opens.push(await timeOpening(page, LONG_TITLE, PASSAGES, panelOpen))
    await openSource(page, SHORT_TITLE)
  }
  const openMedian = median(opens)

  await openSource(page, LONG_TITLE)
  await timeOpening(page, LONG_TITLE, PASSAGES, panelOpen)
  const { frames, scrolledPx } = await measureScrolling(page)
  const fps = (frames.length * 1000) / frames.reduce((sum, one) => sum + one, 0)
  const p95 = percentile(frames, 95)
  return [
    row(
      `Reader: open a ${made.words.toLocaleString('en-US')}-word source with ${PASSAGES.toLocaleString('en-US')} highlights, click to all drawn, ${state} (median of ${OPENS})`,
      `< ${TARGETS.openMs} ms`,
      `${Math.round(openMedian)} ms`,
      openMedian < TARGETS.openMs,
      { value: Math.round(openMedian), unit: 'ms', details: { samples: opens.map(Math.round) } },
    ),
    row(
      `Reader: scroll that source for ${SCROLL_MS / 1000} s, ${state}`,
      `>= ${TARGETS.fps} fps`,
      `${fps.toFixed(0)} fps, p95 frame ${p95.toFixed(1)} ms`,
      fps >= TARGETS.fps,
      {
        value: Number(fps.toFixed(1)),
        unit: 'fps',
        details: {
          frames: frames.length,
          p95FrameMs: Number(p95.toFixed(1)),
          maxFrameMs: Number(Math.max(...frames).toFixed(1)),
          scrolledPx,
        },
      },
    ),
  ]
}

export async function measureReaderHighlights({ seed = 60_600 } = {}) {
  const random = createRandom(seed)
  const folder = makeTempFolder('weft-bench-reader-')
  const library = join(folder, 'Reader.weft')
  const made = longText(random, WORDS)
  const longFile = join(folder, `${LONG_TITLE}.txt`)
  const shortFile = join(folder, `${SHORT_TITLE}.txt`)
  writeFileSync(longFile, made.text)
  writeFileSync(
    shortFile,
    `${SHORT_TITLE}\n\nA short source to open before the long one, so each opening starts afresh.`,
  )
  const cli = builtScript('cli.js')
  execFileSync(process.execPath, [cli, '--library', library, 'init'], { stdio: 'ignore' })
  execFileSync(process.execPath, [cli, '--library', library, 'import', shortFile, longFile], {
    stdio: 'ignore',
  })

  const shell = await startShell(library)
  try {
    const sources = await shell.call('sources:list', {})
    const long = sources.find((source) => source.title === LONG_TITLE)
    if (!long) throw new Error(`the import made no source titled “${LONG_TITLE}”`)
    const { text } = await shell.call('sources:get', { id: long.id })
    log(
      `making ${PASSAGES.toLocaleString('en-US')} passages over ${made.words.toLocaleString('en-US')} words (${text.length.toLocaleString('en-US')} characters)…`,
    )
    await makePassages(shell, random, long.id, passageSpans(random, text, PASSAGES))

    // The machine's load when the browser measurements start (a busy shared machine slows every figure).
    const load = loadavg().map((value) => Number(value.toFixed(1)))
    const { browser } = await launchChromium()
    const closeBrowser = trackCloser(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(shell.url)
    const rows = []
    for (const panelOpen of [false, true]) rows.push(...(await measurePanelState(page, panelOpen, made)))
    await closeBrowser()
    for (const entry of rows) entry.details.loadAverage = load
    return rows
  } finally {
    await shell.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cleanUpOnSignals()
  measureReaderHighlights()
    .then((rows) => {
      process.stdout.write(`${formatTable(rows)}\n`)
      for (const entry of rows) process.stderr.write(`${entry.metric}: ${JSON.stringify(entry.details)}\n`)
      process.exitCode = rows.every((entry) => entry.pass) ? 0 : 1
    })
    .catch((error) => {
      process.stderr.write(`bench: ${error.stack ?? error}\n`)
      process.exitCode = 1
    })
    .finally(() => cleanUp())
}
