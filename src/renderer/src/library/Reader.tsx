// The reader: a source's text with its headings, paragraphs, quotes and lists
// in comfortable type; each paragraph takes its own direction (Arabic reads
// right to left).
import { useEffect, useState, type ReactNode } from 'react'
import { formatBytes } from '@shared/limits'
import type { Source, TextBlock, TextRange } from '@shared/models'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { formatDate } from '../common/format-date'
import './reader.css'

export function Reader({ sourceId, range }: { sourceId: number; range?: TextRange }) {
  // TODO(reader): scroll to and mark `range` (a search hit or a passage).
  void range
  const api = useApi()
  const [loaded, setLoaded] = useState<{ id: number; source?: Source; error?: string }>()

  useEffect(() => {
    let live = true
    api.call('sources:get', { id: sourceId }).then(
      (source) => live && setLoaded({ id: sourceId, source }),
      (failure: unknown) => live && setLoaded({ id: sourceId, error: errorMessage(failure) }),
    )
    return () => {
      live = false
    }
  }, [api, sourceId])

  if (loaded?.id === sourceId && loaded.error) {
    return (
      <div className="reader-message" role="alert">
        {loaded.error}
      </div>
    )
  }
  const source = loaded?.id === sourceId ? loaded.source : undefined
  if (!source) return <div className="reader-message">Opening…</div>
  // When the text opens with its own headline, that block is the title: show it once.
  const [first, ...rest] = source.blocks
  const titleBlock =
    first?.kind === 'heading' && source.text.slice(first.start, first.end) === source.title
      ? first
      : undefined
  return (
    <article className="reader" aria-label={`Reader: ${source.title}`}>
      <header className="reader-header">
        <h2 className="reader-title" dir="auto">
          {source.title}
        </h2>
        <p className="reader-meta">
          {source.fileName} · {formatBytes(source.byteSize)} · imported {formatDate(source.importedAt)}
        </p>
      </header>
      <div className="reader-text">{renderBlocks(source.text, titleBlock ? rest : source.blocks)}</div>
    </article>
  )
}

function renderBlocks(text: string, blocks: TextBlock[]): ReactNode[] {
  const nodes: ReactNode[] = []
  let listItems: ReactNode[] = []
  const flushList = (key: number) => {
    if (listItems.length === 0) return
    nodes.push(<ul key={`list-${key}`}>{listItems}</ul>)
    listItems = []
  }
  blocks.forEach((block, index) => {
    const content = text.slice(block.start, block.end)
    if (block.kind === 'list-item') {
      listItems.push(
        <li key={index} dir="auto">
          {content}
        </li>,
      )
      return
    }
    flushList(index)
    nodes.push(renderBlock(block, content, index))
  })
  flushList(blocks.length)
  return nodes
}

function renderBlock(block: TextBlock, content: string, key: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, (block.level ?? 1) + 2)
      const Tag = `h${level}` as 'h3'
      return (
        <Tag key={key} dir="auto">
          {content}
        </Tag>
      )
    }
    case 'quote':
      return (
        <blockquote key={key} dir="auto">
          {content}
        </blockquote>
      )
    case 'code':
      return <pre key={key}>{content}</pre>
    default:
      return (
        <p key={key} dir="auto">
          {content}
        </p>
      )
  }
}
