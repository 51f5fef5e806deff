// The only bridge between the page and the app: call(name, input) and
// on(event, listener) for names in the contract. No other Electron API, and
// nothing of Node, reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isCallName, isEventName } from '@shared/contract-names'
import { fail } from '@shared/result'

const bridge = {
  call(name: unknown, input: unknown): Promise<unknown> {
    if (!isCallName(name)) return Promise.resolve(fail('invalid_input', `Unknown call "${String(name)}".`))
    return ipcRenderer.invoke(name, input)
  },
  on(name: unknown, listener: unknown): () => void {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined
    const forward = (_event: IpcRendererEvent, payload: unknown): void =>
      (listener as (payload: unknown) => void)(payload)
    ipcRenderer.on(name, forward)
    return () => ipcRenderer.removeListener(name, forward)
  },
}

contextBridge.exposeInMainWorld('weft', bridge)
