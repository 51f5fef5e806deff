// A source's original file in the reader: fetched once when first needed,
// classified for showing, decoded as text, and saved to disk on request.
import { useCallback, useRef, useState } from 'react'
import type { OriginalFile } from '@shared/models'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export type OriginalKind = 'pdf' | 'text' | 'binary'

const TEXT_TYPES = /^(text\/|application\/(xhtml\+xml|xml|json))/
const TEXT_NAMES = /\.(txt|text|md|markdown|mdown|mkd|html?|xhtml|xml|json|csv)$/i

export function originalKind({
  fileName,
  mediaType,
}: Pick<OriginalFile, 'fileName' | 'mediaType'>): OriginalKind {
  if (mediaType === 'application/pdf' || /\.pdf$/i.test(fileName)) return 'pdf'
  if (TEXT_TYPES.test(mediaType) || TEXT_NAMES.test(fileName)) return 'text'
  return 'binary'
}

/** The original's bytes as text: UTF-16 by its byte-order mark, UTF-8 when valid, else Windows-1252. */
export function decodeOriginalText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data)
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    return new TextDecoder('windows-1252').decode(data)
  }
}

/** Hands the original to the browser as a download under its own file name. */
export function saveOriginal(file: OriginalFile): void {
  const blob = new Blob([new Uint8Array(file.data)], { type: file.mediaType || 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download reads the blob after this task; free it once that has surely happened.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export interface OriginalFileState {
  file?: OriginalFile
  error?: string
  /** Fetches the original once; later calls share the same answer. */
  load(): Promise<OriginalFile>
}

export function useOriginalFile(sourceId: number): OriginalFileState {
  const api = useApi()
  const pending = useRef<Promise<OriginalFile> | undefined>(undefined)
  const [state, setState] = useState<{ file?: OriginalFile; error?: string }>({})
  const load = useCallback(() => {
    pending.current ??= api.call('sources:original', { id: sourceId }).then(
      (file) => {
        setState({ file })
        return file
      },
      (failure: unknown) => {
        // Let a later attempt try again.
        pending.current = undefined
        setState({ error: errorMessage(failure) })
        throw failure
      },
    )
    return pending.current
  }, [api, sourceId])
  return { ...state, load }
}
