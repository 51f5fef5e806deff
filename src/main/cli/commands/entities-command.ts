// `weft entities add|list|merge`: actors from the command line.
import { ALIAS_KINDS, type AliasKind, type EntitySummary } from '@shared/actors'
import { looksLikeAcronym } from '@shared/names/normalise-name'
import { WeftError } from '../../core/weft-error'
import type { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'
import { parseId, validated, withActorServices, type ActorCliValues } from './actor-cli'

const ADD_USAGE = 'weft entities add NAME --type TYPE [--alias [KIND:]ALIAS]... [--parent ID] [--json]'
const MERGE_USAGE = 'weft entities merge KEEP_ID OTHER_ID [--json]'
const USAGE = `weft entities add|list|merge. ${ADD_USAGE}; weft entities list [--json]; ${MERGE_USAGE}`

export async function entitiesCommand(
  library: Library,
  args: string[],
  values: ActorCliValues,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = args
  return withActorServices(library, (services) => {
    switch (action) {
      case 'add': {
        const [name, ...extra] = rest
        if (!name || extra.length > 0) {
          throw new WeftError(
            'invalid_input',
            `Give one actor name (quote it if it has spaces). Usage: ${ADD_USAGE}`,
          )
        }
        if (!values.type) throw new WeftError('invalid_input', `--type is missing. Usage: ${ADD_USAGE}`)
        const input = validated('entities:create', {
          name,
          type: values.type,
          aliases: (values.alias ?? []).map(parseAlias),
          parentId: values.parent === undefined ? null : parseId(values.parent, '--parent', ADD_USAGE),
        })
        const created = services.entities.create(input)
        if (values.json) printJson(io, created)
        else io.out(entityLine(created))
        return 0
      }
      case 'list': {
        const entities = services.entities.list()
        if (values.json) printJson(io, entities)
        else if (entities.length === 0)
          io.err('No actors yet. Add one with "weft entities add NAME --type TYPE".')
        else for (const entity of entities) io.out(entityLine(entity))
        return 0
      }
      case 'merge': {
        const keepId = parseId(rest[0], 'KEEP_ID', MERGE_USAGE)
        const otherId = parseId(rest[1], 'OTHER_ID', MERGE_USAGE)
        services.entities.get(keepId)
        const other = services.entities.get(otherId)
        const receipt = services.merges.merge(keepId, otherId)
        const kept = services.entities.get(keepId)
        if (values.json) printJson(io, receipt)
        else {
          io.out(entityLine(kept))
          io.err(`Merged #${otherId} ${other.name} into #${keepId} ${kept.name}.`)
        }
        return 0
      }
      default:
        throw new WeftError(
          'invalid_input',
          action ? `Unknown entities command "${action}". Usage: ${USAGE}` : `Usage: ${USAGE}`,
        )
    }
  })
}

/**
 * "KIND:NAME" with one of the alias kinds ("former name:Ministry of Interior"),
 * else an acronym when written like one (IS, SDF, CJTF-OIR), else a transliteration.
 */
export function parseAlias(text: string): { name: string; kind: AliasKind } {
  const colon = text.indexOf(':')
  if (colon > 0) {
    const kind = text.slice(0, colon).trim().toLowerCase()
    if ((ALIAS_KINDS as readonly string[]).includes(kind)) {
      return { name: text.slice(colon + 1).trim(), kind: kind as AliasKind }
    }
  }
  return { name: text.trim(), kind: looksLikeAcronym(text.trim()) ? 'acronym' : 'transliteration' }
}

/** ID, type, name, aliases, passages, sources: tab-separated. */
function entityLine(entity: EntitySummary): string {
  const aliases = entity.aliases.map((alias) => `${alias.name} (${alias.kind})`).join(', ')
  return [entity.id, entity.type, entity.name, aliases, entity.passageCount, entity.sourceCount].join('\t')
}
