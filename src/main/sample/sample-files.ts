// The sample library's sources and description, bundled into the build (so
// the packaged app, the CLI and the tests need no files beside them).
import description from '../../../resources/sample-library/sample.json'
import amman from '../../../resources/sample-library/sources/01-amman-joint-operations-centre.md?raw'
import push from '../../../resources/sample-library/sources/02-europe-and-riyadh-push-damascus.md?raw'
import fighters from '../../../resources/sample-library/sources/03-us-conditions-foreign-fighters.txt?raw'
import gsd from '../../../resources/sample-library/sources/04-gsd-profile.txt?raw'
import sdf from '../../../resources/sample-library/sources/05-sdf-and-damascus.md?raw'
import joins from '../../../resources/sample-library/sources/06-syria-joins-coalition.md?raw'
import depots from '../../../resources/sample-library/sources/07-centcom-depots-southern-syria.txt?raw'
import statement from '../../../resources/sample-library/sources/08-statement-interior-ministry-ar.txt?raw'
import raids from '../../../resources/sample-library/sources/09-interior-ministry-raids.txt?raw'
import palmyra from '../../../resources/sample-library/sources/10-palmyra-patrol-attack.txt?raw'
import interview from '../../../resources/sample-library/sources/11-interview-interior-not-defense.md?raw'
import coalition from '../../../resources/sample-library/sources/12-coalition-formed-2014.txt?raw'

export const SAMPLE_TEXTS: Record<string, string> = {
  '01-amman-joint-operations-centre.md': amman,
  '02-europe-and-riyadh-push-damascus.md': push,
  '03-us-conditions-foreign-fighters.txt': fighters,
  '04-gsd-profile.txt': gsd,
  '05-sdf-and-damascus.md': sdf,
  '06-syria-joins-coalition.md': joins,
  '07-centcom-depots-southern-syria.txt': depots,
  '08-statement-interior-ministry-ar.txt': statement,
  '09-interior-ministry-raids.txt': raids,
  '10-palmyra-patrol-attack.txt': palmyra,
  '11-interview-interior-not-defense.md': interview,
  '12-coalition-formed-2014.txt': coalition,
}

type NoteText = string | { actor: string }

export interface SampleDescription {
  sources: {
    file: string
    publisher: string
    publishedDate: string
    kind: string
    language?: string
    tags: string[]
    /** The collections (chapters) the source is filed in. */
    collections?: string[]
  }[]
  actors: {
    key: string
    name: string
    type: string
    parent?: string
    aliases: [string, string][]
    description?: string
  }[]
  passages: { key: string; source: string; quote: string; actors: string[] }[]
  ties: {
    from: string
    to: string
    type: string
    start?: string
    end?: string
    ongoing?: boolean
    status: string
    confidence: string
    place?: string
    evidence: string[]
    description?: string
  }[]
  note: { title: string; blocks: ({ heading: string } | { text: NoteText[] } | { quote: string })[] }
}

// JSON imports widen tuples to arrays; the shape is checked as the library is built.
export const SAMPLE = description as unknown as SampleDescription
