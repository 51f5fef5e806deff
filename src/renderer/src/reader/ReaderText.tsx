// The canonical text drawn as blocks. Each block element holds exactly its
// slice of the text as one text node and says where it lies (data-start,
// data-end), which is what find, search hits and passages map onto.
import { memo, useMemo, type ReactNode } from 'react'
import type { TextBlock } from '@shared/models'
import { layoutBlocks } from './reader-layout'

interface ReaderTextProps {
  text: string
  blocks: readonly TextBlock[]
}

export const ReaderText = memo(function ReaderText({ text, blocks }: ReaderTextProps) {
  const items = useMemo(() => layoutBlocks(blocks), [blocks])
  return (
    <div className="reader-text">
      {items.map((item) => {
        switch (item.type) {
          case 'page':
            return (
              <div
                key={`page-${item.page}`}
                className="reader-page"
                role="separator"
                aria-label={`Page ${item.page}`}
              >
                <span aria-hidden="true">Page {item.page}</span>
              </div>
            )
          case 'list':
            return (
              <ul key={`list-${item.items[0]!.start}`}>
                {item.items.map((block) => (
                  <li key={block.start} {...placement(block)} dir="auto">
                    {text.slice(block.start, block.end)}
                  </li>
                ))}
              </ul>
            )
          default:
            return renderBlock(item.block, text.slice(item.block.start, item.block.end))
        }
      })}
    </div>
  )
})

function placement(block: TextBlock): { 'data-start': number; 'data-end': number } {
  return { 'data-start': block.start, 'data-end': block.end }
}

function renderBlock(block: TextBlock, content: string): ReactNode {
  const key = block.start
  const common = placement(block)
  switch (block.kind) {
    case 'heading': {
      // The source's top level sits under the reader's own title (h2).
      const Tag = `h${Math.min(6, (block.level ?? 1) + 2)}` as 'h3'
      return (
        <Tag key={key} {...common} dir="auto">
          {content}
        </Tag>
      )
    }
    case 'quote':
      return (
        <blockquote key={key} {...common} dir="auto">
          {content}
        </blockquote>
      )
    case 'code':
      return (
        <pre key={key} {...common} dir="ltr">
          {content}
        </pre>
      )
    default:
      return (
        <p key={key} {...common} dir="auto">
          {content}
        </p>
      )
  }
}
