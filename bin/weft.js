#!/usr/bin/env node
// The `weft` command: runs the CLI built by `npm run build` (out/main/cli.js).
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const built = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(built)) {
  process.stderr.write('weft: the CLI is not built yet. Run "npm run build" in the Weft folder first.\n')
  process.exit(1)
}
require(built)
