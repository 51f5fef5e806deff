// The import under way, shared by the Import button, drops, the menu and the
// status bar: send batches, show progress, allow cancelling, then summarise.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ImportOutcome } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import type { PickedFile } from './dropped-files'
import { planImport } from './import-batches'
import { importSummaryToast } from './import-summary'

export interface ImportProgressState {
  done: number
  total: number
  currentName: string
  cancellable: boolean
}

interface ImportApi {
  progress: ImportProgressState | undefined
  importFiles(files: PickedFile[]): Promise<void>
  cancel(): void
}

const ImportContext = createContext<ImportApi | undefined>(undefined)

export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const toasts = useToasts()
  const [progress, setProgress] = useState<ImportProgressState | undefined>()
  const cancelled = useRef(false)
  const busy = useRef(false)

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return
      if (busy.current) {
        toasts.show({
          kind: 'info',
          title: 'An import is already under way. Wait for it to finish, or cancel it.',
        })
        return
      }
      busy.current = true
      cancelled.current = false
      const { batches, refused } = planImport(files)
      const outcomes: ImportOutcome[] = [...refused]
      const total = files.length
      let done = refused.length
      try {
        for (const batch of batches) {
          if (cancelled.current) break
          setProgress({ done, total, currentName: batch[0]!.name, cancellable: true })
          try {
            const withBytes = await Promise.all(
              batch.map(async (picked) => ({
                name: picked.name,
                data: new Uint8Array(await picked.file.arrayBuffer()),
              })),
            )
            const report = await api.call('sources:importFiles', { files: withBytes })
            outcomes.push(...report.outcomes)
          } catch (error) {
            outcomes.push(
              ...batch.map((picked) => ({
                status: 'failed' as const,
                name: picked.name,
                reason: errorMessage(error),
              })),
            )
          }
          done += batch.length
        }
        toasts.show(importSummaryToast(outcomes, cancelled.current))
      } finally {
        busy.current = false
        setProgress(undefined)
      }
    },
    [api, toasts],
  )

  // Imports the desktop menu starts in main report here too.
  useEvent('import:progress', (event) => setProgress({ ...event, cancellable: false }))
  useEvent('import:finished', (report) => {
    setProgress(undefined)
    toasts.show(importSummaryToast(report.outcomes, false))
  })

  const cancel = useCallback(() => {
    cancelled.current = true
  }, [])
  const value = useMemo(() => ({ progress, importFiles, cancel }), [progress, importFiles, cancel])
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>
}

export function useImports(): ImportApi {
  const value = useContext(ImportContext)
  if (!value) throw new Error('useImports needs an ImportProvider above it')
  return value
}
