// Generates news-like English articles from word lists, deterministically from
// a seed, so every run measures the same kind of text without storing any.
// Invented surnames and place names widen the vocabulary the way real news
// does, so the full-text index has many distinct terms to build.

const SUBJECTS = [
  'The interior ministry',
  'A coalition spokesman',
  'Local officials',
  'The regional governor',
  'Opposition leaders',
  'Aid agencies',
  'The defence ministry',
  'Residents',
  'Security forces',
  'A senior diplomat',
  'The central bank',
  'Election monitors',
  'Union representatives',
  'The prime minister',
  'Rebel commanders',
  'Hospital staff',
  'Border guards',
  'The foreign minister',
  'Human rights groups',
  'Tribal elders',
  'The state news agency',
  'Analysts',
  'Police',
  'The finance ministry',
  'Relief workers',
  'A parliamentary committee',
  'Farmers',
  'The energy ministry',
  'Municipal authorities',
  'Witnesses',
  'Military observers',
  'The electoral commission',
]
const VERBS = [
  'announced',
  'denied',
  'confirmed',
  'reported',
  'warned of',
  'called for',
  'rejected',
  'welcomed',
  'criticised',
  'postponed',
  'investigated',
  'negotiated',
  'suspended',
  'approved',
  'condemned',
  'disputed',
  'acknowledged',
  'demanded',
  'documented',
  'proposed',
  'questioned',
  'monitored',
  'organised',
  'restored',
]
const OBJECTS = [
  'a ceasefire agreement',
  'new restrictions on fuel imports',
  'the deployment of additional troops',
  'a prisoner exchange',
  'the reopening of the border crossing',
  'emergency funding for displaced families',
  'talks with neighbouring governments',
  'an inquiry into the shelling',
  'the release of detained journalists',
  'higher wheat prices',
  'a curfew in the old city',
  'the evacuation of the eastern districts',
  'a reconstruction plan',
  'the arrest of several officials',
  'cuts to electricity supplies',
  'a vaccination campaign',
  'the closure of the airport',
  'a power-sharing arrangement',
  'compensation for damaged homes',
  'the transfer of heavy weapons',
  'an increase in water rationing',
  'new elections in the spring',
  'a joint security operation',
  'the return of refugees',
]
const CLAUSES = [
  'according to a statement released on',
  'despite objections raised on',
  'in a briefing held on',
  'after a meeting that ended late on',
  'in remarks broadcast on',
  'following clashes reported on',
  'in a letter dated',
  'at a press conference on',
  'during a visit to the capital on',
  'in an interview published on',
]
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const CONNECTORS = [
  'Meanwhile,',
  'However,',
  'In addition,',
  'Separately,',
  'Earlier this week,',
  'By contrast,',
  'At the same time,',
  'Later that day,',
  'Officials said that',
  'It was not immediately clear whether',
  'Critics argued that',
]
const DETAILS = [
  'the figures could not be independently verified',
  'the talks were expected to resume within days',
  'several hundred families had already left the area',
  'prices in the main market had doubled since the summer',
  'the road remained closed to civilian traffic',
  'no group had claimed responsibility for the attack',
  'the agreement still required parliamentary approval',
  'the convoy reached the town before nightfall',
  'electricity was available for only four hours a day',
  'the hospital was operating beyond its capacity',
  'the delegation would report back to the council',
  'journalists were barred from entering the district',
  'teachers had not been paid for three months',
  'the grain harvest was the smallest in a decade',
]
const AGENCIES = ['Reuters', 'AFP', 'AP', 'Anadolu', 'Xinhua', 'dpa', 'EFE', 'ANSA', 'Kyodo', 'PTI']
const SYLLABLES = [
  'al',
  'ba',
  'dor',
  'fa',
  'gan',
  'har',
  'is',
  'ka',
  'lun',
  'mer',
  'na',
  'or',
  'pel',
  'qas',
  'ra',
  'sin',
  'tar',
  'ul',
  'van',
  'wen',
  'ya',
  'zor',
  'mi',
  'ko',
  'de',
  'sh',
  'ab',
  'ed',
  'im',
  'ov',
  'an',
  'el',
  'ir',
  'ush',
]
const TITLES = [
  'Minister',
  'General',
  'Colonel',
  'Mayor',
  'Ambassador',
  'Governor',
  'Spokeswoman',
  'Spokesman',
  'Dr',
  'Judge',
]

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  }
}

function capitalise(word) {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function inventedWord(random, minSyllables = 2, maxSyllables = 3) {
  let word = ''
  const count = random.int(minSyllables, maxSyllables)
  for (let i = 0; i < count; i += 1) word += random.pick(SYLLABLES)
  return capitalise(word)
}

function person(random) {
  return `${random.pick(TITLES)} ${inventedWord(random, 2, 2)} ${inventedWord(random, 2, 4)}`
}

function date(random) {
  return `${random.pick(DAYS)} ${random.int(1, 28)} ${random.pick(MONTHS)}`
}

function sentence(random, place) {
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(SUBJECTS)} in ${place} ${random.pick(VERBS)} ${random.pick(OBJECTS)}, ${random.pick(CLAUSES)} ${date(random)}.`
    case 1:
      return `${random.pick(CONNECTORS)} ${random.pick(DETAILS)}, ${person(random)} told reporters.`
    case 2:
      return `"We have ${random.pick(VERBS)} ${random.pick(OBJECTS)}," said ${person(random)}, adding that ${random.pick(DETAILS)}.`
    case 3:
      return `At least ${random.int(2, 900)} people were affected in ${inventedWord(random)} and ${inventedWord(random)}, where ${random.pick(DETAILS)}.`
    default:
      return `${random.pick(CONNECTORS)} ${random.pick(SUBJECTS).toLowerCase()} ${random.pick(VERBS)} ${random.pick(OBJECTS)} near ${inventedWord(random)}.`
  }
}

/**
 * One article: headline, dateline and paragraphs, about `targetBytes` long.
 * `index` goes into the dateline so no two articles are ever identical.
 */
export function generateArticle(random, index, targetBytes) {
  const place = inventedWord(random)
  const headline = `${random.pick(SUBJECTS)} in ${place} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`
  const parts = [
    headline,
    `${place.toUpperCase()}, ${date(random)} (${random.pick(AGENCIES)}, dispatch ${index + 1}) —`,
  ]
  let length = parts[0].length + parts[1].length + 4
  while (length < targetBytes) {
    const sentences = []
    const count = random.int(2, 5)
    for (let i = 0; i < count; i += 1) sentences.push(sentence(random, place))
    const paragraph = sentences.join(' ')
    parts.push(paragraph)
    length += paragraph.length + 2
  }
  return `${parts.join('\n\n')}\n`
}
