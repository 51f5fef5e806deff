import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MultiGraph } from 'graphology'
import { parse as parseGexf } from 'graphology-gexf/node'
import { describe, expect, it } from 'vitest'
import { Library } from '../../db/library'
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

const TEXT = 'CENTCOM and the Interior Ministry destroyed depots between 24 and 27 November.'

async function library(): Promise<string> {
  const path = join(tempDir(), 'ties.weft')
  const opened = await Library.open(path, { create: true })
  opened.sources.insert({
    title: 'Depots',
    kind: 'article',
    fileName: 'depots.txt',
    mediaType: 'text/plain',
    contentHash: 'hash-depots',
    text: TEXT,
    blocks: [],
    original: new TextEncoder().encode(TEXT),
  })
  opened.close()
  return path
}

describe('weft ties and weft export graph', () => {
  it('adds ties with dates and evidence, lists them, and exports the graph for a period', async () => {
    const lib = await library()
    const add = async (name: string) => {
      const result = await weft('--library', lib, 'entities', 'add', name, '--type', 'organisation', '--json')
      return (JSON.parse(result.stdout) as { id: number }).id
    }
    const centcom = await add('CENTCOM')
    const interior = await add('Interior Ministry')
    const passage = await weft(
      '--library',
      lib,
      'passages',
      'add',
      '1',
      '--start',
      '0',
      '--end',
      '41',
      '--json',
    )
    const passageId = (JSON.parse(passage.stdout) as { id: number }).id

    const created = await weft(
      '--library',
      lib,
      'ties',
      'add',
      String(centcom),
      String(interior),
      '--type',
      'joint operation',
      '--start',
      '2025-11-24',
      '--end',
      '2025-11-27',
      '--evidence',
      String(passageId),
      '--status',
      'confirmed',
      '--json',
    )
    expect(created.code).toBe(0)
    expect(JSON.parse(created.stdout)).toMatchObject({
      fromName: 'CENTCOM',
      toName: 'Interior Ministry',
      type: 'joint operation',
      directed: false,
      startDate: '2025-11-24',
      endDate: '2025-11-27',
      status: 'confirmed',
      evidenceIds: [passageId],
    })
    const later = await weft(
      '--library',
      lib,
      'ties',
      'add',
      String(interior),
      String(centcom),
      '--type',
      'coordination',
      '--directed',
      '--start',
      '2026',
    )
    expect(later.code).toBe(0)
    expect(later.stdout).toMatch(
      /^2\t#\d+ Interior Ministry\t->\t#\d+ CENTCOM\tcoordination\t2026\treported\t0 evidence$/,
    )

    const list = await weft('--library', lib, 'ties', 'list', '--json')
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2)

    const out = join(tempDir(), 'november.gexf')
    const exported = await weft(
      '--library',
      lib,
      'export',
      'graph',
      '--format',
      'gexf',
      '--out',
      out,
      '--from',
      '2025-11',
      '--to',
      '2025-12',
    )
    expect(exported.code).toBe(0)
    expect(exported.stderr).toContain('from 2025-11 to 2025-12 (2 actors, 1 ties) as GEXF')
    const graph = parseGexf(MultiGraph, readFileSync(out, 'utf8'))
    expect([graph.order, graph.size]).toEqual([2, 1])
  })

  it('says what is wrong and how to fix it', async () => {
    const lib = await library()
    expect((await weft('--library', lib, 'ties', 'add', '1')).stderr).toMatch(/Give the two actors' ids/)
    expect((await weft('--library', lib, 'ties', 'add', '1', '2')).stderr).toMatch(
      /--type is missing \(joint operation, /,
    )
    expect((await weft('--library', lib, 'ties', 'add', '1', '2', '--type', 'attack')).stderr).toMatch(
      /no actor #1/,
    )
    const badFormat = await weft(
      '--library',
      lib,
      'export',
      'graph',
      '--format',
      'xls',
      '--out',
      join(tempDir(), 'x'),
    )
    expect(badFormat).toMatchObject({ code: 1 })
    expect(badFormat.stderr).toContain('--format must be one of graphml, gexf, csv, cyjs, ftm, not "xls"')
    const badDate = await weft(
      '--library',
      lib,
      'export',
      'graph',
      '--format',
      'csv',
      '--out',
      join(tempDir(), 'x'),
      '--from',
      'May',
    )
    expect(badDate.stderr).toContain('--from "May" is not a date')
  })
})
