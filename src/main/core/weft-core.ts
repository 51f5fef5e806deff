// The core every door opens onto: the current library, the event bus, and the
// services. The desktop app can swap libraries; handlers always see the current one.
import type { AppInfo } from '@shared/models'
import { ActorServices } from '../actors/actor-services'
import { Library } from '../db/library'
import type { OpenLibraryOptions } from '../db/open-library'
import { ImportService } from '../library/import-service'
import { EventBus } from './event-bus'
import packageJson from '../../../package.json'

export type ShellKind = AppInfo['shell']

export class WeftCore {
  readonly events = new EventBus()
  private actorServices: ActorServices

  private constructor(
    private library: Library,
    readonly shell: ShellKind,
    private readonly openOptions: OpenLibraryOptions,
  ) {
    this.actorServices = this.startActorServices()
  }

  static async open(path: string, shell: ShellKind, options: OpenLibraryOptions = {}): Promise<WeftCore> {
    return new WeftCore(await Library.open(path, options), shell, options)
  }

  get current(): Library {
    return this.library
  }

  /** Passages, actors and mention suggestions of the current library. */
  get actors(): ActorServices {
    return this.actorServices
  }

  get imports(): ImportService {
    return new ImportService(this.library.sources)
  }

  appInfo(): AppInfo {
    return { version: packageJson.version, shell: this.shell, library: this.library.info() }
  }

  /** Opens another library file; the current one stays open if the new one is refused. */
  async switchLibrary(path: string, create: boolean): Promise<void> {
    const next = await Library.open(path, { ...this.openOptions, create })
    this.actorServices.dispose()
    this.library.close()
    this.library = next
    this.actorServices = this.startActorServices()
    this.events.emit('library:changed', next.info())
  }

  close(): void {
    this.actorServices.dispose()
    this.library.close()
  }

  private startActorServices(): ActorServices {
    return new ActorServices(this.library, this.events, {
      background: true,
      ...(this.openOptions.nativeBinding ? { nativeBinding: this.openOptions.nativeBinding } : {}),
    })
  }
}
