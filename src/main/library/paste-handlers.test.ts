import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { WeftCore } from '../core/weft-core'
import { useTempDir } from '../test-support/temp-dir'
import { closeSharedDocumentReader } from '../workers/document-reader'
import { pasteHandlers, pasteStamp } from './paste-handlers'

const tempDir = useTempDir()
afterAll(() => closeSharedDocumentReader())

async function withCore(
  work: (
    core: WeftCore,
    paste: (input: { text?: string; html?: string }) => Promise<unknown>,
  ) => Promise<void>,
) {
  const core = await WeftCore.open(join(tempDir(), 'paste.weft'), 'web-shell', { create: true })
  const handler = pasteHandlers(core)['sources:importPasted']!
  try {
    await work(core, async (input) => handler(input))
  } finally {
    core.close()
  }
}

describe('sources:importPasted', () => {
  it('reads pasted HTML through the HTML extractor, sanitised, named after the moment of the paste', async () => {
    await withCore(async (core, paste) => {
      const changed = vi.fn()
      core.events.subscribe(changed)
      const report = await paste({
        html: '<meta charset="utf-8"><h2>Joint patrol attacked</h2><p onclick="steal()">A gunman opened fire near Palmyra.</p><script>steal()</script><p><a href="javascript:steal()">Read the statement</a></p>',
        text: 'Joint patrol attacked\nA gunman opened fire near Palmyra.',
      })
      expect(report).toMatchObject({
        imported: 1,
        outcomes: [{ status: 'imported', title: 'Joint patrol attacked' }],
      })
      const [summary] = core.current.sources.list()
      expect(summary).toMatchObject({
        mediaType: 'text/html',
        kind: 'article',
        fileName: expect.stringMatching(/^Pasted \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.html$/),
      })
      const source = core.current.sources.get(summary!.id)!
      expect(source.text).toBe(
        'Joint patrol attacked\n\nA gunman opened fire near Palmyra.\n\nRead the statement',
      )
      expect(changed).toHaveBeenCalledWith('sources:changed', { count: 1 })
    })
  })

  it('imports plain text as text, and falls back to it when the HTML holds no text', async () => {
    await withCore(async (core, paste) => {
      await paste({ text: 'Notes from the call\n\nThe ministry answered within hours.' })
      await paste({ html: '<img src="chart.png">', text: 'Chart: raids per week' })
      const files = core.current.sources
        .list()
        .map((source) => [source.fileName.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'STAMP'), source.title])
      expect(files.sort()).toEqual([
        ['Pasted STAMP.txt', 'Chart: raids per week'],
        ['Pasted STAMP.txt', 'Notes from the call'],
      ])
    })
  })
})

describe('pasteStamp', () => {
  it('writes the local date and time to the minute', () => {
    expect(pasteStamp(new Date(2026, 10, 21, 14, 3, 59))).toBe('2026-11-21 14:03')
  })
})
