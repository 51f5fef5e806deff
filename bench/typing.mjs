// Keypress to paint, measured in a page: from a key's keydown to the end of
// the frame that shows it. Measured alongside, the same way and in the same
// browser, on a bare editable paragraph with no script of ours: the floor the
// machine sets at that moment. On a shared virtual machine, a bare editable
// paragraph's p95 alone has ranged from 8 to 51 ms within two hours, so a
// note's figure means little without the floor measured beside it.
import { readFileSync } from 'node:fs'

/** A quick typist: about twelve keys a second. */
const KEY_GAP_MS = 80
const TYPED = 'the interior ministry coordinates with the coalition '

const BARE_EDITABLE = `<!doctype html><meta charset="utf-8"><title>Bare editable paragraph</title>
<body style="margin:0;font:16px/1.6 sans-serif">
<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Bare text" style="max-width:680px;margin:40px auto;outline:none">
<p>The interior ministry and the coalition announced a joint operation in the north of the country.</p>
</div>`

/** Starts timing every key pressed in `page` (once per page). */
export async function installKeyTimer(page) {
  await page.evaluate(() => {
    if (window.__keyTimings) return
    // Keydown to the end of the frame that shows it: a task posted from the next animation
    // frame runs once that frame has been produced. The editor's own share ("work"): keydown
    // to the end of the task that handled it (the input events and the editor's update),
    // before layout, paint and the frame wait.
    const timings = { latencies: [], work: [] }
    window.__keyTimings = timings
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp
        const handled = new MessageChannel()
        handled.port1.onmessage = () => timings.work.push(performance.now() - started)
        handled.port2.postMessage(null)
        requestAnimationFrame(() => {
          const painted = new MessageChannel()
          painted.port1.onmessage = () => timings.latencies.push(performance.now() - started)
          painted.port2.postMessage(null)
        })
      },
      true,
    )
  })
}

/** Types `count` keys of a sentence into whatever has the focus in `page`. */
export async function typeKeys(page, count, from = 0) {
  for (let index = from; index < from + count; index += 1) {
    const key = TYPED[index % TYPED.length]
    await page.keyboard.press(key === ' ' ? 'Space' : key)
    await page.waitForTimeout(KEY_GAP_MS)
  }
}

/** The timings so far, once the last key's frame is in. */
export async function takeTimings(page, expected) {
  await page.waitForFunction((count) => window.__keyTimings.latencies.length >= count, expected)
  return page.evaluate(() => ({ ...window.__keyTimings }))
}

/** A page in the same browser with a bare editable paragraph, the caret at its end. */
export async function openBareEditable(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.setContent(BARE_EDITABLE)
  await page.getByRole('textbox', { name: 'Bare text' }).locator('p').click()
  await page.keyboard.press('End')
  await installKeyTimer(page)
  return page
}

/** The CPU time the hypervisor gave to others (Linux's "steal"), as a counter to diff; null elsewhere. */
function readSteal() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, value) => sum + value, 0) }
  } catch {
    return null
  }
}

/**
 * Types `keys` keys into the note page and as many into a bare editable page,
 * in alternating rounds so both see the same moments of the machine.
 */
export async function measureTypingWithFloor(browser, notePage, keys, rounds = 4) {
  await installKeyTimer(notePage)
  const bare = await openBareEditable(browser)
  const perRound = Math.ceil(keys / rounds)
  const stealBefore = readSteal()
  for (let round = 0; round < rounds; round += 1) {
    await bare.bringToFront()
    await typeKeys(bare, perRound, round * perRound)
    await notePage.bringToFront()
    await typeKeys(notePage, perRound, round * perRound)
  }
  const stealAfter = readSteal()
  const note = await takeTimings(notePage, perRound * rounds)
  const floor = await takeTimings(bare, perRound * rounds)
  await bare.close()
  const stealPercent =
    stealBefore && stealAfter && stealAfter.total > stealBefore.total
      ? (100 * (stealAfter.steal - stealBefore.steal)) / (stealAfter.total - stealBefore.total)
      : null
  return { note, floor, stealPercent }
}
