// Entry point of an extraction worker thread: reads one file at a time with
// the extractors and replies with the document or a message saying why not.
// Built by electron-vite as out/main/extract-worker.js (see worker-file.ts).
import { parentPort } from 'node:worker_threads'
import { extractDocument } from '../library/extract/extract-document'
import { asExtractionFailure } from '../library/extract/unreadable'
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
      const failure = asExtractionFailure(error, request.fileName)
      reply({ type: 'failed', id: request.id, code: failure.code, message: failure.message })
    },
  )
})

reply({ type: 'ready' })
