// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless'
import { registerRichText } from '@lexical/rich-text'
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  DELETE_CHARACTER_COMMAND,
  KEY_BACKSPACE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { $createNoteSectionNode, $isNoteSectionNode } from '../nodes/NoteSectionNode'
import { NOTE_NODES } from '../nodes/note-nodes'
import { registerNoteSections } from '../plugins/NoteSectionsPlugin'
import { IncrementalSerializer } from './incremental-json'
import { $noteBlocks, SECTION_SIZE, sectionedContent } from './note-sections'
import { $joinSectionsForEdit } from './section-upkeep'

const throwError = (error: Error) => {
  throw error
}

function newEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: NOTE_NODES, onError: throwError })
  registerRichText(editor)
  registerNoteSections(editor)
  return editor
}

/** A saved note (flat, as the core holds it) of `count` paragraphs "Paragraph 0." and on. */
function savedNote(count: number): string {
  const editor = createHeadlessEditor({ nodes: NOTE_NODES, onError: throwError })
  editor.update(
    () => {
      for (let index = 0; index < count; index += 1)
        $getRoot().append($createParagraphNode().append($createTextNode(`Paragraph ${index}.`)))
    },
    { discrete: true },
  )
  return JSON.stringify(editor.getEditorState().toJSON())
}

function loadedEditor(count: number): LexicalEditor {
  const editor = newEditor()
  editor.setEditorState(editor.parseEditorState(sectionedContent(savedNote(count))))
  return editor
}

/** Sections of the given sizes, paragraphs numbered through them. */
function editorWithSections(sizes: number[]): LexicalEditor {
  const editor = newEditor()
  editor.update(
    () => {
      let number = 0
      for (const size of sizes) {
        const section = $createNoteSectionNode()
        $getRoot().append(section)
        for (let index = 0; index < size; index += 1)
          section.append($createParagraphNode().append($createTextNode(`Paragraph ${number++}.`)))
      }
    },
    { discrete: true },
  )
  return editor
}

/** The blocks' text, and the sizes of the sections holding them (-1: a block outside any). */
function shape(editor: LexicalEditor): { texts: string[]; sections: number[] } {
  return editor.read(() => ({
    texts: $noteBlocks().map((block) => block.getTextContent()),
    sections: $getRoot()
      .getChildren()
      .map((child) => ($isNoteSectionNode(child) ? child.getChildrenSize() : -1)),
  }))
}

function expectTidy(editor: LexicalEditor): void {
  const { sections } = shape(editor)
  expect(sections.every((size) => size > 0 && size <= SECTION_SIZE * 2)).toBe(true)
  // Every block's parent lists it, and the sections' sizes add up to the blocks.
  editor.read(() => {
    for (const section of $getRoot().getChildren<ElementNode>())
      for (const block of section.getChildren()) expect(block.getParent()?.is(section)).toBe(true)
  })
  expect(sections.reduce((sum, size) => sum + size, 0)).toBe(shape(editor).texts.length)
}

function $textOf(index: number): TextNode {
  return ($noteBlocks()[index] as ElementNode).getFirstChildOrThrow<TextNode>()
}

function select(editor: LexicalEditor, from: [number, number], to: [number, number] = from): void {
  editor.update(
    () => {
      const selection = $createRangeSelection()
      selection.anchor.set($textOf(from[0]).getKey(), from[1], 'text')
      selection.focus.set($textOf(to[0]).getKey(), to[1], 'text')
      $setSelection(selection)
    },
    { discrete: true },
  )
}

const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index}.`)

describe('note sections', () => {
  it('group a loaded note in sections, and save it as the flat list of blocks it is', () => {
    const saved = savedNote(60)
    const editor = newEditor()
    editor.setEditorState(editor.parseEditorState(sectionedContent(saved)))
    expect(shape(editor)).toEqual({ texts: paragraphs(60), sections: [SECTION_SIZE, SECTION_SIZE, 12] })
    const serializer = new IncrementalSerializer()
    serializer.loaded(editor.getEditorState(), saved)
    expect(serializer.serialize(editor.getEditorState())).toBe(saved)
    expect(serializer.plan(editor.getEditorState()).unchanged).toBe(true)
  })

  it('let Backspace at the start of a section join its first block to the block before', () => {
    const editor = loadedEditor(60)
    select(editor, [SECTION_SIZE, 0])
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true)
    const { texts } = shape(editor)
    expect(texts).toHaveLength(59)
    expect(texts[SECTION_SIZE - 1]).toBe(`Paragraph ${SECTION_SIZE - 1}.Paragraph ${SECTION_SIZE}.`)
    expectTidy(editor)
  })

  it('join across sections even where the joined section is large enough to be split again', () => {
    const editor = editorWithSections([40, 40])
    select(editor, [40, 0])
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true)
    expect(shape(editor).texts[39]).toBe('Paragraph 39.Paragraph 40.')
    expectTidy(editor)
    // "Par|agraph 10." to "Par|agraph 71." (the 70th block now, after the join above).
    select(editor, [10, 3], [70, 3])
    editor.dispatchCommand(REMOVE_TEXT_COMMAND, null)
    const { texts } = shape(editor)
    expect(texts.slice(9, 12)).toEqual(['Paragraph 9.', 'Paragraph 71.', 'Paragraph 72.'])
    expect(texts).toHaveLength(79 - 60)
    expectTidy(editor)
  })

  it('do the same when a key press runs its commands in one update, as in the browser', () => {
    const editor = editorWithSections([47, 24, 8])
    select(editor, [47, 0])
    editor.update(
      () => {
        editor.dispatchCommand(KEY_BACKSPACE_COMMAND, new KeyboardEvent('keydown', { key: 'Backspace' }))
      },
      { discrete: true },
    )
    expect(shape(editor).texts[46]).toBe('Paragraph 46.Paragraph 47.')
    expectTidy(editor)
  })

  it('leave sections alone for a deletion inside a block at their edge', () => {
    const editor = loadedEditor(60)
    // Inside the first block of the second section, and inside the last block of the first.
    select(editor, [SECTION_SIZE, 5])
    editor.update(() => $joinSectionsForEdit('backward'), { discrete: true })
    select(editor, [SECTION_SIZE - 1, 5])
    editor.update(() => $joinSectionsForEdit('forward'), { discrete: true })
    expect(shape(editor).sections).toEqual([SECTION_SIZE, SECTION_SIZE, 12])
    // At the start of that block, Backspace reaches into the section before.
    select(editor, [SECTION_SIZE, 0])
    editor.update(() => $joinSectionsForEdit('backward'), { discrete: true })
    expect(shape(editor).sections).toEqual([SECTION_SIZE * 2, 12])
  })

  it('let Delete at the end of a section pull in the block after', () => {
    const editor = loadedEditor(60)
    const last = `Paragraph ${SECTION_SIZE - 1}.`
    select(editor, [SECTION_SIZE - 1, last.length])
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false)
    expect(shape(editor).texts[SECTION_SIZE - 1]).toBe(`${last}Paragraph ${SECTION_SIZE}.`)
    expectTidy(editor)
  })

  it('remove a selection running across sections as one, joining its ends', () => {
    const editor = loadedEditor(60)
    // From "Paragraph 5|." to "Paragraph 50|.".
    select(editor, [5, 'Paragraph 5'.length], [50, 'Paragraph 50'.length])
    editor.dispatchCommand(REMOVE_TEXT_COMMAND, null)
    const { texts } = shape(editor)
    expect(texts).toEqual([...paragraphs(5), 'Paragraph 5.', ...paragraphs(60).slice(51)])
    expectTidy(editor)
    // Backwards, the same.
    const backwards = loadedEditor(60)
    select(backwards, [50, 'Paragraph 50'.length], [5, 'Paragraph 5'.length])
    backwards.dispatchCommand(REMOVE_TEXT_COMMAND, null)
    expect(shape(backwards).texts).toEqual(texts)
  })

  it('split a section grown large, wrap blocks put in the root, and drop emptied sections', () => {
    const editor = loadedEditor(30)
    editor.update(
      () => {
        const first = $getRoot().getFirstChildOrThrow<ElementNode>()
        for (let index = 0; index < 100; index += 1)
          first.append($createParagraphNode().append($createTextNode(`Added ${index}.`)))
        $getRoot().append($createParagraphNode().append($createTextNode('At the root.')))
      },
      { discrete: true },
    )
    expect(shape(editor).texts).toHaveLength(131)
    expect(shape(editor).texts.at(-1)).toBe('At the root.')
    expectTidy(editor)
    editor.update(
      () => {
        for (const block of $noteBlocks().slice(0, 60)) block.remove()
      },
      { discrete: true },
    )
    expect(shape(editor).texts).toHaveLength(71)
    expectTidy(editor)
  })

  it('leave one empty paragraph when everything is deleted', () => {
    const editor = loadedEditor(60)
    select(editor, [0, 0], [59, 'Paragraph 59.'.length])
    editor.dispatchCommand(REMOVE_TEXT_COMMAND, null)
    expect(shape(editor)).toEqual({ texts: [''], sections: [1] })
  })
})
