// A PDF original shown as its pages, drawn by pdf.js in its worker. Pages are
// drawn when they come near the view, so a long report opens at once.
import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'
import { loadPdf } from './pdf-document'

/** A file that takes longer than this to parse is given up on, so the reader never hangs. */
const OPEN_TIME_LIMIT_MS = 30_000
const US_LETTER_RATIO = 8.5 / 11

export default function PdfPages({ data, fileName }: { data: Uint8Array; fileName: string }) {
  const [opened, setOpened] = useState<{ pdf?: PDFDocumentProxy; ratio?: number; error?: string }>({})

  useEffect(() => {
    const task = loadPdf(data)
    let live = true
    const giveUp = setTimeout(() => {
      if (!live) return
      live = false
      setOpened({
        error: `${fileName} took more than ${OPEN_TIME_LIMIT_MS / 1000} seconds to open. Export it and open it in a PDF viewer.`,
      })
      void task.destroy()
    }, OPEN_TIME_LIMIT_MS)
    task.promise
      .then(async (pdf) => {
        // The first page's shape stands for every page until each is measured.
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 })
        if (live) setOpened({ pdf, ratio: first.width / first.height })
      })
      .catch((failure: unknown) => {
        if (live) setOpened({ error: pdfErrorMessage(failure, fileName) })
      })
      .finally(() => clearTimeout(giveUp))
    return () => {
      live = false
      clearTimeout(giveUp)
      void task.destroy()
    }
  }, [data, fileName])

  if (opened.error) {
    return (
      <p className="original-message" role="alert">
        {opened.error}
      </p>
    )
  }
  const { pdf, ratio } = opened
  if (!pdf) return <p className="original-message">Opening the PDF…</p>
  return (
    <div className="pdf-pages">
      {Array.from({ length: pdf.numPages }, (_, index) => (
        <PdfPage key={index} pdf={pdf} number={index + 1} ratio={ratio ?? US_LETTER_RATIO} />
      ))}
    </div>
  )
}

function PdfPage({ pdf, number, ratio }: { pdf: PDFDocumentProxy; number: number; ratio: number }) {
  const sheet = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [near, setNear] = useState(false)
  const [drawn, setDrawn] = useState<{ ratio?: number; error?: string }>({})

  useEffect(() => {
    const element = sheet.current
    if (!element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true)
          observer.disconnect()
        }
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (!near) return
    let cancelled = false
    let render: RenderTask | undefined
    pdf
      .getPage(number)
      .then((page) => {
        const target = canvas.current
        const frame = sheet.current
        if (cancelled || !target || !frame) return
        const natural = page.getViewport({ scale: 1 })
        setDrawn({ ratio: natural.width / natural.height })
        // Draw at the sheet's width in device pixels, so text is crisp on high-density screens.
        const scale = (frame.clientWidth / natural.width) * window.devicePixelRatio
        const viewport = page.getViewport({ scale })
        target.width = Math.floor(viewport.width)
        target.height = Math.floor(viewport.height)
        render = page.render({ canvas: target, viewport })
        return render.promise
      })
      .catch((failure: unknown) => {
        if (cancelled || (failure as Error | undefined)?.name === 'RenderingCancelledException') return
        setDrawn({ error: `Page ${number} could not be drawn: ${(failure as Error).message ?? failure}` })
      })
    return () => {
      cancelled = true
      render?.cancel()
    }
  }, [near, pdf, number])

  const total = pdf.numPages
  return (
    <figure className="pdf-page" aria-label={`Page ${number} of ${total}`}>
      <div ref={sheet} className="pdf-sheet" style={{ aspectRatio: drawn.ratio ?? ratio }}>
        {drawn.error ? (
          <p className="original-message" role="alert">
            {drawn.error}
          </p>
        ) : (
          <canvas ref={canvas} role="img" aria-label={`Page ${number} of ${total}`} />
        )}
      </div>
      <figcaption>
        Page {number} of {total}
      </figcaption>
    </figure>
  )
}

function pdfErrorMessage(failure: unknown, fileName: string): string {
  const name = (failure as Error | undefined)?.name
  if (name === 'PasswordException') {
    return `${fileName} is protected by a password, so Weft cannot show its pages. Export it and open it in a PDF viewer.`
  }
  if (name === 'InvalidPDFException') {
    return `${fileName} is damaged or is not a PDF, so Weft cannot show its pages. Its extracted text is under Text.`
  }
  const message = (failure instanceof Error ? failure.message : String(failure)).replace(/\.$/, '')
  return `Weft could not show ${fileName}: ${message}. Its extracted text is under Text.`
}
