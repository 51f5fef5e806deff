// What every extractor produces: canonical text with its structure and a title.
import type { TextBlock } from '@shared/models'

export interface ExtractedDocument {
  title: string
  text: string
  blocks: TextBlock[]
  mediaType: string
}

/** Appends blocks to one canonical text, separated by blank lines, tracking offsets. */
export class DocumentBuilder {
  private text = ''
  private readonly blocks: TextBlock[] = []

  add(kind: TextBlock['kind'], content: string, level?: number): void {
    const trimmed = content.replace(/[ \t]+$/gm, '').trim()
    if (trimmed.length === 0) return
    if (this.text.length > 0) this.text += '\n\n'
    const start = this.text.length
    this.text += trimmed
    this.blocks.push(
      level === undefined
        ? { kind, start, end: this.text.length }
        : { kind, start, end: this.text.length, level },
    )
  }

  build(): { text: string; blocks: TextBlock[] } {
    return { text: this.text, blocks: this.blocks }
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
