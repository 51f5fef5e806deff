// pdf.js set up for Weft: the worker is one of the app's own files, strings
// are never evaluated, WebAssembly is not used (the CSP forbids compiling it),
// and the few data files pdf.js may ask for (CMaps for fonts without their own
// encoding, the Symbol and Dingbats fonts) come from the app's assets, never
// from the network. Only the original viewer imports this module, lazily.
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

// Only each file's URL is bundled; the file is read when a PDF needs it. Vite inlines the
// smallest as data: URLs, decoded here because the CSP allows fetching from 'self' only.
// (Vite reads the glob options only when written out in place.)
const STANDARD_FONTS: Record<string, string> = import.meta.glob(
  '../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}',
  { query: '?url', import: 'default', eager: true },
)
const CMAPS: Record<string, string> = import.meta.glob('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
  eager: true,
})

async function assetBytes(assets: Record<string, string>, fileName: string): Promise<Uint8Array> {
  const entry = Object.entries(assets).find(([path]) => path.endsWith(`/${fileName}`))
  if (!entry) throw new Error(`pdf.js asked for ${fileName}, which Weft does not ship.`)
  const url = entry[1]
  if (url.startsWith('data:')) return decodeDataUrl(url)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load ${fileName} (${response.status}).`)
  return new Uint8Array(await response.arrayBuffer())
}

function decodeDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',')
  const payload = url.slice(comma + 1)
  if (!url.slice(0, comma).endsWith(';base64')) return new TextEncoder().encode(decodeURIComponent(payload))
  const binary = atob(payload)
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

class AppStandardFontDataFactory {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return assetBytes(STANDARD_FONTS, filename)
  }
}

class AppCMapReaderFactory {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    return { cMapData: await assetBytes(CMAPS, `${name}.bcmap`), isCompressed: true }
  }
}

/** Starts parsing a PDF in the worker; the bytes are copied because pdf.js takes ownership of them. */
export function loadPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    useWorkerFetch: false,
    StandardFontDataFactory: AppStandardFontDataFactory,
    CMapReaderFactory: AppCMapReaderFactory,
    disableAutoFetch: true,
    disableStream: true,
  })
}
