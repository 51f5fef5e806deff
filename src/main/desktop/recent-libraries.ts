// The File > Open Recent list, kept in a small JSON file beside the default
// library (not inside any library: it is about this machine).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const MAX_RECENT = 10

export class RecentLibraries {
  private readonly file: string

  constructor(userDataFolder: string) {
    this.file = join(userDataFolder, 'recent-libraries.json')
  }

  list(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      return Array.isArray(parsed)
        ? parsed.filter((item): item is string => typeof item === 'string' && existsSync(item))
        : []
    } catch {
      return []
    }
  }

  remember(path: string): void {
    this.save([path, ...this.list().filter((item) => item !== path)].slice(0, MAX_RECENT))
  }

  clear(): void {
    this.save([])
  }

  private save(paths: string[]): void {
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(this.file, JSON.stringify(paths, null, 2))
  }
}
