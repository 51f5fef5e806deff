// Serializes a note's editor state for saving without re-serializing what
// did not change: each top-level block's JSON is kept until an update touches
// something inside it. It also remembers which blocks the core already has
// (as of the last save), so a save can send only the changed blocks and the
// positions of the others (notes:saveBlocks): a keystroke in a 20,000-word
// note then costs one paragraph's JSON, not the whole note's. The editor's
// sections (NoteSectionNode) are left out: the note is saved as its blocks.
import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalNode,
  type NodeKey,
} from 'lexical'
import { NOTE_BLOCKS_PLACEHOLDER } from '@shared/notes'
import { $noteBlocks, $noteBlockOf } from './note-sections'

/** One save: what to send, and what it covers once the core has it. */
export interface SavePlan {
  /** The root's JSON with the placeholder where its blocks go. */
  root: string
  /** Per block: its JSON, or its position in the last save when unchanged since. */
  entries: (string | number)[]
  /** The whole note as JSON (for a save that sends everything). */
  content(): string
  /** Nothing changed since the last save. */
  unchanged: boolean
  /** The blocks' keys, in order, and the moment the plan was made. */
  keys: NodeKey[]
  generation: number
}

/** A node and what it holds, as EditorState.toJSON() writes it. */
function $exportTree(node: LexicalNode): object {
  const json = $exportNodeJSON(node) as { children?: object[] }
  if ($isElementNode(node)) json.children = node.getChildren().map($exportTree)
  return json
}

export class IncrementalSerializer {
  private readonly blocks = new Map<NodeKey, string>()
  /** Where each block sits in what the core last saved; blocks not there are new to it. */
  private saved = new Map<NodeKey, number>()
  /** When each block last changed (a counter of updates). */
  private readonly changedAt = new Map<NodeKey, number>()
  /**
   * Each block's JSON as the core holds it, where known: a block an update marked dirty
   * without changing it (plugins do, as they start) then needs no save.
   */
  private readonly savedJson = new Map<NodeKey, string>()
  private generation = 0

  /**
   * The state loaded from the core: its blocks are what the core holds, in this order.
   * `content`, the note's JSON as loaded, tells what each block holds.
   */
  loaded(editorState: EditorState, content?: string): void {
    this.blocks.clear()
    this.changedAt.clear()
    this.savedJson.clear()
    const keys = editorState.read(() => $noteBlocks().map((block) => block.getKey()))
    this.saved = new Map(keys.map((key, index) => [key, index]))
    if (content === undefined) return
    const children = (JSON.parse(content) as { root?: { children?: unknown[] } }).root?.children ?? []
    if (children.length !== keys.length) return
    keys.forEach((key, index) => this.savedJson.set(key, JSON.stringify(children[index])))
  }

  /** Forgets every block (a whole new state was put in: undo, redo, a restored version). */
  reset(): void {
    this.blocks.clear()
    this.saved.clear()
    this.savedJson.clear()
    this.generation += 1
  }

  /** Forgets the blocks that hold what an update changed. */
  changed(
    editorState: EditorState,
    dirtyElements: ReadonlyMap<NodeKey, unknown>,
    dirtyLeaves: ReadonlySet<NodeKey>,
  ): void {
    this.generation += 1
    editorState.read(() => {
      const forget = (key: NodeKey) => {
        const node = $getNodeByKey(key)
        // A node gone from the note: the block it was in is dirty too, or was removed whole.
        const block = node ? $noteBlockOf(node)?.getKey() : key
        // The root or a section: their blocks' places are read afresh by every plan.
        if (block === undefined) return
        this.blocks.delete(block)
        this.changedAt.set(block, this.generation)
      }
      for (const key of dirtyElements.keys()) forget(key)
      for (const key of dirtyLeaves) forget(key)
    })
  }

  /** What to send to save the state. */
  plan(editorState: EditorState): SavePlan {
    return editorState.read(() => {
      const root = $getRoot()
      const children = $noteBlocks()
      const keys = children.map((child) => child.getKey())
      const entries: (string | number)[] = []
      let unchanged = keys.length === this.saved.size
      children.forEach((child, position) => {
        const key = keys[position]!
        const savedAt = this.saved.get(key)
        if (savedAt !== undefined && !this.changedAt.has(key)) {
          entries.push(savedAt)
          if (savedAt !== position) unchanged = false
        } else {
          const json = this.json(child)
          if (savedAt !== undefined && sameJson(this.savedJson.get(key), json)) {
            entries.push(savedAt)
            if (savedAt !== position) unchanged = false
            // What the core holds already (a block marked dirty but not changed): no need to
            // compare it again until it really changes.
            this.changedAt.delete(key)
          } else {
            entries.push(json)
            unchanged = false
          }
        }
      })
      const rootJson = $exportNodeJSON(root) as unknown as { children: unknown[] }
      rootJson.children = [NOTE_BLOCKS_PLACEHOLDER]
      const rootText = JSON.stringify({ root: rootJson })
      // The whole note, when it is asked for: every block's JSON, cached or made now.
      const content = () =>
        editorState.read(() =>
          rootText.replace(
            JSON.stringify(NOTE_BLOCKS_PLACEHOLDER),
            children.map((child) => this.json(child)).join(','),
          ),
        )
      return { root: rootText, entries, content, unchanged, keys, generation: this.generation }
    })
  }

  /** The core has saved a plan: its blocks are the ones to refer to from now on. */
  committed(plan: SavePlan): void {
    this.saved = new Map(plan.keys.map((key, index) => [key, index]))
    plan.entries.forEach((entry, index) => {
      if (typeof entry === 'string') this.savedJson.set(plan.keys[index]!, entry)
    })
    for (const [key, at] of this.changedAt) if (at <= plan.generation) this.changedAt.delete(key)
  }

  /** The state as JSON, exactly as JSON.stringify(editorState.toJSON()) writes it. */
  serialize(editorState: EditorState): string {
    return this.plan(editorState).content()
  }

  private json(child: LexicalNode): string {
    const key = child.getKey()
    let json = this.blocks.get(key)
    if (json === undefined) {
      json = JSON.stringify($exportTree(child))
      this.blocks.set(key, json)
    }
    return json
  }
}

/**
 * Whether two JSON texts hold the same value. Notes made outside the editor (from Markdown,
 * the sample library) write their keys in another order than Lexical, so text alone can differ.
 */
function sameJson(saved: string | undefined, json: string): boolean {
  if (saved === undefined) return false
  return saved === json || sameValue(JSON.parse(saved), JSON.parse(json))
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  const bRecord = b as Record<string, unknown>
  return aKeys.every((key) => key in bRecord && sameValue((a as Record<string, unknown>)[key], bRecord[key]))
}
