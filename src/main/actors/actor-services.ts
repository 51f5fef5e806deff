// Everything about passages, actors and mention suggestions for one open
// library, wired together. The app makes one per library it opens (scanning
// in the background as sources and names change); the CLI makes one per
// command (scanning only when asked).
import type { EventBus } from '../core/event-bus'
import type { Library } from '../db/library'
import { createMentionScanExecutor, type ExecutorOptions } from '../workers/mention-scan-executor'
import { createActorContext, type ActorContext } from './actor-context'
import { EntitiesService } from './entities-service'
import { EntityMergeService } from './entity-merge-service'
import { MentionScanScheduler } from './mention-scan-scheduler'
import { MentionsService } from './mentions-service'
import { PassagesService } from './passages-service'
import { ReplaceContentService } from './replace-content-service'

export interface ActorServicesOptions {
  /** Scan for mentions in the background as sources and names change, and catch up now. */
  background: boolean
  /** The better-sqlite3 binding the scan workers load (the desktop app's Electron build). */
  nativeBinding?: string
  /** Overrides for the scan executor (tests pick threads or a worker script). */
  executor?: Partial<ExecutorOptions>
}

export class ActorServices {
  readonly context: ActorContext
  readonly scans: MentionScanScheduler
  readonly entities: EntitiesService
  readonly merges: EntityMergeService
  readonly passages: PassagesService
  readonly mentions: MentionsService
  readonly replacements: ReplaceContentService
  private readonly unsubscribe: () => void

  constructor(library: Library, events: EventBus, options: ActorServicesOptions) {
    this.context = createActorContext(library, events)
    const executor = createMentionScanExecutor({
      libraryPath: library.path,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...options.executor,
    })
    this.scans = new MentionScanScheduler(
      this.context,
      executor,
      (error) => {
        console.error('[weft] mention scan failed', error)
        events.emit('app:notice', {
          level: 'error',
          message: `Looking for actors' names in the sources failed: ${error.message}. Weft tries again when sources or names change.`,
        })
      },
      options.background,
    )
    this.entities = new EntitiesService(this.context, this.scans)
    this.merges = new EntityMergeService(this.context, this.entities, this.scans)
    this.passages = new PassagesService(this.context, this.entities)
    this.mentions = new MentionsService(this.context, this.entities, this.passages, this.scans)
    this.replacements = new ReplaceContentService(this.context, this.scans)
    this.unsubscribe = options.background
      ? events.subscribe((name) => {
          if (name === 'sources:changed') this.scans.sourcesChanged()
        })
      : () => undefined
    if (options.background) {
      // Deleted passages can be restored until the library is closed; opening it makes the deletes final.
      this.context.transaction(() => this.context.passages.purgeDeleted())
      this.scans.sourcesChanged()
    }
  }

  dispose(): void {
    this.unsubscribe()
    this.scans.dispose()
  }
}
