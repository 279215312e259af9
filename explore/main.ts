/**
 * The explorer: draws the knowledge graph as an interactive network with Cytoscape.js.
 * Every piece of data comes from the service's GraphQL API at /graphql; there is no other backend.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

// ------------------------------------------------------------------ types and constants

interface Temporal { iso: string; precision: string; start: string; end: string }
interface EntityRef { id?: string; key: string; name?: string; kind?: string }
interface Entity { id: string; key: string; name: string; kind: string; description?: string | null; aliases?: string[] }
interface Relationship {
  id: string;
  type: string;
  category: string;
  status: string;
  summary: string;
  source: EntityRef;
  target: EntityRef;
  when: Temporal | null;
  until: Temporal | null;
  deadline: Temporal | null;
  amount: { amount: number; currency: string } | null;
}
interface Evidence {
  document: { key: string; title: string; reliability: string; publisher: string | null; url: string | null; publishedOn: { iso: string; precision: string } | null };
  start: number | null;
  end: number | null;
  quote: string | null;
}
interface RelationshipDetail extends Relationship { evidence: Evidence[] }

export const KINDS: Record<string, { color: string; shape: string; label: string }> = {
  ORGANIZATION: { color: '#3b6fb6', shape: 'round-rectangle', label: 'Organisation' },
  PERSON: { color: '#e8871e', shape: 'ellipse', label: 'Person' },
  AI_MODEL: { color: '#9b5fc0', shape: 'diamond', label: 'AI model' },
  CONTRACT: { color: '#d4b000', shape: 'rectangle', label: 'Contract' },
  POLICY: { color: '#2a9d8f', shape: 'hexagon', label: 'Policy' },
  EVENT: { color: '#8d6e63', shape: 'star', label: 'Event' },
};
export const CATEGORIES: Record<string, string> = {
  PRESSURE: '#d62728',
  OPPOSITION: '#f0781e',
  CONFLICT: '#8b0000',
  SUPPORT: '#2ca02c',
  COMMUNICATION: '#1f77b4',
  AFFILIATION: '#8a8f98',
  CREATION: '#9467bd',
  TRANSACTION: '#a8a820',
  REGULATION: '#17a2b8',
  PARTICIPATION: '#8c564b',
  COMPETITION: '#e377c2',
};
const OTHER_KIND = { color: '#777', shape: 'ellipse', label: 'Other' };
const OTHER_CATEGORY = '#999';
const START_KEY = 'anthropic';
const FIRST_YEAR = 2021;
const MONTHS = 12 * 6; // 2021-01 .. 2026-12
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const kindOf = (k: string | undefined) => KINDS[k ?? ''] ?? OTHER_KIND;
const categoryColor = (c: string) => CATEGORIES[c] ?? OTHER_CATEGORY;
const monthStart = (i: number) => Date.UTC(FIRST_YEAR, i, 1);
const monthEnd = (i: number) => Date.UTC(FIRST_YEAR, i + 1, 1) - 1;
const monthLabel = (i: number) => `${MONTH_NAMES[((i % 12) + 12) % 12]} ${FIRST_YEAR + Math.floor(i / 12)}`;

// ------------------------------------------------------------------ GraphQL

const T = 'iso precision start end';
const REL_FIELDS = `id type category status summary
  source { id key name kind } target { id key name kind }
  when { ${T} } until { ${T} } deadline { ${T} } amount { amount currency }`;
const ENTITY_FIELDS = 'id key name kind description aliases';

const Q_NEIGHBORHOOD = `query ExploreNeighborhood($key: String!) {
  neighborhood(key: $key, depth: 1, limit: 200) {
    nodes { ${ENTITY_FIELDS} }
    relationships { ${REL_FIELDS} }
  }
}`;
const Q_RELATIONSHIP = `query ExploreRelationship($id: ID!) {
  node(id: $id) {
    ... on Relationship {
      ${REL_FIELDS}
      evidence { document { key title reliability publisher url publishedOn { iso precision } } start end quote }
    }
  }
}`;
const Q_SEARCH = `query ExploreSearch($text: String!) {
  search(text: $text, first: 8) { score entity { key name kind } }
}`;
const Q_PRESSURES = `query ExplorePressures { pressures { ${REL_FIELDS} } }`;

class GraphQLError extends Error {}

async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLError(`The API answered ${res.status} with no data.`);
  return body.data;
}

// ------------------------------------------------------------------ DOM helpers

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}
function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as E;
}

const els = {
  graph: byId('graph'),
  pressure: byId('pressure'),
  loading: byId('loading'),
  status: byId('status'),
  error: byId('error'),
  details: byId('details'),
  panel: byId('panel'),
  from: byId<HTMLInputElement>('time-from'),
  to: byId<HTMLInputElement>('time-to'),
  timeLabel: byId<HTMLOutputElement>('time-label'),
  undated: byId<HTMLInputElement>('undated'),
  search: byId<HTMLInputElement>('search-input'),
  results: byId<HTMLUListElement>('search-results'),
  viewNetwork: byId<HTMLButtonElement>('view-network'),
  viewPressure: byId<HTMLButtonElement>('view-pressure'),
  fit: byId<HTMLButtonElement>('fit'),
  reset: byId<HTMLButtonElement>('reset'),
  legendKinds: byId<HTMLUListElement>('legend-kinds'),
  legendCats: byId<HTMLUListElement>('legend-categories'),
};

// ------------------------------------------------------------------ state

const state = {
  entities: new Map<string, Entity | EntityRef>(),
  rels: new Map<string, Relationship>(),
  expanded: new Set<string>(),
  focus: START_KEY,
  view: 'network' as 'network' | 'pressure',
  from: 0,
  to: MONTHS - 1,
  showUndated: true,
  hiddenCategories: new Set<string>(),
  pressures: null as Relationship[] | null,
};

let pending = 0;
let idleWaiters: (() => void)[] = [];
async function track<T>(work: Promise<T>): Promise<T> {
  pending++;
  els.loading.hidden = false;
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0) {
      els.loading.hidden = true;
      const w = idleWaiters;
      idleWaiters = [];
      w.forEach((f) => f());
    }
  }
}
function idle(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r));
}

function showError(e: unknown): void {
  const msg = e instanceof Error ? e.message : String(e);
  els.error.textContent = `Could not load from the API: ${msg}`;
  els.error.hidden = false;
}
function clearError(): void {
  els.error.hidden = true;
  els.error.textContent = '';
}

// ------------------------------------------------------------------ network view

const baseStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#777',
      label: 'data(name)',
      width: 22,
      height: 22,
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'min-zoomed-font-size': 6,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
  { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
  { selector: 'node.expanded', style: { 'border-color': '#1d2330', 'border-width': 2.5 } },
  { selector: 'node.focus', style: { width: 36, height: 36, 'font-size': 13, 'font-weight': 'bold', 'z-index': 20 } },
  { selector: 'node.faded', style: { opacity: 0.28 } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 7 } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      width: 1.6,
      label: 'data(type)',
      'font-size': 7,
      'font-family': 'system-ui, sans-serif',
      color: '#39404d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge.undated', style: { 'line-style': 'dashed' } },
  { selector: 'edge.hidden', style: { display: 'none' } },
  { selector: 'edge:selected', style: { width: 4, 'z-index': 30, 'font-size': 9, color: '#000' } },
];

const cy: Core = cytoscape({
  container: els.graph,
  style: baseStyle,
  minZoom: 0.1,
  maxZoom: 4,
  boxSelectionEnabled: false,
});

function entityData(e: Entity | EntityRef) {
  const k = kindOf(e.kind);
  return { id: e.key, key: e.key, name: e.name ?? e.key, kind: e.kind ?? '', color: k.color, shape: k.shape };
}

function rememberEntity(e: Entity | EntityRef): void {
  const prev = state.entities.get(e.key);
  // A full entity (with description) is never replaced by a bare reference.
  if (!prev || ('description' in e && e.description !== undefined) || !prev.name) state.entities.set(e.key, { ...prev, ...e });
}

/** Adds what is new; returns the keys of the nodes added. */
function merge(nodes: (Entity | EntityRef)[], rels: Relationship[], near?: NodeSingular): string[] {
  const added: ElementDefinition[] = [];
  const addedKeys: string[] = [];
  const centre = near?.position() ?? { x: 0, y: 0 };
  const addNode = (e: Entity | EntityRef) => {
    rememberEntity(e);
    if (cy.getElementById(e.key).nonempty() || addedKeys.includes(e.key)) return;
    addedKeys.push(e.key);
    const angle = Math.random() * Math.PI * 2;
    const r = 60 + Math.random() * 80;
    added.push({ group: 'nodes', data: entityData(state.entities.get(e.key) ?? e), position: { x: centre.x + Math.cos(angle) * r, y: centre.y + Math.sin(angle) * r } });
  };
  nodes.forEach(addNode);
  for (const r of rels) {
    state.rels.set(r.id, r);
    addNode(r.source);
    addNode(r.target);
    if (cy.getElementById(r.id).nonempty()) continue;
    added.push({
      group: 'edges',
      data: { id: r.id, source: r.source.key, target: r.target.key, type: r.type, category: r.category, color: categoryColor(r.category) },
      classes: r.when ? '' : 'undated',
    });
  }
  cy.add(added);
  return addedKeys;
}

async function runLayout(randomize: boolean): Promise<void> {
  const layout = cy.layout({
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: !randomize,
    animationDuration: 450,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
    nodeSeparation: 90,
    packComponents: true,
  } as cytoscape.LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}

function setFocus(key: string): void {
  state.focus = key;
  cy.nodes('.focus').removeClass('focus');
  cy.getElementById(key).addClass('focus');
}

async function loadNeighborhood(key: string): Promise<string[]> {
  const data = await gql<{ neighborhood: { nodes: Entity[]; relationships: Relationship[] } | null }>(Q_NEIGHBORHOOD, { key });
  if (!data.neighborhood) throw new GraphQLError(`No entity "${key}".`);
  const near = cy.getElementById(key);
  const added = merge(data.neighborhood.nodes, data.neighborhood.relationships, near.nonempty() ? near : undefined);
  state.expanded.add(key);
  cy.getElementById(key).addClass('expanded');
  return added;
}

async function expand(key: string): Promise<void> {
  if (state.expanded.has(key)) return;
  await track(
    (async () => {
      clearError();
      const first = cy.nodes().empty();
      const added = await loadNeighborhood(key);
      applyFilters();
      if (added.length || first) await runLayout(first);
    })(),
  ).catch(showError);
}

/** Loads an entity's neighbourhood if needed, then centres and selects it. */
async function jumpTo(key: string): Promise<void> {
  if (state.view !== 'network') setView('network');
  await expand(key);
  const node = cy.getElementById(key);
  if (node.empty()) return;
  setFocus(key);
  cy.elements(':selected').unselect();
  node.select();
  showEntity(key);
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 400 });
}

async function reset(): Promise<void> {
  cy.elements().remove();
  state.rels.clear();
  state.expanded.clear();
  els.details.replaceChildren(h('p', { class: 'muted' }, 'Select a node or a relationship to see its details.'));
  await expand(START_KEY);
  setFocus(START_KEY);
}

// ------------------------------------------------------------------ filters

function isVisible(r: Relationship): boolean {
  if (state.hiddenCategories.has(r.category)) return false;
  if (!r.when) return state.showUndated;
  return Date.parse(r.when.start) <= monthEnd(state.to) && Date.parse(r.when.end) >= monthStart(state.from);
}

function applyFilters(): void {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const r = state.rels.get(e.id());
      e.toggleClass('hidden', !r || !isVisible(r));
    });
    cy.nodes().forEach((n) => {
      const connected = n.connectedEdges().not('.hidden').nonempty();
      n.toggleClass('faded', !connected && n.id() !== state.focus);
    });
  });
  updateStatus();
  if (state.view === 'pressure') renderPressure();
}

function visibleEdgeCount(): number {
  return cy.edges().filter((e) => !e.hasClass('hidden')).length;
}

function updateStatus(): void {
  const shown = visibleEdgeCount();
  const total = cy.edges().length;
  const nodes = cy.nodes().length;
  els.status.dataset.nodes = String(nodes);
  els.status.dataset.edgesVisible = String(shown);
  els.status.dataset.edgesTotal = String(total);
  if (state.view === 'pressure') {
    const p = pcy.edges('.rel').length;
    els.status.textContent = `${p} pressure relationship${p === 1 ? '' : 's'} in the window`;
  } else {
    els.status.textContent = `${nodes} entities · ${shown} of ${total} relationships shown`;
  }
}

function syncTimeInputs(changed: 'from' | 'to'): void {
  let from = Number(els.from.value);
  let to = Number(els.to.value);
  if (from > to) {
    if (changed === 'from') to = from;
    else from = to;
    els.from.value = String(from);
    els.to.value = String(to);
  }
  state.from = from;
  state.to = to;
  const text = `${monthLabel(from)} – ${monthLabel(to)}`;
  els.timeLabel.textContent = text;
  els.from.setAttribute('aria-valuetext', monthLabel(from));
  els.to.setAttribute('aria-valuetext', monthLabel(to));
  applyFilters();
}

/** Sets the window by month index (0 = January 2021) or by "YYYY-MM". */
function setWindow(from: number | string, to: number | string): void {
  const idx = (v: number | string) => {
    if (typeof v === 'number') return v;
    const [y, m] = v.split('-').map(Number);
    return ((y ?? FIRST_YEAR) - FIRST_YEAR) * 12 + ((m ?? 1) - 1);
  };
  els.from.value = String(Math.max(0, Math.min(MONTHS - 1, idx(from))));
  els.to.value = String(Math.max(0, Math.min(MONTHS - 1, idx(to))));
  syncTimeInputs('to');
}

// ------------------------------------------------------------------ details panel

function chip(text: string, color: string, testid?: string): HTMLElement {
  return h('span', { class: 'chip', style: `--chip:${color}`, 'data-testid': testid }, text);
}
function temporalText(t: Temporal | null | undefined): string | null {
  if (!t) return null;
  return `${t.iso} (${t.precision.toLowerCase()})`;
}
function entityButton(ref: EntityRef): HTMLElement {
  const e = state.entities.get(ref.key) ?? ref;
  const b = h('button', { type: 'button', class: 'link', title: `Go to ${e.name ?? e.key}` }, e.name ?? e.key);
  b.addEventListener('click', () => void jumpTo(ref.key));
  return b;
}
function row(label: string, value: Child, testid?: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-testid': testid }, value ?? '—')];
}

function showEntity(key: string): void {
  const e = state.entities.get(key);
  if (!e) return;
  const k = kindOf(e.kind);
  const full = e as Entity;
  const rels = [...state.rels.values()].filter((r) => r.source.key === key || r.target.key === key);
  const expandBtn = state.expanded.has(key)
    ? null
    : (() => {
        const b = h('button', { type: 'button', 'data-testid': 'expand-entity' }, 'Expand neighbourhood');
        b.addEventListener('click', () => void jumpTo(key));
        return b;
      })();
  els.details.replaceChildren(
    h(
      'article',
      { class: 'card', 'data-testid': 'entity-panel', 'aria-label': `Entity ${e.name ?? key}` },
      h('h2', {}, e.name ?? key),
      h('p', {}, chip(k.label, k.color, 'entity-kind'), ' ', h('code', {}, key)),
      full.description ? h('p', { class: 'summary' }, full.description) : null,
      full.aliases?.length ? h('p', { class: 'muted' }, `Also called: ${full.aliases.join(', ')}`) : null,
      h('p', { class: 'muted' }, `${rels.length} relationship${rels.length === 1 ? '' : 's'} loaded${state.expanded.has(key) ? '' : ' (not expanded yet)'}.`),
      expandBtn,
    ),
  );
}

function renderRelationship(r: Relationship | RelationshipDetail, loading: boolean): void {
  const evidence = 'evidence' in r ? r.evidence : null;
  const amount = r.amount ? new Intl.NumberFormat('en-US', { style: 'currency', currency: r.amount.currency, maximumFractionDigits: 0 }).format(r.amount.amount) : null;
  const evidenceList = evidence
    ? h(
        'ol',
        { class: 'evidence', 'data-testid': 'evidence-list' },
        ...evidence.map((ev) =>
          h(
            'li',
            { 'data-testid': 'evidence-item' },
            h('p', { class: 'doc' }, h('strong', { 'data-testid': 'evidence-title' }, ev.document.title)),
            h(
              'p',
              { class: 'meta' },
              chip(`${ev.document.reliability.toLowerCase()} reliability`, ev.document.reliability === 'HIGH' ? '#2ca02c' : ev.document.reliability === 'LOW' ? '#d62728' : '#d4a000', 'evidence-reliability'),
              ev.document.publisher ? ` ${ev.document.publisher}` : '',
              ev.document.publishedOn ? ` · published ${ev.document.publishedOn.iso}` : ' · publication date unknown',
              ev.start !== null && ev.end !== null ? ` · chars ${ev.start}–${ev.end}` : '',
            ),
            ev.quote
              ? h('blockquote', { 'data-testid': 'evidence-quote' }, `“${ev.quote}”`)
              : h('p', { class: 'muted' }, 'The service does not hold this document’s text, so there is no quote.'),
          ),
        ),
      )
    : h('p', { class: 'muted' }, loading ? 'Loading evidence…' : 'No evidence loaded.');
  els.details.replaceChildren(
    h(
      'article',
      { class: 'card', 'data-testid': 'relationship-panel', 'aria-label': `Relationship ${r.type}` },
      h('h2', { 'data-testid': 'rel-type' }, r.type),
      h('p', { class: 'ends' }, entityButton(r.source), h('span', { 'aria-hidden': 'true' }, ' → '), h('span', { class: 'sr-only' }, ' to '), entityButton(r.target)),
      h(
        'dl',
        {},
        ...row('Category', chip(r.category, categoryColor(r.category), 'rel-category')),
        ...row('Status', r.status, 'rel-status'),
        ...row('When', temporalText(r.when) ?? 'undated', 'rel-when'),
        ...(r.until ? row('Until', temporalText(r.until), 'rel-until') : []),
        ...(r.deadline ? row('Deadline', `${temporalText(r.deadline)}${r.deadline.precision === 'MINUTE' ? ` — ${new Date(r.deadline.start).toUTCString()}` : ''}`, 'rel-deadline') : []),
        ...(amount ? row('Amount', amount, 'rel-amount') : []),
      ),
      h('p', { class: 'summary', 'data-testid': 'rel-summary' }, r.summary),
      h('h3', {}, 'Evidence'),
      evidenceList,
    ),
  );
}

let relRequest = 0;
async function showRelationship(id: string): Promise<void> {
  const lite = state.rels.get(id) ?? state.pressures?.find((r) => r.id === id);
  if (lite) renderRelationship(lite, true);
  const mine = ++relRequest;
  try {
    const data = await track(gql<{ node: RelationshipDetail | null }>(Q_RELATIONSHIP, { id }));
    if (mine !== relRequest) return;
    if (data.node && 'evidence' in data.node) renderRelationship(data.node, false);
    else els.details.replaceChildren(h('p', { class: 'muted' }, 'This relationship is no longer in the graph.'));
  } catch (e) {
    if (mine === relRequest) showError(e);
  }
}

cy.on('tap', 'node', (ev) => {
  const key = (ev.target as NodeSingular).id();
  showEntity(key);
  if (!state.expanded.has(key)) void expand(key).then(() => showEntity(key));
});
cy.on('tap', 'edge', (ev) => void showRelationship(ev.target.id()));

// ------------------------------------------------------------------ pressure view

const pcy: Core = cytoscape({
  container: els.pressure,
  minZoom: 0.1,
  maxZoom: 4,
  boxSelectionEnabled: false,
  autoungrabify: true,
  style: [
    { selector: 'node', style: { 'background-color': '#777', width: 14, height: 14, 'border-width': 1, 'border-color': '#fff', label: '' } },
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
    {
      selector: 'node.lane',
      style: { label: 'data(name)', 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -8, 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: '#1d2330', width: 16, height: 16 },
    },
    { selector: 'node.anchor', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
    {
      selector: 'node.tick',
      style: { shape: 'rectangle', width: 1, height: 8, 'background-color': '#6b7280', label: 'data(name)', 'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 10, color: '#4b5563', 'font-family': 'system-ui, sans-serif', events: 'no' },
    },
    { selector: 'edge.laneline', style: { 'line-color': '#e5e7eb', width: 1, events: 'no', 'curve-style': 'straight' } },
    { selector: 'edge.grid', style: { 'line-color': '#eef0f3', width: 1, 'line-style': 'dashed', events: 'no', 'curve-style': 'straight' } },
    {
      selector: 'edge.rel',
      style: {
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'control-point-step-size': 14,
        width: 2,
        label: 'data(type)',
        'font-size': 8,
        'font-family': 'system-ui, sans-serif',
        color: '#7f1d1d',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge.rel:selected', style: { width: 4 } },
  ],
});

async function loadPressures(): Promise<Relationship[]> {
  if (state.pressures) return state.pressures;
  const data = await gql<{ pressures: Relationship[] }>(Q_PRESSURES);
  state.pressures = data.pressures;
  for (const r of data.pressures) {
    rememberEntity(r.source);
    rememberEntity(r.target);
  }
  return data.pressures;
}

/**
 * Monotonic x for a time: evenly scaled, but each distinct date keeps at least `gapAfter(t)` clear
 * after it, so relationships on one day sit side by side instead of on top of each other.
 */
function timeScale(times: number[], width: number, gapAfter: (t: number) => number): (t: number) => number {
  const ts = [...new Set(times)].sort((a, b) => a - b);
  if (ts.length === 0) return () => 0;
  const t0 = ts[0]!;
  const span = Math.max(1, ts[ts.length - 1]! - t0);
  const xs: number[] = [];
  ts.forEach((t, i) => xs.push(Math.max(((t - t0) / span) * width, i ? xs[i - 1]! + gapAfter(ts[i - 1]!) : 0)));
  return (t: number) => {
    if (t <= t0) return xs[0]! - ((t0 - t) / span) * width;
    for (let i = 1; i < ts.length; i++) {
      if (t <= ts[i]!) {
        const a = ts[i - 1]!;
        const b = ts[i]!;
        return xs[i - 1]! + ((t - a) / (b - a)) * (xs[i]! - xs[i - 1]!);
      }
    }
    return xs[xs.length - 1]! + ((t - ts[ts.length - 1]!) / span) * width;
  };
}

function renderPressure(): void {
  const rels = (state.pressures ?? []).filter((r) => (r.when ? isVisibleIgnoringCategory(r) : state.showUndated));
  const dated = rels.filter((r) => r.when);
  const undated = rels.filter((r) => !r.when);
  // One row per entity, the busiest first.
  const weight = new Map<string, number>();
  for (const r of rels) for (const k of [r.source.key, r.target.key]) weight.set(k, (weight.get(k) ?? 0) + 1);
  const lanes = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  const LANE = 56;
  const laneY = new Map(lanes.map((k, i) => [k, i * LANE]));
  const SLOT = 26; // horizontal room for each relationship that shares a date with others
  const times = dated.map((r) => Date.parse(r.when!.start));
  const perTime = new Map<number, number>();
  for (const t of times) perTime.set(t, (perTime.get(t) ?? 0) + 1);
  const width = Math.max(700, perTime.size * 60);
  const x = timeScale(times, width, (t) => 44 + SLOT * ((perTime.get(t) ?? 1) - 1));
  const lastX = times.length ? Math.max(...[...perTime].map(([t, n]) => x(t) + SLOT * (n - 1))) : 0;
  // Left to right in time order: same-time items sit side by side, and a later item never lands
  // left of an earlier one even when a crowded instant pushes the earlier ones right.
  const ordered = [...rels].sort((a, b) => (a.when ? Date.parse(a.when.start) : Infinity) - (b.when ? Date.parse(b.when.start) : Infinity));
  const placed = new Map<string, number>();
  let prevPx = -Infinity;
  for (const r of ordered) {
    if (!r.when) continue;
    prevPx = Math.max(x(Date.parse(r.when.start)), prevPx + SLOT);
    placed.set(r.id, prevPx);
  }
  const undatedX = Math.max(lastX, prevPx) + 90;
  const maxX = undated.length ? undatedX + SLOT * (undated.length - 1) + 40 : Math.max(lastX, prevPx) + 40;
  const bottom = lanes.length * LANE;
  const out: ElementDefinition[] = [];

  for (const k of lanes) {
    const e = state.entities.get(k) ?? { key: k };
    const d = entityData(e);
    out.push({ group: 'nodes', data: { ...d, id: `lane:${k}` }, classes: 'lane', position: { x: -60, y: laneY.get(k)! } });
    out.push({ group: 'nodes', data: { id: `end:${k}` }, classes: 'anchor', position: { x: maxX, y: laneY.get(k)! } });
    out.push({ group: 'edges', data: { id: `ll:${k}`, source: `lane:${k}`, target: `end:${k}` }, classes: 'laneline' });
  }

  // Date axis: month ticks (or quarters/years when the span is long), thinned so labels never collide.
  if (times.length) {
    const lo = new Date(Math.min(...times));
    const hi = new Date(Math.max(...times));
    const months = (hi.getUTCFullYear() - lo.getUTCFullYear()) * 12 + hi.getUTCMonth() - lo.getUTCMonth();
    const step = months > 36 ? 12 : months > 12 ? 3 : 1;
    let lastTick = -Infinity;
    for (let m = 0; m <= months + 1; m++) {
      const y = lo.getUTCFullYear();
      const mo = lo.getUTCMonth() + m;
      if (mo % step) continue;
      const t = Date.UTC(y, mo, 1);
      const tx = x(t);
      if (tx - lastTick < 64 || tx < x(lo.getTime()) - 40 || tx > lastX + 30) continue;
      lastTick = tx;
      const d = new Date(t);
      const name = `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
      out.push({ group: 'nodes', data: { id: `tick:${t}`, name, color: '#6b7280', shape: 'rectangle' }, classes: 'tick', position: { x: tx, y: bottom } });
      out.push({ group: 'nodes', data: { id: `top:${t}` }, classes: 'anchor', position: { x: tx, y: -LANE / 2 } });
      out.push({ group: 'edges', data: { id: `grid:${t}`, source: `top:${t}`, target: `tick:${t}` }, classes: 'grid' });
    }
  }
  if (undated.length) {
    out.push({ group: 'nodes', data: { id: 'tick:undated', name: 'undated', color: '#6b7280', shape: 'rectangle' }, classes: 'tick', position: { x: undatedX + (SLOT * (undated.length - 1)) / 2, y: bottom } });
  }

  const seen = new Set<string>();
  const point = (key: string, px: number) => {
    const id = `p:${key}:${Math.round(px)}`;
    if (!seen.has(id)) {
      seen.add(id);
      const d = entityData(state.entities.get(key) ?? { key });
      out.push({ group: 'nodes', data: { ...d, id, key }, classes: 'point', position: { x: px, y: laneY.get(key)! } });
    }
    return id;
  };
  let undatedIndex = 0;
  for (const r of ordered) {
    const px = placed.get(r.id) ?? undatedX + SLOT * undatedIndex++;
    out.push({
      group: 'edges',
      data: { id: r.id, source: point(r.source.key, px), target: point(r.target.key, px), type: r.type, color: categoryColor(r.category), when: r.when?.iso ?? '' },
      classes: 'rel',
    });
  }
  pcy.batch(() => {
    pcy.elements().remove();
    pcy.add(out);
  });
  pcy.layout({ name: 'preset', fit: true, padding: 40 }).run();
  updateStatus();
}

function isVisibleIgnoringCategory(r: Relationship): boolean {
  if (!r.when) return state.showUndated;
  return Date.parse(r.when.start) <= monthEnd(state.to) && Date.parse(r.when.end) >= monthStart(state.from);
}

pcy.on('tap', 'edge.rel', (ev) => void showRelationship(ev.target.id()));
pcy.on('tap', 'node.point, node.lane', (ev) => {
  const key = String(ev.target.data('key'));
  if (key) void jumpTo(key);
});

function setView(view: 'network' | 'pressure'): void {
  state.view = view;
  els.viewNetwork.setAttribute('aria-pressed', String(view === 'network'));
  els.viewPressure.setAttribute('aria-pressed', String(view === 'pressure'));
  els.graph.hidden = view !== 'network';
  els.pressure.hidden = view !== 'pressure';
  document.body.dataset.view = view;
  if (view === 'network') {
    cy.resize();
    updateStatus();
    return;
  }
  pcy.resize();
  void track(loadPressures())
    .then(() => {
      if (state.view === 'pressure') {
        pcy.resize();
        renderPressure();
      }
    })
    .catch(showError);
}

// ------------------------------------------------------------------ search

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchAbort: AbortController | null = null;
let activeIndex = -1;

function closeResults(): void {
  els.results.hidden = true;
  els.results.replaceChildren();
  els.search.setAttribute('aria-expanded', 'false');
  els.search.removeAttribute('aria-activedescendant');
  activeIndex = -1;
}
function pick(key: string): void {
  closeResults();
  els.search.value = '';
  void jumpTo(key);
}
function highlight(i: number): void {
  const items = [...els.results.querySelectorAll<HTMLLIElement>('[role=option]')];
  if (!items.length) return;
  activeIndex = (i + items.length) % items.length;
  items.forEach((li, j) => li.setAttribute('aria-selected', String(j === activeIndex)));
  els.search.setAttribute('aria-activedescendant', items[activeIndex]!.id);
}

async function runSearch(text: string): Promise<void> {
  searchAbort?.abort();
  if (text.trim().length < 2) return closeResults();
  const ctrl = new AbortController();
  searchAbort = ctrl;
  try {
    const data = await gql<{ search: { score: number; entity: EntityRef }[] }>(Q_SEARCH, { text }, ctrl.signal);
    if (ctrl.signal.aborted) return;
    els.results.replaceChildren(
      ...(data.search.length
        ? data.search.map((hit, i) => {
            const k = kindOf(hit.entity.kind);
            const li = h('li', { id: `result-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': hit.entity.key, 'data-testid': 'search-result' }, chip(k.label, k.color), ' ', hit.entity.name ?? hit.entity.key);
            li.addEventListener('mousedown', (e) => {
              e.preventDefault();
              pick(hit.entity.key);
            });
            return li;
          })
        : [h('li', { class: 'muted', role: 'presentation' }, 'No match')]),
    );
    els.results.hidden = false;
    els.search.setAttribute('aria-expanded', 'true');
    activeIndex = -1;
  } catch (e) {
    if (!(e instanceof DOMException && e.name === 'AbortError')) showError(e);
  }
}

els.search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void runSearch(els.search.value), 180);
});
els.search.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    highlight(activeIndex + 1);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    highlight(activeIndex - 1);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const items = [...els.results.querySelectorAll<HTMLLIElement>('[role=option]')];
    const li = items[Math.max(0, activeIndex)];
    if (li?.dataset.key) pick(li.dataset.key);
  } else if (e.key === 'Escape') closeResults();
});
els.search.addEventListener('blur', () => setTimeout(closeResults, 150));

// ------------------------------------------------------------------ legend and controls

function renderLegend(): void {
  els.legendKinds.replaceChildren(
    ...Object.entries(KINDS).map(([kind, k]) =>
      h('li', { 'data-kind': kind }, h('span', { class: `swatch shape-${k.shape}`, style: `--c:${k.color}`, 'aria-hidden': 'true' }), k.label),
    ),
  );
  els.legendCats.replaceChildren(
    ...Object.entries(CATEGORIES).map(([cat, color]) => {
      const b = h('button', { type: 'button', 'aria-pressed': 'true', 'data-category': cat, title: `Hide or show ${cat.toLowerCase()} relationships` }, h('span', { class: 'line', style: `--c:${color}`, 'aria-hidden': 'true' }), cat.charAt(0) + cat.slice(1).toLowerCase());
      b.addEventListener('click', () => {
        const hidden = !state.hiddenCategories.has(cat);
        if (hidden) state.hiddenCategories.add(cat);
        else state.hiddenCategories.delete(cat);
        b.setAttribute('aria-pressed', String(!hidden));
        applyFilters();
      });
      return h('li', {}, b);
    }),
  );
}

els.from.addEventListener('input', () => syncTimeInputs('from'));
els.to.addEventListener('input', () => syncTimeInputs('to'));
els.undated.addEventListener('change', () => {
  state.showUndated = els.undated.checked;
  applyFilters();
});
els.viewNetwork.addEventListener('click', () => setView('network'));
els.viewPressure.addEventListener('click', () => setView('pressure'));
els.fit.addEventListener('click', () => (state.view === 'network' ? cy : pcy).animate({ fit: { eles: (state.view === 'network' ? cy : pcy).elements(), padding: 40 } }, { duration: 300 }));
els.reset.addEventListener('click', () => {
  setView('network');
  void reset();
});
window.addEventListener('resize', () => {
  cy.resize();
  pcy.resize();
});

// ------------------------------------------------------------------ start

renderLegend();
els.from.max = els.to.max = String(MONTHS - 1);
syncTimeInputs('to');

const ready = (async () => {
  await expand(START_KEY);
  setFocus(START_KEY);
  applyFilters();
  if (cy.nodes().empty()) throw new Error(els.error.textContent || 'nothing was drawn');
  document.body.dataset.ready = 'true';
})();
ready.catch(() => {
  document.body.dataset.ready = 'error';
});

declare global {
  interface Window {
    __explore: {
      ready: Promise<void>;
      cy: Core;
      pcy: Core;
      state: typeof state;
      idle: () => Promise<void>;
      visibleEdgeCount: () => number;
      setWindow: (from: number | string, to: number | string) => void;
      setView: (view: 'network' | 'pressure') => void;
      jumpTo: (key: string) => Promise<void>;
      expand: (key: string) => Promise<void>;
    };
  }
}
window.__explore = { ready, cy, pcy, state, idle, visibleEdgeCount, setWindow, setView, jumpTo, expand };
