// Migration 7: new sources join the mention-scan queue from the repository's
// insert, not from a trigger. A trigger makes every source insert a statement
// with a sub-transaction, and FTS5 writes out its pending index terms at each
// one: a bulk import then wrote one tiny index segment per source and ran at
// half speed. (A source whose text changes is still queued by the update trigger.)
import type { Migration } from './migration'

export const migration007ScanQueueWithoutTrigger: Migration = {
  version: 7,
  name: 'scan queue filled without a trigger',
  up(db) {
    db.exec('DROP TRIGGER IF EXISTS sources_queue_mention_scan')
  },
}
