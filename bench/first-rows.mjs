// Metric 2: from navigation start until the Sources listbox shows its first
// option rows, in a fresh browser context each load (nothing cached), and how
// many option elements the listbox holds once it has settled.

/**
 * Runs in the page before any of its scripts: notes when the first option row
 * enters the Sources listbox (performance.now() counts from navigation start)
 * and the next animation frame after that, when the rows are on screen.
 */
function watchForFirstRows() {
  const SELECTOR = '[role="listbox"][aria-label="Sources"] [role="option"]'
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
        const list = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('/api/call/sources:list'))
        const round = (value) => (value === undefined ? undefined : Math.round(value))
        return {
          rowsPaintedMs: window.__weftBench.rowsPainted,
          rowsInDomMs: round(window.__weftBench.rowsInDom),
          htmlLoadedMs: round(navigation?.responseEnd),
          domContentLoadedMs: round(navigation?.domContentLoadedEventEnd),
          sourcesListRequestMs: round(list?.startTime),
          sourcesListResponseMs: round(list?.responseEnd),
          sourcesListBytes: list?.encodedBodySize,
        }
      })
      // Let the list settle (selection, scroll into view, reader) before counting rows.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(250)
      const listbox = page.getByRole('listbox', { name: 'Sources' })
      sample.optionElements = await listbox.getByRole('option').count()
      sample.setSize = Number(await listbox.getByRole('option').first().getAttribute('aria-setsize'))
      samples.push(sample)
    } finally {
      await context.close()
    }
  }
  const rounded = samples.map((sample) => ({ ...sample, rowsPaintedMs: Math.round(sample.rowsPaintedMs) }))
  const byTime = [...rounded].sort((a, b) => a.rowsPaintedMs - b.rowsPaintedMs)
  const medianSample = byTime[Math.floor(byTime.length / 2)]
  if (expectedSources !== undefined && samples.some((sample) => sample.setSize !== expectedSources)) {
    throw new Error(`the listbox reports ${samples[0].setSize} sources, expected ${expectedSources}`)
  }
  return {
    medianMs: medianSample.rowsPaintedMs,
    medianSample,
    optionElements: Math.max(...samples.map((sample) => sample.optionElements)),
    samples: rounded,
  }
}
