// Says in words why a piece of text counts as an alias: each normalisation
// step that was needed to make the two the same.
import { isArabicToken, normaliseArabic } from './normalise-name'

type Step = [reason: string, apply: (value: string) => string]

const STEPS: Step[] = [
  ['possessive ’s', (value) => value.replace(/['’]s$/, '')],
  [
    'article al-/el- written or left out',
    (value) => value.replace(/^(al|el|ul|ash|esh|ech|asch|ad|as|at|ar|az|an|ath|adh)[-\s]+/i, ''),
  ],
  ['letter case', (value) => value.toLowerCase()],
  ['hyphen or space', (value) => value.replace(/[-\s]+/g, ' ')],
  ['apostrophe or ʿ/ʾ mark', (value) => value.replace(/['’‘ʿʾ`]/g, '')],
  ['accents', (value) => eachLatinWord(value, (word) => word.normalize('NFKD').replace(/\p{M}/gu, ''))],
  [
    'German or French spelling (sch/ch/sh, dsch/dj/j, ou/u)',
    (value) =>
      value
        .replace(/dsch/g, 'j')
        .replace(/tsch/g, 'ch')
        .replace(/sch/g, 'sh')
        .replace(/ch/g, 'sh')
        .replace(/\bdj/g, 'j')
        .replace(/ou/g, 'u'),
  ],
  ['doubled letters (aa/a, ee/i)', (value) => value.replace(/ee/g, 'i').replace(/(\p{L})\1+/gu, '$1')],
  [
    'Arabic spelling (hamza and alef forms, ta marbuta, alif maqsura, tashkeel)',
    (value) =>
      value
        .split(' ')
        .map((word) => (isArabicToken(word) ? normaliseArabic(word) : word))
        .join(' '),
  ],
]

function eachLatinWord(value: string, change: (word: string) => string): string {
  return value
    .split(' ')
    .map((word) => (isArabicToken(word) ? word : change(word)))
    .join(' ')
}

const EXACT = ['exact spelling']
const POSSESSIVE_ONLY = ['possessive ’s']

export function explainMatch(alias: string, written: string): string[] {
  // The commonest cases first, without running every step (scans explain thousands of matches).
  if (alias === written) return EXACT
  if (written.length === alias.length + 2 && written.startsWith(alias) && /['’]s$/.test(written)) {
    return POSSESSIVE_ONLY
  }
  const run = (value: string, skip: number) =>
    STEPS.reduce((acc, [, apply], index) => (index === skip ? acc : apply(acc)), value)
  // A step is a reason when, without it, the two would no longer be the same.
  const reasons = STEPS.filter((_, index) => run(alias, index) !== run(written, index)).map(
    ([reason]) => reason,
  )
  return reasons.length > 0 ? reasons : ['same name after normalisation']
}
