// Metrics for issue 3's importers: saved news pages (HTML) per second and PDF
// pages per second through the built `weft import` CLI, on generated files.
// Pages carry the clutter real saved pages do (navigation, cookie banner,
// share bar, newsletter box, app-store links, related list, footer, scripts);
// PDFs are multi-page reports with running headers and page numbers. Only the
// import is timed (wall time of the CLI process, start-up included); each run
// imports into a fresh library and the median counts.
//
// A command's start-up (node, the CLI, the workers loading jsdom, the JIT
// warming up) is about two seconds whatever the folder holds, so a rate taken
// from one folder says more about its size than about the importer. The web
// page rate is therefore the import rate: the pages a larger folder adds over
// a smaller one, divided by the time they add. Both folders' whole imports,
// start-up included, are reported beside it.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { makeTempFolder, trackChild } from './cleanup.mjs'
import { ROOT } from './paths.mjs'
import { createRandom, generateArticle } from './text-gen.mjs'

/** The CLI of the build to measure; WEFT_OUT_DIR picks a side-by-side build, as for the e2e tests. */
const DEFAULT_CLI = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out', 'main', 'cli.js')

export async function measureImportFormats({
  htmlArticles = 1500,
  largerHtmlArticles = 4500,
  pdfFiles = 25,
  pagesPerPdf = 12,
  runs = 3,
  seed = 20261121,
  cli = DEFAULT_CLI,
} = {}) {
  const work = makeTempFolder('weft-bench-formats-')
  const random = createRandom(seed)
  const html = writeHtmlCorpus(join(work, 'html'), htmlArticles, random)
  const largerHtml = writeHtmlCorpus(join(work, 'html-larger'), largerHtmlArticles, random)
  const pdf = await writePdfCorpus(join(work, 'pdf'), pdfFiles, pagesPerPdf, random)
  const htmlRuns = await timeImports(cli, work, html.folder, htmlArticles, runs)
  const largerHtmlRuns = await timeImports(cli, work, largerHtml.folder, largerHtmlArticles, runs)
  const pdfRuns = await timeImports(cli, work, pdf.folder, pdfFiles, runs)
  const htmlMedian = median(htmlRuns)
  const largerHtmlMedian = median(largerHtmlRuns)
  const pdfMedian = median(pdfRuns)
  const addedArticles = largerHtmlArticles - htmlArticles
  const addedMs = largerHtmlMedian - htmlMedian
  return {
    htmlArticlesPerSecond: addedArticles / (addedMs / 1000),
    pdfPagesPerSecond: (pdfFiles * pagesPerPdf) / (pdfMedian / 1000),
    details: {
      html: {
        articles: htmlArticles,
        largerArticles: largerHtmlArticles,
        averagePageBytes: Math.round(
          (html.totalBytes + largerHtml.totalBytes) / (htmlArticles + largerHtmlArticles),
        ),
        runsMs: htmlRuns.map(Math.round),
        largerRunsMs: largerHtmlRuns.map(Math.round),
        medianImportMs: Math.round(htmlMedian),
        largerMedianImportMs: Math.round(largerHtmlMedian),
        startUpIncludedArticlesPerSecond: Math.round(htmlArticles / (htmlMedian / 1000)),
        largerStartUpIncludedArticlesPerSecond: Math.round(largerHtmlArticles / (largerHtmlMedian / 1000)),
        estimatedStartUpMs: Math.round(htmlMedian - htmlArticles * (addedMs / addedArticles)),
      },
      pdf: {
        files: pdfFiles,
        pagesPerFile: pagesPerPdf,
        averageFileBytes: Math.round(pdf.totalBytes / pdfFiles),
        runsMs: pdfRuns.map(Math.round),
        medianImportMs: Math.round(pdfMedian),
      },
      note: "wall time of `weft import` on the folder (node start-up, worker start-up and exit included); median of the runs. The web page rate is the larger folder's extra pages over its extra time.",
    },
  }
}

async function timeImports(cli, work, folder, expected, runs) {
  const timings = []
  for (let run = 0; run < runs; run += 1) {
    const library = join(work, `formats-${run}.weft`)
    await runCli(cli, library, ['init'])
    globalThis.gc?.()
    const { ms, stderr } = await runCli(cli, library, ['import', folder])
    const imported = Number(/(\d+) imported/.exec(stderr)?.[1])
    if (imported !== expected)
      throw new Error(`expected ${expected} imported from ${folder}, the CLI said: ${stderr}`)
    timings.push(ms)
    for (const suffix of ['', '-wal', '-shm']) rmSync(library + suffix, { force: true })
  }
  return timings
}

function runCli(cli, library, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = trackChild(
      spawn(process.execPath, [cli, '--library', library, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }),
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    child.once('error', reject)
    child.once('close', (code) => {
      const ms = performance.now() - started
      if (code !== 0) reject(new Error(`weft ${args.join(' ')} exited ${code}: ${stderr.trim()}`))
      else resolve({ ms, stderr: stderr.trim() })
    })
  })
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function writeHtmlCorpus(folder, count, random) {
  mkdirSync(folder, { recursive: true })
  let totalBytes = 0
  for (let index = 0; index < count; index += 1) {
    const page = newsPage(generateArticle(random, index, 4500), index, random)
    writeFileSync(join(folder, `article-${String(index + 1).padStart(5, '0')}.html`), page)
    totalBytes += Buffer.byteLength(page)
  }
  return { folder, totalBytes }
}

/** A saved news page around one generated article: metadata, clutter and all. */
function newsPage(article, index, random) {
  const [headline, dateline, ...paragraphs] = article.trim().split('\n\n')
  const day = String(random.int(1, 28)).padStart(2, '0')
  const body = paragraphs
    .map((text, position) => {
      const linked = escape(text).replace(/^(\S+ \S+ \S+)/, '<a href="/topic/x">$1</a>')
      const extra =
        position === 2
          ? '<p class="read-more"><a href="/related/1">Read more: Talks resume on the border crossing</a></p>'
          : position === 4
            ? '<div class="newsletter-box"><h3>Sign up to our briefing</h3><p>The region, every morning.</p><form><input type="email"><button>Sign up</button></form></div>'
            : ''
      return `<p>${linked}</p>\n${extra}`
    })
    .join('\n')
  const links = (prefix, count) =>
    Array.from(
      { length: count },
      (_, i) => `<li><a href="/${prefix}/${i}">${prefix} story ${i + 1} headline</a></li>`,
    ).join('')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(headline)} | The Daily Wire Service</title>
<meta property="og:title" content="${escape(headline)}">
<meta property="og:site_name" content="The Daily Wire Service">
<meta property="article:published_time" content="2025-11-${day}T08:00:00Z">
<meta name="author" content="Staff reporter ${index % 40}">
<link rel="canonical" href="https://wire.example/news/${index}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(headline)},"datePublished":"2025-11-${day}"}</script>
<script>window.dataLayer=[];function track(){dataLayer.push(arguments)};track('page',${index});</script>
<style>.site-header{display:flex}.newsletter-box{padding:1rem}.cookie-banner{position:fixed}</style>
</head>
<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header class="site-header"><a href="/"><img src="/logo.svg" alt="The Daily Wire Service"></a><nav><ul>${links('section', 8)}</ul></nav></header>
<main><article>
<h1>${escape(headline)}</h1>
<div class="byline">By Staff reporter ${index % 40} · <time datetime="2025-11-${day}">${day} November 2025</time></div>
<ul class="share-bar"><li><a href="#">Share</a></li><li><a href="#">Email</a></li></ul>
<figure><img src="/photo-${index}.jpg" alt=""><figcaption>Photograph: agency</figcaption></figure>
<p>${escape(dateline)}</p>
${body}
<div class="app-promo"><a href="#">Download on the App Store</a> <a href="#">Get it on Google Play</a></div>
</article>
<aside class="related"><h2>Related</h2><ul>${links('related', 5)}</ul></aside></main>
<footer><ul>${links('footer', 10)}</ul><p>© 2025 The Daily Wire Service</p></footer>
</body>
</html>
`
}

async function writePdfCorpus(folder, count, pagesPerFile, random) {
  mkdirSync(folder, { recursive: true })
  let totalBytes = 0
  for (let index = 0; index < count; index += 1) {
    const pdf = await PDFDocument.create()
    pdf.setTitle(`Generated report ${index + 1}`)
    const font = await pdf.embedFont(StandardFonts.TimesRoman)
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
    for (let page = 1; page <= pagesPerFile; page += 1) {
      const sheet = pdf.addPage([595, 842])
      sheet.drawText(`Generated report ${index + 1}`, { x: 72, y: 800, size: 8, font })
      sheet.drawText(`Section ${page}`, { x: 72, y: 760, size: 14, font: bold })
      let y = 734
      const text = generateArticle(random, index * 1000 + page, 2600)
        .split('\n\n')
        .slice(2)
      for (const paragraph of text) {
        for (const line of wrap(paragraph, font, 11, 451)) {
          if (y < 70) break
          sheet.drawText(line, { x: 72, y, size: 11, font })
          y -= 14
        }
        y -= 8
      }
      sheet.drawText(`Page ${page} of ${pagesPerFile}`, { x: 270, y: 40, size: 9, font })
    }
    const bytes = await pdf.save()
    writeFileSync(join(folder, `report-${String(index + 1).padStart(3, '0')}.pdf`), bytes)
    totalBytes += bytes.length
  }
  return { folder, totalBytes }
}

function wrap(text, font, size, width) {
  const lines = []
  let line = ''
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}
