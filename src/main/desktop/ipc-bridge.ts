// Binds every contract call to ipcMain.handle and forwards core events to the
// window. Calls from any frame that is not our renderer are refused.
import { ipcMain, type BrowserWindow } from 'electron'
import { CALL_NAMES, type EventName, type EventPayloads } from '@shared/contract'
import { fail } from '@shared/result'
import { dispatchCall, type HandlerTable } from '../core/handler-registry'
import type { EventBus } from '../core/event-bus'
import { isTrustedRendererUrl } from './hardening'

export function bindCalls(handlers: HandlerTable): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isTrustedRendererUrl(event.senderFrame?.url)) {
        return fail('forbidden', 'Calls are accepted only from the Weft window.')
      }
      return dispatchCall(handlers, name, input)
    })
  }
}

export function forwardEvents(events: EventBus, window: () => BrowserWindow | undefined): () => void {
  return events.subscribe(<N extends EventName>(name: N, payload: EventPayloads[N]) => {
    const target = window()
    if (target && !target.isDestroyed()) target.webContents.send(name, payload)
  })
}
