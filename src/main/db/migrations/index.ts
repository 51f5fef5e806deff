// Every migration, in order. Add a new one at the end with the next number.
import { migration001Sources } from './001-sources'
import { migration002MetadataTagsCollections } from './002-metadata-tags-collections'
import type { Migration } from './migration'

export const MIGRATIONS: readonly Migration[] = [migration001Sources, migration002MetadataTagsCollections]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
