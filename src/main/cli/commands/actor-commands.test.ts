import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../db/library'
import { useTempDir } from '../../test-support/temp-dir'
import type { CliIo } from '../cli-io'
import { runCli } from '../run-cli'
import { parseAlias } from './entities-command'

const tempDir = useTempDir()

async function weft(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await runCli(args, io, {})
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

const ARTICLE =
  'The Syrian Interior Ministry said on Monday that its forces, with US Central Command (CENTCOM), raided 15 depots. ' +
  'IS did not comment. This is the second such raid; the Interior Ministry says more will follow.'

/** A library with two sources, made the way an import leaves it. */
async function libraryWithSources(): Promise<string> {
  const path = join(tempDir(), 'actors.weft')
  const library = await Library.open(path, { create: true })
  for (const [index, text] of [ARTICLE, 'Jordan hosted talks in Amman; CENTCOM attended.'].entries()) {
    library.sources.insert({
      title: `Article ${index + 1}`,
      kind: 'article',
      fileName: `article-${index + 1}.txt`,
      mediaType: 'text/plain',
      contentHash: createHash('sha256').update(text).digest('hex'),
      text,
      blocks: [],
      original: new TextEncoder().encode(text),
    })
  }
  library.close()
  return path
}

describe('weft entities, passages and mentions', () => {
  it('adds actors with typed aliases and a parent, lists and merges them', async () => {
    const lib = await libraryWithSources()
    const ministry = await weft(
      '--library',
      lib,
      'entities',
      'add',
      'Interior Ministry',
      '--type',
      'government body',
      '--alias',
      'MoI',
      '--alias',
      'former name:Ministry of Interior',
      '--alias',
      'al-Dakhiliya',
      '--json',
    )
    expect(ministry.code).toBe(0)
    const created = JSON.parse(ministry.stdout) as { id: number; aliases: { name: string; kind: string }[] }
    expect(created.aliases.map((alias) => [alias.name, alias.kind])).toEqual([
      ['MoI', 'transliteration'],
      ['Ministry of Interior', 'former name'],
      ['al-Dakhiliya', 'transliteration'],
    ])
    const unit = await weft(
      '--library',
      lib,
      'entities',
      'add',
      'Reconnaissance unit',
      '--type',
      'government body',
      '--parent',
      String(created.id),
    )
    expect(unit).toMatchObject({ code: 0, stdout: `2\tgovernment body\tReconnaissance unit\t\t0\t0` })
    const copy = await weft(
      '--library',
      lib,
      'entities',
      'add',
      'Syrian Interior Ministry',
      '--type',
      'government body',
      '--alias',
      'SIM',
    )
    expect(copy.stdout).toBe('3\tgovernment body\tSyrian Interior Ministry\tSIM (acronym)\t0\t0')

    const list = await weft('--library', lib, 'entities', 'list')
    expect(list.stdout.split('\n').map((line) => line.split('\t')[2])).toEqual([
      'Interior Ministry',
      'Reconnaissance unit',
      'Syrian Interior Ministry',
    ])
    const merged = await weft('--library', lib, 'entities', 'merge', String(created.id), '3')
    expect(merged.code).toBe(0)
    expect(merged.stderr).toBe('Merged #3 Syrian Interior Ministry into #1 Interior Ministry.')
    const json = JSON.parse((await weft('--library', lib, 'entities', 'list', '--json')).stdout) as {
      name: string
      aliases: { name: string }[]
    }[]
    expect(json.map((actor) => actor.name)).toEqual(['Interior Ministry', 'Reconnaissance unit'])
    expect(json[0]!.aliases.map((alias) => alias.name)).toEqual([
      'MoI',
      'Ministry of Interior',
      'al-Dakhiliya',
      'SIM',
      'Syrian Interior Ministry',
    ])
  })

  it('adds a passage linked to actors', async () => {
    const lib = await libraryWithSources()
    await weft('--library', lib, 'entities', 'add', 'CENTCOM', '--type', 'armed group')
    const start = ARTICLE.indexOf('US Central Command')
    const added = await weft(
      '--library',
      lib,
      'passages',
      'add',
      '1',
      '--start',
      String(start),
      '--end',
      String(start + 18),
      '--entity',
      '1',
      '--json',
    )
    expect(added.code).toBe(0)
    expect(JSON.parse(added.stdout)).toMatchObject({
      sourceId: 1,
      exact: 'US Central Command',
      entityIds: [1],
      status: 'anchored',
    })
    const plain = await weft('--library', lib, 'passages', 'add', '1', '--start', '0', '--end', '3')
    expect(plain.stdout).toBe('2\t1\t0-3\tThe')
  })

  it('scans every source for mentions and prints them as JSON', async () => {
    const lib = await libraryWithSources()
    await weft('--library', lib, 'entities', 'add', 'Islamic State', '--type', 'armed group', '--alias', 'IS')
    await weft(
      '--library',
      lib,
      'entities',
      'add',
      'US Central Command',
      '--type',
      'armed group',
      '--alias',
      'CENTCOM',
    )
    await weft('--library', lib, 'entities', 'add', 'Interior Ministry', '--type', 'government body')
    const scan = await weft('--library', lib, 'mentions', 'scan', '--json')
    expect(scan.code).toBe(0)
    const found = JSON.parse(scan.stdout) as {
      entityId: number
      sourceId: number
      start: number
      end: number
      exact: string
      alias: string
    }[]
    expect(found.map((one) => [one.sourceId, one.entityId, one.exact, one.alias])).toEqual([
      [1, 3, 'Interior Ministry', 'Interior Ministry'],
      [1, 2, 'US Central Command', 'US Central Command'],
      [1, 2, 'CENTCOM', 'CENTCOM'],
      [1, 1, 'IS', 'IS'],
      [1, 3, 'Interior Ministry', 'Interior Ministry'],
      [2, 2, 'CENTCOM', 'CENTCOM'],
    ])
    expect(ARTICLE.slice(found[3]!.start, found[3]!.end)).toBe('IS')
    expect(scan.stderr).toMatch(
      /^6 open suggestions in 2 sources; scanned 2 sources for 5 names and aliases in \d+\.\d s\.$/,
    )
    // Stored: a second scan finds the same and the plain output has one line each.
    const again = await weft('--library', lib, 'mentions', 'scan')
    expect(again.stdout.split('\n')).toHaveLength(6)
    expect(again.stdout.split('\n')[0]).toBe(
      `1\t${ARTICLE.indexOf('Interior Ministry')}-${ARTICLE.indexOf('Interior Ministry') + 17}\t3\tInterior Ministry\tInterior Ministry`,
    )
  })

  it('says what is wrong on stderr and exits 1', async () => {
    const lib = await libraryWithSources()
    const cases: [string[], RegExp][] = [
      [['entities'], /Usage: weft entities add\|list\|merge/],
      [['entities', 'rename'], /Unknown entities command "rename"/],
      [['entities', 'add', 'X'], /--type is missing/],
      [['entities', 'add', 'X', '--type', 'spaceship'], /no actor type "spaceship"/],
      [['entities', 'add', 'X', '--type', 'person', '--parent', 'abc'], /--parent must be a whole number/],
      [['entities', 'merge', '1'], /OTHER_ID is missing/],
      [['entities', 'merge', '1', '2'], /no actor #1/],
      [['passages', 'add', '1', '--start', '5'], /--end is missing/],
      [['passages', 'add', '1', '--start', '5', '--end', '2'], /end must be after start/],
      [['passages', 'add', '1', '--start', '0', '--end', '9999'], /outside source #1 “Article 1”/],
      [['passages', 'add', '7', '--start', '0', '--end', '3'], /no source #7/],
      [['passages', 'remove'], /Unknown passages command "remove"/],
      [['mentions', 'list'], /Unknown mentions command "list"/],
    ]
    for (const [args, message] of cases) {
      const result = await weft('--library', lib, ...args)
      expect(result.code, args.join(' ')).toBe(1)
      expect(result.stderr, args.join(' ')).toMatch(message)
      expect(result.stdout).toBe('')
    }
  })
})

describe('parseAlias', () => {
  it.each([
    ['IS', { name: 'IS', kind: 'acronym' }],
    ['CJTF-OIR', { name: 'CJTF-OIR', kind: 'acronym' }],
    ['al-Sharaa', { name: 'al-Sharaa', kind: 'transliteration' }],
    ['nickname:Daesh', { name: 'Daesh', kind: 'nickname' }],
    ['Former Name: Ministry of Interior', { name: 'Ministry of Interior', kind: 'former name' }],
    ['Operation: Inherent Resolve', { name: 'Operation: Inherent Resolve', kind: 'transliteration' }],
  ])('%s', (text, alias) => expect(parseAlias(text)).toEqual(alias))
})
