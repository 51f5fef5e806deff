// Finds tie suggestions in a source's text: each sentence that names two or
// more known actors together with a cue (see tie-cues.ts) yields one
// suggestion per pair it reads, with the sentence as the evidence to be.
import { AGAINST, LIST_GLUE, TIE_CUES, type TieCue } from './tie-cues'

export interface ActorSpan {
  entityId: number
  start: number
  end: number
}

export interface FoundTie {
  fromId: number
  toId: number
  type: string
  directed: boolean
  cue: string
  /** The sentence's span in the text, trimmed of surrounding spaces. */
  start: number
  end: number
  sentence: string
}

/** Sentences with this many actors are lists, not statements of a tie: only direct readings count. */
const MAX_PAIRS_PER_CUE = 15

interface CueMatch {
  cue: TieCue
  start: number
  end: number
  text: string
}

export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  for (const { index, segment } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed.length > 0) spans.push({ start: index + leading, end: index + leading + trimmed.length })
  }
  return spans
}

/** Every cue in the sentence, leftmost first; a shorter cue inside a longer one is the longer one's. */
function findCues(sentence: string): CueMatch[] {
  const matches: CueMatch[] = []
  for (const cue of TIE_CUES) {
    cue.pattern.lastIndex = 0
    for (const match of sentence.matchAll(cue.pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (matches.some((other) => start < other.end && other.start < end)) continue
      matches.push({ cue, start, end, text: match[0] })
    }
  }
  return matches.sort((a, b) => a.start - b.start)
}

/** The actors in a sentence, one entry per mention, in reading order (offsets relative to it). */
function actorsIn(spans: readonly ActorSpan[], start: number, end: number): ActorSpan[] {
  return spans
    .filter((span) => span.start >= start && span.end <= end)
    .map((span) => ({ entityId: span.entityId, start: span.start - start, end: span.end - start }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
}

export function findTieSuggestions(text: string, spans: readonly ActorSpan[]): FoundTie[] {
  const found = new Map<string, FoundTie>()
  for (const { start, end } of sentenceSpans(text)) {
    const sentence = text.slice(start, end)
    // "the anti-IS coalition": a name inside such a modifier describes another actor, it is not a party.
    const actors = actorsIn(spans, start, end).filter(
      (actor) => !/(?:anti|counter|pro)-$/i.test(sentence.slice(Math.max(0, actor.start - 8), actor.start)),
    )
    if (new Set(actors.map((actor) => actor.entityId)).size < 2) continue
    const cues = findCues(sentence)
    cues.forEach((match, index) => {
      const segmentStart = index === 0 ? 0 : cues[index - 1]!.end
      for (const [from, to] of readPairs(sentence, actors, match, segmentStart)) {
        const directed = match.cue.reading === 'verb'
        const [fromId, toId] = directed || from < to ? [from, to] : [to, from]
        const key = `${start}:${fromId}:${toId}:${match.cue.type}`
        if (fromId === toId || found.has(key)) continue
        found.set(key, {
          fromId,
          toId,
          type: match.cue.type,
          directed,
          cue: match.text,
          start,
          end,
          sentence,
        })
      }
    })
  }
  return [...found.values()]
}

function readPairs(
  sentence: string,
  actors: ActorSpan[],
  match: CueMatch,
  segmentStart: number,
): [number, number][] {
  const before = actors.filter((actor) => actor.end <= match.start && actor.start >= segmentStart)
  const after = actors.filter((actor) => actor.start >= match.end)
  if (match.cue.reading === 'noun') {
    const against = firstMatchAt(sentence, AGAINST)
    const taking = distinct(actors.filter((actor) => against === undefined || actor.start < against))
    const pairs: [number, number][] = []
    for (let i = 0; i < taking.length; i += 1) {
      for (let j = i + 1; j < taking.length; j += 1) pairs.push([taking[i]!, taking[j]!])
    }
    return pairs.slice(0, MAX_PAIRS_PER_CUE)
  }
  // What comes after "against" is the target of the action, not its other party.
  const against = firstMatchAt(sentence.slice(match.end), AGAINST)
  const object = after.find((actor) => against === undefined || actor.start < match.end + against)?.entityId
  if (object === undefined) return []
  if (match.cue.reading === 'with') {
    // The sentence's subject, even when another cue stands between ("... joint operations in coordination with").
    const subject = actors.find((actor) => actor.end <= match.start)
    return subject ? [[subject.entityId, object]] : []
  }
  if (before.length === 0) return []
  // A verb's subject is the actor just before it, with the actors listed with it ("A, B and C pushed D").
  const subjects = [before.at(-1)!]
  for (let i = before.length - 2; i >= 0; i -= 1) {
    const glue = sentence.slice(before[i]!.end, subjects[0]!.start)
    if (!LIST_GLUE.test(glue)) break
    subjects.unshift(before[i]!)
  }
  return distinct(subjects)
    .map((subject): [number, number] => [subject, object])
    .slice(0, MAX_PAIRS_PER_CUE)
}

function distinct(actors: ActorSpan[]): number[] {
  return [...new Set(actors.map((actor) => actor.entityId))]
}

function firstMatchAt(text: string, pattern: RegExp): number | undefined {
  pattern.lastIndex = 0
  const match = pattern.exec(text)
  pattern.lastIndex = 0
  return match?.index
}
