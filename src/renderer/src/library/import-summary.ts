// The words of the toast that ends an import.
import type { ImportOutcome } from '@shared/models'
import type { ToastInput } from '../shell/toasts'

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

export function importSummaryToast(outcomes: ImportOutcome[], cancelled: boolean): ToastInput {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length
  const duplicates = outcomes.filter((outcome) => outcome.status === 'duplicate')
  const failed = outcomes.filter(
    (outcome): outcome is Extract<ImportOutcome, { status: 'failed' }> => outcome.status === 'failed',
  )
  const parts = [`Imported ${plural(imported, 'source', 'sources')}`]
  if (duplicates.length > 0) parts.push(`${plural(duplicates.length, 'duplicate', 'duplicates')} skipped`)
  if (failed.length > 0) parts.push(`${failed.length} failed`)
  const details = [
    ...failed.map((outcome) => outcome.reason),
    ...duplicates.map((outcome) => `${outcome.name} is already in the library as “${outcome.title}”.`),
  ]
  if (cancelled) details.unshift('Import cancelled; files imported before cancelling were kept.')
  if (imported === 0 && failed.length === 1 && duplicates.length === 0) {
    return { kind: 'error', title: `Could not import ${failed[0]!.name}`, details: [failed[0]!.reason] }
  }
  return { kind: failed.length > 0 ? 'error' : 'success', title: parts.join(' · '), details }
}
