import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExtractedDocument } from '../document'
import { extractHtml, extractHtmlPage } from './extract-html'

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'fixtures', 'sources')
const page = (name: string) => extractHtmlPage(readFileSync(join(FIXTURES, name)), name)
const blocks = (doc: ExtractedDocument) =>
  doc.blocks.map((block) =>
    [block.kind, doc.text.slice(block.start, block.end), block.level].filter((v) => v !== undefined),
  )

describe('saved news pages', () => {
  it('keeps the article and its metadata, and drops the site around it', () => {
    const doc = page('news-centcom-depots.html')
    expect(doc).toMatchObject({
      title: 'US and Syrian forces destroy Islamic State arms depots in southern Syria',
      authors: ['Rana Haddad', 'Tom Whitcombe'],
      publisher: 'The Levant Ledger',
      publishedDate: '2025-11-28',
      url: 'https://levantledger.example/world/middle-east/2025/11/28/centcom-syria-depots',
      language: 'en-GB',
      kind: 'article',
      mediaType: 'text/html',
    })
    expect(blocks(doc).slice(0, 2)).toEqual([
      ['heading', 'US and Syrian forces destroy Islamic State arms depots in southern Syria', 1],
      ['paragraph', expect.stringMatching(/^United States Central Command said on Friday/)],
    ])
    expect(blocks(doc)).toContainEqual(['heading', 'An unusual partnership', 2])
    expect(blocks(doc)).toContainEqual(['quote', expect.stringMatching(/^"These depots were meant to arm/)])
    for (const clutter of [
      'Read more',
      'We use cookies',
      'Sign up',
      'App Store',
      'Google Play',
      'Most read',
      'Related',
      'Share on',
      'Photograph:',
      'Gunman attacks joint US-Syrian patrol',
      'All rights reserved',
      'Advertisement',
      'gtag',
      'Skip to content',
    ]) {
      expect(doc.text).not.toContain(clutter)
    }
  })

  it('reads JSON-LD @graph metadata, a <time> and lists, and drops "Also read" and promos', () => {
    const doc = page('news-coalition-90th-partner.html')
    expect(doc).toMatchObject({
      title: 'Syria becomes 90th partner of anti-IS coalition',
      authors: ['Omar Khatib'],
      publisher: 'Damascus Dispatch',
      publishedDate: '2025-11-11',
      url: 'https://damascusdispatch.example/news/syria-coalition-90th-partner',
      language: 'en',
    })
    expect(blocks(doc).filter(([kind]) => kind === 'list-item')).toHaveLength(3)
    expect(doc.text).not.toMatch(/Also read|Subscribe|Popular now|Log in|Cookie settings/)
  })

  it('reads Arabic pages, drops Arabic site furniture and keeps the language', () => {
    const doc = page('statement-interior-ministry-ar.html')
    expect(doc).toMatchObject({
      title: 'وزارة الداخلية: 61 مداهمة و71 موقوفاً في حملة ضد خلايا داعش',
      publisher: 'شبكة أخبار الشام',
      publishedDate: '2025-12-02',
      language: 'ar',
    })
    expect(doc.text).toContain('بالتنسيق مع إدارة المخابرات العامة')
    expect(doc.text).not.toMatch(/اقرأ أيضاً|حمّل تطبيق|الأكثر قراءة|ملفات تعريف الارتباط|عناصر من قوى الأمن/)
  })

  it('keeps tables as rows of tab-separated cells and authors from a semicolon list', () => {
    const doc = page('analysis-interior-vs-defense.html')
    expect(doc.authors).toEqual(['Layla Mansour', 'Daniel Price'])
    expect(doc.text).toContain(
      'Date\tEvent\tSyrian partner\n9 Mar 2025\tAmman joint operations centre\tDefense Ministry',
    )
    expect(blocks(doc).filter(([kind]) => kind === 'list-item')).toHaveLength(3)
    expect(doc.text).not.toMatch(/Donate|Share on LinkedIn|senior fellow/)
  })
})

describe('hostile pages', () => {
  it('turn into readable text with nothing of the attack left in it', () => {
    const doc = page('hostile-page.html')
    expect(doc.title).toBe('Gunman attacks joint US-Syrian patrol near Palmyra')
    expect(doc.text).toContain(
      'opened fire on a joint patrol of US and Syrian forces near the desert city of Palmyra',
    )
    expect(doc.text).toContain('Click here for the full statement')
    expect(doc.text).not.toMatch(
      /__weftPwned|attacker\.example|javascript:|alert\(|onerror|document\.write|@import/,
    )
    expect(doc.url).toBeNull() // the <base href> and meta refresh say nothing about where the page came from
  })
})

describe('encodings, fragments and empty pages', () => {
  it('honours <meta charset> for legacy encodings', () => {
    const latin = Uint8Array.from([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>Caf'),
      0xe9,
      ...new TextEncoder().encode(' talks</title></head><body><p>R'),
      0xe9,
      ...new TextEncoder().encode('union.</p></body></html>'),
    ])
    expect(extractHtmlPage(latin, 'old.html')).toMatchObject({
      title: 'Café talks',
      text: expect.stringContaining('Réunion.'),
    })
  })

  it('keeps all of a pasted fragment, between the clipboard markers when there are any', () => {
    const doc = extractHtml(
      '<html><body><!--StartFragment--><h2>Depots</h2><p>Short note.</p><ul><li>one</li></ul><!--EndFragment--><p>outside</p></body></html>',
      'Pasted 2026-11-21 14:03.html',
    )
    expect(blocks(doc)).toEqual([
      ['heading', 'Depots', 2],
      ['paragraph', 'Short note.'],
      ['list-item', 'one'],
    ])
    expect(doc.title).toBe('Depots')
    const bare = extractHtml(
      "<meta charset='utf-8'><p>A paragraph long enough to need no title of its own, which is what a plain paste of several sentences looks like in practice, more or less, when a researcher copies it from a page in a browser window.</p>",
      'Pasted 2026-11-21 14:03.html',
    )
    expect(bare.title).toBe('Pasted 2026-11-21 14:03')
  })

  it('refuses a page with no text, saying why', () => {
    expect(() =>
      extractHtml('<html><body><img src="a.png"><script>render()</script></body></html>', 'app.html'),
    ).toThrow(
      /app\.html has no readable text\. It may hold only pictures, or build its text with scripts, which Weft never runs/,
    )
  })
})

describe('whitespace', () => {
  it('treats newlines in the source as spaces and only <br> as a line break', () => {
    const doc = extractHtml(
      '<p>A sentence that the\n    saved page wrapped<br>over two lines.</p><ul><li>item\n  text</li></ul>',
      'wrapped.html',
    )
    expect(blocks(doc)).toEqual([
      ['paragraph', 'A sentence that the saved page wrapped\nover two lines.'],
      ['list-item', 'item text'],
    ])
  })
})

describe('hidden parts of a page', () => {
  it('leaves out what the page hides with a style, the hidden attribute or aria-hidden', () => {
    const prose = (n: number) =>
      Array.from(
        { length: 6 },
        (_, i) => `Paragraph ${n}.${i} of the statement on border security talks.`,
      ).join(' ')
    const doc = extractHtmlPage(
      new TextEncoder().encode(`<!doctype html><html><head><title>Statement</title></head><body><article>
        <h1>Statement</h1><p>${prose(1)}</p>
        <p style="color: red; DISPLAY : none !important">Invisible offer one.</p>
        <div style="visibility:hidden"><p>Invisible offer two.</p></div>
        <p hidden>Invisible offer three.</p>
        <p style="display: block">${prose(2)}</p><p>${prose(3)}</p></article></body></html>`),
      'hidden.html',
    )
    expect(doc.text).toContain('Paragraph 2.0')
    expect(doc.text).not.toMatch(/Invisible offer/)
  })
})

describe('pages nested thousands deep', () => {
  // Walking such a tree overflowed the stack, and Readability's scoring grew with the cube of the depth.
  it('read with all their text', () => {
    const levels = 20_000
    const prose = 'The ministry confirmed the joint patrol on Tuesday. '.repeat(20)
    const doc = extractHtml(
      `<html><head><title>Nested statement</title></head><body>${'<div>'.repeat(levels)}<p>${prose}</p>${'</div>'.repeat(levels)}<p>Closing line of the statement.</p></body></html>`,
      'nested.html',
    )
    expect(doc.title).toBe('Nested statement')
    expect(doc.text).toContain(prose.trim())
    expect(doc.text).toContain('Closing line of the statement.')
  })
})
