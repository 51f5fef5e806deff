import { describe, expect, it } from 'vitest'
import { parseHtml, sanitisedBody, sanitiseInPlace } from './html-parser'
import { prestripHtml } from './prestrip'

describe('parseHtml', () => {
  it('never runs a script, an inline handler or a refresh', async () => {
    const doc = parseHtml(
      '<html><head><meta http-equiv="refresh" content="0;url=https://attacker.example/"><script>globalThis.__ran = 1</script></head>' +
        '<body onload="globalThis.__ran = 2"><img src="x" onerror="globalThis.__ran = 3"><p>Text</p></body></html>',
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined()
    expect(doc.body.textContent).toBe('Text')
    expect(doc.defaultView).toBeNull() // no window: nothing to run scripts or fetch in
  })

  it('glues words only inside text runs, leaving whitespace between tags alone', () => {
    const doc = parseHtml(
      '<html><head>\n  <title>A  title here</title> <meta name="a" content="b c"></head><body><p>Keep <a>this</a></p></body></html>',
    )
    expect(doc.head.children).toHaveLength(2) // the spaces between head elements did not end <head>
    expect(doc.head.firstElementChild?.textContent).toBe('A  title\u00a0here')
    expect(doc.head.lastElementChild?.getAttribute('content')).toBe('b c')
    expect(doc.body.innerHTML).toBe('<p>Keep <a>this</a></p>')
  })
})

describe('sanitiseInPlace', () => {
  it('removes scripts, handlers, javascript: links, frames, forms, SVG and MathML', () => {
    const doc = parseHtml(
      '<body><p onclick="x()">Keep <a href="javascript:alert(1)">this</a> <a href="https://ok.example/">and this</a></p>' +
        '<iframe src="https://a.example"></iframe><form action="https://a.example"><input></form>' +
        '<svg><script>x()</script></svg><math><mtext>m</mtext></math><object data="x"></object></body>',
    )
    sanitiseInPlace(doc.body)
    expect(doc.body.innerHTML).toBe('<p>Keep <a>this</a> <a href="https://ok.example/">and&nbsp;this</a></p>')
  })
})

describe('prestripHtml', () => {
  it('cuts comments, scripts, styles, SVG, navigation, footers and asides', () => {
    expect(
      prestripHtml(
        '<head><style>p>a{}</style><script>if (a<b) x("</nav>")</script></head><body><!-- <p>old</p> --><nav><ul><li>Menu</li></ul></nav>' +
          '<p>Kept <svg><title>icon</title></svg>text</p><aside>Side</aside><footer>Foot</footer></body>',
      ),
    ).toBe('<head></head><body><p>Kept text</p></body>')
  })

  it('keeps JSON-LD, even inside what it cuts, and titles', () => {
    const jsonLd = '<script type="application/ld+json">{"headline":"<nav>"}</script>'
    expect(prestripHtml(`<title>a <nav> b</title>${jsonLd}<footer>${jsonLd}</footer>`)).toBe(
      `<title>a <nav> b</title>${jsonLd}${jsonLd}`,
    )
  })

  it('counts nested elements of the same name and reads quoted attributes whole', () => {
    expect(prestripHtml('<nav><nav>in</nav>still</nav><p title="a > <nav>">After</p>')).toBe(
      '<p title="a > <nav>">After</p>',
    )
  })

  it('runs an unclosed cut element to the end, as a parser would', () => {
    expect(prestripHtml('<p>Before</p><aside><p>never closed')).toBe('<p>Before</p>')
  })
})

describe('prestripHtml on mastheads, media and captions', () => {
  it('drops a header without the headline, media, controls and captions, and keeps figures', () => {
    expect(
      prestripHtml(
        '<header><a href="/">Logo</a></header><article><header><h1>Title</h1></header>' +
          '<figure><img src="a.jpg"><figcaption>Photo: agency</figcaption><table><tr><td>1</td></tr></table></figure>' +
          '<button>Share</button><p>Text</p></article>',
      ),
    ).toBe(
      '<article><header><h1>Title</h1></header><figure><table><tr><td>1</td></tr></table></figure><p>Text</p></article>',
    )
  })
})

describe('sanitisedBody', () => {
  it('parses and sanitises in one go, returning the body of an inert document', () => {
    const body = sanitisedBody(
      '<p onclick="x()">Keep <a href="javascript:alert(1)">this</a></p><iframe src="https://a.example"></iframe>',
    )
    expect(body.localName).toBe('body')
    expect(body.innerHTML).toBe('<p>Keep <a>this</a></p>')
    expect(body.ownerDocument.defaultView).toBeNull()
  })
})
