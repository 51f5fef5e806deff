// Cytoscape's stylesheet for the network: node shape, colour and size from
// the element's data; edge colour, width, dashes and arrows; the period
// comparison; selection and the ghost edge drawn while connecting two actors.
// Colours of text and outlines come from the app's theme (light or dark).
import type { StylesheetJson } from 'cytoscape'

export interface Theme {
  text: string
  background: string
  accent: string
  faint: string
  appeared: string
  ended: string
}

export function readTheme(element: Element): Theme {
  const css = getComputedStyle(element)
  const value = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  return {
    text: value('--text', '#1d1f23'),
    background: value('--bg', '#f7f7f5'),
    accent: value('--accent', '#3a5bc7'),
    faint: value('--text-faint', '#85888f'),
    appeared: value('--success', '#1f7a4d'),
    ended: value('--danger', '#b42318'),
  }
}

/**
 * Large graphs draw edges the cheap way (haystack, straight) and hide labels until zoomed in.
 * They also leave out every property that would change nothing there (no border, no label
 * background, no wrapping): Cytoscape applies each listed property to each element one by one,
 * which on tens of thousands of elements is most of the first drawing's time.
 */
export function networkStyle(theme: Theme, large: boolean): StylesheetJson {
  const nodeDecoration = large
    ? {}
    : {
        'border-width': 1.5,
        'border-color': theme.background,
        'text-wrap': 'ellipsis' as const,
        'text-max-width': '150px',
        'text-background-color': theme.background,
        'text-background-opacity': 0.75,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle' as const,
      }
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        color: theme.text,
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans", "Noto Sans Arabic", sans-serif',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        // Cytoscape rounds the zoom up to a power of two when it decides this, so 12 shows a large
        // graph's names from a zoom of 1 on: below it thousands of names only pile up, and drawing
        // them was a good part of the first drawing's time.
        'min-zoomed-font-size': large ? 12 : 6,
        ...nodeDecoration,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'bezier',
        ...(large ? { 'haystack-radius': 0.4 } : {}),
        'line-color': 'data(color)',
        width: 'data(width)',
        opacity: 0.85,
      },
    },
    // Only bundles of several ties carry a count; the others skip the label properties.
    {
      selector: 'edge[?count]',
      style: {
        label: 'data(count)',
        'font-size': 10,
        color: theme.text,
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 8,
      },
    },
    // Haystack edges cannot carry arrows: directed ones are drawn straight when the graph is large.
    {
      selector: 'edge.directed',
      style: {
        'curve-style': large ? 'straight' : 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
      },
    },
    { selector: 'edge.alleged', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge.denied', style: { 'line-style': 'dotted', opacity: 0.6 } },
    {
      selector: 'edge.appeared',
      style: { 'line-color': theme.appeared, 'target-arrow-color': theme.appeared, width: 4 },
    },
    {
      selector: 'edge.ended',
      style: {
        'line-color': theme.ended,
        'target-arrow-color': theme.ended,
        'line-style': 'dashed',
        width: 3,
      },
    },
    { selector: 'edge.held', style: { 'line-color': theme.faint, 'target-arrow-color': theme.faint } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'node:selected, node.focused',
      style: { 'border-width': 4, 'border-color': theme.accent, 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': 0.35,
        'underlay-padding': 5,
        opacity: 1,
        'z-index': 20,
      } as never,
    },
    {
      selector: 'node.connect-source, node.connect-target',
      style: { 'border-width': 4, 'border-color': theme.accent },
    },
    {
      selector: 'node.ghost',
      style: { width: 1, height: 1, opacity: 0, label: '', events: 'no' },
    },
    {
      selector: 'edge.ghost',
      style: {
        'curve-style': 'straight',
        'line-color': theme.accent,
        'target-arrow-color': theme.accent,
        'target-arrow-shape': 'triangle',
        'line-style': 'dashed',
        width: 2.5,
        label: '',
        events: 'no',
      },
    },
  ]
}
