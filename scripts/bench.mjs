// `npm run bench`: measures Weft on generated data in a temp folder and prints
// a table (metric, target, measured, result); also writes .bench/latest.json.
// Run `electron-vite build` first (npm run bench does). Exits 1 if a target is missed.
// `npm run bench -- --only search,network` runs some sections; the names are in SECTIONS.
import { measureInitialJs } from '../bench/bundle-size.mjs'
import { launchChromium } from '../bench/browser.mjs'
import { cleanUp, cleanUpOnSignals, trackCloser } from '../bench/cleanup.mjs'
import { measureCliImport } from '../bench/cli-import.mjs'
import { measureFirstRows } from '../bench/first-rows.mjs'
import { measureImportFormats } from '../bench/import-formats.mjs'
import { measureLibraryTable } from '../bench/library-table.mjs'
import { makeLibrary } from '../bench/large-library.mjs'
import { describeMachine, formatMachine } from '../bench/machine.mjs'
import { measureMentions } from '../bench/mentions.mjs'
import { measureNetwork } from '../bench/network.mjs'
import { measureNotes } from '../bench/notes.mjs'
import { measureReaderHighlights } from '../bench/reader-highlights.mjs'
import { assertBuilt, RESULTS_JSON } from '../bench/paths.mjs'
import { formatTable, row, writeJson } from '../bench/report.mjs'
import { describeRevision } from '../bench/revision.mjs'
import { measureSearch } from '../bench/search.mjs'
import { startWebShell } from '../bench/web-shell.mjs'

const IMPORT_FILES = 5000
const IMPORT_RUNS = 3
const LIST_SOURCES = 10_000
const PAGE_LOADS = 5
const TARGETS = {
  filesPerSecond: 1000,
  firstRowsMs: 500,
  maxRowElements: 100,
  initialJsGzipBytes: 500_000,
  htmlArticlesPerSecond: 300,
  pdfPagesPerSecond: 20,
}

const log = (message) => process.stderr.write(`bench: ${message}\n`)
const thousands = (value) => Math.round(value).toLocaleString('en-US')

/** The foundation's numbers: CLI import, the web shell's first rows, the initial JavaScript. */
async function measureFoundation(notes) {
  const rows = []
  log(
    `importing ${IMPORT_FILES.toLocaleString('en-US')} generated files of about 5 KB with the CLI, ${IMPORT_RUNS} times…`,
  )
  const cliImport = await measureCliImport({ count: IMPORT_FILES, runs: IMPORT_RUNS })
  rows.push(
    row(
      `CLI import, ${thousands(IMPORT_FILES)} files of ~5 KB, FTS included (median of ${IMPORT_RUNS})`,
      `>= ${thousands(TARGETS.filesPerSecond)} files/s`,
      `${thousands(cliImport.filesPerSecond)} files/s`,
      cliImport.filesPerSecond >= TARGETS.filesPerSecond,
      { value: Math.round(cliImport.filesPerSecond), unit: 'files/s', details: cliImport.details },
    ),
  )

  log(`making a library of ${LIST_SOURCES.toLocaleString('en-US')} sources (not timed)…`)
  const large = await makeLibrary({ sources: LIST_SOURCES })
  const shell = await startWebShell(large.library)
  const { browser, executablePath, version } = await launchChromium()
  const closeBrowser = trackCloser(() => browser.close())
  log(`loading the web shell ${PAGE_LOADS} times in Chromium ${version}…`)
  const firstRows = await measureFirstRows(browser, shell.url, {
    loads: PAGE_LOADS,
    expectedSources: LIST_SOURCES,
  })
  await closeBrowser()
  await shell.stop()
  const webDetails = {
    sources: LIST_SOURCES,
    libraryImportMs: large.setupMs,
    chromium: `${version} (${executablePath})`,
    viewport: '1280x800',
  }
  rows.push(
    row(
      `Web shell, ${thousands(LIST_SOURCES)} sources: navigation to first rows (median of ${PAGE_LOADS})`,
      `<= ${TARGETS.firstRowsMs} ms`,
      `${thousands(firstRows.medianMs)} ms`,
      firstRows.medianMs <= TARGETS.firstRowsMs,
      {
        value: Math.round(firstRows.medianMs),
        unit: 'ms',
        details: { ...webDetails, samples: firstRows.samples },
      },
    ),
    row(
      `Web shell, ${thousands(LIST_SOURCES)} sources: row elements rendered (virtualised)`,
      `<= ${TARGETS.maxRowElements}`,
      `${thousands(firstRows.rowElements)}`,
      firstRows.rowElements <= TARGETS.maxRowElements,
      { value: firstRows.rowElements, unit: 'elements', details: { sources: LIST_SOURCES } },
    ),
  )
  const median = firstRows.medianSample
  notes.push(
    `Median web shell load, ms from navigation start: HTML ${median.htmlLoadedMs}, DOMContentLoaded ${median.domContentLoadedMs},` +
      ` first page answered ${median.firstPageResponseMs}, rows in DOM ${median.rowsInDomMs}, painted ${median.rowsPaintedMs};` +
      ` the whole list (sources:list, ${(median.sourcesListBytes / 1e6).toFixed(1)} MB) sent ${median.sourcesListRequestMs} and answered ${median.sourcesListResponseMs}.`,
  )

  const initialJs = measureInitialJs()
  rows.push(
    row(
      'Renderer initial JavaScript, gzipped',
      `< ${(TARGETS.initialJsGzipBytes / 1000).toFixed(0)} KB`,
      `${(initialJs.gzipBytes / 1000).toFixed(1)} KB`,
      initialJs.gzipBytes < TARGETS.initialJsGzipBytes,
      {
        value: initialJs.gzipBytes,
        unit: 'bytes',
        details: { rawBytes: initialJs.rawBytes, files: initialJs.files },
      },
    ),
  )
  return rows
}

/** Saved web pages and PDF reports through `weft import`. */
async function measureFormats() {
  log('importing generated saved web pages and PDF reports with the CLI…')
  const formats = await measureImportFormats()
  const { html, pdf } = formats.details
  return [
    row(
      `Import rate, saved news pages of ~${thousands(html.averagePageBytes / 1000)} KB: the ${thousands(html.largerArticles - html.articles)} pages a ${thousands(html.largerArticles)}-page folder adds to a ${thousands(html.articles)}-page one (medians of ${html.runsMs.length}; whole imports, start-up included: ${thousands(html.startUpIncludedArticlesPerSecond)} and ${thousands(html.largerStartUpIncludedArticlesPerSecond)} articles/s)`,
      `>= ${TARGETS.htmlArticlesPerSecond} articles/s`,
      `${thousands(formats.htmlArticlesPerSecond)} articles/s`,
      formats.htmlArticlesPerSecond >= TARGETS.htmlArticlesPerSecond,
      { value: Math.round(formats.htmlArticlesPerSecond), unit: 'articles/s', details: html },
    ),
    row(
      `Import, ${pdf.files} PDF reports of ${pdf.pagesPerFile} pages (median of ${pdf.runsMs.length})`,
      `>= ${TARGETS.pdfPagesPerSecond} pages/s`,
      `${thousands(formats.pdfPagesPerSecond)} pages/s`,
      formats.pdfPagesPerSecond >= TARGETS.pdfPagesPerSecond,
      { value: Math.round(formats.pdfPagesPerSecond), unit: 'pages/s', details: pdf },
    ),
  ]
}

/** Each section and what measures it, in the order they run. */
const SECTIONS = {
  foundation: measureFoundation,
  formats: measureFormats,
  search: () => measureSearch(),
  table: () => measureLibraryTable(),
  mentions: () => measureMentions(),
  reader: () => measureReaderHighlights(),
  notes: () => measureNotes(),
  network: () => measureNetwork(),
}

function chosenSections(argv) {
  const at = argv.indexOf('--only')
  if (at < 0) return Object.keys(SECTIONS)
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean)
  const unknown = names.filter((name) => !(name in SECTIONS))
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `--only takes a comma-separated list of: ${Object.keys(SECTIONS).join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}`,
    )
  return names
}

async function main() {
  const sections = chosenSections(process.argv.slice(2))
  assertBuilt()
  const machine = describeMachine()
  const rows = []
  const notes = []
  for (const name of sections) {
    log(`— ${name} —`)
    rows.push(...(await SECTIONS[name](notes)))
  }

  const date = new Date().toISOString()
  const revision = describeRevision()
  process.stdout.write(
    [
      `Weft benchmarks, ${date} (commit ${revision.commit}${revision.uncommittedChanges ? ' with uncommitted changes' : ''}, out/ built ${revision.builtAt})`,
      formatMachine(machine),
      `Sections: ${sections.join(', ')}`,
      '',
      formatTable(rows),
      '',
      ...notes,
      '',
    ].join('\n'),
  )
  writeJson(RESULTS_JSON, { date, revision, machine, sections, results: rows, notes })
  process.stdout.write(`\nWritten to ${RESULTS_JSON}\n`)
  return rows.every((entry) => entry.pass) ? 0 : 1
}

cleanUpOnSignals()
process.exitCode = 1
try {
  process.exitCode = await main()
} catch (error) {
  process.stderr.write(
    `bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
} finally {
  await cleanUp()
}
// Everything is closed; should a stray handle remain, do not hang on it.
setTimeout(() => process.exit(), 2000).unref()
