// Typing "@" offers the library's actors by name or alias; the last option
// creates a new actor with what was typed. The chosen actor becomes a chip.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type TriggerFn,
} from '@lexical/react/LexicalTypeaheadMenuPlugin'
import {
  $createTextNode,
  $getSelection,
  $insertNodes,
  $setSelection,
  type BaseSelection,
  type TextNode,
} from 'lexical'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { EntitySummary } from '@shared/actors'
import { useApi, useEvent } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { useToasts } from '../../shell/toasts'
import { $createActorMentionNode } from '../nodes/ActorMentionNode'
import { matchActors } from './actor-matching'
import { CreateActorDialog } from './CreateActorDialog'
import { TypeaheadList } from './TypeaheadList'

class ActorOption extends MenuOption {
  constructor(
    readonly actor: EntitySummary | null,
    readonly label: string,
    readonly detail: string,
  ) {
    super(actor ? `actor-${actor.id}` : 'create-actor')
  }
}

/** "@" at the start of a word, then up to five words of a name. */
export const mentionTrigger: TriggerFn = (text) => {
  const match = /(^|[\s(“"'])(@((?:[^\s@]+ ?){0,5}))$/u.exec(text)
  if (!match) return null
  return {
    leadOffset: match.index + match[1]!.length,
    matchingString: match[3]!,
    replaceableString: match[2]!,
  }
}

const PICKER_LIMIT = 8

function $replaceWithMention(textNode: TextNode | null, actor: EntitySummary): void {
  const mention = $createActorMentionNode({ entityId: actor.id, name: actor.name, entityType: actor.type })
  if (textNode) textNode.replace(mention)
  else $insertNodes([mention])
  const space = $createTextNode(' ')
  mention.insertAfter(space)
  space.select(1, 1)
}

/** Where the "@name" was, while the create dialog is open: the caret there, and the text to put back on cancel. */
interface PendingCreation {
  name: string
  typed: string
  at: BaseSelection | null
}

export function MentionTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext()
  const api = useApi()
  const toasts = useToasts()
  const [actors, setActors] = useState<EntitySummary[]>([])
  const [query, setQuery] = useState<string | null>(null)
  const [creating, setCreating] = useState<PendingCreation>()

  const load = useCallback(
    () =>
      api
        .call('entities:list', {})
        .then(setActors, (error: unknown) =>
          toasts.show({ kind: 'error', title: 'Could not load the actors', details: [errorMessage(error)] }),
        ),
    [api, toasts],
  )
  useEffect(() => {
    void load()
  }, [load])
  useEvent('actors:changed', () => void load())

  const options = useMemo(() => {
    if (query === null) return []
    const found = matchActors(actors, query, PICKER_LIMIT).map(
      ({ actor, viaAlias }) =>
        new ActorOption(actor, actor.name, viaAlias ? `${actor.type} · also “${viaAlias}”` : actor.type),
    )
    const name = query.trim()
    const exists = actors.some((actor) => actor.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    return name && !exists ? [...found, new ActorOption(null, `Create “${name}”…`, 'a new actor')] : found
  }, [actors, query])

  return (
    <>
      <LexicalTypeaheadMenuPlugin<ActorOption>
        triggerFn={mentionTrigger}
        onQueryChange={setQuery}
        options={options}
        onSelectOption={(option, textNode, closeMenu, matching) => {
          if (option.actor) {
            const actor = option.actor
            editor.update(() => $replaceWithMention(textNode, actor))
          } else {
            // The typed "@name" leaves while the dialog is open (it comes back on Cancel).
            editor.update(() => {
              const typed = textNode?.getTextContent() ?? ''
              textNode?.remove()
              setCreating({ name: matching.trim(), typed, at: $getSelection()?.clone() ?? null })
            })
          }
          closeMenu()
        }}
        menuRenderFn={(
          anchor,
          { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
        ) => (
          <TypeaheadList
            anchor={anchor}
            label="Actors to mention"
            options={shown}
            selectedIndex={selectedIndex}
            choose={selectOptionAndCleanUp}
            highlight={setHighlightedIndex}
            empty={actors.length === 0 ? 'No actors yet: type a name to create one.' : undefined}
            render={(option) => (
              <span className={option.actor ? 'note-typeahead-actor' : 'note-typeahead-create'}>
                <span className="note-typeahead-text">{option.label}</span>
                <span className="note-typeahead-source">{option.detail}</span>
              </span>
            )}
          />
        )}
      />
      {creating && (
        <CreateActorDialog
          initialName={creating.name}
          onCancel={() => {
            setCreating(undefined)
            editor.update(() => {
              $setSelection(creating.at?.clone() ?? null)
              $insertNodes([$createTextNode(creating.typed)])
            })
            editor.focus()
          }}
          onCreated={(actor) => {
            setCreating(undefined)
            setActors((current) => [...current, actor])
            editor.update(() => {
              $setSelection(creating.at?.clone() ?? null)
              $replaceWithMention(null, actor)
            })
            editor.focus()
          }}
        />
      )}
    </>
  )
}
