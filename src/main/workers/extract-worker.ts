// Entry point of an extraction worker thread: reads one file at a time with
// the extractors and replies with the document or a message saying why not.
// Built by electron-vite as out/main/extract-worker.js (see worker-file.ts).
import { parentPort } from 'node:worker_threads'
import { isWeftError } from '../core/weft-error'
import { extractDocument } from '../library/extract/extract-document'
import type { WorkerReply, WorkerRequest } from './worker-messages'

const port = parentPort
if (!port) throw new Error('extract-worker.js runs only as a worker thread.')

const reply = (message: WorkerReply) => port.postMessage(message)

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'warm-up') {
    // Loading fails the same way later, on a real file, where it is reported. The jsdom
    // window the sanitiser runs in is built now as well: it takes a tenth of a second.
    import('../library/extract/html/extract-html')
      .then(() => import('../library/extract/html/html-parser'))
      .then(({ prepareParsingWindow }) => prepareParsingWindow())
      .catch(() => undefined)
    return
  }
  const parsing = () => reply({ type: 'parsing', id: request.id })
  extractDocument(request.bytes, request.fileName, parsing).then(
    (document) => reply({ type: 'done', id: request.id, document }),
    (error: unknown) => {
      if (isWeftError(error))
        reply({ type: 'failed', id: request.id, code: error.code, message: error.message })
      else {
        // A parser library tripping over a strange file is that file's problem, not the batch's.
        const detail = error instanceof Error ? error.message : String(error)
        reply({
          type: 'failed',
          id: request.id,
          code: 'unsupported_type',
          message: `${request.fileName} could not be read (${detail}). It may be damaged; save it again and import the copy.`,
        })
      }
    },
  )
})

reply({ type: 'ready' })
