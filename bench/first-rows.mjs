// Metric 2: from navigation start until the Sources grid shows its first rows
// of sources, in a fresh browser context each load (nothing cached), and how
// many row elements the grid holds once it has settled.

/**
 * Runs in the page before any of its scripts: notes when the first source row
 * enters the Sources grid (performance.now() counts from navigation start)
 * and the next animation frame after that, when the rows are on screen.
 */
function watchForFirstRows() {
  const SELECTOR = '[role="grid"][aria-label="Sources"] [role="row"][aria-selected]'
  const marks = (window.__weftBench = {})
  const observer = new MutationObserver(() => {
    if (marks.rowsInDom !== undefined || !document.querySelector(SELECTOR)) return
    marks.rowsInDom = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => {
      marks.rowsPainted = performance.now()
    })
  })
  observer.observe(document, { childList: true, subtree: true })
}

export async function measureFirstRows(
  browser,
  url,
  { loads = 5, expectedSources, timeoutMs = 60_000 } = {},
) {
  const samples = []
  for (let load = 0; load < loads; load += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      await page.addInitScript(watchForFirstRows)
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(() => window.__weftBench?.rowsPainted !== undefined, null, {
        timeout: timeoutMs,
      })
      const sample = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0]
        const firstPage = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('/api/call/sources:firstPage'))
        const round = (value) => (value === undefined ? undefined : Math.round(value))
        return {
          rowsPaintedMs: window.__weftBench.rowsPainted,
          rowsInDomMs: round(window.__weftBench.rowsInDom),
          htmlLoadedMs: round(navigation?.responseEnd),
          domContentLoadedMs: round(navigation?.domContentLoadedEventEnd),
          firstPageResponseMs: round(firstPage?.responseEnd),
        }
      })
      // Let the list settle (selection, scroll into view, reader) before counting rows.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(250)
      const grid = page.getByRole('grid', { name: 'Sources' })
      await grid.and(page.locator(':not([aria-busy])')).waitFor()
      // The whole list, which arrives after the first rows are on screen.
      Object.assign(
        sample,
        await page.evaluate(() => {
          const list = performance
            .getEntriesByType('resource')
            .find((entry) => entry.name.includes('/api/call/sources:list'))
          return {
            sourcesListRequestMs: Math.round(list.startTime),
            sourcesListResponseMs: Math.round(list.responseEnd),
            sourcesListBytes: list.encodedBodySize,
          }
        }),
      )
      // The header row is one of the grid's rows; the rest are sources.
      sample.rowElements = (await grid.getByRole('row').count()) - 1
      sample.setSize = Number(await grid.getAttribute('aria-rowcount')) - 1
      samples.push(sample)
    } finally {
      await context.close()
    }
  }
  const rounded = samples.map((sample) => ({ ...sample, rowsPaintedMs: Math.round(sample.rowsPaintedMs) }))
  const byTime = [...rounded].sort((a, b) => a.rowsPaintedMs - b.rowsPaintedMs)
  const medianSample = byTime[Math.floor(byTime.length / 2)]
  if (expectedSources !== undefined && samples.some((sample) => sample.setSize !== expectedSources)) {
    throw new Error(`the grid reports ${samples[0].setSize} sources, expected ${expectedSources}`)
  }
  return {
    medianMs: medianSample.rowsPaintedMs,
    medianSample,
    rowElements: Math.max(...samples.map((sample) => sample.rowElements)),
    samples: rounded,
  }
}
