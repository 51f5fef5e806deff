// `npm run bench`: measures Weft on generated data in a temp folder and prints
// a table (metric, target, measured, result); also writes .bench/latest.json.
// Run `electron-vite build` first (npm run bench does). Exits 1 if a target is missed.
import { measureInitialJs } from '../bench/bundle-size.mjs'
import { launchChromium } from '../bench/browser.mjs'
import { cleanUp, cleanUpOnSignals, trackCloser } from '../bench/cleanup.mjs'
import { measureCliImport } from '../bench/cli-import.mjs'
import { measureFirstRows } from '../bench/first-rows.mjs'
import { makeLibrary } from '../bench/large-library.mjs'
import { describeMachine, formatMachine } from '../bench/machine.mjs'
import { assertBuilt, RESULTS_JSON } from '../bench/paths.mjs'
import { formatTable, row, writeJson } from '../bench/report.mjs'
import { describeRevision } from '../bench/revision.mjs'
import { startWebShell } from '../bench/web-shell.mjs'

const IMPORT_FILES = 5000
const IMPORT_RUNS = 3
const LIST_SOURCES = 10_000
const PAGE_LOADS = 5
const TARGETS = {
  filesPerSecond: 1000,
  firstRowsMs: 500,
  maxOptionElements: 100,
  initialJsGzipBytes: 500_000,
}

const log = (message) => process.stderr.write(`bench: ${message}\n`)
const thousands = (value) => Math.round(value).toLocaleString('en-US')

async function main() {
  assertBuilt()
  const machine = describeMachine()
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
      `Web shell, ${thousands(LIST_SOURCES)} sources: option elements rendered (virtualised)`,
      `<= ${TARGETS.maxOptionElements}`,
      `${thousands(firstRows.optionElements)}`,
      firstRows.optionElements <= TARGETS.maxOptionElements,
      { value: firstRows.optionElements, unit: 'elements', details: { sources: LIST_SOURCES } },
    ),
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

  const date = new Date().toISOString()
  const revision = describeRevision()
  const median = firstRows.medianSample
  process.stdout.write(
    [
      `Weft benchmarks, ${date} (commit ${revision.commit}${revision.uncommittedChanges ? ' with uncommitted changes' : ''}, out/ built ${revision.builtAt})`,
      formatMachine(machine),
      '',
      formatTable(rows),
      '',
      `Median web shell load, ms from navigation start: HTML ${median.htmlLoadedMs}, DOMContentLoaded ${median.domContentLoadedMs},` +
        ` sources:list sent ${median.sourcesListRequestMs} and answered ${median.sourcesListResponseMs}` +
        ` (${(median.sourcesListBytes / 1e6).toFixed(1)} MB), rows in DOM ${median.rowsInDomMs}, painted ${median.rowsPaintedMs}.`,
      '',
    ].join('\n'),
  )
  writeJson(RESULTS_JSON, { date, revision, machine, results: rows })
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
