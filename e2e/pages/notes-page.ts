// Page object for the Notes view, and the research library the notes specs
// start from: three real-looking sources (English and Arabic), two actors and
// three passages, made with the `weft` command line before the app opens.
import { expect, type Locator, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')
const CLI = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out', 'main', 'cli.js')
const SOURCES = join(ROOT, 'fixtures', 'sources')

export const DEPOTS_SOURCE = 'US and Syrian forces destroy Islamic State arms depots in southern Syria'
export const DEPOTS_PASSAGE =
  "American forces and units of Syria's Interior Ministry had located and destroyed more than 15 weapons depots"
export const PARTNER_SOURCE = 'Syria becomes 90th partner of anti-IS coalition'
export const PARTNER_PASSAGE = 'Syria has joined the US-led international coalition against the Islamic State'
export const ARABIC_PASSAGE = 'أعلنت وزارة الداخلية السورية أن وحداتها نفذت إحدى وستين مداهمة'

function weftCli(library: string, ...args: string[]): string {
  return execFileSync(process.execPath, [CLI, '--library', library, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function addPassage(library: string, sourceId: number, phrase: string, entityIds: number[]): void {
  const text = weftCli(library, 'source', 'show', String(sourceId), '--text')
  // The phrase as a person reads it: the text may break lines where the page's HTML did.
  const words = phrase.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const found = new RegExp(words.join('\\s+'), 'u').exec(text)
  if (!found) throw new Error(`"${phrase}" is not in source ${sourceId}`)
  const start = found.index
  weftCli(
    library,
    'passages',
    'add',
    String(sourceId),
    '--start',
    String(start),
    '--end',
    String(start + found[0].length),
    ...entityIds.flatMap((id) => ['--entity', String(id)]),
  )
}

/** The library file the notes specs open: sources, actors and passages to quote. */
export function makeResearchLibrary(dir: string): string {
  const library = join(dir, 'Research.weft')
  weftCli(library, 'init')
  weftCli(
    library,
    'import',
    join(SOURCES, 'news-centcom-depots.html'),
    join(SOURCES, 'news-coalition-90th-partner.html'),
    join(SOURCES, 'statement-interior-ministry-ar.html'),
  )
  weftCli(
    library,
    'entities',
    'add',
    'Syrian Interior Ministry',
    '--type',
    'government body',
    '--alias',
    'Interior Ministry',
  )
  weftCli(library, 'entities', 'add', 'US Central Command', '--type', 'organisation', '--alias', 'CENTCOM')
  addPassage(library, 1, DEPOTS_PASSAGE, [1, 2])
  addPassage(library, 2, PARTNER_PASSAGE, [])
  addPassage(library, 3, ARABIC_PASSAGE, [1])
  return library
}

/** Worker fixture: the research library, made once per worker (the command line is slow on a busy machine). */
// Playwright reads a fixture's first parameter as a destructuring pattern, even an empty one.
export async function researchLibraryFixture(
  // eslint-disable-next-line no-empty-pattern
  {}: object,
  use: (library: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'weft-notes-template-'))
  try {
    await use(makeResearchLibrary(dir))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Test fixture: each test opens its own copy of the research library. */
export async function libraryCopyFixture(
  { researchLibrary }: { researchLibrary: string },
  use: (library: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'weft-notes-'))
  try {
    const copy = join(dir, 'Research.weft')
    copyFileSync(researchLibrary, copy)
    await use(copy)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text of the ranges a named CSS highlight marks: what the reader shows as marked. */
export function markedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const marks = CSS.highlights.get(highlight)
    return marks ? [...marks].map((range) => range.toString().replace(/\s+/g, ' ')) : []
  }, name)
}

export class NotesPage {
  readonly text: Locator
  readonly title: Locator
  readonly list: Locator
  readonly toolbar: Locator

  constructor(readonly page: Page) {
    this.text = page.getByRole('textbox', { name: 'Note text' })
    this.title = page.getByRole('textbox', { name: 'Note title' })
    this.list = page.getByRole('list', { name: 'Notes' })
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Notes' }).click()
    await expect(this.page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()
  }

  /** Starts a note from the view's button and names it; the caret ends in the text. */
  async create(title: string): Promise<void> {
    await this.page
      .getByRole('button', { name: /^(New note|Write a note)$/ })
      .first()
      .click()
    await expect(this.title).toBeFocused()
    await this.title.fill(title)
    await this.title.press('Enter')
    await expect(this.text).toBeFocused()
  }

  noteInList(title: string | RegExp): Locator {
    return this.list.getByRole('button', { name: title })
  }

  quote(text: string | RegExp): Locator {
    return this.text.getByRole('figure').filter({ hasText: text })
  }

  /** An actor chip in the text: a link to the actor's page. */
  chip(name: string | RegExp): Locator {
    return this.text.getByRole('link', { name })
  }

  /** Types "@" and a name, then picks the actor offered. */
  async mention(typed: string, actor: string | RegExp): Promise<void> {
    await this.page.keyboard.type(`@${typed}`)
    await this.page.getByRole('option', { name: actor }).click()
  }

  /** Waits until what was typed is saved (after a change, not the state before it). */
  async saved(): Promise<void> {
    await expect(this.page.getByText(/^(Saved|Saving…|Unsaved changes)$/)).toHaveText('Saved', {
      timeout: 15_000,
    })
  }

  passagesPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Passages' })
  }

  panelPassage(text: string | RegExp): Locator {
    return this.page
      .getByRole('list', { name: 'Passages to quote' })
      .getByRole('listitem')
      .filter({ hasText: text })
  }
}
