// Files a test writes into its own scratch folder: realistic text, and the bad
// inputs Weft must refuse.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

export const COALITION_ARTICLE = `Syria joins the coalition against the Islamic State

Damascus has become the 90th partner of the international coalition against the Islamic State group, officials said on Tuesday.

The announcement followed a meeting in Washington between the transitional president and US officials.

Analysts at the Middle East Institute said the Interior Ministry, not the Defense Ministry, would carry the day-to-day work with the coalition.
`

export const JOINT_OPERATION_NOTES = `# Joint operation in southern Syria

US Central Command (CENTCOM) and the Syrian Interior Ministry destroyed more than 15 weapons depots between 24 and 27 November.

> "The operation was coordinated through the coalition's operations rooms," a spokesperson said.

- Depots held rockets and explosives
- Most were in rural Damascus and Suwayda
`

export const ARABIC_STATEMENT = `بيان وزارة الداخلية السورية

أعلنت وزارة الداخلية عن تنفيذ عمليات مشتركة ضد خلايا تنظيم الدولة الإسلامية في البادية.
`
