// Transliteration-aware normalisation of name tokens: what makes "al-Sharaa",
// "Al-Shar'a", "al-Shara" and "Al-Shar’a’s" the same name, and "الشرع" and
// "الشَّرْع" the same word, while "sharing" and "Sharia" stay different.

/** Arabic-script and Latin transliterations of the definite article. */
const LATIN_ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ash',
  'esh',
  'ech',
  'asch',
  'ach',
  'ad',
  'as',
  'at',
  'ar',
  'az',
  'an',
  'ath',
  'adh',
  'es',
  'et',
  'ed',
  'er',
  'en',
  'ez',
])
/** Articles that are also everyday English words: only treated as articles when hyphenated. */
const ARTICLES_ONLY_WHEN_HYPHENATED = new Set([
  'as',
  'at',
  'an',
  'ad',
  'ar',
  'es',
  'et',
  'ed',
  'er',
  'en',
  'il',
  'ul',
  'ach',
  'ez',
])

const APOSTROPHES = /['’‘ʿʾ`]/g
const POSSESSIVE = /['’]s$/
const ARABIC_TASHKEEL_AND_TATWEEL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g
const ARABIC_LETTER = /[\u0600-\u06ff]/

export function isArabicToken(raw: string): boolean {
  return ARABIC_LETTER.test(raw)
}

/** Whether a raw token is an article that drops out of names ("al" in "al-Sharaa"). */
export function isArticle(raw: string, joinedToNextByHyphen: boolean): boolean {
  const lower = raw.toLowerCase()
  if (!LATIN_ARTICLES.has(lower)) return false
  return joinedToNextByHyphen || !ARTICLES_ONLY_WHEN_HYPHENATED.has(lower)
}

const ANY_APOSTROPHE = /['’‘ʿʾ`]/

/**
 * The comparable form of one token. Each step is skipped when it cannot
 * apply: a library scan normalises every new spelling it meets.
 */
export function normaliseNameToken(raw: string): string {
  if (isArabicToken(raw)) return normaliseArabic(raw)
  let token = raw.replace(POSSESSIVE, '')
  const ascii = isAscii(token)
  if (!ascii) token = token.normalize('NFKD').replace(/\p{M}/gu, '')
  token = token.toLowerCase()
  if (ANY_APOSTROPHE.test(token)) token = token.replace(APOSTROPHES, '')
  // German and French spellings of Arabic sounds, then doubled vowels.
  if (token.includes('ch')) {
    token = token
      .replace(/dsch/g, 'j')
      .replace(/tsch/g, 'ch')
      .replace(/sch/g, 'sh')
      // French writes ش as "ch" (Charaa, Cham, Cheikh).
      .replace(/ch/g, 'sh')
  }
  if (token.startsWith('dj')) token = `j${token.slice(2)}`
  if (token.includes('ou')) token = token.replace(/ou/g, 'u')
  if (token.includes('ee')) token = token.replace(/ee/g, 'i')
  // Doubled letters are spelt both ways: Sharaa/Shara, Hassan/Hasan, Assad/Asad.
  return ascii ? collapseDoubledAsciiLetters(token) : token.replace(/(\p{L})\1+/gu, '$1')
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false
  return true
}

function collapseDoubledAsciiLetters(token: string): string {
  let out = ''
  let previous = -1
  for (let index = 0; index < token.length; index += 1) {
    const unit = token.charCodeAt(index)
    if (unit === previous && unit >= 0x61 && unit <= 0x7a) continue
    out += token[index]
    previous = unit
  }
  return out
}

export function normaliseArabic(raw: string): string {
  let token = raw
    .replace(ARABIC_TASHKEEL_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
  // The article is written joined: الشرع is al-Sharaa.
  if (token.startsWith('ال') && token.length >= 4) token = token.slice(2)
  return token
}

/** An alias written like an acronym (IS, SDF, HTS, CJTF-OIR) matches only in its case, as whole words. */
export function looksLikeAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '')
  return (
    letters.length >= 2 &&
    letters.length <= 10 &&
    letters === letters.toUpperCase() &&
    /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]*$/u.test(alias)
  )
}
