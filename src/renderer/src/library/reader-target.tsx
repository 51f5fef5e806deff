// Which source the reader shows, and where in it: the table, search results
// and (later) actor pages all open sources through openSource().
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { TextRange } from '@shared/models'

export interface ReaderTarget {
  sourceId: number
  /** A span of the canonical text to scroll to and mark (a search hit, a passage). */
  range?: TextRange
  /** Changes on every request, so opening the same place twice scrolls again. */
  request: number
}

interface ReaderTargetApi {
  target: ReaderTarget | undefined
  openSource(sourceId: number, range?: TextRange): void
}

const ReaderTargetContext = createContext<ReaderTargetApi | undefined>(undefined)

export function ReaderTargetProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<ReaderTarget>()
  const openSource = useCallback(
    (sourceId: number, range?: TextRange) =>
      setTarget((current) => ({ sourceId, range, request: (current?.request ?? 0) + 1 })),
    [],
  )
  const value = useMemo(() => ({ target, openSource }), [target, openSource])
  return <ReaderTargetContext.Provider value={value}>{children}</ReaderTargetContext.Provider>
}

export function useReaderTarget(): ReaderTargetApi {
  const value = useContext(ReaderTargetContext)
  if (!value) throw new Error('useReaderTarget needs a ReaderTargetProvider above it')
  return value
}
