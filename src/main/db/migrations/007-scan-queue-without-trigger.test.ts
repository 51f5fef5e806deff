import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { openDatabase } from '../open-library'
import { SourcesRepository } from '../sources-repository'
import { MIGRATIONS } from './index'

const tempDir = useTempDir()

const source = (hash: string) => ({
  title: `Source ${hash}`,
  kind: 'article' as const,
  fileName: `${hash}.txt`,
  mediaType: 'text/plain',
  contentHash: hash,
  text: 'The Interior Ministry and CENTCOM destroyed weapons depots.',
  blocks: [],
  original: new TextEncoder().encode(hash),
})

const queued = (db: Awaited<ReturnType<typeof openDatabase>>) =>
  db.prepare('SELECT source_id FROM mention_scan_queue ORDER BY source_id').pluck().all() as number[]

describe('migration 7: the mention-scan queue without an insert trigger', () => {
  it('drops the trigger, keeps the queue, and new sources still join it', async () => {
    const path = join(tempDir(), 'old.weft')
    const old = await openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 6) })
    const first = new SourcesRepository(old).insert(source('a'))
    old.close()

    const db = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) })
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all()
    expect(triggers).not.toContain('sources_queue_mention_scan')
    expect(triggers).toContain('sources_requeue_mention_scan')
    const second = new SourcesRepository(db).insert(source('b'))
    expect(queued(db)).toEqual([first, second])
    db.close()
  })
})
