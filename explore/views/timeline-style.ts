/** Cytoscape styles for the pressure timeline. Font sizes are set per zoom (see TimelineView). */
import type { StylesheetJson } from 'cytoscape';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const timelineStyle: StylesheetJson = [
  { selector: 'node', style: { width: 12, height: 12, 'border-width': 1, 'border-color': '#fff', label: '', 'font-family': FONT } },
  { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
  { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
  {
    selector: 'node.lane',
    style: { label: 'data(name)', 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -8, color: '#1d2330', width: 14, height: 14, 'text-wrap': 'ellipsis', 'text-max-width': '190px' },
  },
  { selector: 'node.anchor', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
  {
    selector: 'node.tick',
    style: { shape: 'rectangle', width: 1, height: 10, 'background-color': '#6b7280', 'border-width': 0, label: 'data(text)', 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-y': 3, 'text-margin-x': 2, color: '#374151', events: 'no' },
  },
  { selector: 'node.undated-tick', style: { 'text-halign': 'center' } },
  { selector: 'edge.laneline', style: { 'line-color': '#e5e7eb', width: 1, events: 'no', 'curve-style': 'straight' } },
  { selector: 'edge.grid', style: { 'line-color': '#d9dde3', width: 1, 'line-style': 'dashed', 'line-dash-pattern': [3, 4], events: 'no', 'curve-style': 'straight' } },
  { selector: 'edge.span', style: { 'line-color': 'data(colour)', opacity: 0.16, width: 5, 'curve-style': 'straight', 'line-cap': 'round', events: 'no' } },
  {
    selector: 'edge.rel',
    style: {
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'straight',
      width: 2,
      label: 'data(label)',
      'text-rotation': 'none',
      color: '#111827',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'z-index-compare': 'manual',
      'z-index': 5,
    },
  },
  // Where labels would overlap they wait for hover or zoom.
  { selector: 'edge.rel.quiet', style: { label: '' } },
  { selector: 'edge.rel.hover, edge.rel:selected', style: { label: 'data(label)', width: 4, 'z-index': 100, 'text-background-opacity': 1, 'text-border-width': 1, 'text-border-color': '#9ca3af', 'text-border-opacity': 1 } },
  { selector: 'edge.rel.undated', style: { 'line-style': 'dashed' } },
  {
    selector: 'node.deadline',
    style: { shape: 'diamond', width: 13, height: 13, 'background-color': '#b91c1c', 'border-color': '#fff', label: 'data(text)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -3, color: '#7f1d1d', 'font-weight': 'bold', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'z-index-compare': 'manual', 'z-index': 90 },
  },
  { selector: 'edge.deadline-line', style: { 'line-color': '#b91c1c', 'line-style': 'dashed', width: 1.5, 'curve-style': 'straight', 'target-arrow-shape': 'none', events: 'no' } },
];
