// A stand-in extraction worker for the pool's tests: it behaves as the file
// name says (hangs, crashes, throws, eats memory) and otherwise answers at once.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ type, id, fileName }) => {
  if (type === 'warm-up') return
  if (fileName.startsWith('stuck-loading')) return // never says it is parsing
  parentPort.postMessage({ type: 'parsing', id })
  if (fileName.startsWith('hang')) for (;;);
  if (fileName.startsWith('crash')) process.exit(3)
  if (fileName.startsWith('throw')) {
    setTimeout(() => {
      throw new Error('parser bug')
    })
    return
  }
  if (fileName.startsWith('memory')) {
    const hoard = []
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
  }
  if (fileName.startsWith('slow')) {
    setTimeout(() => parentPort.postMessage(done(id, fileName)), 300)
    return
  }
  parentPort.postMessage(done(id, fileName))
})

function done(id, fileName) {
  return {
    type: 'done',
    id,
    document: {
      title: fileName,
      text: 'ok',
      blocks: [{ kind: 'paragraph', start: 0, end: 2 }],
      mediaType: 'text/plain',
    },
  }
}

parentPort.postMessage({ type: 'ready' })
