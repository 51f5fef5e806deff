// Page object for the Network view: the sample library, the drawing (where an
// actor or a tie is on screen, as a person sees it), the side panels.
import { expect, type Locator, type Page } from '@playwright/test'

interface Point {
  x: number
  y: number
}

/** The Cytoscape instance Cytoscape keeps on its container, read to find where things are drawn. */
type CyElement = HTMLElement & {
  _cyreg: {
    cy: {
      nodes(): { filter(f: (node: CyNode) => boolean): CyNode[] }
      edges(): { filter(f: (edge: CyEdge) => boolean): CyEdge[] }
    }
  }
}
interface CyNode {
  data(key: string): string
  renderedPosition(): Point
}
interface CyEdge {
  data(key: string): string
  source(): CyNode
  target(): CyNode
  renderedMidpoint(): Point
}

export class NetworkView {
  readonly view: Locator
  readonly drawing: Locator

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Network' })
    this.drawing = page.getByRole('img', { name: /^Network drawing/ })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Network' }).click()
  }

  /** Opens the sample library from the empty Network view and waits for its drawing. */
  async openSample(): Promise<void> {
    await this.open()
    await this.view.getByRole('button', { name: 'Open Sample Library' }).click()
    await expect(this.summary()).toHaveText(/^[1-9]\d* actors · \d+ ties$/, { timeout: 30_000 })
    await this.settled()
  }

  /** "21 actors · 23 ties": what the view shows now. */
  summary(): Locator {
    return this.view.locator('header').getByRole('status')
  }

  async settled(): Promise<void> {
    await expect(this.drawing).toHaveAttribute('data-layout', 'done', { timeout: 30_000 })
  }

  side(name: string | RegExp): Locator {
    return this.page.getByRole('complementary', { name })
  }

  /** Where an actor is drawn, in page coordinates. */
  async actorAt(name: string): Promise<Point> {
    return this.drawing.evaluate((element, label) => {
      const cy = (element as CyElement)._cyreg.cy
      const [node] = cy.nodes().filter((candidate) => candidate.data('label') === label)
      if (!node) throw new Error(`No actor "${label}" is drawn`)
      const box = element.getBoundingClientRect()
      const at = node.renderedPosition()
      return { x: box.left + at.x, y: box.top + at.y }
    }, name)
  }

  /** The middle of the edge of a type between two actors, in page coordinates. */
  async tieAt(from: string, to: string, type: string): Promise<Point> {
    return this.drawing.evaluate(
      (element, { from, to, type }) => {
        const cy = (element as CyElement)._cyreg.cy
        const ends = (edge: CyEdge) =>
          [edge.source().data('label'), edge.target().data('label')].sort().join('|')
        const wanted = [from, to].sort().join('|')
        const [edge] = cy
          .edges()
          .filter((candidate) => candidate.data('type') === type && ends(candidate) === wanted)
        if (!edge) throw new Error(`No ${type} edge between "${from}" and "${to}" is drawn`)
        const box = element.getBoundingClientRect()
        const at = edge.renderedMidpoint()
        return { x: box.left + at.x, y: box.top + at.y }
      },
      { from, to, type },
    )
  }

  async clickTie(from: string, to: string, type: string): Promise<void> {
    const at = await this.tieAt(from, to, type)
    await this.page.mouse.click(at.x, at.y)
  }

  /** Presses the mouse on one actor, moves to the other and lets go, as a person drags. */
  async dragFromTo(from: string, to: string): Promise<void> {
    const start = await this.actorAt(from)
    const end = await this.actorAt(to)
    await this.page.mouse.move(start.x, start.y)
    await this.page.mouse.down()
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 })
    await this.page.mouse.move(end.x, end.y, { steps: 5 })
    await this.page.mouse.up()
  }
}
