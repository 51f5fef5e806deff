import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import type { CliIo } from '../cli-io'
import { runCli } from '../run-cli'

const tempDir = useTempDir()
const MIXED = join(__dirname, '..', '..', '..', '..', 'fixtures', 'sources', 'mixed-downloads')

async function weft(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await runCli(args, io, {})
  return { code, stdout: out, stderr: err }
}

describe('weft import on a messy downloads folder', () => {
  it('reads every format, refuses what it must with a reason for each file, and skips hidden files', async () => {
    const library = join(tempDir(), 'mixed.weft')
    await weft(['--library', library, 'init'])
    const result = await weft(['--library', library, 'import', MIXED, '--json'])
    expect(result.code).toBe(1) // some files failed
    const report = JSON.parse(result.stdout.join('\n')) as {
      imported: number
      duplicates: number
      failed: number
      outcomes: { status: string; name: string; title?: string; reason?: string }[]
    }
    const byFile = Object.fromEntries(
      report.outcomes.map((outcome) => [
        outcome.name.slice(MIXED.length + 1),
        [outcome.status, outcome.title ?? outcome.reason],
      ]),
    )
    expect(byFile).toEqual({
      'attachments/budget.docx': [
        'failed',
        expect.stringMatching(/^budget\.docx is an Excel workbook, not a Word document\./),
      ],
      'attachments/half-downloaded.docx': [
        'failed',
        expect.stringMatching(
          /^half-downloaded\.docx is damaged or incomplete: it has no ZIP directory at its end\./,
        ),
      ],
      'attachments/quarterly-figures.docx': [
        'failed',
        expect.stringMatching(
          /^quarterly-figures\.docx looks like a "zip bomb": its parts declare 4\.0 GB once unpacked/,
        ),
      ],
      'attachments/tracker.docx': ['failed', expect.stringMatching(/^tracker\.docx holds 5,007 parts/)],
      'centcom-depots.html': [
        'imported',
        'US and Syrian forces destroy Islamic State arms depots in southern Syria',
      ],
      'notes/call-with-analyst.md': ['imported', 'Call with an analyst, 16 December 2025'],
      'notes/empty.txt': ['failed', 'empty.txt is empty (0 bytes): there is nothing to import.'],
      'notes/palmyra-timeline.txt': ['imported', 'Palmyra attack: timeline'],
      'old-memo.doc': ['failed', expect.stringMatching(/^old-memo\.doc is an older Office file/)],
      'photo-palmyra.jpg': ['failed', expect.stringMatching(/^photo-palmyra\.jpg is a JPEG image\./)],
      'reports/briefing-note.docx': ['imported', 'Briefing: the coalition partnership after Palmyra'],
      'reports/broken-download.pdf': ['failed', expect.stringMatching(/^broken-download\.pdf is damaged/)],
      'reports/joint-operations-report.pdf': [
        'imported',
        'Joint operations against the Islamic State in southern Syria',
      ],
      'reports/password-protected.pdf': [
        'failed',
        expect.stringMatching(/^password-protected\.pdf is protected by a password/),
      ],
      'reports/scanned-statement.pdf': [
        'failed',
        expect.stringMatching(/^scanned-statement\.pdf has no text layer/),
      ],
      'statement-ar.html': ['imported', 'وزارة الداخلية: 61 مداهمة و71 موقوفاً في حملة ضد خلايا داعش'],
      'Syria becomes 90th partner - Damascus Dispatch (1).html': [
        'imported',
        'Syria becomes 90th partner of anti-IS coalition',
      ],
      'Syria becomes 90th partner - Damascus Dispatch.html': [
        'duplicate',
        'Syria becomes 90th partner of anti-IS coalition',
      ],
    })
    expect(report).toMatchObject({ imported: 7, duplicates: 1, failed: 10 })

    // Without --json: one line per file, data on stdout, failures and the summary on stderr.
    const again = await weft(['--library', library, 'import', join(MIXED, 'reports')])
    expect(again.stdout).toEqual([
      expect.stringMatching(
        /^duplicate\t.*briefing-note\.docx\tsame content as #\d+ Briefing: the coalition/,
      ),
      expect.stringMatching(
        /^duplicate\t.*joint-operations-report\.pdf\tsame content as #\d+ Joint operations/,
      ),
    ])
    expect(again.stderr).toEqual([
      expect.stringMatching(/^failed\t.*broken-download\.pdf\tbroken-download\.pdf is damaged/),
      expect.stringMatching(/^failed\t.*password-protected\.pdf\tpassword-protected\.pdf is protected/),
      expect.stringMatching(/^failed\t.*scanned-statement\.pdf\tscanned-statement\.pdf has no text layer/),
      '0 imported, 2 duplicates, 3 failed.',
    ])
  })
})
