import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import type { CliIo } from '../cli-io'
import { runCli } from '../run-cli'

const tempDir = useTempDir()

async function weft(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await runCli(args, io, {})
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('weft notes and weft export note', () => {
  it('adds a note from Markdown, lists it, and exports it in every format', async () => {
    const lib = join(tempDir(), 'notes.weft')
    expect((await weft(['--library', lib, 'init'])).code).toBe(0)
    const file = join(tempDir(), 'why.md')
    writeFileSync(file, '# Heading\n\nThe **Interior Ministry** leads.\n\n- raids\n- arrests\n')

    const added = await weft([
      '--library',
      lib,
      'notes',
      'add',
      '--title',
      'Why the Interior Ministry',
      '--markdown',
      file,
    ])
    expect(added.code).toBe(0)
    expect(added.stdout).toMatch(/^\d+$/)
    expect(added.stderr).toBe(`Added note #${added.stdout} "Why the Interior Ministry" (7 words).`)
    const id = added.stdout

    const json = await weft(['--library', lib, 'notes', 'add', '--markdown', file, '--json'])
    expect(JSON.parse(json.stdout)).toMatchObject({ title: 'Heading', wordCount: 7 })

    const listed = await weft(['--library', lib, 'notes', 'list'])
    expect(listed.stdout.split('\n')).toEqual([
      expect.stringMatching(/^\d+\tHeading\t7 words\t\d{4}-/),
      expect.stringMatching(new RegExp(`^${id}\\tWhy the Interior Ministry\\t7 words\\t`)),
    ])
    const listedJson = JSON.parse((await weft(['--library', lib, 'notes', 'list', '--json'])).stdout) as {
      title: string
    }[]
    expect(listedJson.map((note) => note.title)).toEqual(['Heading', 'Why the Interior Ministry'])

    const md = join(tempDir(), 'out.md')
    const exported = await weft(['--library', lib, 'export', 'note', id, '--format', 'md', '--out', md])
    expect(exported).toMatchObject({ code: 0, stdout: md })
    expect(readFileSync(md, 'utf8')).toBe(
      '# Why the Interior Ministry\n\n## Heading\n\nThe **Interior Ministry** leads.\n\n- raids\n- arrests\n',
    )

    const docx = join(tempDir(), 'out.docx')
    expect(
      (await weft(['--library', lib, 'export', 'note', id, '--format', 'docx', '--out', docx])).code,
    ).toBe(0)
    expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!)).toContain('Interior Ministry')

    const html = join(tempDir(), 'out.html')
    expect(
      (await weft(['--library', lib, 'export', 'note', id, '--format', 'html', '--out', html])).code,
    ).toBe(0)
    expect(readFileSync(html, 'utf8')).toContain('<strong>Interior Ministry</strong>')

    const pdf = join(tempDir(), 'out.pdf')
    const pdfRun = await weft([
      '--library',
      lib,
      'export',
      'note',
      id,
      '--format',
      'pdf',
      '--out',
      pdf,
      '--json',
    ])
    expect(pdfRun.code).toBe(0)
    expect(JSON.parse(pdfRun.stdout)).toMatchObject({ path: pdf, format: 'pdf' })
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('says what is wrong with a command that cannot run', async () => {
    const lib = join(tempDir(), 'errors.weft')
    await weft(['--library', lib, 'init'])
    expect(await weft(['--library', lib, 'notes', 'add', '--title', 'x'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--markdown FILE'),
    })
    expect(
      await weft(['--library', lib, 'notes', 'add', '--markdown', join(tempDir(), 'missing.md')]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ENOENT'),
    })
    expect(await weft(['--library', lib, 'notes'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"list" or "add"'),
    })
    expect(await weft(['--library', lib, 'export', 'note', '1', '--format', 'md'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--out FILE'),
    })
    expect(
      await weft(['--library', lib, 'export', 'note', '1', '--format', 'odt', '--out', 'x']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('md, html, docx, pdf, not "odt"'),
    })
    expect(
      await weft([
        '--library',
        lib,
        'export',
        'note',
        '99',
        '--format',
        'md',
        '--out',
        join(tempDir(), 'x.md'),
      ]),
    ).toMatchObject({
      code: 1,
      stderr: 'weft: Note 99 does not exist (it may have been deleted). Pick another note.',
    })
    expect(await weft(['--library', lib, 'export', 'nothing'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('weft export note ID --format'),
    })
  })
})
