// Metric 3: the renderer's initial JavaScript, gzipped: every JS file that
// out/renderer/index.html loads up front (module scripts and modulepreloads).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { RENDERER_DIR } from './paths.mjs'

function initialScripts(html) {
  const found = new Set()
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag)
    const isPreload = /\brel\s*=\s*["']?modulepreload/i.test(tag)
    if (!isScript && !isPreload) continue
    const ref = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]
    if (ref && !/^[a-z]+:/i.test(ref)) found.add(ref.replace(/^\.?\//, '').split(/[?#]/)[0])
  }
  return [...found]
}

export function measureInitialJs() {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const files = initialScripts(html).map((name) => {
    const body = readFileSync(join(RENDERER_DIR, name))
    return { file: name, bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength }
  })
  if (files.length === 0) throw new Error('out/renderer/index.html references no JavaScript')
  return {
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    rawBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files,
  }
}
