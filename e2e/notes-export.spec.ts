// A researcher exports a note with a quoted passage and a mention as
// Markdown, HTML, Word and PDF from the editor's Export menu, and each file
// reads back with the quotation, its citation and the bibliography.
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { marked, type Tokens } from 'marked'
import type { Page } from '@playwright/test'
import { expect, test as base } from './fixtures/weft-app'
import {
  DEPOTS_PASSAGE,
  DEPOTS_SOURCE,
  libraryCopyFixture,
  NotesPage,
  researchLibraryFixture,
} from './pages/notes-page'

const test = base.extend<{ libraryFile: string | undefined }, { researchLibrary: string }>({
  researchLibrary: [researchLibraryFixture, { scope: 'worker', timeout: 180_000 }],
  libraryFile: libraryCopyFixture,
})

const TITLE = 'Coordination against IS'
/** The footnote's citation as Chicago notes write it. */
const FOOTNOTE =
  'Rana Haddad and Tom Whitcombe, “US and Syrian forces destroy Islamic State arms depots in southern Syria,” The Levant Ledger, November 28, 2025.'
const BIBLIOGRAPHY =
  'Haddad, Rana, and Tom Whitcombe. 2025. “US and Syrian forces destroy Islamic State arms depots in southern Syria.” The Levant Ledger, November 28, 2025.'

const squash = (text: string) => text.replace(/\s+/g, ' ')
/** The text of Word's XML with its character entities read. */
const xmlText = (xml: string) =>
  xml.replace(
    /&(apos|quot|lt|gt|amp);/g,
    (_, name: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]!,
  )

async function exportAs(page: Page, choice: string | RegExp, workDir: string): Promise<string> {
  const notes = new NotesPage(page)
  const download = page.waitForEvent('download')
  await notes.toolbar.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menu', { name: 'Export the note as' }).getByRole('menuitem', { name: choice }).click()
  const file = await download
  const path = join(workDir, file.suggestedFilename())
  await file.saveAs(path)
  return path
}

test('export a note with a quote and a mention as Markdown, HTML, Word and PDF, and read each back', async ({
  weft,
  browser,
}) => {
  test.slow()
  const { page, workDir } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create(TITLE)
  await page.keyboard.type('## Evidence')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The ')
  await notes.mention('Interior', /Syrian Interior Ministry/)
  await page.keyboard.type('acted with CENTCOM.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/quote depots')
  await page.getByRole('option', { name: /destroyed more than 15 weapons depots/ }).click()
  await expect(notes.quote(DEPOTS_PASSAGE)).toBeVisible()

  // Markdown: the quote is a blockquote with a footnote; the mention a [[wikilink]].
  const markdownPath = await exportAs(page, /wikilinks/, workDir)
  expect(markdownPath.endsWith(`${TITLE}.md`)).toBe(true)
  const markdown = readFileSync(markdownPath, 'utf8')
  const tokens = marked.lexer(markdown)
  const quote = tokens.find((token): token is Tokens.Blockquote => token.type === 'blockquote')
  expect(squash(quote?.text ?? '')).toContain(`${DEPOTS_PASSAGE}[^1]`)
  expect(tokens.find((token) => token.type === 'heading')).toMatchObject({ depth: 1, text: TITLE })
  expect(markdown).toContain('The [[Syrian Interior Ministry]] acted with CENTCOM.')
  expect(markdown).toContain(`[^1]: ${FOOTNOTE}`)
  const rendered = marked.parse(markdown) as string
  expect(rendered).toContain('<h2>Bibliography</h2>')
  expect(squash(rendered)).toContain(BIBLIOGRAPHY)

  // HTML: one self-contained page; opened in the browser it shows the quote, the footnote and the bibliography.
  const htmlPath = await exportAs(page, 'Web page (.html)', workDir)
  const viewer = await browser.newPage()
  const requests: string[] = []
  viewer.on('request', (request) => requests.push(request.url()))
  await viewer.goto(pathToFileURL(htmlPath).href)
  await expect(viewer.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible()
  const figure = viewer.getByRole('figure')
  await expect(figure).toContainText(DEPOTS_PASSAGE)
  await expect(figure).toContainText(`${DEPOTS_SOURCE} · The Levant Ledger · November 28, 2025`)
  await expect(viewer.getByRole('region', { name: 'Notes' })).toContainText(FOOTNOTE)
  await expect(viewer.getByRole('heading', { name: 'Bibliography' })).toBeVisible()
  await expect(viewer.getByText(BIBLIOGRAPHY)).toBeVisible()
  expect(requests.every((url) => url.startsWith('file:'))).toBe(true)
  await viewer.close()

  // Word: real heading and quote styles, and the citation as a real footnote.
  const docxPath = await exportAs(page, 'Word document (.docx)', workDir)
  const word = unzipSync(readFileSync(docxPath))
  const documentXml = xmlText(strFromU8(word['word/document.xml']!))
  const footnotesXml = xmlText(strFromU8(word['word/footnotes.xml']!))
  expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>')
  expect(documentXml).toContain('<w:pStyle w:val="Quote"/>')
  expect(documentXml).toContain(DEPOTS_PASSAGE)
  expect(documentXml).toContain('<w:footnoteReference w:id="1"/>')
  expect(footnotesXml).toContain(FOOTNOTE)
  expect(documentXml).toContain('Haddad, Rana, and Tom Whitcombe. 2025.')

  // PDF: its text holds the quote, the footnote and the bibliography.
  const pdfPath = await exportAs(page, 'PDF (.pdf)', workDir)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdfPath)) }).promise
  let text = ''
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
  }
  expect(squash(text)).toContain(DEPOTS_PASSAGE)
  expect(squash(text)).toContain(FOOTNOTE)
  expect(squash(text)).toContain('Haddad, Rana, and Tom Whitcombe. 2025.')
  expect(squash(text)).toContain('The Syrian Interior Ministry acted with CENTCOM.')
})
