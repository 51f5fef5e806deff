// One entry point for every export format: the note read into the document
// model once, then written by the format's own module, with a file name made
// from the note's title.
import type { MentionStyle, Note, NoteExportFile, NoteExportFormat } from '@shared/notes'
import { buildNoteDocument } from './document-model'
import { docxExport } from './docx-export'
import { htmlExport } from './html-export'
import { markdownExport } from './markdown-export'
import { pdfExport } from './pdf/pdf-export'

export const EXPORT_MEDIA_TYPES: Record<NoteExportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

/** A file name from the title: letters of any script kept, characters file systems refuse dropped. */
export function exportFileName(title: string, format: NoteExportFormat): string {
  const base = title
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim()
  return `${base || 'Note'}.${format}`
}

export async function exportNote(
  note: Pick<Note, 'title' | 'content'>,
  format: NoteExportFormat,
  mentions: MentionStyle,
): Promise<NoteExportFile> {
  const document = buildNoteDocument(note.title, note.content)
  const encoder = new TextEncoder()
  const data =
    format === 'md'
      ? encoder.encode(markdownExport(document, mentions))
      : format === 'html'
        ? encoder.encode(htmlExport(document))
        : format === 'docx'
          ? await docxExport(document)
          : await pdfExport(document)
  return { fileName: exportFileName(note.title, format), mediaType: EXPORT_MEDIA_TYPES[format], data }
}
