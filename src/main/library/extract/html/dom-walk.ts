// Finding elements by tag name in one walk of the element siblings: one pass
// for several tag names, where getElementsByTagName walks the tree per name.

/** Descendants of `root` whose tag is one of `names`, in document order. */
export function elementsNamed(root: Element | Document, names: ReadonlySet<string>): Element[] {
  const found: Element[] = []
  const visit = (parent: Element | Document): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (names.has(child.localName)) found.push(child)
      visit(child)
    }
  }
  visit(root)
  return found
}
