// The options every `weft` command line may carry, gathered here so that
// parsing a command line loads none of the commands (each is loaded when it
// runs: see run-cli.ts).

/** `weft entities`, `passages`, `mentions` and `ties` (see actor-cli.ts). */
export const ACTOR_CLI_OPTIONS = {
  type: { type: 'string' },
  alias: { type: 'string', multiple: true },
  parent: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  entity: { type: 'string', multiple: true },
} as const

/** `weft notes add` (see notes-command.ts). */
export const NOTE_CLI_OPTIONS = {
  title: { type: 'string' },
  markdown: { type: 'string' },
} as const

/** `weft export note` (see export-command.ts). */
export const EXPORT_CLI_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  mentions: { type: 'string' },
} as const

/** `weft ties` and `weft export graph`: which ties (see network-cli.ts). */
export const NETWORK_CLI_OPTIONS = {
  directed: { type: 'boolean' },
  undirected: { type: 'boolean' },
  ongoing: { type: 'boolean' },
  evidence: { type: 'string', multiple: true },
  status: { type: 'string' },
  confidence: { type: 'string' },
  place: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const
