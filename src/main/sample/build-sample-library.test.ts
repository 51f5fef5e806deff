import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ActorServices } from '../actors/actor-services'
import { EventBus } from '../core/event-bus'
import { Library } from '../db/library'
import { NetworkServices } from '../network/network-services'
import { noteServicesFor } from '../notes/notes-for-library'
import { useTempDir } from '../test-support/temp-dir'
import { ensureSampleLibrary, SAMPLE_LIBRARY_FILE } from './build-sample-library'

const tempDir = useTempDir()

describe('the sample library', () => {
  it('holds a dozen sources, actors with aliases, passages, ties with evidence, suggestions and a note', async () => {
    const path = join(tempDir(), SAMPLE_LIBRARY_FILE)
    await ensureSampleLibrary(path)
    expect(existsSync(`${path}.building`)).toBe(false)
    const library = await Library.open(path)
    const events = new EventBus()
    const actors = new ActorServices(library, events, { background: false, executor: { workerScript: null } })
    try {
      const sources = library.sources.list()
      expect(sources).toHaveLength(12)
      const statement = sources.find((source) => source.language === 'ar')
      expect(statement?.kind).toBe('statement')
      expect(statement?.tags).toContain('official statement')
      expect(library.sources.collections.list().map((collection) => collection.sourceCount)).toEqual([5, 6])
      const entities = actors.entities.list()
      expect(
        entities.find((entity) => entity.name === 'Ahmed al-Sharaa')?.aliases.map((alias) => alias.name),
      ).toContain('al-Shara')
      // The scan found the transliterations in the sources: "al-Shara's", "Al-Shar'a's".
      const sharaa = entities.find((entity) => entity.name === 'Ahmed al-Sharaa')!
      expect(
        actors.context.mentions.allOpen().filter((one) => one.entityId === sharaa.id).length,
      ).toBeGreaterThanOrEqual(2)

      const network = new NetworkServices(library, actors, events)
      const ties = network.ties.list()
      expect(ties.length).toBeGreaterThanOrEqual(20)
      expect(ties.every((tie) => tie.evidenceIds.length > 0)).toBe(true)
      const data = network.network.data()
      expect(new Set(data.ties.map((tie) => tie.type)).size).toBeGreaterThanOrEqual(10)
      expect(data.ties.some((tie) => tie.status === 'alleged')).toBe(true)

      const notes = noteServicesFor(library).notes.list('updated')
      expect(notes.map((note) => note.title)).toEqual([
        'Why the Interior Ministry, not the Defense Ministry, works with the coalition',
      ])
      expect(
        noteServicesFor(library).notes.forEntity(
          entities.find((entity) => entity.name === 'Syrian Interior Ministry')!.id,
        ),
      ).toHaveLength(1)

      // Built once: asking again opens what is there.
      expect(await ensureSampleLibrary(path)).toBe(path)
    } finally {
      actors.dispose()
      library.close()
    }
  })
})
