// Entry of a mention scan worker thread: scans the chunks the pool sends and
// replies with what it found. Built as its own file (see mention-scan-worker-path.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { ChunkScanner } from './mention-scan-chunk'
import type { MentionScanWorkerData, ScanChunkMessage, ScanReply } from './mention-scan-protocol'

const data = workerData as MentionScanWorkerData | null
const port = parentPort
// Loaded any other way (a test importing the module), it does nothing.
if (port && data?.weftMentionScan === true) {
  const scanner = new ChunkScanner(data.libraryPath, data.nativeBinding)
  port.on('message', (message: ScanChunkMessage) => {
    let reply: ScanReply
    try {
      const sources = scanner.scan(message.namesKey, message.names, message.sourceIds, message.withSignatures)
      reply = { type: 'result', chunkId: message.chunkId, sources }
    } catch (error) {
      reply = {
        type: 'error',
        chunkId: message.chunkId,
        message: error instanceof Error ? error.message : String(error),
      }
    }
    port.postMessage(reply)
  })
  port.on('close', () => scanner.close())
}
