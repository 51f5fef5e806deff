// The busy flag and error message of one user action that calls the core, so
// dialogs show the call's own error inline instead of swallowing it.
import { useCallback, useState } from 'react'
import { errorMessage } from '../api/weft-client'

export interface Action {
  busy: boolean
  error: string | undefined
  /** Runs the work once at a time; a failure's message lands in `error`. */
  run(work: () => Promise<void>): Promise<void>
  setError(message: string | undefined): void
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run, setError }
}
