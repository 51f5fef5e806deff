import { describe, expect, it } from 'vitest'
import { parseLightDocument } from './light-dom'
import { structuralHtml } from './structural-html'

const tags = (element: Element): string[] => Array.from(element.children).map((child) => child.localName)

describe('parseLightDocument', () => {
  it('builds the tree the HTML standard prescribes, not the one the tags spell', () => {
    const doc = parseLightDocument(
      '<title> A &amp; B </title><p>One<p>Two<ul><li>a<li>b</ul><table><tr><td>cell</td></tr>stray</table><b>x<i>y</b>z</i>',
    )
    expect(doc.title).toBe('A & B')
    expect(tags(doc.documentElement)).toEqual(['head', 'body'])
    // Implied end tags: the second <p> closes the first, <li> closes <li>.
    expect(tags(doc.body)).toEqual(['p', 'p', 'ul', 'table', 'b', 'i'])
    expect(doc.body.children[2]!.children).toHaveLength(2)
    // Text misplaced in a table is moved before it (insertBefore), with the siblings kept in order.
    const table = doc.body.children[3]!
    expect(table.previousSibling?.textContent).toBe('stray')
    expect(table.previousElementSibling?.localName).toBe('ul')
    expect(table.nextElementSibling?.localName).toBe('b')
    expect(doc.body.textContent).toBe('OneTwoabstraycellxyz')
  })

  it('reads void elements, attributes with entities, and <noscript> content as markup', () => {
    const doc = parseLightDocument(
      '<html lang="ar"><body><p dir="rtl" title="a &quot;b&quot;">x<br>y<img src="i.png">z</p><noscript><p>no script</p></noscript></body></html>',
    )
    const paragraph = doc.body.firstElementChild!
    expect(doc.documentElement.getAttribute('lang')).toBe('ar')
    expect(paragraph.getAttribute('title')).toBe('a "b"')
    expect(tags(paragraph)).toEqual(['br', 'img'])
    expect(paragraph.textContent).toBe('xyz')
    expect(doc.body.lastElementChild?.firstElementChild?.localName).toBe('p')
  })
})

describe('structuralHtml', () => {
  it('keeps blocks, lists, tables and breaks, unwraps inline elements and drops every attribute', () => {
    const doc = parseLightDocument(
      '<div class="story" onclick="x()"><h2 id="h">Title</h2><p>Read <a href="javascript:alert(1)">the <em>report</em></a> &lt;here&gt; &amp; now<br>next</p>' +
        '<ul><li><span>one</span></li></ul><table><tr><th>k</th><td>v</td></tr></table><figure><figcaption>Photo</figcaption></figure></div>',
    )
    expect(structuralHtml(doc.body)).toBe(
      '<div><h2>Title</h2><p>Read the report &lt;here&gt; &amp; now<br>next</p><ul><li>one</li></ul>' +
        '<table><tbody><tr><th>k</th><td>v</td></tr></tbody></table><figure></figure></div>',
    )
  })
})
