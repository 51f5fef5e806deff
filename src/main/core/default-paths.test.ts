import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveLibraryPath, userDataFolder } from './default-paths'

describe('default library path', () => {
  it('matches Electron userData on each platform', () => {
    expect(userDataFolder({}, 'linux')).toBe(join(homedir(), '.config', 'Weft'))
    expect(userDataFolder({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Weft'))
    expect(userDataFolder({ APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\r\\AppData\\Roaming', 'Weft'),
    )
    expect(userDataFolder({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Weft'))
  })

  it('prefers --library, then $WEFT_LIBRARY, then the default', () => {
    expect(resolveLibraryPath('/a.weft', { WEFT_LIBRARY: '/b.weft' })).toBe('/a.weft')
    expect(resolveLibraryPath(undefined, { WEFT_LIBRARY: '/b.weft' })).toBe('/b.weft')
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/c' })).toMatch(/Library\.weft$/)
  })
})
