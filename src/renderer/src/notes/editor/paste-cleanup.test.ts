// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { cleanPastedHtmlText } from './paste-cleanup'

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head><body lang=EN-GB>
<p class=MsoTitle>Coalition partners</p>
<p class=MsoNormal><span style='font-family:"Calibri",sans-serif;mso-bidi-font-weight:bold'>The <b>Interior Ministry</b> ran
<span style='font-style:italic'>61 raids</span>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>raids<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o<span>&nbsp; </span></span>in Homs<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>arrests<o:p></o:p></p>
<p class=MsoNormal style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>first</p>
<p class=MsoNormal style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span>second</p>
</body></html>`

describe('cleaning pasted HTML', () => {
  it('turns Word’s markup into plain structure: title, formatting, real nested lists', () => {
    expect(cleanPastedHtmlText(WORD).replace(/\s+/g, ' ').trim()).toBe(
      '<h1>Coalition partners</h1> <p>The <b>Interior Ministry</b> ran <em>61 raids</em>.</p> ' +
        '<ul><li>raids<ul><li>in Homs</li></ul></li><li>arrests</li></ul> <ol><li>first</li><li>second</li></ol>',
    )
  })

  it('keeps Google Docs formatting and drops its bold-looking wrapper and colours', () => {
    const docs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;color:#000000;font-weight:700">Bold</span><span style="font-size:11pt;color:#ff0000"> plain </span><span style="text-decoration:line-through">gone</span></p></b>'
    expect(cleanPastedHtmlText(docs)).toBe('<p><strong>Bold</strong> plain <s>gone</s></p>')
  })

  it('keeps safe links and tables, and drops scripts, images and unsafe links', () => {
    const web =
      '<div class="article"><script>alert(1)</script><img src="x.png"><p>See <a href="https://example.org/r" class="x" onclick="y">the report</a> and <a href="javascript:alert(1)">this</a>.</p><table class="t"><tr><th style="color:red">Date</th></tr><tr><td colspan="2">9 Mar</td></tr></table></div>'
    expect(cleanPastedHtmlText(web)).toBe(
      '<div><p>See <a href="https://example.org/r">the report</a> and this.</p><table><tbody><tr><th>Date</th></tr><tr><td colspan="2">9 Mar</td></tr></tbody></table></div>',
    )
  })
})
