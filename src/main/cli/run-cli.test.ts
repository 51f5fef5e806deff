import Database from 'better-sqlite3'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WEFT_APPLICATION_ID } from '../db/library-header'
import { useTempDir } from '../test-support/temp-dir'
import type { CliIo } from './cli-io'
import { runCli } from './run-cli'

const tempDir = useTempDir()

async function weft(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await runCli(args, io, env)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('weft CLI', () => {
  it('prints help and its version', async () => {
    const help = await weft(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: weft [--library FILE] <command>')
    expect((await weft(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('init, import, sources and check on a fresh library', async () => {
    const lib = join(tempDir(), 'cli.weft')
    const folder = join(tempDir(), 'docs')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.txt'), 'Alpha headline\n\nAlpha body.')
    writeFileSync(join(folder, 'b.md'), '# Bravo\n\nBravo body.')

    expect(await weft(['--library', lib, 'init'])).toMatchObject({
      code: 0,
      stdout: `Created a new Weft library: ${lib}`,
    })
    expect((await weft(['--library', lib, 'init'])).stdout).toBe(`Already a Weft library: ${lib} (0 sources)`)

    const imported = await weft(['--library', lib, 'import', folder])
    expect(imported.code).toBe(0)
    expect(imported.stdout.split('\n')).toEqual([
      expect.stringMatching(/^imported\t.*a\.txt\t#\d+ Alpha headline$/),
      expect.stringMatching(/^imported\t.*b\.md\t#\d+ Bravo$/),
    ])
    expect(imported.stderr).toBe('2 imported, 0 duplicates, 0 failed.')

    const listed = await weft(['sources', '--json'], { WEFT_LIBRARY: lib })
    const sources = JSON.parse(listed.stdout) as { title: string; mediaType: string }[]
    expect(sources.map((source) => source.title).sort()).toEqual(['Alpha headline', 'Bravo'])
    expect(sources.find((source) => source.title === 'Bravo')?.mediaType).toBe('text/markdown')

    expect(await weft(['--library', lib, 'check'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^OK: /),
    })
    const json = JSON.parse((await weft(['--library', lib, 'check', '--json'])).stdout) as { ok: boolean }
    expect(json.ok).toBe(true)
  })

  it('exits 1 with a message on stderr for bad files, missing paths and unknown commands', async () => {
    const lib = join(tempDir(), 'cli.weft')
    await weft(['--library', lib, 'init'])
    const binary = join(tempDir(), 'x.txt')
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 4]))
    const result = await weft(['--library', lib, 'import', binary, join(tempDir(), 'missing.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('x.txt looks like a binary file')
    expect(result.stderr).toContain('missing.txt\tNo such file or folder.')
    expect(result.stderr).toContain('0 imported, 0 duplicates, 2 failed.')

    expect(await weft(['--library', lib, 'import'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('name at least one file'),
    })
    expect(await weft(['--library', lib, 'frobnicate'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    })
    expect(await weft(['--nope'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Unknown option '--nope'"),
    })
    expect(await weft(['--library', join(tempDir(), 'absent.weft'), 'sources'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No library at'),
    })
  })

  it('refuses a library from a newer Weft and a corrupt file, leaving both as they were', async () => {
    const future = join(tempDir(), 'future.weft')
    const db = new Database(future)
    db.pragma(`application_id = ${WEFT_APPLICATION_ID}`)
    db.pragma('user_version = 999')
    db.close()
    const before = readFileSync(future)
    const newer = await weft(['--library', future, 'sources'])
    expect(newer.code).toBe(1)
    expect(newer.stderr).toMatch(/^weft: future\.weft was written by a newer version of Weft/)
    expect(readFileSync(future).equals(before)).toBe(true)

    const corrupt = join(tempDir(), 'corrupt.weft')
    writeFileSync(corrupt, Buffer.alloc(4096, 0x41))
    expect(await weft(['--library', corrupt, 'check'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is not a Weft library'),
    })
  })

  it('imports a folder of 10,000 files', async () => {
    const lib = join(tempDir(), 'big.weft')
    const folder = join(tempDir(), 'ten-thousand')
    mkdirSync(folder)
    for (let i = 0; i < 10_000; i += 1)
      writeFileSync(join(folder, `note-${i}.txt`), `Note ${i}\n\nObservation number ${i}.`)
    await weft(['--library', lib, 'init'])
    const result = await weft(['--library', lib, 'import', folder, '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 10_000, duplicates: 0, failed: 0 })
  }, 180_000)
})
