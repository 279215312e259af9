/** Cytoscape styles for the network and path views: colours and shapes come from src/model/palette.ts. */
import type { StylesheetJson } from 'cytoscape';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const networkStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      label: 'data(name)',
      width: 22,
      height: 22,
      'font-size': 11,
      'font-family': FONT,
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      // A white box behind each name: an edge crossing a label cannot cut letters out of it.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'z-index-compare': 'manual',
      'z-index': 10,
    },
  },
  { selector: 'node.expanded', style: { 'border-color': '#1d2330', 'border-width': 2.5 } },
  {
    selector: 'node.focus, node:selected',
    style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'text-background-opacity': 1, 'z-index': 100 },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 7 } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      width: 1.8,
      label: 'data(label)',
      'font-size': 9,
      'font-family': FONT,
      color: '#39404d',
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
      'z-index-compare': 'manual',
      'z-index': 1,
    },
  },
  { selector: 'edge.undated', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { width: 4, 'font-size': 11, color: '#000', 'z-index': 50, 'text-background-opacity': 1 } },
  { selector: '.dimmed', style: { opacity: 0.18 } },
  { selector: 'edge.on-path', style: { width: 4.5, 'z-index': 60, 'font-size': 11, color: '#000' } },
  { selector: 'node.on-path', style: { 'border-color': '#111827', 'border-width': 3, 'font-weight': 'bold', 'z-index': 110 } },
  { selector: 'node.endpoint', style: { width: 34, height: 34 } },
];
