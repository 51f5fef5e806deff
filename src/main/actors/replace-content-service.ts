// A newer version of a source's file imported over it: the importer's own
// extraction (inline for small text, its worker pool otherwise) makes the new
// text, the metadata stays, and every passage
// re-anchors by its quote. What cannot be placed with certainty is flagged
// for review at its old offsets, never silently moved.
import { createHash } from 'node:crypto'
import type { PageSpan } from '@shared/models'
import { WeftError } from '../core/weft-error'
import { SourceReplacementRepository } from '../db/source-replacement-repository'
import { extractInline } from '../library/extract/inline-extract'
import { sharedDocumentReader } from '../workers/document-reader'
import type { DocumentReader } from '../workers/extraction-pool'
import type { ActorContext } from './actor-context'
import type { MentionScanScheduler } from './mention-scan-scheduler'
import { quoteSelector, reanchor } from './text-anchors'

export interface ReplacementReport {
  /** Passages anchored in the new text (where they were, or moved with certainty). */
  reanchored: number
  needsReview: number
}

export class ReplaceContentService {
  private readonly replacement: SourceReplacementRepository

  constructor(
    private readonly context: ActorContext,
    private readonly scans: MentionScanScheduler,
    /** The importer's own reader: small text inline, everything else in its worker pool with a time limit. */
    private readonly reader: () => DocumentReader = sharedDocumentReader,
  ) {
    this.replacement = new SourceReplacementRepository(context.library.db)
  }

  async replace(sourceId: number, file: { name: string; data: Uint8Array }): Promise<ReplacementReport> {
    const before = this.liveSource(sourceId)
    const contentHash = createHash('sha256').update(file.data).digest('hex')
    if (contentHash === before.contentHash) return this.currentReport(sourceId)
    const duplicate = this.context.sources.findByHash(contentHash)
    if (duplicate) {
      throw new WeftError(
        'duplicate',
        `That file is already in the library as source #${duplicate.id} “${duplicate.title}”, so it cannot replace #${sourceId}.`,
      )
    }
    const fileName = file.name.replace(/^.*[\\/]/, '')
    const document =
      extractInline(file.data, fileName) ?? (await this.reader().read({ fileName, bytes: file.data }))
    // Extraction may take a while: work from the source as it is now.
    const old = this.liveSource(sourceId)
    const text = document.text
    const report: ReplacementReport = { reanchored: 0, needsReview: 0 }
    this.context.transaction(() => {
      const now = this.context.now()
      this.replacement.replace(
        sourceId,
        {
          fileName,
          mediaType: document.mediaType,
          contentHash,
          text,
          blocks: document.blocks,
          pages: (document as { pages?: PageSpan[] | null }).pages ?? null,
          original: file.data,
        },
        now,
      )
      for (const passage of this.context.passages.anchorsOf(sourceId)) {
        const placed = reanchor(text, passage)
        // Deleted passages re-anchor too (the delete may be undone) but are not reported.
        const counted = passage.deleted ? 0 : 1
        if (placed.outcome === 'needs_review') {
          report.needsReview += counted
          this.context.passages.setAnchor(passage.id, { ...passage, ...placed, status: 'needs_review' }, now)
        } else {
          report.reanchored += counted
          const span = { start: placed.start, end: placed.end }
          this.context.passages.setAnchor(
            passage.id,
            { ...span, ...quoteSelector(text, span), contentHash, status: 'anchored' },
            now,
          )
        }
      }
      // Rejections (and acceptances) are remembered by span: carry them over the same way.
      for (const record of this.context.mentions.recordsOf(sourceId)) {
        const placed = reanchor(text, { ...record, ...quoteSelector(old.text, record), exact: record.exact })
        if (placed.outcome !== 'needs_review')
          this.context.mentions.setSpan(record.id, placed.start, placed.end)
      }
      // Open suggestions point into the old text; the rescan finds them again in the new one.
      this.context.mentions.deleteOpenForSource(sourceId)
    })
    this.scans.sourcesChanged()
    this.context.emit('sources:changed', { count: 1 })
    this.context.emit('passages:changed', { sourceIds: [sourceId] })
    this.context.emit('mentions:changed', { sourceIds: [sourceId], entityIds: [] })
    return report
  }

  private liveSource(id: number): { contentHash: string; text: string } {
    const source = this.context.sources.get(id)
    if (!source) throw new WeftError('not_found', `There is no source #${id}. It may have been deleted.`)
    return source
  }

  private currentReport(sourceId: number): ReplacementReport {
    const anchors = this.context.passages.anchorsOf(sourceId).filter((anchor) => !anchor.deleted)
    const needsReview = anchors.filter((anchor) => anchor.status === 'needs_review').length
    return { reanchored: anchors.length - needsReview, needsReview }
  }
}
