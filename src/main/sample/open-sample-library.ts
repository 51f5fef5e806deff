// The "Open Sample Library" action of the app and the web shell: builds the
// sample beside the current library (the app's data folder, for the default
// library) the first time, then opens it.
import { dirname, join } from 'node:path'
import type { LibraryInfo } from '@shared/models'
import type { WeftCore } from '../core/weft-core'
import { ensureSampleLibrary, SAMPLE_LIBRARY_FILE, type SampleBuildOptions } from './build-sample-library'

export async function openSampleLibrary(
  core: WeftCore,
  options: SampleBuildOptions = {},
): Promise<LibraryInfo> {
  const path = await ensureSampleLibrary(join(dirname(core.current.path), SAMPLE_LIBRARY_FILE), options)
  if (core.current.path !== path) await core.switchLibrary(path, false)
  return core.current.info()
}

/** The desktop Help menu's action: build the sample in the app's data folder, then open it as File > Open does. */
export async function openSampleFromMenu(
  dataFolder: string,
  nativeBinding: string | undefined,
  open: (path: string) => Promise<void>,
  notify: (message: string) => void,
): Promise<void> {
  try {
    const path = await ensureSampleLibrary(
      join(dataFolder, SAMPLE_LIBRARY_FILE),
      nativeBinding ? { nativeBinding } : {},
    )
    await open(path)
  } catch (error) {
    notify(`The sample library could not be made: ${error instanceof Error ? error.message : String(error)}`)
  }
}
