import { createHeadlessEditor } from '@lexical/headless'
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  $isTextNode,
  type EditorState,
  type LexicalEditor,
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { $createActorMentionNode } from '../nodes/ActorMentionNode'
import { NOTE_NODES } from '../nodes/note-nodes'
import { $createPassageQuoteNode } from '../nodes/PassageQuoteNode'
import { NOTE_BLOCKS_PLACEHOLDER } from '@shared/notes'
import { IncrementalSerializer } from './incremental-json'

function editorWithSerializer(): {
  editor: LexicalEditor
  serializer: IncrementalSerializer
  save(): string
} {
  const editor = createHeadlessEditor({
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error
    },
  })
  const serializer = new IncrementalSerializer()
  let latest: EditorState = editor.getEditorState()
  editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    serializer.changed(editorState, dirtyElements, dirtyLeaves)
    latest = editorState
  })
  return { editor, serializer, save: () => serializer.serialize(latest) }
}

const citation = {
  sourceId: 1,
  title: 'Depots',
  authors: [],
  publisher: null,
  publishedDate: null,
  url: null,
}

describe('IncrementalSerializer', () => {
  it('writes what Lexical writes, after edits inside blocks, new blocks, removals and moves', () => {
    const { editor, save } = editorWithSerializer()
    editor.update(
      () => {
        const root = $getRoot()
        for (let index = 0; index < 5; index += 1) {
          root.append($createParagraphNode().append($createTextNode(`Paragraph ${index} `)))
        }
        root.append($createPassageQuoteNode({ passageId: 3, start: 0, end: 5, exact: 'quote', citation }))
        root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('item'))))
      },
      { discrete: true },
    )
    const full = () => JSON.stringify(editor.getEditorState().toJSON())
    expect(save()).toBe(full())

    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1)
        if (!$isParagraphNode(second)) throw new Error('expected a paragraph')
        const text = second.getFirstChild()
        if ($isTextNode(text)) text.setTextContent('Paragraph one, edited ')
        second.append(
          $createActorMentionNode({ entityId: 7, name: 'Interior Ministry', entityType: 'government body' }),
        )
      },
      { discrete: true },
    )
    expect(save()).toBe(full())

    editor.update(
      () => {
        const root = $getRoot()
        root.getChildAtIndex(3)?.remove()
        const list = root.getLastChild()
        const item = $isListNode(list) ? list.getFirstChild() : null
        if ($isListItemNode(item)) item.append($createTextNode(' more'))
        root.getFirstChild()?.insertBefore($createParagraphNode().append($createTextNode('New opening')))
        // Text moves from one block into another.
        const last = root.getChildAtIndex(2)
        const moved = root.getChildAtIndex(1)
        if ($isParagraphNode(last) && $isParagraphNode(moved)) last.append(...moved.getChildren())
      },
      { discrete: true },
    )
    expect(save()).toBe(full())
  })

  it('plans saves that send only changed blocks and refer to the others by their place in the last save', () => {
    const { editor, serializer } = editorWithSerializer()
    editor.update(
      () => {
        for (let index = 0; index < 4; index += 1) {
          $getRoot().append($createParagraphNode().append($createTextNode(`Paragraph ${index}`)))
        }
      },
      { discrete: true },
    )
    // What the core holds: the blocks of the last save, as the core splits them.
    let held = (
      JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as { root: { children: unknown[] } }
    ).root.children.map((child) => JSON.stringify(child))
    serializer.loaded(editor.getEditorState())
    const apply = (entries: (string | number)[]) =>
      entries.map((entry) => (typeof entry === 'number' ? held[entry]! : entry))
    const full = () => JSON.stringify(editor.getEditorState().toJSON())

    expect(serializer.plan(editor.getEditorState()).unchanged).toBe(true)
    editor.update(
      () => {
        const third = $getRoot().getChildAtIndex(2)
        if ($isParagraphNode(third)) third.append($createTextNode(' edited'))
        $getRoot().getChildAtIndex(0)?.remove()
      },
      { discrete: true },
    )
    const plan = serializer.plan(editor.getEditorState())
    // The edited block goes whole; the untouched last one by its place. (The neighbour of a removed
    // block is rewritten by Lexical, which relinks it, so it may go whole too.)
    expect(typeof plan.entries[1]).toBe('string')
    expect(plan.entries[2]).toBe(3)
    const blocks = apply(plan.entries)
    expect(plan.root.replace(JSON.stringify(NOTE_BLOCKS_PLACEHOLDER), blocks.join(','))).toBe(full())
    expect(plan.content()).toBe(full())
    serializer.committed(plan)
    held = blocks

    // After the save, unchanged blocks are referred to by their new places.
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Last'))), {
      discrete: true,
    })
    const next = serializer.plan(editor.getEditorState())
    expect(next.entries.slice(0, 2)).toEqual([0, 1])
    expect(typeof next.entries[3]).toBe('string')
    expect(next.root.replace(JSON.stringify(NOTE_BLOCKS_PLACEHOLDER), apply(next.entries).join(','))).toBe(
      full(),
    )
  })

  it('sees no change in blocks marked dirty but the same as loaded, and sees a real one', () => {
    const { editor, serializer } = editorWithSerializer()
    editor.update(
      () => {
        const root = $getRoot()
        root.append($createParagraphNode().append($createTextNode('First paragraph')))
        root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('item'))))
      },
      { discrete: true },
    )
    const content = JSON.stringify(editor.getEditorState().toJSON())
    serializer.loaded(editor.getEditorState(), content)

    // What a plugin does as it starts: every list item marked dirty, nothing changed.
    editor.update(
      () => {
        for (const node of $getRoot().getChildren())
          if ($isListNode(node)) for (const item of node.getChildren()) item.markDirty()
      },
      { discrete: true },
    )
    expect(serializer.plan(editor.getEditorState()).unchanged).toBe(true)

    editor.update(
      () => {
        const list = $getRoot().getLastChild()
        const item = $isListNode(list) ? list.getFirstChild() : null
        if ($isListItemNode(item)) item.append($createTextNode(' more'))
      },
      { discrete: true },
    )
    const plan = serializer.plan(editor.getEditorState())
    expect(plan.unchanged).toBe(false)
    expect(plan.entries[0]).toBe(0)
    expect(typeof plan.entries[1]).toBe('string')
  })
})
