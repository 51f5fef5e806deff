// Which code was measured: the git commit, whether the tree had changes, and
// when out/ was built (the bench measures the build, which may be older).
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { CLI_JS, ROOT } from './paths.mjs'

export function describeRevision() {
  const builtAt = statSync(CLI_JS, { throwIfNoEntry: false })?.mtime.toISOString()
  try {
    const git = (...args) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedChanges: git('status', '--porcelain').length > 0,
      builtAt,
    }
  } catch {
    return { commit: 'unknown', uncommittedChanges: undefined, builtAt }
  }
}
