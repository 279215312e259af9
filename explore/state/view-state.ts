/**
 * Everything that decides what the explorer shows, and its one text form: the page's query
 * string. A permalink, back and forward, and "copy link" all go through parseState and
 * stateToQuery, so what is in the URL is exactly what is on screen. Pure; unit-tested.
 */
import { CATEGORY_COLOURS } from '../../src/model/palette.js';

export const VIEWS = ['network', 'pressure', 'paths'] as const;
export type View = (typeof VIEWS)[number];
export type UndatedChoice = 'auto' | 'show' | 'hide';
export const ALL_CATEGORIES = Object.keys(CATEGORY_COLOURS);

export interface Selection {
  kind: 'entity' | 'relationship';
  key: string;
}

export interface ViewState {
  /** The entity the network centres on. */
  entity: string;
  /** Other entities whose neighbourhoods are drawn too, sorted. */
  expanded: string[];
  /** Month window, "YYYY-MM", inclusive; null is open-ended. */
  from: string | null;
  to: string | null;
  /** Shown categories, in the palette's order. */
  categories: string[];
  /** "auto": undated relationships are shown only while the window is open on both sides. */
  undated: UndatedChoice;
  view: View;
  selected: Selection | null;
  pathFrom: string | null;
  pathTo: string | null;
  timeRespecting: boolean;
  /** Which of the found paths is highlighted, from 0. */
  pathIndex: number;
}

export const START_ENTITY = 'anthropic';

export const PRESETS = {
  pressure: { label: 'Who pressured whom', categories: ['PRESSURE'] },
  stances: { label: 'Support and opposition', categories: ['SUPPORT', 'OPPOSITION'] },
  all: { label: 'All', categories: ALL_CATEGORIES },
} as const;
export type PresetName = keyof typeof PRESETS;

/** The opening view answers a question: who pressured Anthropic, and whom it pressured. */
export const DEFAULT_STATE: ViewState = {
  entity: START_ENTITY,
  expanded: [],
  from: null,
  to: null,
  categories: [...PRESETS.pressure.categories],
  undated: 'auto',
  view: 'network',
  selected: null,
  pathFrom: null,
  pathTo: null,
  timeRespecting: false,
  pathIndex: 0,
};

const KEY_RE = /^[a-z0-9][a-z0-9._-]{0,199}$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

const key = (v: string | null): string | null => (v !== null && KEY_RE.test(v) ? v : null);
const month = (v: string | null): string | null => (v !== null && MONTH_RE.test(v) ? v : null);

/** Canonical order: the palette's. Unknown names are dropped. */
export function normaliseCategories(names: Iterable<string>): string[] {
  const wanted = new Set([...names].map((n) => n.trim().toUpperCase()));
  return ALL_CATEGORIES.filter((c) => wanted.has(c));
}

/** Reads a query string; anything malformed falls back to the default rather than failing. */
export function parseState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const s: ViewState = { ...DEFAULT_STATE, expanded: [], categories: [...DEFAULT_STATE.categories] };
  s.entity = key(p.get('entity')) ?? DEFAULT_STATE.entity;
  s.expanded = [...new Set((p.get('expand') ?? '').split(',').map((k) => key(k)).filter((k): k is string => !!k && k !== s.entity))].sort();
  s.from = month(p.get('from'));
  s.to = month(p.get('to'));
  if (s.from && s.to && s.from > s.to) [s.from, s.to] = [s.to, s.from];
  const cats = p.get('categories');
  if (cats !== null) s.categories = cats.toLowerCase() === 'all' ? [...ALL_CATEGORIES] : normaliseCategories(cats.split(','));
  const undated = p.get('undated');
  s.undated = undated === 'show' || undated === 'hide' ? undated : 'auto';
  const view = p.get('view');
  s.view = (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : DEFAULT_STATE.view;
  const rel = key(p.get('rel'));
  const sel = key(p.get('select'));
  s.selected = rel ? { kind: 'relationship', key: rel } : sel ? { kind: 'entity', key: sel } : null;
  s.pathFrom = key(p.get('pathFrom'));
  s.pathTo = key(p.get('pathTo'));
  s.timeRespecting = p.get('paths') === 'time';
  const step = Number(p.get('step') ?? '1');
  s.pathIndex = Number.isInteger(step) && step >= 1 && step <= 100 ? step - 1 : 0;
  return s;
}

/**
 * The query string for a state. Entity, categories and view are always written, so a link keeps
 * meaning the same thing should the defaults change; the rest only when set.
 */
export function stateToQuery(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('entity', s.entity);
  if (s.expanded.length) p.set('expand', [...s.expanded].sort().join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  const cats = normaliseCategories(s.categories);
  p.set('categories', cats.length === ALL_CATEGORIES.length ? 'all' : cats.join(','));
  if (s.undated !== 'auto') p.set('undated', s.undated);
  p.set('view', s.view);
  if (s.selected?.kind === 'relationship') p.set('rel', s.selected.key);
  else if (s.selected?.kind === 'entity' && s.selected.key !== s.entity) p.set('select', s.selected.key);
  if (s.pathFrom) p.set('pathFrom', s.pathFrom);
  if (s.pathTo) p.set('pathTo', s.pathTo);
  if (s.timeRespecting) p.set('paths', 'time');
  if (s.pathIndex > 0) p.set('step', String(s.pathIndex + 1));
  // Commas are safe in a query string and keep lists readable.
  return p.toString().replace(/%2C/g, ',');
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return stateToQuery(a) === stateToQuery(b);
}

/** Whether undated relationships are shown, once "auto" is resolved. */
export function showsUndated(s: ViewState): boolean {
  if (s.undated !== 'auto') return s.undated === 'show';
  return s.from === null && s.to === null;
}

export function presetOf(s: ViewState): PresetName | null {
  const cats = normaliseCategories(s.categories).join(',');
  for (const [name, preset] of Object.entries(PRESETS) as [PresetName, (typeof PRESETS)[PresetName]][]) {
    if (normaliseCategories(preset.categories).join(',') === cats) return name;
  }
  return null;
}
