// Says in words why Weft suggests a mention: the alias that matched and the
// differences it allowed for (case, article, possessive, transliteration...).
import type { MentionSuggestion } from '@shared/actors'

export function matchExplanation(suggestion: Pick<MentionSuggestion, 'alias' | 'reasons' | 'exact'>): string {
  const exactly = suggestion.reasons.length === 0 || suggestion.reasons.includes('exact spelling')
  if (exactly) return `Matches the alias “${suggestion.alias}” exactly.`
  return `Matches the alias “${suggestion.alias}”, allowing for ${suggestion.reasons.join(', ')}.`
}
