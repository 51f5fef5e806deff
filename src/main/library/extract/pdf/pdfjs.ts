// Loads pdf.js (the legacy build, the one meant for Node) once per worker, and
// its parser in the same thread: this code already runs in a worker thread.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'

type PdfJs = typeof PdfJsModule

let loading: Promise<PdfJs> | undefined

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // With the parser preloaded as globalThis.pdfjsWorker, pdf.js neither spawns
    // nor fetches a worker script of its own.
    const parser = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}
