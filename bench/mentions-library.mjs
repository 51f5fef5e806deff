// The generated library the mention bench measures: 2,000 actors with 5
// aliases each (names built from syllables no English word uses, so aliases
// look like real transliterations, acronyms and former names) and 10,000
// sources of about 1,000 words with known mentions planted in them. Written
// straight into a library file made by `weft init` (its search index then
// rebuilt by `weft check --repair`) and cached under .bench/ with where every
// mention was planted.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { makeTempFolder, trackChild } from './cleanup.mjs'
import { ROOT } from './paths.mjs'
import { createRandom, generateArticle } from './text-gen.mjs'

const CACHE_DIR = join(ROOT, '.bench')
export const BYTES_PER_SOURCE = 6_500 // about 1,000 words of generated news text
export const MENTIONS_PER_SOURCE = 8
const HELD_OUT_SOURCES = 60
const NEW_SOURCES = 7

export const log = (message) => process.stderr.write(`bench: ${message}\n`)
export const thousands = (value) => Math.round(value).toLocaleString('en-US')

/** The built app to run: WEFT_OUT_DIR when set (developers' own builds), else out/. */
export function builtScript(name) {
  const path = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out', 'main', name)
  if (!existsSync(path)) throw new Error(`${path} is missing. Run "npx electron-vite build" first.`)
  return path
}

export function runNode(script, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = trackChild(
      spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }),
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
    })
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, stderr })
      else reject(new Error(`${script} ${args.join(' ')} exited ${code}: ${stderr.trim()}`))
    })
  })
}

// ---------------------------------------------------------------------------
// Names: words from syllables no English word uses, so planted names are the
// only places they occur; each actor gets a name and five aliases.

const ONSETS = [
  'q',
  'kh',
  'z',
  'dh',
  'gh',
  'b',
  'd',
  'f',
  'h',
  'j',
  'k',
  'm',
  'n',
  'r',
  's',
  't',
  'w',
  'y',
  'sh',
  'th',
]
const NUCLEI = ['a', 'i', 'u', 'aa', 'ee', 'ou']
const CODAS = ['', 'r', 'n', 'm', 'z', 'q', 'd', 'kh', 'sh', 'l']
const ORG_KINDS = [
  'Brigade',
  'Directorate',
  'Council',
  'Front',
  'Battalion',
  'Authority',
  'Movement',
  'Command',
]
const TYPES = ['person', 'organisation', 'government body', 'armed group']

function syllable(random) {
  return random.pick(ONSETS) + random.pick(NUCLEI) + random.pick(CODAS)
}

function word(random, syllables = random.int(2, 3)) {
  const text = Array.from({ length: syllables }, () => syllable(random)).join('')
  return text[0].toUpperCase() + text.slice(1)
}

/** The same word spelt another way, as transliterations differ: aa/a, ee/i, ou/u, sh/ch. */
function respell(text) {
  const other = text.replace(/aa/g, 'a').replace(/ee/g, 'i').replace(/ou/g, 'u').replace(/sh/g, 'ch')
  if (other !== text) return other
  // Nothing to shorten: lengthen the first vowel instead (Qarin, Qaarin).
  return text.replace(/[aiu]/, (vowel) => ({ a: 'aa', i: 'ee', u: 'ou' })[vowel])
}

function makeActors(random, count) {
  const taken = new Set()
  // A name no other actor has; `make(attempt)` should vary its answer with the attempt.
  const unique = (make) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const value = make(attempt)
      const key = value.toLowerCase().replace(/[^a-z ]/g, '')
      if (!taken.has(key)) {
        taken.add(key)
        return value
      }
    }
    throw new Error('could not make a unique actor name; widen the syllable lists')
  }
  const orAnother = (attempt, first, another) => (attempt === 0 ? first : another())
  const actors = []
  for (let index = 0; index < count; index += 1) {
    const type = TYPES[index % TYPES.length]
    if (type === 'person') {
      const surname = word(random)
      const name = unique(() => `${word(random, 2)} al-${surname}`)
      actors.push({
        type,
        name,
        aliases: [
          {
            name: unique((n) => orAnother(n, `el-${respell(surname)}`, () => `el-${respell(word(random))}`)),
            kind: 'transliteration',
          },
          { name: unique(() => `Abu ${word(random)}`), kind: 'nickname' },
          { name: unique(() => `${word(random, 2)} ${word(random)}`), kind: 'former name' },
          { name: unique(() => `${word(random)} ${respell(surname)}`), kind: 'transliteration' },
          { name: unique(() => `Sheikh ${word(random)}`), kind: 'name' },
        ],
      })
    } else {
      const first = word(random)
      const second = word(random)
      const kind = random.pick(ORG_KINDS)
      const name = unique(() => `${first} ${second} ${kind}`)
      actors.push({
        type,
        name,
        aliases: [
          {
            name: unique(
              () => `${first[0]}${second[0]}${kind[0]}${String.fromCharCode(65 + random.int(0, 25))}`,
            ),
            kind: 'acronym',
          },
          {
            name: unique((n) =>
              orAnother(
                n,
                `${respell(first)} ${respell(second)} ${kind}`,
                () => `${respell(first)} ${word(random)} ${kind}`,
              ),
            ),
            kind: 'transliteration',
          },
          { name: unique(() => `${word(random)} ${kind}`), kind: 'former name' },
          { name: unique(() => `the ${word(random)}s`), kind: 'nickname' },
          {
            name: unique((n) => orAnother(n, `${first} ${kind}`, () => `${first} ${word(random)}`)),
            kind: 'name',
          },
        ],
      })
    }
  }
  // One more alias for the first actor, planted in some sources but not registered:
  // adding it later measures a new alias looked for across the whole library.
  const heldOut = unique(() => `${word(random, 3)} ${word(random, 3)}`)
  return { actors, heldOut }
}

/** How a name is written in a source: as is, possessive, in capitals, with a curly apostrophe. */
function written(random, name, acronym) {
  const roll = random.next()
  if (acronym) return roll < 0.3 ? `${name}'s` : name
  if (roll < 0.15) return `${name}'s`
  if (roll < 0.25) return `${name}’s`
  if (roll < 0.3) return name.toUpperCase()
  return name
}

const VERBS = [
  'said on Monday that',
  'denied reports that',
  'confirmed that',
  'warned that',
  'announced that',
]

/**
 * One source: a generated article with mentions planted at the start of
 * paragraphs, and where each planted mention is (its name as written, without "'s").
 */
function makeSource(random, index, actors, extra) {
  const paragraphs = generateArticle(random, index, BYTES_PER_SOURCE).trimEnd().split('\n\n')
  const plants = Array.from({ length: MENTIONS_PER_SOURCE }, () => {
    const entity = random.int(0, actors.length - 1)
    const actor = actors[entity]
    const names = [{ name: actor.name, kind: 'name' }, ...actor.aliases]
    const choice = random.pick(names)
    return { entity, choice, paragraph: random.int(2, paragraphs.length - 1) }
  })
  if (extra)
    plants.push({
      entity: -1,
      choice: { name: extra, kind: 'name' },
      paragraph: random.int(2, paragraphs.length - 1),
    })
  const planted = []
  let text = ''
  paragraphs.forEach((paragraph, at) => {
    if (at > 0) text += '\n\n'
    for (const plant of plants.filter((one) => one.paragraph === at)) {
      const form = written(random, plant.choice.name, plant.choice.kind === 'acronym')
      const start = text.length
      const end = start + form.replace(/['’]s$/, '').length
      planted.push({ entity: plant.entity, start, end })
      text += `${form} ${random.pick(VERBS)} `
    }
    text += paragraph
  })
  return { text: `${text}\n`, planted }
}

// ---------------------------------------------------------------------------
// The cached library.

function fingerprint(settings) {
  const hash = createHash('sha256').update(JSON.stringify(settings))
  const files = [
    'bench/mentions-library.mjs',
    'bench/text-gen.mjs',
    ...readdirSync(join(ROOT, 'src/main/db/migrations'))
      .filter((name) => !name.endsWith('.test.ts'))
      .map((name) => `src/main/db/migrations/${name}`),
  ]
  for (const file of files.sort()) hash.update(file).update(readFileSync(join(ROOT, file)))
  return hash.digest('hex').slice(0, 12)
}

/** The cached library (made when missing) and its plan: where mentions were planted, what to add later. */
export async function mentionsLibrary(settings) {
  const key = fingerprint(settings)
  const library = join(CACHE_DIR, `mentions-${settings.sources}-${key}.weft`)
  const plan = `${library}.json`
  if (existsSync(library) && existsSync(plan)) {
    return { library, plan: JSON.parse(readFileSync(plan, 'utf8')), cached: true }
  }
  const cli = builtScript('cli.js')
  const work = makeTempFolder()
  const building = join(work, 'mentions.weft')
  await runNode(cli, ['--library', building, 'init'])
  log(
    `writing ${thousands(settings.actors)} actors and ${thousands(settings.sources)} generated sources with planted mentions…`,
  )
  const random = createRandom(settings.seed)
  const { actors, heldOut } = makeActors(random, settings.actors)
  const db = new Database(building)
  const now = new Date().toISOString()
  const planted = []
  const heldOutSources = new Set()
  while (heldOutSources.size < HELD_OUT_SOURCES) heldOutSources.add(random.int(0, settings.sources - 1))
  db.transaction(() => {
    const insertEntity = db.prepare(
      'INSERT INTO entities (type, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    )
    const insertAlias = db.prepare(
      'INSERT INTO aliases (entity_id, name, kind, created_at) VALUES (?, ?, ?, ?)',
    )
    for (const actor of actors) {
      actor.id = Number(insertEntity.run(actor.type, actor.name, now, now).lastInsertRowid)
      for (const alias of actor.aliases) insertAlias.run(actor.id, alias.name, alias.kind, now)
    }
    const insertSource =
      db.prepare(`INSERT INTO sources (title, kind, file_name, media_type, byte_size, content_hash, imported_at, updated_at)
      VALUES (?, 'article', ?, 'text/plain', ?, ?, ?, ?)`)
    const insertContent = db.prepare(
      "INSERT INTO source_content (source_id, text, blocks, original) VALUES (?, ?, '[]', ?)",
    )
    for (let index = 0; index < settings.sources; index += 1) {
      const { text, planted: spans } = makeSource(
        random,
        index,
        actors,
        heldOutSources.has(index) ? heldOut : null,
      )
      const bytes = Buffer.from(text)
      const hash = createHash('sha256').update(bytes).digest('hex')
      const title = text.slice(0, text.indexOf('\n'))
      const id = Number(
        insertSource.run(title, `article-${index + 1}.txt`, bytes.byteLength, hash, now, now).lastInsertRowid,
      )
      insertContent.run(id, text, bytes)
      for (const span of spans)
        planted.push([id, span.entity < 0 ? -1 : actors[span.entity].id, span.start, span.end])
    }
  })()
  db.close()
  log('rebuilding its search index with "weft check --repair", once (a minute or two)…')
  await runNode(cli, ['--library', building, 'check', '--repair'])
  mkdirSync(CACHE_DIR, { recursive: true })
  for (const stale of readdirSync(CACHE_DIR).filter((name) =>
    name.startsWith(`mentions-${settings.sources}-`),
  )) {
    rmSync(join(CACHE_DIR, stale), { force: true })
  }
  const folded = new Database(building)
  folded.pragma('wal_checkpoint(TRUNCATE)')
  folded.close()
  renameSync(building, library)
  const content = {
    heldOut: { entityId: actors[0].id, alias: heldOut },
    planted,
    sample: makeNewSources(random, actors),
  }
  writeFileSync(plan, JSON.stringify(content))
  return { library, plan: content, cached: false }
}

/** Articles to import while the app runs, each with planted mentions. */
function makeNewSources(random, actors) {
  return Array.from({ length: NEW_SOURCES + 1 }, (_, index) => {
    const { text, planted } = makeSource(random, 1_000_000 + index, actors, null)
    return { text, mentions: planted.length }
  })
}
