/**
 * Links to the service's file exports (/export/*, see docs/exports.md) carrying the view's
 * filters: its categories, its time window, whether undated relationships are in it and, in the
 * network view, the entities it is drawn around (their relationships are what it shows).
 */
import { duringOf } from '../state/filters.js';
import { ALL_CATEGORIES, normaliseCategories, showsUndated, type ViewState } from '../state/view-state.js';

export const EXPORT_FORMATS = [
  { file: 'graph.json', label: 'JSON (networkx node-link)' },
  { file: 'graph.graphml', label: 'GraphML' },
  { file: 'graph.gexf', label: 'GEXF (Gephi)' },
] as const;

export function exportQuery(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.categories.length < ALL_CATEGORIES.length) p.set('category', normaliseCategories(s.categories).join(','));
  const during = duringOf(s);
  // An open window that hides undated relationships is "during=..": every dated one.
  if (during) {
    p.set('during', `${during.from ?? ''}..${during.to ?? ''}`);
    if (during.includeUndated) p.set('includeUndated', 'true');
  } else if (!showsUndated(s)) p.set('during', '..');
  if (s.view === 'network') p.set('involving', [s.entity, ...s.expanded].join(','));
  return p.toString().replace(/%2C/g, ',');
}

export function exportUrl(file: string, s: ViewState): string {
  const q = exportQuery(s);
  return `/export/${file}${q ? `?${q}` : ''}`;
}
