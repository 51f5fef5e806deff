// The list a typeahead menu shows under the caret (quote picker, actor
// picker): options as ARIA options the editor points at with
// aria-activedescendant, chosen with the arrow keys and Enter or a click.
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin'
import { useEffect, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'

interface TypeaheadListProps<T extends MenuOption> {
  anchor: RefObject<HTMLElement | null>
  label: string
  options: T[]
  selectedIndex: number | null
  choose(option: T): void
  highlight(index: number): void
  render(option: T): ReactNode
  /** Shown instead of the list when there is nothing to offer yet. */
  empty?: ReactNode
}

export function TypeaheadList<T extends MenuOption>({
  anchor,
  label,
  options,
  selectedIndex,
  choose,
  highlight,
  render,
  empty,
}: TypeaheadListProps<T>) {
  const container = anchor.current
  useEffect(() => {
    if (!container) return
    // Lexical's container is the listbox; name it for what it lists. Lexical
    // writes its own generic name each time it places the menu: put ours back.
    const name = () => {
      if (container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label)
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(container, { attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [container, label])
  if (!container || (options.length === 0 && !empty)) return null
  return createPortal(
    <div className="note-typeahead">
      {options.length === 0 ? (
        <div className="note-typeahead-empty">{empty}</div>
      ) : (
        <ul role="presentation">
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`typeahead-item-${index}`}
              ref={(element) => option.setRefElement(element)}
              role="option"
              aria-selected={selectedIndex === index}
              tabIndex={-1}
              className={selectedIndex === index ? 'is-selected' : undefined}
              // Moving, not entering: a menu that opens under a resting pointer keeps its first option.
              onMouseMove={() => selectedIndex !== index && highlight(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {render(option)}
            </li>
          ))}
        </ul>
      )}
    </div>,
    container,
  )
}
