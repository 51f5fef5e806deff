// The results table: printed for people, written as JSON for tools.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** A row: what was measured, the target as text, the figure as text, and whether it passed. */
export function row(metric, target, measured, pass, extra = {}) {
  return { metric, target, measured, pass, ...extra }
}

export function formatTable(rows) {
  const header = ['metric', 'target', 'measured', 'result']
  const cells = rows.map((entry) => [
    entry.metric,
    entry.target,
    entry.measured,
    entry.pass ? 'pass' : 'FAIL',
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column].length)),
  )
  const line = (values) => values.map((value, column) => value.padEnd(widths[column])).join(' | ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line)].join('\n')
}

export function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}
