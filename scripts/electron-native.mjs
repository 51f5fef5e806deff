// Builds better-sqlite3 for Electron into native/electron/, from a copy, leaving the Node build alone.
//
// Runs as `postinstall` (never fails the install) and as `npm run native:electron`
// (`--force`: rebuild even when up to date, ignore the skip variables, exit 1 on failure).
// Rebuilding node_modules/better-sqlite3 in place would replace (or, on failure,
// delete) the Node build that the tests and the CLI load, so the Electron build
// happens in .native-build/better-sqlite3 and only its .node file is kept.
//
// Environment:
//   WEFT_SKIP_ELECTRON_NATIVE=1      skip (without --force)
//   ELECTRON_SKIP_BINARY_DOWNLOAD=1  skip (without --force): no Electron binary wanted
//   WEFT_ELECTRON_NODEDIR=<dir>      compile against Electron headers already on disk
//                                    instead of downloading them (offline machines)
// Options: --force, --arch=<arch> (defaults to this machine's).
import { spawnSync } from 'node:child_process'
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(ROOT, 'native', 'electron')
const OUT_FILE = join(OUT_DIR, 'better_sqlite3.node')
const STAMP_FILE = join(OUT_DIR, 'build-info.json')
const WORK_ROOT = join(ROOT, '.native-build')
const WORK_DIR = join(WORK_ROOT, 'better-sqlite3')
const LOG_FILE = join(WORK_ROOT, 'electron-native.log')
const HEADERS_URL = 'https://electronjs.org/headers'
const COPIED_ENTRIES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib']
const LATER = 'the CLI and tests still work; run `npm run native:electron` once online'
const RETRY = 'the CLI and tests still work; `npm run native:electron` tries again'
const SKIPPED = 'skipped building better-sqlite3 for Electron'
const NODE_BUILD_ONLY = 'the CLI and tests use the Node build; `npm run native:electron` builds it later'

const FORCE = process.argv.includes('--force')
const ARCH = process.argv.find((arg) => arg.startsWith('--arch='))?.slice('--arch='.length) || process.arch
const requireFromRoot = createRequire(join(ROOT, 'package.json'))

class BuildError extends Error {}

function log(message) {
  console.log(`electron-native: ${message}`)
}

function main() {
  const skip = skipReason()
  if (skip) return log(`${SKIPPED}: ${skip}; ${NODE_BUILD_ONLY}`)

  const electron = findElectron()
  if (!electron) {
    const why = process.env.CI ? 'CI without electron' : 'a production install?'
    return log(`${SKIPPED}: the electron package is not installed (${why})`)
  }
  const sqlite = findBetterSqlite()
  const target = {
    electron: electron.version,
    abi: electron.abi,
    betterSqlite3: sqlite.version,
    platform: process.platform,
    arch: ARCH,
  }
  if (!FORCE && isUpToDate(target)) {
    return log(
      `up to date: ${relative(OUT_FILE)} (Electron ${electron.version}, ${ARCH}); --force rebuilds it.`,
    )
  }

  const download = ensureElectronBinary(electron)
  if (download) throw new BuildError(`skipped: could not download Electron (${download})`)

  log(
    `building better-sqlite3 ${sqlite.version} for Electron ${electron.version} (ABI ${electron.abi ?? '?'}, ${ARCH})`,
  )
  copySources(sqlite.dir)
  const method = tryPrebuilt(sqlite.dir, electron) || buildFromSource(electron)
  const built = join(WORK_DIR, 'build', 'Release', 'better_sqlite3.node')
  checkIsElectronBuild(built, electron)
  install(built, { ...target, method, builtAt: new Date().toISOString() })
  rmSync(WORK_ROOT, { recursive: true, force: true })
  log(`done: ${relative(OUT_FILE)} (${method}).`)
}

// An explicit `--force` run is a request to build, so it overrides the opt-outs.
function skipReason() {
  if (FORCE) return undefined
  if (isSet(process.env.WEFT_SKIP_ELECTRON_NATIVE)) return 'WEFT_SKIP_ELECTRON_NATIVE is set'
  if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so there is no Electron binary to build against'
  }
  return undefined
}

function isSet(value) {
  return Boolean(value) && !['0', 'false', 'no', ''].includes(value.trim().toLowerCase())
}

// Resolves electron/package.json only: `require('electron')` itself would start a download.
function findElectron() {
  let manifest
  try {
    manifest = requireFromRoot.resolve('electron/package.json')
  } catch {
    return undefined
  }
  const dir = dirname(manifest)
  const version = JSON.parse(readFileSync(manifest, 'utf8')).version
  const abiFile = join(dir, 'abi_version')
  const abi = existsSync(abiFile) ? Number(readFileSync(abiFile, 'utf8').trim()) : undefined
  return { dir, version, abi }
}

function findBetterSqlite() {
  const manifest = requireFromRoot.resolve('better-sqlite3/package.json')
  return { dir: dirname(manifest), version: JSON.parse(readFileSync(manifest, 'utf8')).version }
}

function isUpToDate(target) {
  if (!existsSync(OUT_FILE) || !existsSync(STAMP_FILE)) return false
  try {
    const stamp = JSON.parse(readFileSync(STAMP_FILE, 'utf8'))
    return Object.entries(target).every(([key, value]) => stamp[key] === value)
  } catch {
    return false
  }
}

// Mirrors electron/index.js: the binary lives in dist/<path.txt>, or under ELECTRON_OVERRIDE_DIST_PATH.
function electronExecutable(dir) {
  const pathFile = join(dir, 'path.txt')
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relativePath || 'electron')
  }
  return relativePath ? join(dir, 'dist', relativePath) : undefined
}

// Since Electron 42 nothing downloads the binary at install time, so do it here.
// Returns undefined when the binary is present, else why it could not be fetched.
function ensureElectronBinary(electron) {
  const present = () => {
    const executable = electronExecutable(electron.dir)
    return executable !== undefined && existsSync(executable)
  }
  if (present()) return undefined
  log(`downloading Electron ${electron.version} (node_modules/electron/install.js)`)
  const result = spawnSync(process.execPath, [join(electron.dir, 'install.js')], {
    cwd: electron.dir,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  })
  if (result.status === 0 && present()) return undefined
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'timed out' : result.error.message
  return firstErrorLine(`${result.stderr}\n${result.stdout}`) || `install.js exited with ${result.status}`
}

function firstErrorLine(output) {
  const lines = output.split('\n').map((line) => line.trim())
  const meaningful = lines.filter((line) => line && !line.startsWith('at '))
  const line = meaningful.find((candidate) => /error|fail/i.test(candidate)) || meaningful[0] || ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

function copySources(sourceDir) {
  rmSync(WORK_DIR, { recursive: true, force: true })
  mkdirSync(WORK_DIR, { recursive: true })
  for (const entry of COPIED_ENTRIES) {
    cpSync(join(sourceDir, entry), join(WORK_DIR, entry), { recursive: true })
  }
}

// npm exports its config to scripts as npm_config_*; node-gyp and prebuild-install read those and
// let them override their own flags. A user-level `nodedir=/usr` would compile against Node's
// headers and "succeed" with a Node-ABI binary, so pass on only network and toolchain settings.
function buildEnv() {
  const keep = /^npm_config_(proxy|https_proxy|noproxy|no_proxy|cafile|strict_ssl|python|msvs_version)$/i
  const env = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_config_/i.test(key) && !keep.test(key)) continue
    if (/^npm_package_config_node_gyp_/i.test(key)) continue
    env[key] = value
  }
  return env
}

function run(label, args, timeoutMinutes) {
  mkdirSync(WORK_ROOT, { recursive: true })
  const logFd = openSync(LOG_FILE, 'a')
  writeFileSync(logFd, `\n$ ${label}: node ${args.join(' ')}\n`)
  try {
    const result = spawnSync(process.execPath, args, {
      cwd: WORK_DIR,
      env: buildEnv(),
      stdio: ['ignore', logFd, logFd],
      timeout: timeoutMinutes * 60_000,
    })
    return result.status === 0
  } finally {
    closeSync(logFd)
  }
}

function tryPrebuilt(sourceDir, electron) {
  let bin
  try {
    bin = createRequire(join(sourceDir, 'package.json')).resolve('prebuild-install/bin.js')
  } catch {
    log('prebuild-install not found; building from source')
    return undefined
  }
  const args = [bin, '--runtime', 'electron', '--target', electron.version, '--arch', ARCH, '--verbose']
  if (run('prebuild-install', args, 5)) return 'prebuilt binary from the better-sqlite3 release'
  log('no prebuilt binary could be downloaded; building from source with node-gyp (a minute or two)')
  return undefined
}

function buildFromSource(electron) {
  const nodeGyp = findNodeGyp()
  if (!nodeGyp) throw new BuildError('could not find node-gyp (npm normally bundles it)')
  const headers = process.env.WEFT_ELECTRON_NODEDIR
    ? [`--nodedir=${resolve(process.env.WEFT_ELECTRON_NODEDIR)}`]
    : [`--dist-url=${HEADERS_URL}`, `--devdir=${join(homedir(), '.electron-gyp')}`]
  const args = [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electron.version}`]
  args.push(`--arch=${ARCH}`, ...headers, '--jobs=max')
  if (!run('node-gyp', args, 30)) {
    throw new BuildError(`node-gyp failed; the end of ${relative(LOG_FILE)}:\n${tail(LOG_FILE, 15)}\n`)
  }
  return 'built from source with node-gyp'
}

// npm passes its bundled node-gyp to scripts; run directly, look in npm's own folder, then ours.
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp]
  const npmRoots = [
    process.env.npm_execpath && resolve(dirname(process.env.npm_execpath), '..'),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'),
    join(dirname(process.execPath), 'node_modules', 'npm'),
  ]
  for (const npmRoot of npmRoots.filter(Boolean)) {
    candidates.push(resolveFrom(join(npmRoot, 'package.json'), 'node-gyp/bin/node-gyp.js'))
  }
  candidates.push(resolveFrom(join(ROOT, 'package.json'), 'node-gyp/bin/node-gyp.js'))
  return candidates.find((candidate) => candidate && existsSync(candidate))
}

function resolveFrom(manifest, request) {
  try {
    return createRequire(manifest).resolve(request)
  } catch {
    return undefined
  }
}

// Node refuses an Electron build with "compiled against ... NODE_MODULE_VERSION <electron abi>";
// a build that loads in plain Node was compiled for Node, whatever the tool reported.
function checkIsElectronBuild(file, electron) {
  if (!existsSync(file)) throw new BuildError(`the build produced no ${relative(file)}`)
  if (ARCH !== process.arch) return log(`not checking the ABI of a ${ARCH} build on ${process.arch}`)
  const probe = spawnSync(process.execPath, ['-e', 'require(process.argv[1])', file], { encoding: 'utf8' })
  if (probe.status === 0) {
    throw new BuildError(
      `the result loads in Node ${process.version} (ABI ${process.versions.modules}), so it was compiled against Node's headers, not Electron's; not installed`,
    )
  }
  const reported = /NODE_MODULE_VERSION (\d+)/.exec(probe.stderr)?.[1]
  if (reported && electron.abi && Number(reported) !== electron.abi) {
    throw new BuildError(
      `the result is for ABI ${reported}, but Electron ${electron.version} needs ${electron.abi}; not installed`,
    )
  }
  if (!reported)
    log(`could not confirm the ABI (${firstErrorLine(probe.stderr) || 'no message'}); installing anyway`)
}

// Copy then rename, so a running app never sees half a file.
function install(built, info) {
  mkdirSync(OUT_DIR, { recursive: true })
  const partial = `${OUT_FILE}.partial`
  copyFileSync(built, partial)
  renameSync(partial, OUT_FILE)
  writeFileSync(STAMP_FILE, `${JSON.stringify(info, null, 2)}\n`)
}

function tail(file, lines) {
  if (!existsSync(file)) return ''
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}

function relative(file) {
  return file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file
}

try {
  main()
} catch (error) {
  const message = error instanceof BuildError ? error.message : `unexpected error: ${error?.stack ?? error}`
  if (message.startsWith('skipped')) log(`${message}; ${LATER}`)
  else log(`failed to build better-sqlite3 for Electron: ${message}; ${RETRY}`)
  // As postinstall, a failure must not fail `npm install`: the Node build is unaffected.
  process.exitCode = FORCE ? 1 : 0
}
