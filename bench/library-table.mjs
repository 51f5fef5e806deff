// The Library table on 100,000 sources, in headless Chromium through the web
// shell: how long a filter takes, from the change in the filter bar to the
// frame that shows the filtered rows (a tag on a third of the sources; a kind
// no source has; clearing), sorting by title, and frames per second while the
// table scrolls. The library is the search bench's cached one (100,000
// generated articles imported with `weft import`), copied, with a tag put on
// every third source through the app's own `sources:tag` call (not timed).
// Run alone: `node bench/library-table.mjs` (after `npx electron-vite build`; WEFT_OUT_DIR picks a build).
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.mjs'
import { cleanUp, cleanUpOnSignals, makeTempFolder, trackCloser } from './cleanup.mjs'
import { startShell } from './notes.mjs'
import { formatTable, row } from './report.mjs'
import { searchLibrary } from './search.mjs'

const SOURCES = 100_000
const TARGETS = { filterMs: 200, fps: 50 }
const RUNS = 5
const TAG = 'bench third'
const SCROLL_MS = 3_000

const log = (message) => process.stderr.write(`bench: ${message}\n`)
const thousands = (value) => Math.round(value).toLocaleString('en-US')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * In the page: sets a filter-bar select to `value` as a person's choice does
 * (a change event React hears), and times it until the filter count reads
 * `expected` and the next frame has begun, when the new rows are on screen.
 */
function timeSelect({ label, value, expected }) {
  const select = [...document.querySelectorAll('.filter-bar label')]
    .find((element) => element.querySelector('span')?.textContent === label)
    ?.querySelector('select')
  if (!select) throw new Error(`no ${label} filter`)
  const status = () => document.querySelector('.filter-bar [role="status"]')?.textContent ?? ''
  const started = performance.now()
  select.value = value
  select.dispatchEvent(new Event('change', { bubbles: true }))
  return new Promise((resolve, reject) => {
    const deadline = started + 30_000
    const check = () => {
      if (status().includes(expected)) requestAnimationFrame(() => resolve(performance.now() - started))
      else if (performance.now() > deadline) reject(new Error(`the filter count read "${status()}"`))
      else requestAnimationFrame(check)
    }
    check()
  })
}

/** In the page: clicks the Title column's sort button and times it until the first row has changed. */
function timeSort() {
  const firstTitle = () =>
    document.querySelector('[role="grid"][aria-label="Sources"] [role="row"][aria-selected] .cell-title')
      ?.textContent
  const before = firstTitle()
  const button = [...document.querySelectorAll('[role="columnheader"] button')].find(
    (element) => element.textContent?.trim() === 'Title',
  )
  const started = performance.now()
  button.click()
  return new Promise((resolve, reject) => {
    const check = () => {
      if (firstTitle() !== before) requestAnimationFrame(() => resolve(performance.now() - started))
      else if (performance.now() - started > 30_000) reject(new Error('the order did not change'))
      else requestAnimationFrame(check)
    }
    check()
  })
}

/** In the page: scrolls the table by a screenful every frame for `ms`; frames per second and the p95 frame time. */
async function measureScroll(ms) {
  const grid = document.querySelector('[role="grid"][aria-label="Sources"]')
  const frames = []
  let last = performance.now()
  const end = last + ms
  while (performance.now() < end) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    const now = performance.now()
    frames.push(now - last)
    last = now
    grid.scrollTop += grid.clientHeight
  }
  frames.sort((a, b) => a - b)
  return {
    fps: (frames.length * 1000) / ms,
    p95FrameMs: frames[Math.floor(frames.length * 0.95)],
    rowsPassed: Math.round(grid.scrollTop / 38),
  }
}

export async function measureLibraryTable() {
  const made = await searchLibrary({ sources: SOURCES, bytesPerSource: 2000, seed: 30_300 })
  const work = makeTempFolder('weft-bench-table-')
  const library = join(work, 'table.weft')
  copyFileSync(made.library, library)
  const shell = await startShell(library)
  const { browser, version } = await launchChromium()
  const closeBrowser = trackCloser(() => browser.close())
  try {
    const sources = await shell.call('sources:list', {})
    const ids = sources.map((source) => source.id)
    const reports = sources.filter((source) => source.kind === 'report').length
    const tagged = ids.filter((_, index) => index % 3 === 0)
    log(`tagging ${thousands(tagged.length)} of ${thousands(ids.length)} sources (not timed)…`)
    await shell.call('sources:tag', { ids: tagged, add: [TAG], remove: [] })

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(shell.url)
    const grid = page.getByRole('grid', { name: 'Sources' })
    await grid.and(page.locator(':not([aria-busy])')).waitFor({ timeout: 60_000 })
    const all = `${thousands(ids.length)} sources`
    const some = `${thousands(tagged.length)} of ${thousands(ids.length)} sources`

    log(`filtering ${thousands(ids.length)} rows in Chromium ${version}, ${RUNS} times each…`)
    const byTag = []
    const byKind = []
    const cleared = []
    for (let run = 0; run < RUNS; run += 1) {
      byTag.push(await page.evaluate(timeSelect, { label: 'Tag', value: TAG, expected: some }))
      cleared.push(await page.evaluate(timeSelect, { label: 'Tag', value: '', expected: all }))
      byKind.push(
        await page.evaluate(timeSelect, {
          label: 'Kind',
          value: 'report',
          expected: `${thousands(reports)} of ${all}`,
        }),
      )
      cleared.push(await page.evaluate(timeSelect, { label: 'Kind', value: '', expected: all }))
    }
    const sortMs = await page.evaluate(timeSort)
    const scroll = await page.evaluate(measureScroll, SCROLL_MS)
    const rowElements = (await grid.getByRole('row').count()) - 1
    await page.close()

    const details = { sources: ids.length, chromium: version, viewport: '1280x800' }
    const filterRow = (label, samples) =>
      row(
        `Library table, ${thousands(ids.length)} sources: ${label} (median of ${samples.length})`,
        `< ${TARGETS.filterMs} ms`,
        `${thousands(median(samples))} ms (max ${thousands(Math.max(...samples))})`,
        median(samples) < TARGETS.filterMs,
        {
          value: Math.round(median(samples)),
          unit: 'ms',
          details: { ...details, samples: samples.map(Math.round) },
        },
      )
    return [
      filterRow(`filter by a tag on a third of them`, byTag),
      filterRow(`filter by kind (${thousands(reports)} reports)`, byKind),
      filterRow('clear a filter', cleared),
      row(
        `Library table, ${thousands(ids.length)} sources: sort by title (first time)`,
        `< ${TARGETS.filterMs * 2} ms`,
        `${thousands(sortMs)} ms`,
        sortMs < TARGETS.filterMs * 2,
        { value: Math.round(sortMs), unit: 'ms', details },
      ),
      row(
        `Library table, ${thousands(ids.length)} sources: scrolling a screenful a frame for ${SCROLL_MS / 1000} s`,
        `>= ${TARGETS.fps} fps`,
        `${Math.round(scroll.fps)} fps (p95 frame ${scroll.p95FrameMs.toFixed(1)} ms, ${rowElements} row elements)`,
        scroll.fps >= TARGETS.fps,
        { value: Math.round(scroll.fps), unit: 'fps', details: { ...details, ...scroll, rowElements } },
      ),
    ]
  } finally {
    await closeBrowser()
    await shell.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cleanUpOnSignals()
  measureLibraryTable()
    .then((rows) => process.stdout.write(`${formatTable(rows)}\n`))
    .catch((error) => {
      process.stderr.write(`bench: ${error.stack ?? error}\n`)
      process.exitCode = 1
    })
    .finally(cleanUp)
}
