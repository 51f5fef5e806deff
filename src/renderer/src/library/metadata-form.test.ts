import { describe, expect, it } from 'vitest'
import type { SourceSummary } from '@shared/models'
import { checkDraft, draftFrom, fieldErrorsFrom, patchFrom, withTag } from './metadata-form'

const source: SourceSummary = {
  id: 7,
  title: 'Syria joins the coalition',
  kind: 'article',
  fileName: 'a.txt',
  mediaType: 'text/plain',
  byteSize: 10,
  importedAt: '2026-01-01T00:00:00.000Z',
  authors: ['Jane Doe'],
  publisher: null,
  publishedDate: '2025-11',
  url: null,
  language: 'en',
  tags: ['coalition'],
  collectionIds: [2, 1],
  passageCount: 0,
}

describe('the details form', () => {
  it('saves nothing when nothing changed, even with a blank author row', () => {
    const draft = draftFrom(source)
    expect(patchFrom({ ...draft, authors: ['Jane Doe', ' '], collectionIds: [1, 2] }, source)).toEqual({})
    expect(draftFrom({ ...source, authors: [] }).authors).toEqual([''])
  })

  it('sends changed fields only, trimmed, with blanks as null', () => {
    const draft = {
      ...draftFrom(source),
      title: '  Syria becomes a partner ',
      authors: ['Jane Doe', ' Omar Haddad '],
      publisher: 'Al-Monitor',
      publishedDate: '',
      language: ' ',
      kind: 'report' as const,
      tags: ['coalition', 'Membership'],
      collectionIds: [1],
    }
    expect(patchFrom(draft, source)).toEqual({
      title: 'Syria becomes a partner',
      authors: ['Jane Doe', 'Omar Haddad'],
      publisher: 'Al-Monitor',
      publishedDate: null,
      language: null,
      kind: 'report',
      tags: ['coalition', 'Membership'],
      collectionIds: [1],
    })
  })

  it('refuses an empty title before asking the core', () => {
    expect(checkDraft({ ...draftFrom(source), title: '  ' })).toEqual({ title: 'A source needs a title.' })
    expect(checkDraft(draftFrom(source))).toEqual({})
  })

  it('adds a tag once, whatever its case', () => {
    expect(withTag(['Raids'], ' raids ')).toEqual(['Raids'])
    expect(withTag(['Raids'], 'CENTCOM')).toEqual(['Raids', 'CENTCOM'])
    expect(withTag(['Raids'], '  ')).toEqual(['Raids'])
  })

  it('puts the call’s own messages on the fields they name', () => {
    const message =
      'Invalid input for sources:update: patch.publishedDate: use a year, a month or a day: 2025, 2025-11 or 2025-11-24; patch.authors.1: Too big'
    expect(fieldErrorsFrom(message)).toEqual({
      fields: {
        publishedDate: 'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24',
        authors: 'Too big',
      },
      other: undefined,
    })
    expect(fieldErrorsFrom('Invalid input for sources:update: id: Too small')).toEqual({
      fields: {},
      other: 'Not saved: id: Too small',
    })
    expect(fieldErrorsFrom('Source 7 is not in this library.')).toEqual({
      fields: {},
      other: 'Source 7 is not in this library.',
    })
  })
})
