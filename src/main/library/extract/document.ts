// What every extractor produces: canonical text with its structure, a title,
// and whatever metadata the file itself carries (authors, publisher, date…).
import type { PageSpan, SourceKind, TextBlock } from '@shared/models'
import { WeftError } from '../../core/weft-error'
import { MAX_EXTRACTED_CHARACTERS } from './format-limits'

/** Metadata found in the file; absent fields are simply unknown. */
export interface DocumentMetadata {
  authors?: string[]
  publisher?: string | null
  /** A partial date: 2025, 2025-11 or 2025-11-24. */
  publishedDate?: string | null
  url?: string | null
  language?: string | null
  kind?: SourceKind
}

export interface ExtractedDocument extends DocumentMetadata {
  title: string
  text: string
  blocks: TextBlock[]
  mediaType: string
  /** Where each page lies in `text`, for paginated originals (PDF). */
  pages?: PageSpan[]
}

export interface BuilderOptions {
  /** Named in the refusal when the text grows past the cap. */
  sourceName?: string
  maxCharacters?: number
}

/** Appends blocks to one canonical text, separated by blank lines, tracking offsets. */
export class DocumentBuilder {
  private text = ''
  private readonly blocks: TextBlock[] = []
  private readonly pages: PageSpan[] = []
  private currentPage: { page: number; start: number; hasText: boolean } | undefined
  private readonly maxCharacters: number

  constructor(private readonly options: BuilderOptions = {}) {
    this.maxCharacters = options.maxCharacters ?? Number.POSITIVE_INFINITY
  }

  get length(): number {
    return this.text.length
  }

  get blockCount(): number {
    return this.blocks.length
  }

  add(kind: TextBlock['kind'], content: string, level?: number): void {
    const trimmed = content.replace(/[ \t]+$/gm, '').trim()
    if (trimmed.length === 0) return
    if (this.text.length > 0) this.text += '\n\n'
    const start = this.text.length
    this.text += trimmed
    if (this.text.length > this.maxCharacters) throw this.tooMuchText()
    const block: TextBlock = { kind, start, end: this.text.length }
    if (level !== undefined) block.level = level
    if (this.currentPage) {
      block.page = this.currentPage.page
      // A page starts where its first block does, not at the separator before it.
      if (!this.currentPage.hasText) this.currentPage.start = start
      this.currentPage.hasText = true
    }
    this.blocks.push(block)
  }

  /** Blocks added from now on belong to `page` (1-based) until the next call or build(). */
  startPage(page: number): void {
    this.endPage()
    this.currentPage = { page, start: this.text.length, hasText: false }
  }

  build(): { text: string; blocks: TextBlock[]; pages: PageSpan[] } {
    this.endPage()
    return { text: this.text, blocks: this.blocks, pages: this.pages }
  }

  private endPage(): void {
    if (!this.currentPage) return
    const { page, start, hasText } = this.currentPage
    // A page without text (a picture, a blank page) is an empty span where it would be.
    this.pages.push(hasText ? { page, start, end: this.text.length } : { page, start, end: start })
    this.currentPage = undefined
  }

  private tooMuchText(): WeftError {
    const name = this.options.sourceName ?? 'This file'
    return new WeftError(
      'too_large',
      `${name} holds more than ${(this.maxCharacters / 1_000_000).toLocaleString('en')} million characters of text; Weft stops there so one file cannot fill the library. Split it into smaller files and import those.`,
    )
  }
}

export const MAX_TITLE_LENGTH = 160

export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  const spaced = base.replace(/[_]+/g, ' ').trim()
  return spaced.length > 0 ? spaced : fileName
}

export function titleFromLine(line: string | undefined, fileName: string): string {
  const candidate = line?.trim() ?? ''
  if (candidate.length > 0 && candidate.length <= MAX_TITLE_LENGTH) return candidate
  return titleFromFileName(fileName)
}

/** A builder sized for documents derived from markup (HTML, PDF, DOCX), capped at the text limit. */
export function cappedBuilder(fileName: string): DocumentBuilder {
  return new DocumentBuilder({ sourceName: fileName, maxCharacters: MAX_EXTRACTED_CHARACTERS })
}
