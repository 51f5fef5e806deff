// FollowTheMoney entities, one JSON object per line (Aleph, OpenAleph, the
// ftm command line): actors by the nearest schema, a membership as a
// Membership, every other tie as an UnknownLink whose role is the tie type.
import type { ExportModel, ExportNode } from './export-model'

const SCHEMA_BY_TYPE: Record<string, string> = {
  person: 'Person',
  organisation: 'Organization',
  'government body': 'PublicBody',
  'armed group': 'Organization',
  // A country as an actor is its state: the closest FtM has is a public body.
  country: 'PublicBody',
  place: 'Address',
  event: 'Event',
}

const ORGANIZATION_SCHEMAS = new Set(['Organization', 'PublicBody'])

function schemaOf(node: ExportNode): string {
  return SCHEMA_BY_TYPE[node.type] ?? 'LegalEntity'
}

export function writeFollowTheMoney(model: ExportModel): string {
  const schemas = new Map(model.nodes.map((node) => [node.id, schemaOf(node)]))
  const lines: string[] = []
  for (const node of model.nodes) {
    const schema = schemas.get(node.id)!
    const properties: Record<string, string[]> =
      schema === 'Address'
        ? { full: [node.name] }
        : { name: [node.name], ...(node.aliases.length > 0 ? { alias: node.aliases } : {}) }
    lines.push(JSON.stringify({ id: `weft-actor-${node.id}`, schema, properties }))
  }
  for (const tie of model.ties) {
    const dates: Record<string, string[]> = {
      ...(tie.startDate ? { startDate: [tie.startDate] } : {}),
      ...(tie.endDate ? { endDate: [tie.endDate] } : {}),
      ...(tie.description ? { summary: [tie.description] } : {}),
      status: [tie.status],
      recordId: [`tie ${tie.id}`],
    }
    const membership = tie.type === 'membership' && ORGANIZATION_SCHEMAS.has(schemas.get(tie.to) ?? '')
    const entity = membership
      ? {
          id: `weft-tie-${tie.id}`,
          schema: 'Membership',
          properties: {
            member: [`weft-actor-${tie.from}`],
            organization: [`weft-actor-${tie.to}`],
            role: [tie.type],
            ...dates,
          },
        }
      : {
          id: `weft-tie-${tie.id}`,
          schema: 'UnknownLink',
          properties: {
            subject: [`weft-actor-${tie.from}`],
            object: [`weft-actor-${tie.to}`],
            role: [tie.type],
            ...dates,
          },
        }
    lines.push(JSON.stringify(entity))
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
