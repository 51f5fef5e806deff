// Prints one closing line for CI, "N passed, N failed", from the unit and
// end-to-end JSON reports written when CI=true.
import { existsSync, readFileSync } from 'node:fs'

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined)

const unit = read('reports/unit.json')
const e2e = read('reports/e2e.json')
if (!unit || !e2e) {
  console.error('test-summary: a report is missing (reports/unit.json, reports/e2e.json); run with CI=true.')
  process.exit(1)
}
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky
const failed = unit.numFailedTests + e2e.stats.unexpected
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped
console.log(
  `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`,
)
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
