// The fonts a PDF export embeds: Noto Sans and Noto Naskh Arabic from the
// @fontsource packages, which ship each font split by script (latin,
// latin-ext, greek, arabic...). Their CSS says which characters each file
// covers; every character is drawn with the first file that covers it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface FontStyle {
  bold: boolean
  italic: boolean
}

interface FontFile {
  /** The name the PDF document knows it by. */
  name: string
  path: string
  ranges: [number, number][]
}

/** Script subsets worth embedding (the rest are scripts notes about Syria do not use). */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese', 'arabic']

const packageRequire = createRequire(__filename)

function packageDir(name: string): string {
  return dirname(packageRequire.resolve(`${name}/package.json`))
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)]
  })
}

/** The WOFF files of one weight and style of a @fontsource family, with the characters each covers. */
function readFaces(pkg: string, cssName: string, prefix: string): FontFile[] {
  const dir = packageDir(pkg)
  const css = readFileSync(join(dir, cssName), 'utf8')
  const faces: FontFile[] = []
  for (const match of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = match[1]!
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(body)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    const subset =
      file &&
      /-(latin-ext|latin|greek-ext|greek|cyrillic-ext|cyrillic|vietnamese|arabic|math)-\d+/.exec(file)?.[1]
    if (!file || !range || !subset || !SUBSETS.includes(subset)) continue
    faces.push({ name: `${prefix}-${subset}`, path: join(dir, 'files', file), ranges: parseRanges(range) })
  }
  return faces
}

const ARABIC_FIRST = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u

export class FontBook {
  private readonly faces = new Map<string, FontFile[]>()

  constructor() {
    for (const bold of [false, true]) {
      for (const italic of [false, true]) {
        const weight = bold ? '700' : '400'
        const key = styleKey({ bold, italic })
        const sans = readFaces(
          '@fontsource/noto-sans',
          `${weight}${italic ? '-italic' : ''}.css`,
          `sans-${key}`,
        )
        // Naskh has no italic; its upright face serves both.
        const naskh = readFaces('@fontsource/noto-naskh-arabic', `${weight}.css`, `naskh-${key}`).filter(
          (face) => face.name.endsWith('-arabic'),
        )
        this.faces.set(key, [...naskh, ...sans])
      }
    }
  }

  /** Every font file, for registering with the document (pdfkit embeds only what is drawn). */
  all(): { name: string; path: string }[] {
    return [...this.faces.values()].flat()
  }

  /** The font to draw a character with. */
  fontFor(char: string, style: FontStyle): string {
    const faces = this.faces.get(styleKey(style))!
    const code = char.codePointAt(0) ?? 0
    // Arabic punctuation shared with Latin (the comma, digits) reads better in Naskh next to Arabic letters.
    if (ARABIC_FIRST.test(char)) return faces.find((face) => face.name.endsWith('-arabic'))!.name
    for (const face of faces) {
      if (face.name.endsWith('-arabic')) continue
      if (face.ranges.some(([from, to]) => code >= from && code <= to)) return face.name
    }
    return faces.find((face) => face.name.endsWith('-latin'))!.name
  }
}

function styleKey(style: FontStyle): string {
  return `${style.bold ? '700' : '400'}${style.italic ? 'i' : ''}`
}
