// Builds the sample library: a dozen short sources written by the Weft team
// from public facts, the actors they name (with aliases), passages, ties with
// their evidence and one note, all made through the same services the app
// uses. Built beside its final name and moved there when complete, so a
// half-built sample is never opened.
import { existsSync, renameSync, rmSync } from 'node:fs'
import type { AliasKind } from '@shared/actors'
import type { SourceKind } from '@shared/models'
import type { TieConfidence, TieStatus } from '@shared/network/ties'
import { ActorServices } from '../actors/actor-services'
import { EventBus } from '../core/event-bus'
import { Library } from '../db/library'
import { ImportService } from '../library/import-service'
import { NetworkServices } from '../network/network-services'
import { noteServicesFor } from '../notes/notes-for-library'
import { SAMPLE, SAMPLE_TEXTS } from './sample-files'
import { sampleNoteState, type NoteActor } from './sample-note'

export const SAMPLE_LIBRARY_FILE = 'Sample Library.weft'

export interface SampleBuildOptions {
  /** The better-sqlite3 binding of this runtime (the desktop app's Electron build). */
  nativeBinding?: string
}

/** Builds under way, so a second click waits for the first instead of racing it. */
const underway = new Map<string, Promise<string>>()

/** Makes the sample library at `path` unless it is there already; returns the path. */
export function ensureSampleLibrary(path: string, options: SampleBuildOptions = {}): Promise<string> {
  if (existsSync(path)) return Promise.resolve(path)
  let build = underway.get(path)
  if (!build) {
    build = buildAt(path, options).finally(() => underway.delete(path))
    underway.set(path, build)
  }
  return build
}

async function buildAt(path: string, options: SampleBuildOptions): Promise<string> {
  const building = `${path}.building`
  rmSync(building, { force: true })
  const library = await Library.open(building, {
    create: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    await fill(library, options)
  } catch (error) {
    library.close()
    rmSync(building, { force: true })
    throw error
  }
  library.close()
  renameSync(building, path)
  return path
}

async function fill(library: Library, options: SampleBuildOptions): Promise<void> {
  const events = new EventBus()
  const actors = new ActorServices(library, events, {
    background: false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    // Inline, not in worker threads: a dozen sources scan at once, and every connection to the
    // file is closed when the build ends, so nothing is left in its write-ahead log when it moves.
    executor: { workerScript: null },
  })
  try {
    const sourceIds = await importSources(library)
    const entityIds = new Map<string, number>()
    const noteActors = new Map<string, NoteActor>()
    for (const actor of SAMPLE.actors) {
      const created = actors.entities.create({
        name: actor.name,
        type: actor.type,
        aliases: actor.aliases.map(([name, kind]) => ({ name, kind: kind as AliasKind })),
        description: actor.description ?? '',
        parentId: actor.parent ? required(entityIds, actor.parent, 'actor') : null,
      })
      entityIds.set(actor.key, created.id)
      noteActors.set(actor.key, { entityId: created.id, name: created.name, entityType: created.type })
    }
    const passageIds = new Map<string, number>()
    for (const passage of SAMPLE.passages) {
      const sourceId = required(sourceIds, passage.source, 'source')
      const text = library.sources.get(sourceId)?.text ?? ''
      const start = text.indexOf(passage.quote)
      if (start < 0) throw new Error(`The sample passage "${passage.key}" is not in ${passage.source}.`)
      const created = actors.passages.create({
        sourceId,
        start,
        end: start + passage.quote.length,
        entityIds: passage.actors.map((key) => required(entityIds, key, 'actor')),
      })
      passageIds.set(passage.key, created.id)
    }
    // The mention suggestions: where else the sources name these actors.
    await actors.scans.rescanAll()

    const network = new NetworkServices(library, actors, events)
    for (const tie of SAMPLE.ties) {
      network.ties.create({
        fromId: required(entityIds, tie.from, 'actor'),
        toId: required(entityIds, tie.to, 'actor'),
        type: tie.type,
        startDate: tie.start ?? null,
        endDate: tie.end ?? null,
        ongoing: tie.ongoing ?? false,
        status: tie.status as TieStatus,
        confidence: tie.confidence as TieConfidence,
        place: tie.place ?? null,
        description: tie.description ?? '',
        evidenceIds: tie.evidence.map((key) => required(passageIds, key, 'passage')),
      })
    }
    network.suggestions.refresh()

    const notes = noteServicesFor(library)
    const quotable = new Map(
      notes.passages.byIds([...passageIds.values()]).map((passage) => [passage.passageId, passage]),
    )
    const quotes = new Map([...passageIds].map(([key, id]) => [key, required(quotable, id, 'passage')]))
    notes.notes.create(SAMPLE.note.title, sampleNoteState(SAMPLE.note, noteActors, quotes), 'imported')
    notes.notes.indexStale()
  } finally {
    actors.dispose()
  }
}

/** Imports the sample sources and sets the metadata, tags and collections a reader would have given them. */
async function importSources(library: Library): Promise<Map<string, number>> {
  const encoder = new TextEncoder()
  const report = await new ImportService(library.sources).importFiles(
    SAMPLE.sources.map((source) => ({
      name: source.file,
      data: encoder.encode(required(SAMPLE_TEXTS, source.file, 'source file')),
    })),
  )
  const ids = new Map<string, number>()
  for (const outcome of report.outcomes) {
    if (outcome.status === 'failed')
      throw new Error(`The sample source ${outcome.name} did not import: ${outcome.reason}`)
    ids.set(outcome.name, outcome.sourceId)
  }
  const collections = new Map<string, number>()
  const collectionId = (name: string) => {
    let id = collections.get(name)
    if (id === undefined) {
      id = library.sources.collections.create(name).id
      collections.set(name, id)
    }
    return id
  }
  for (const source of SAMPLE.sources) {
    library.sources.update(required(ids, source.file, 'source'), {
      publisher: source.publisher,
      publishedDate: source.publishedDate,
      kind: source.kind as SourceKind,
      tags: source.tags,
      collectionIds: (source.collections ?? []).map(collectionId),
      ...(source.language ? { language: source.language } : {}),
    })
  }
  return ids
}

function required<K, V>(map: Map<K, V> | Record<string & K, V>, key: K, what: string): V {
  const value = map instanceof Map ? map.get(key) : (map as Record<string, V>)[key as string]
  if (value === undefined) throw new Error(`The sample library names an unknown ${what} "${String(key)}".`)
  return value
}
