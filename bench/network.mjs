// The network view on generated networks, in headless Chromium through the
// web shell:
//   - 2,000 actors / 8,000 ties: from opening the Network view to the first
//     drawing with the force-directed layout (computed in a worker), and
//     frames per second while panning and zooming with Cytoscape's
//     performance settings;
//   - 10,000 and 50,000 ties (2,500 and 12,500 actors): the first drawing,
//     a change of period (the filter applied and drawn) with the longest
//     main-thread task meanwhile, and the metrics (degree, weighted degree,
//     betweenness, closeness, Louvain) in their worker, with the longest gap
//     between frames while they run.
// Networks have communities (most ties inside one), types, statuses and dates
// over 2020-2025, written straight into a library file made by `weft init`.
// Run alone: `node bench/network.mjs` (after `npx electron-vite build`; WEFT_OUT_DIR picks a build).
// `npm run bench` calls measureNetwork() and adds its rows.
import Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.mjs'
import { spawn } from 'node:child_process'
import { cleanUp, cleanUpOnSignals, makeTempFolder, trackChild, trackCloser } from './cleanup.mjs'
import { builtScript, runNode } from './mentions-library.mjs'
import { formatTable, row } from './report.mjs'
import { createRandom } from './text-gen.mjs'

export const NETWORK_TARGETS = { firstRenderMs: 3000, panZoomFps: 30, metricsMs: 5000, filterMs: 2000 }
const ALL_SIZES = [
  { actors: 2_000, ties: 8_000, panZoom: true, metrics: false },
  { actors: 2_500, ties: 10_000, panZoom: false, metrics: true },
  { actors: 12_500, ties: 50_000, panZoom: false, metrics: true },
]
// WEFT_BENCH_NETWORK_TIES=8000,50000 measures only the sizes with those tie counts (while tuning).
const onlyTies = process.env.WEFT_BENCH_NETWORK_TIES?.split(',').map(Number)
const SIZES = onlyTies ? ALL_SIZES.filter((size) => onlyTies.includes(size.ties)) : ALL_SIZES
const TYPES = [
  'joint operation',
  'intelligence sharing',
  'coordination',
  'membership',
  'joint body',
  'support or advocacy',
  'pressure or demand',
  'attack',
  'counter-terrorism action',
  'rivalry',
  'part of',
]
const ACTOR_TYPES = ['organisation', 'government body', 'armed group', 'country', 'person']
const STATUSES = ['reported', 'reported', 'confirmed', 'alleged', 'denied']

const log = (message) => process.stderr.write(`bench: ${message}\n`)
const thousands = (value) => Math.round(value).toLocaleString('en-US')

/** A library with `actors` actors in communities of about 50 and `ties` ties, 85% inside a community. */
export async function makeNetworkLibrary(actors, ties) {
  const folder = makeTempFolder()
  const path = join(folder, `network-${actors}.weft`)
  await runNode(builtScript('cli.js'), ['--library', path, 'init'])
  const db = new Database(path)
  const random = createRandom(actors * 7 + ties).next
  const now = new Date().toISOString()
  const community = 50
  db.transaction(() => {
    const insertActor = db.prepare(
      'INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    for (let id = 1; id <= actors; id += 1) {
      insertActor.run(
        id,
        ACTOR_TYPES[Math.floor(random() * ACTOR_TYPES.length)],
        `Actor ${id} of group ${Math.ceil(id / community)}`,
        now,
        now,
      )
    }
    const insertTie =
      db.prepare(`INSERT INTO ties (from_id, to_id, type, directed, start_date, end_date, ongoing, status,
      confidence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'medium', ?, ?)`)
    for (let made = 0; made < ties;) {
      const from = 1 + Math.floor(random() * actors)
      const inside = random() < 0.85
      const base = Math.floor((from - 1) / community) * community
      const to = inside
        ? 1 + base + Math.floor(random() * Math.min(community, actors - base))
        : 1 + Math.floor(random() * actors)
      if (to === from) continue
      const type = TYPES[Math.floor(random() * TYPES.length)]
      const year = 2020 + Math.floor(random() * 6)
      const month = 1 + Math.floor(random() * 12)
      const start = random() < 0.1 ? null : `${year}-${String(month).padStart(2, '0')}`
      const ongoing = start !== null && random() < 0.3 ? 1 : 0
      const end =
        start && !ongoing && random() < 0.5
          ? `${Math.min(2025, year + 1)}-${String(month).padStart(2, '0')}`
          : null
      insertTie.run(
        from,
        to,
        type,
        type === 'attack' || type === 'membership' ? 1 : 0,
        start,
        end,
        ongoing,
        STATUSES[Math.floor(random() * STATUSES.length)],
        now,
        now,
      )
      made += 1
    }
  })()
  db.close()
  return path
}

/**
 * CPU seconds used so far by this process's children (the browser and the web shell), read from
 * /proc on Linux (null elsewhere). On a busy machine, wall times swell with waiting for a core;
 * CPU time says how much work a step really took.
 */
function childrenCpuSeconds() {
  try {
    const parents = new Map()
    const cpu = new Map()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const text = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
        parents.set(Number(entry), Number(fields[1]))
        cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100)
      } catch {
        // The process ended while being read.
      }
    }
    const inTree = (pid) => {
      for (let current = pid; current; current = parents.get(current))
        if (current === process.pid) return true
      return false
    }
    let total = 0
    for (const [pid, seconds] of cpu) if (pid !== process.pid && inTree(pid)) total += seconds
    return total
  } catch {
    return null
  }
}

/** The web shell of the build under test (WEFT_OUT_DIR's, else out/) on the library. */
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
    let output = ''
    child.once('exit', (code) => reject(new Error(`the web shell exited (${code}): ${output}`)))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdout.on('data', (chunk) => {
      output += chunk
      const url = /^https?:\/\/\S+$/m.exec(output)?.[0]
      if (url) resolve({ url, stop })
    })
  })
}

/** Opens the Network view and times the first drawing and the finished layout. */
export async function openNetwork(page, url) {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Network' }).click()
  const started = await page.evaluate(() => performance.now())
  const drawing = page.getByRole('img', { name: /^Network drawing/ })
  await drawing.waitFor({ timeout: 600_000 })
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[role="img"][data-layout]')
      return (
        element && element.getAttribute('data-layout') !== 'running' && element._cyreg?.cy.nodes().length > 0
      )
    },
    undefined,
    { timeout: 600_000, polling: 200 },
  )
  // The frame that shows those positions.
  const firstMs =
    (await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    )) - started
  await page.waitForFunction(
    () => document.querySelector('[role="img"][data-layout]')?.getAttribute('data-layout') === 'done',
    undefined,
    {
      timeout: 300_000,
    },
  )
  const layoutMs = (await page.evaluate(() => performance.now())) - started
  const counts = await drawing.evaluate((element) => ({
    nodes: element._cyreg.cy.nodes().length,
    edges: element._cyreg.cy.edges().length,
  }))
  return { firstMs, layoutMs, ...counts }
}

/**
 * Pans (a drag) and zooms (the wheel) as a person does, with real input events: Cytoscape's
 * performance settings (a texture, hidden edges) apply to gestures, not to programmatic moves.
 * Counts the frames the page draws meanwhile.
 */
async function panAndZoom(page) {
  const drawing = page.getByRole('img', { name: /^Network drawing/ })
  const box = await drawing.boundingBox()
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  await drawing.evaluate((element) => {
    const watch = { frames: 0, renders: 0, on: true, started: performance.now() }
    window.__weftMotion = watch
    element._cyreg.cy.on('render', () => (watch.renders += 1))
    const tick = () => {
      watch.frames += 1
      if (watch.on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  for (let step = 0; step < 90; step += 1) {
    await page.mouse.move(cx + 160 * Math.cos(step / 8), cy + 110 * Math.sin(step / 8))
  }
  await page.mouse.up()
  for (let step = 0; step < 40; step += 1) await page.mouse.wheel(0, step % 2 ? 80 : -80)
  return page.evaluate(() => {
    const watch = window.__weftMotion
    watch.on = false
    const ms = performance.now() - watch.started
    return { fps: (watch.frames * 1000) / ms, renders: watch.renders, ms: Math.round(ms) }
  })
}

/** Watches the main thread: the longest gap between frames while `work` runs. */
async function longestFrameGap(page, work) {
  await page.evaluate(() => {
    window.__weftGap = { last: performance.now(), max: 0, on: true }
    const tick = (time) => {
      const gap = window.__weftGap
      gap.max = Math.max(gap.max, time - gap.last)
      gap.last = time
      if (gap.on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const result = await work()
  const gap = await page.evaluate(() => {
    window.__weftGap.on = false
    return window.__weftGap.max
  })
  return { result, gapMs: gap }
}

/**
 * Narrows the period with the date fields (from 2023-01 on, then to 2023-12) and times the second
 * change until the new graph is drawn.
 */
export async function changePeriod(page) {
  const period = page.getByRole('group', { name: 'Period' })
  const summary = page.getByRole('region', { name: 'Network' }).locator('header').getByRole('status')
  // The start of the period is applied (and drawn) first, so what is timed is the end's change alone.
  const all = await summary.textContent()
  await period.getByLabel('From').fill('2023-01')
  await period.getByLabel('From').press('Enter', { timeout: 300_000 })
  await page.waitForFunction(
    (text) => {
      const status = document.querySelector('section[aria-label="Network"] header [role="status"]')
      return status && status.textContent !== text
    },
    all,
    { polling: 'raf', timeout: 300_000 },
  )
  const before = await summary.textContent()
  await period.getByLabel('To').fill('2023-12')
  return longestFrameGap(page, async () => {
    const started = await page.evaluate(() => performance.now())
    await period.getByLabel('To').press('Enter', { timeout: 300_000 })
    await page.waitForFunction(
      (text) => {
        const status = document.querySelector('section[aria-label="Network"] header [role="status"]')
        return status && status.textContent !== text
      },
      before,
      { polling: 'raf', timeout: 60_000 },
    )
    const ms =
      (await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
      )) - started
    return { ms, shown: await summary.textContent(), ...(await drawnCounts(page)) }
  })
}

/**
 * What the drawing holds (past the drawing budget, only the strongest ties are drawn) and the
 * view's note saying so, if any.
 */
async function drawnCounts(page) {
  const counts = await page.getByRole('img', { name: /^Network drawing/ }).evaluate((element) => ({
    drawnNodes: element._cyreg.cy.nodes().length,
    drawnEdges: element._cyreg.cy.edges().length,
  }))
  const note = page.locator('.network-drawn-note')
  return { ...counts, drawnNote: (await note.count()) > 0 ? await note.textContent() : null }
}

/** Opens the metrics table and times them in their worker (as the panel reports, and end to end). */
async function metrics(page) {
  const started = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: 'Metrics', exact: true }).click({ timeout: 300_000 })
  const status = page.getByRole('complementary', { name: 'Metrics' }).getByRole('status')
  // Opening the panel narrows the drawing, which redraws it; the frames are watched from then on.
  await status.filter({ hasText: /Computing| in [\d.]+ s\./ }).waitFor({ timeout: 300_000 })
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return longestFrameGap(page, async () => {
    await status.filter({ hasText: / in [\d.]+ s\./ }).waitFor({ timeout: 300_000 })
    const ms = (await page.evaluate(() => performance.now())) - started
    const text = await status.textContent()
    return { ms, workerMs: Number(/ in ([\d.]+) s\./.exec(text)[1]) * 1000, text }
  })
}

export async function measureNetwork() {
  const rows = []
  const { browser, version } = await launchChromium()
  const closeBrowser = trackCloser(() => browser.close())
  try {
    for (const size of SIZES) {
      log(
        `making a network of ${thousands(size.actors)} actors and ${thousands(size.ties)} ties (not timed)…`,
      )
      const library = await makeNetworkLibrary(size.actors, size.ties)
      const shell = await startShell(library)
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      const label = `Network, ${thousands(size.actors)} actors / ${thousands(size.ties)} ties`
      const details = { chromium: version, viewport: '1440x900' }
      log(`${label}: opening the view…`)
      const cpuBefore = childrenCpuSeconds()
      const open = await openNetwork(page, shell.url)
      open.cpuSecondsToLayoutDone =
        cpuBefore === null ? null : Math.round((childrenCpuSeconds() - cpuBefore) * 10) / 10
      log(
        `first drawing ${thousands(open.firstMs)} ms, layout finished ${thousands(open.layoutMs)} ms (${open.nodes} nodes, ${open.edges} edges)`,
      )
      if (size.panZoom) {
        rows.push(
          row(
            `${label}: open to first force-directed drawing`,
            `< ${thousands(NETWORK_TARGETS.firstRenderMs)} ms`,
            `${thousands(open.firstMs)} ms`,
            open.firstMs < NETWORK_TARGETS.firstRenderMs,
            { value: Math.round(open.firstMs), unit: 'ms', details: { ...details, ...open } },
          ),
        )
        const motion = await panAndZoom(page)
        log(`pan and zoom: ${motion.fps.toFixed(1)} fps`)
        rows.push(
          row(
            `${label}: pan and zoom`,
            `>= ${NETWORK_TARGETS.panZoomFps} fps`,
            `${motion.fps.toFixed(1)} fps`,
            motion.fps >= NETWORK_TARGETS.panZoomFps,
            {
              value: Math.round(motion.fps * 10) / 10,
              unit: 'fps',
              details: { ...details, renders: motion.renders },
            },
          ),
        )
      } else {
        rows.push(
          row(
            `${label}: open to first drawing`,
            'renders',
            `${thousands(open.firstMs)} ms (layout done ${thousands(open.layoutMs)} ms)`,
            open.nodes > 0,
            {
              value: Math.round(open.firstMs),
              unit: 'ms',
              details: { ...details, ...open },
            },
          ),
        )
      }
      const filter = await changePeriod(page)
      log(
        `period changed and drawn in ${thousands(filter.result.ms)} ms, longest frame gap ${thousands(filter.gapMs)} ms (${filter.result.shown}; drawn: ${filter.result.drawnNodes} nodes, ${filter.result.drawnEdges} edges${filter.result.drawnNote ? ` — “${filter.result.drawnNote}”` : ''})`,
      )
      rows.push(
        row(
          `${label}: change of period drawn`,
          `< ${thousands(NETWORK_TARGETS.filterMs)} ms`,
          `${thousands(filter.result.ms)} ms (longest frame ${thousands(filter.gapMs)} ms)`,
          filter.result.ms < NETWORK_TARGETS.filterMs,
          {
            value: Math.round(filter.result.ms),
            unit: 'ms',
            details: {
              ...details,
              longestFrameMs: Math.round(filter.gapMs),
              shown: filter.result.shown,
              drawnNodes: filter.result.drawnNodes,
              drawnEdges: filter.result.drawnEdges,
              drawnNote: filter.result.drawnNote,
            },
          },
        ),
      )
      if (size.metrics) {
        await showAllDates(page)
        const measured = await metrics(page)
        log(
          `metrics ${thousands(measured.result.workerMs)} ms in the worker (${measured.result.text}); longest frame gap ${thousands(measured.gapMs)} ms`,
        )
        rows.push(
          row(
            `${label}: metrics in a worker`,
            `< ${thousands(NETWORK_TARGETS.metricsMs)} ms`,
            `${thousands(measured.result.workerMs)} ms (longest frame ${thousands(measured.gapMs)} ms)`,
            measured.result.workerMs < NETWORK_TARGETS.metricsMs,
            {
              value: Math.round(measured.result.workerMs),
              unit: 'ms',
              details: {
                ...details,
                endToEndMs: Math.round(measured.result.ms),
                longestFrameMs: Math.round(measured.gapMs),
                panel: measured.result.text,
              },
            },
          ),
        )
      }
      await context.close()
      await shell.stop()
    }
  } finally {
    await closeBrowser()
  }
  return rows
}

/** Back to the whole network before the metrics, so they are measured on every tie. */
async function showAllDates(page) {
  await page
    .getByRole('group', { name: 'Period' })
    .getByRole('button', { name: 'All dates' })
    .click({ timeout: 300_000 })
  await page.waitForFunction(
    () => document.querySelector('[role="img"][data-layout]')?.getAttribute('data-layout') === 'done',
    undefined,
    {
      timeout: 300_000,
    },
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cleanUpOnSignals()
  measureNetwork()
    .then((rows) => {
      process.stdout.write(`${formatTable(rows)}\n`)
      process.exitCode = rows.every((entry) => entry.pass) ? 0 : 1
    })
    .catch((error) => {
      console.error(error)
      process.exitCode = 1
    })
    .finally(() => cleanUp())
}
