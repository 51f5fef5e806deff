// The tie type vocabulary: list, add, rename, recolour, set the default
// direction, and remove a type no tie uses.
import type { TieType } from '@shared/network/ties'
import { WeftError } from '../core/weft-error'
import type { NetworkContext } from './network-context'

export class TieTypesService {
  constructor(private readonly context: NetworkContext) {}

  list(): TieType[] {
    return this.context.tieTypes.list()
  }

  /** The type by name whatever its case, or an error that lists the ones there are. */
  named(name: string): TieType {
    const type = this.context.tieTypes.find(name.trim())
    if (!type) {
      const known = this.list().map((entry) => entry.name)
      throw new WeftError(
        'not_found',
        `There is no tie type "${name}". Tie types: ${known.join(', ')}; or add one.`,
      )
    }
    return type
  }

  add(name: string, color: string, directed: boolean): TieType {
    const existing = this.context.tieTypes.find(name)
    if (existing) throw new WeftError('duplicate', `There is already a tie type "${existing.name}".`)
    this.context.transaction(() => this.context.tieTypes.add(name, color, directed))
    this.announce()
    return this.named(name)
  }

  update(name: string, patch: { name?: string; color?: string; directed?: boolean }): TieType {
    const current = this.named(name)
    if (patch.name !== undefined && patch.name.toLowerCase() !== current.name.toLowerCase()) {
      const clash = this.context.tieTypes.find(patch.name)
      if (clash)
        throw new WeftError('duplicate', `There is already a tie type "${clash.name}". Pick another name.`)
    }
    this.context.transaction(() => this.context.tieTypes.update(current.name, patch))
    this.announce()
    return this.named(patch.name ?? current.name)
  }

  delete(name: string): boolean {
    const current = this.named(name)
    const uses = this.context.tieTypes.uses(current.name)
    if (uses > 0) {
      throw new WeftError(
        'invalid_input',
        `"${current.name}" is the type of ${uses} tie${uses === 1 ? '' : 's'}. Give ${uses === 1 ? 'it' : 'them'} another type first, or rename this one.`,
      )
    }
    const deleted = this.context.transaction(() => this.context.tieTypes.delete(current.name))
    this.announce()
    return deleted
  }

  private announce(): void {
    // Types colour every tie, so every actor's ties may look different now.
    this.context.emit('actors:changed', { ids: [] })
  }
}
