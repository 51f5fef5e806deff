import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EventBus } from '../core/event-bus'
import { Library } from '../db/library'
import { useTempDir } from '../test-support/temp-dir'
import {
  InlineScanExecutor,
  type MentionScanExecutor,
  type ScanRequest,
} from '../workers/mention-scan-executor'
import { createActorContext } from './actor-context'
import { EntitiesService } from './entities-service'
import { MentionScanScheduler } from './mention-scan-scheduler'

const tempDir = useTempDir()
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/** The scheduler over a real library, with an executor that records what each scan was asked to do. */
async function scheduler() {
  const library = await Library.open(join(tempDir(), 'scheduler.weft'), { create: true })
  const inline = new InlineScanExecutor(library.path)
  const requests: ScanRequest[] = []
  const executor: MentionScanExecutor = {
    scan: (request, onChunk) => {
      requests.push(request)
      return inline.scan(request, onChunk)
    },
    prepare: (key, names) => inline.prepare(key, names),
    dispose: () => inline.dispose(),
  }
  const failures: Error[] = []
  const context = createActorContext(library, new EventBus())
  const scans = new MentionScanScheduler(context, executor, (error) => failures.push(error), true)
  closers.push(() => {
    scans.dispose()
    library.close()
  })
  const addSource = (text: string) => {
    const id = library.sources.insert({
      title: text.slice(0, 20),
      kind: 'article',
      fileName: 'x.txt',
      mediaType: 'text/plain',
      contentHash: createHash('sha256').update(text).digest('hex'),
      text,
      blocks: [],
      original: new TextEncoder().encode(text),
    })
    scans.sourcesChanged()
    return id
  }
  return { library, scans, requests, failures, addSource, entities: new EntitiesService(context, scans) }
}

describe('mention scan scheduler', () => {
  it('scans new sources once, with every name, and records what it scanned', async () => {
    const { scans, requests, addSource, entities, failures } = await scheduler()
    entities.create({ name: 'Islamic State', type: 'armed group' })
    await scans.idle()
    const first = addSource('The Islamic State claimed it.')
    const second = addSource('Nothing here.')
    await scans.idle()
    expect(requests.at(-1)).toMatchObject({ sourceIds: [first, second], withSignatures: true })
    const count = requests.length
    scans.sourcesChanged()
    await scans.idle()
    expect(requests).toHaveLength(count)
    expect(failures).toEqual([])
  })

  it('looks for a new alias only in the sources whose signature may hold it', async () => {
    const { scans, requests, addSource, entities } = await scheduler()
    const state = entities.create({ name: 'Islamic State', type: 'armed group' })
    const sources = [
      addSource('Daesh fighters fled the town.'),
      addSource('Residents spoke of DAESH’s rule.'),
      addSource('The weather was mild.'),
      addSource('Talks resumed in Geneva.'),
    ]
    await scans.idle()
    entities.addAlias(state.id, { name: 'Daesh', kind: 'nickname' })
    await scans.idle()
    expect(requests.at(-1)).toMatchObject({ sourceIds: [sources[0], sources[1]], withSignatures: false })
  })

  it('looks everywhere when a source has no signature for its current text', async () => {
    const { library, scans, requests, addSource, entities } = await scheduler()
    const state = entities.create({ name: 'Islamic State', type: 'armed group' })
    const daesh = addSource('Daesh fighters fled the town.')
    const other = addSource('The weather was mild.')
    await scans.idle()
    library.db.prepare('UPDATE mention_scans SET signature = NULL WHERE source_id = ?').run(other)
    entities.addAlias(state.id, { name: 'Daesh', kind: 'nickname' })
    await scans.idle()
    expect(requests.at(-1)!.sourceIds).toEqual([daesh, other])
  })

  it('reports a failed scan instead of throwing, and scans again when asked', async () => {
    const { library, scans, addSource, entities, failures } = await scheduler()
    entities.create({ name: 'Islamic State', type: 'armed group' })
    library.db.prepare('DROP TABLE mention_scans').run()
    addSource('The Islamic State claimed it.')
    await scans.idle()
    expect(failures.map((error) => error.message).join()).toMatch(/mention_scans/)
  })
})
