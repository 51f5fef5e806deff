import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../db/library'
import type { NewSource } from '../../db/sources-repository'
import { useTempDir } from '../../test-support/temp-dir'
import type { CliIo } from '../cli-io'
import { runCli } from '../run-cli'

const tempDir = useTempDir()

async function weft(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await runCli(args, io, {})
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('weft search and weft source show', () => {
  let library: string
  const ids: Record<string, number> = {}

  beforeEach(async () => {
    library = join(tempDir(), 'cli.weft')
    const created = await Library.open(library, { create: true })
    const add = (fileName: string, title: string, text: string, extra: Partial<NewSource> = {}) =>
      created.sources.insert({
        title,
        kind: 'other',
        fileName,
        mediaType: 'text/plain',
        contentHash: fileName,
        text,
        blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
        original: new TextEncoder().encode(text),
        ...extra,
      })
    ids.depots = add(
      'depots.txt',
      'Depots destroyed in the south',
      'US Central Command and the Interior Ministry destroyed 15 depots in a joint operation.',
    )
    ids.patrol = add(
      'patrol.md',
      'Patrol attacked near Palmyra',
      'A gunman attacked a joint patrol. The operation was not joint, Al-Shar’a’s office said.',
      {
        mediaType: 'text/markdown',
        authors: ['Hélène Dubois', 'Ahmad Salem'],
        publisher: 'Middle East Institute',
      },
    )
    ids.statement = add('statement-ar.txt', 'بيان وزارة الداخلية', 'أعلنت وزارةُ الدَّاخليةِ عن عمليات مشتركة.')
    created.close()
  })

  it('prints hits best first: "#ID  TITLE", then the snippet with the match in bold', async () => {
    const result = await weft('--library', library, 'search', '"joint operation"')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        `#${ids.depots}  Depots destroyed in the south`,
        '    US Central Command and the Interior Ministry destroyed 15 depots in a **joint operation**.',
      ].join('\n'),
    )
    expect(result.stderr).toMatch(/^1 hit, best first \(\d+\.\d ms\)\.$/)
  })

  it('takes the query from several words, and --limit', async () => {
    const both = await weft('--library', library, 'search', 'joint', 'OR', 'الداخلية')
    expect(both.stdout.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(3)
    const one = await weft('--library', library, 'search', 'joint', '--limit', '1')
    expect(one.stdout.split('\n')).toHaveLength(2)
    expect(one.stderr).toMatch(/^1 hit/)
  })

  it('prints a JSON array of {sourceId, title, snippet, score}, best first, with --json', async () => {
    const result = await weft('--library', library, 'search', 'الدَّاخليةِ OR palmyra', '--json')
    const hits = JSON.parse(result.stdout) as {
      sourceId: number
      title: string
      snippet: string
      score: number
    }[]
    expect(hits.map((hit) => Object.keys(hit))).toEqual([
      ['sourceId', 'title', 'snippet', 'score'],
      ['sourceId', 'title', 'snippet', 'score'],
    ])
    expect(hits.map((hit) => hit.sourceId).sort()).toEqual([ids.patrol, ids.statement].sort())
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score)
    expect(hits.find((hit) => hit.sourceId === ids.statement)?.snippet).toContain('وزارةُ الدَّاخليةِ')
  })

  it('says when nothing matches, and refuses a missing query or a bad --limit', async () => {
    const none = await weft('--library', library, 'search', 'ceasefire')
    expect(none).toMatchObject({ code: 0, stdout: '' })
    expect(none.stderr).toMatch(/^No sources match ceasefire .*Try fewer words/)
    expect(JSON.parse((await weft('--library', library, 'search', 'ceasefire', '--json')).stdout)).toEqual([])
    expect(await weft('--library', library, 'search')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('weft search: give a query'),
    })
    expect(await weft('--library', library, 'search', 'joint', '--limit', '500')).toMatchObject({
      code: 1,
      stderr: 'weft search: --limit must be a whole number from 1 to 200, not "500".',
    })
  })

  it('shows one source’s metadata, its text with --text, and JSON with --json', async () => {
    const id = ids.patrol!
    const shown = await weft('--library', library, 'source', 'show', String(id))
    expect(shown.code).toBe(0)
    expect(shown.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `#${id}  Patrol attacked near Palmyra`,
        'Kind:         other',
        'Authors:      Hélène Dubois; Ahmad Salem',
        'Publisher:    Middle East Institute',
        expect.stringMatching(/^File: {9}patrol\.md \(text\/markdown, \d+ B\)$/),
        expect.stringMatching(/^Text: {9}\d+ characters \(print it with --text\)$/),
      ]),
    )

    const text = await weft('--library', library, 'source', 'show', String(id), '--text')
    expect(text.stdout).toBe(
      'A gunman attacked a joint patrol. The operation was not joint, Al-Shar’a’s office said.',
    )

    const json = JSON.parse(
      (await weft('--library', library, 'source', 'show', String(id), '--json')).stdout,
    ) as Record<string, unknown>
    expect(json).toMatchObject({
      id,
      title: 'Patrol attacked near Palmyra',
      mediaType: 'text/markdown',
      collections: [],
    })
    expect(json).not.toHaveProperty('text')
    expect(json).not.toHaveProperty('blocks')
    const withText = JSON.parse(
      (await weft('--library', library, 'source', 'show', String(id), '--json', '--text')).stdout,
    ) as { text: string; textLength: number }
    expect(withText.text).toHaveLength(withText.textLength)
  })

  it('refuses an unknown subcommand, a bad number and a source that is not there', async () => {
    expect(await weft('--library', library, 'source', 'list')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown subcommand "list"'),
    })
    expect(await weft('--library', library, 'source', 'show', 'abc')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('give one source number'),
    })
    expect(await weft('--library', library, 'source', 'show', '999')).toMatchObject({
      code: 1,
      stderr: 'weft source show: there is no source #999 in this library. List them with "weft sources".',
    })
  })
})
