// Every migration, in order. Add a new one at the end with the next number.
import { migration001Sources } from './001-sources'
import { migration002MetadataTagsCollections } from './002-metadata-tags-collections'
import { migration003SearchIndex } from './003-search-index'
import { migration004PassagesActors } from './004-passages-actors'
import { migration005Notes } from './005-notes'
import { migration006Ties } from './006-ties'
import { migration007ScanQueueWithoutTrigger } from './007-scan-queue-without-trigger'
import type { Migration } from './migration'

export const MIGRATIONS: readonly Migration[] = [
  migration001Sources,
  migration002MetadataTagsCollections,
  migration003SearchIndex,
  migration004PassagesActors,
  migration005Notes,
  migration006Ties,
  migration007ScanQueueWithoutTrigger,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
