// The details editor's data: a draft of a source's metadata as the form holds
// it, the patch it saves (changed fields only), and errors from the call
// mapped back onto the fields they concern.
import type { SourceKind, SourceMetadata, SourceSummary } from '@shared/models'

export interface MetadataDraft {
  title: string
  authors: string[]
  publisher: string
  publishedDate: string
  url: string
  language: string
  kind: SourceKind
  tags: string[]
  collectionIds: number[]
}

export type MetadataField = keyof SourceMetadata
export type FieldErrors = Partial<Record<MetadataField, string>>

export function draftFrom(source: SourceSummary): MetadataDraft {
  return {
    title: source.title,
    authors: source.authors.length > 0 ? [...source.authors] : [''],
    publisher: source.publisher ?? '',
    publishedDate: source.publishedDate ?? '',
    url: source.url ?? '',
    language: source.language ?? '',
    kind: source.kind,
    tags: [...source.tags],
    collectionIds: [...source.collectionIds],
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])
const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

/** Only what changed, with blank fields as null and blank authors dropped. */
export function patchFrom(draft: MetadataDraft, source: SourceSummary): Partial<SourceMetadata> {
  const patch: Partial<SourceMetadata> = {}
  const title = draft.title.trim()
  if (title !== source.title) patch.title = title
  const authors = draft.authors.map((author) => author.trim()).filter(Boolean)
  if (!sameList(authors, source.authors)) patch.authors = authors
  for (const field of ['publisher', 'publishedDate', 'url', 'language'] as const) {
    const value = orNull(draft[field])
    if (value !== source[field]) patch[field] = value
  }
  if (draft.kind !== source.kind) patch.kind = draft.kind
  if (!sameList(draft.tags, source.tags)) patch.tags = draft.tags
  if (!sameSet(draft.collectionIds, source.collectionIds)) patch.collectionIds = draft.collectionIds
  return patch
}

/** What the form can tell before asking the core. */
export function checkDraft(draft: MetadataDraft): FieldErrors {
  return draft.title.trim() === '' ? { title: 'A source needs a title.' } : {}
}

/** Adds a tag unless one of the same name (ignoring case) is already there. */
export function withTag(tags: readonly string[], name: string): string[] {
  const tag = name.trim()
  if (tag === '' || tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return [...tags]
  return [...tags, tag]
}

const FIELD_ISSUE = /^patch\.(\w+)(?:\.\d+)*: (.+)$/
const FIELDS: readonly string[] = [
  'title',
  'authors',
  'publisher',
  'publishedDate',
  'url',
  'language',
  'kind',
  'tags',
  'collectionIds',
]

/**
 * Splits an invalid-input message from sources:update ("Invalid input for
 * sources:update: patch.publishedDate: use a year…; patch.title: …") into
 * per-field messages; whatever does not name a field stays whole.
 */
export function fieldErrorsFrom(message: string): { fields: FieldErrors; other: string | undefined } {
  const detail = /^Invalid input for \S+: (.+)$/s.exec(message)?.[1]
  if (!detail) return { fields: {}, other: message }
  const fields: FieldErrors = {}
  const rest: string[] = []
  for (const issue of detail.split('; ')) {
    const match = FIELD_ISSUE.exec(issue)
    const field = match?.[1]
    if (match && field && FIELDS.includes(field)) {
      fields[field as MetadataField] ??= capitalise(match[2]!)
    } else rest.push(issue)
  }
  return { fields, other: rest.length > 0 ? `Not saved: ${rest.join('; ')}` : undefined }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
