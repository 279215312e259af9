/**
 * The explorer's controller: one ViewState, kept in the URL, and a render that makes every part
 * of the page show it. User actions only ever call navigate(); back and forward re-render the
 * state they land on. Data comes from GraphData, drawing from the views.
 */
import type { Core } from 'cytoscape';
import type { EntityRef, GraphPath, Relationship } from './api/documents.js';
import { Legend } from './controls/legend.js';
import { PathControls } from './controls/path-controls.js';
import { SearchBox } from './controls/search-box.js';
import { TimeWindow } from './controls/time-window.js';
import { byId, h, plural } from './dom.js';
import { downloadPng, downloadSvg } from './export/image-export.js';
import { EXPORT_FORMATS, exportUrl } from './export/export-links.js';
import { DetailsPanel } from './panels/details-panel.js';
import { ViewList } from './panels/view-list.js';
import { duringOf, inWindow, isShown, monthRange } from './state/filters.js';
import { GraphData } from './state/graph-data.js';
import { DEFAULT_STATE, parseState, showsUndated, stateToQuery, type View, type ViewState } from './state/view-state.js';
import { NetworkView } from './views/network-view.js';
import { PathsView } from './views/paths-view.js';
import { TimelineView } from './views/timeline-view.js';

interface Shown {
  entities: EntityRef[];
  relationships: Relationship[];
  /** Loaded for the view before the category and window filters. */
  loaded: Relationship[];
}

export class Explorer {
  state: ViewState;
  readonly data = new GraphData();
  readonly network: NetworkView;
  readonly timeline: TimelineView;
  readonly paths: PathsView;
  private readonly details: DetailsPanel;
  private readonly list: ViewList;
  private readonly legend: Legend;
  private readonly window: TimeWindow;
  private readonly pathControls: PathControls;
  private readonly els = {
    stages: { network: byId('graph'), pressure: byId('pressure'), paths: byId('paths') } as Record<View, HTMLElement>,
    loading: byId('loading'),
    status: byId('status'),
    error: byId('error'),
    exportLinks: byId('export-links'),
    copied: byId('copy-status'),
  };
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private generation = 0;
  private currentPaths: GraphPath[] | null = null;
  /** Set when a keyboard user opened the details: focus follows them there. */
  private focusDetails = false;

  constructor() {
    this.state = parseState(location.search);
    const graphHandlers = { onEntity: (k: string) => this.focusEntity(k), onRelationship: (k: string) => this.select({ kind: 'relationship', key: k }) };
    this.network = new NetworkView(this.els.stages.network, graphHandlers);
    this.timeline = new TimelineView(this.els.stages.pressure, graphHandlers);
    this.paths = new PathsView(this.els.stages.paths, graphHandlers);
    this.details = new DetailsPanel(byId('details'), { goTo: (k) => this.focusEntity(k) });
    this.list = new ViewList(byId('view-list'), {
      onEntity: (k) => this.focusEntity(k),
      onRelationship: (k) => this.select({ kind: 'relationship', key: k }, true),
    });
    this.legend = new Legend(byId('legend-kinds'), byId('legend-categories'), byId('presets'), (categories) => this.navigate({ categories }));
    this.window = new TimeWindow({
      onWindow: (from, to) => this.navigate({ from, to }),
      onUndated: (show) => this.navigate({ undated: show ? 'show' : 'hide' }),
    });
    this.pathControls = new PathControls({
      onEnds: (pathFrom, pathTo) => this.navigate({ pathFrom, pathTo, pathIndex: 0, view: 'paths', selected: null }),
      onMode: (timeRespecting) => this.navigate({ timeRespecting, pathIndex: 0 }),
      onStep: (pathIndex) => this.navigate({ pathIndex }),
      onError: (e) => this.showError(e),
    });
    new SearchBox(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), (key) => this.navigate({ entity: key, expanded: [], selected: null, view: this.state.view === 'paths' ? 'network' : this.state.view }), (e) => this.showError(e));
    for (const view of ['network', 'pressure', 'paths'] as const) byId(`view-${view}`).addEventListener('click', () => this.navigate({ view }));
    byId('reset').addEventListener('click', () => this.navigate({ ...DEFAULT_STATE }));
    byId('fit').addEventListener('click', () => this.activeGraph().animate({ fit: { eles: this.activeGraph().elements(), padding: 40 } }, { duration: 300 }));
    byId('copy-link').addEventListener('click', () => void this.copyLink());
    byId('export-png').addEventListener('click', () => downloadPng(this.activeGraph(), this.fileName()));
    byId('export-svg').addEventListener('click', () => downloadSvg(this.activeGraph(), this.fileName()));
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.render();
    });
    window.addEventListener('resize', () => {
      for (const v of [this.network, this.timeline, this.paths]) v.resize();
      if (this.state.view === 'pressure') void this.render();
    });
    // The address bar always holds the full state, so it can be copied as it is.
    history.replaceState(null, '', `${location.pathname}?${stateToQuery(this.state)}`);
  }

  activeGraph(): Core {
    return this.state.view === 'network' ? this.network.cy : this.state.view === 'pressure' ? this.timeline.cy : this.paths.cy;
  }

  private fileName(): string {
    const s = this.state;
    return ['explore', s.view, s.view === 'paths' ? `${s.pathFrom}-${s.pathTo}` : s.entity, s.from, s.to].filter(Boolean).join('_');
  }

  navigate(patch: Partial<ViewState>): Promise<void> {
    const next = { ...this.state, ...patch };
    const query = stateToQuery(next);
    this.state = parseState(query);
    if (`?${query}` !== location.search) history.pushState(null, '', `${location.pathname}?${query}`);
    return this.render();
  }

  private focusEntity(key: string): void {
    const s = this.state;
    if (s.view === 'network' || s.view === 'pressure') {
      const expanded = key === s.entity ? s.expanded : [...new Set([...s.expanded, s.entity])].filter((k) => k !== key);
      void this.navigate({ entity: key, expanded, selected: null, view: 'network' });
    } else void this.navigate({ entity: key, expanded: [], selected: null, view: 'network' });
  }

  private select(selected: ViewState['selected'], focusDetails = false): void {
    this.focusDetails = focusDetails;
    void this.navigate({ selected });
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.els.copied.textContent = 'Link copied';
    } catch {
      // No clipboard permission: leave the link selected for Ctrl-C.
      const input = h('input', { value: location.href, 'aria-label': 'Link to this view', readonly: true });
      this.els.copied.replaceChildren(input);
      input.select();
    }
    setTimeout(() => (this.els.copied.textContent = ''), 4000);
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    this.els.loading.hidden = false;
    return work.finally(() => {
      this.pending--;
      if (this.pending === 0) {
        this.els.loading.hidden = true;
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        waiters.forEach((w) => w());
      }
    });
  }

  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((r) => this.idleWaiters.push(r));
  }

  private showError(e: unknown): void {
    this.els.error.textContent = `Could not load from the API: ${e instanceof Error ? e.message : String(e)}`;
    this.els.error.hidden = false;
  }

  /** Makes the page show this.state; a newer render supersedes one still loading. */
  render(): Promise<void> {
    const mine = ++this.generation;
    return this.track(this.renderNow(mine)).catch((e) => this.showError(e));
  }

  private async renderNow(mine: number): Promise<void> {
    const s = this.state;
    this.els.error.hidden = true;
    for (const [view, el] of Object.entries(this.els.stages)) el.hidden = view !== s.view;
    for (const view of ['network', 'pressure', 'paths']) byId(`view-${view}`).setAttribute('aria-pressed', String(view === s.view));
    document.body.dataset.view = s.view;

    const shown = await this.load(s);
    if (mine !== this.generation) return;
    const names = (k: string) => this.data.entities.get(k)?.name ?? k;
    const range = monthRange([...this.data.relationships.values()]) ?? { first: '2025-01', last: '2025-12' };
    const counts = new Map<string, number>();
    for (const r of shown.loaded) if (inWindow(r, s)) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
    const undated = shown.loaded.filter((r) => !r.when && (s.view === 'pressure' || s.categories.includes(r.category))).length;
    this.window.render(s, range, undated);
    this.legend.render(s, counts);
    this.pathControls.render(s, names, this.currentPaths);

    if (s.view === 'network') {
      await this.network.draw(shown, { focus: s.entity, expanded: new Set(s.expanded), selected: s.selected });
    } else if (s.view === 'pressure') {
      this.timeline.resize();
      this.timeline.draw(shown.relationships, this.data.entities, s.selected);
    } else {
      this.paths.resize();
      this.paths.draw(this.currentPaths ?? [], s.pathIndex, s.selected);
    }
    if (mine !== this.generation) return;

    const title = s.view === 'network' ? `Around ${names(s.entity)}` : s.view === 'pressure' ? 'Pressure over time' : s.pathFrom && s.pathTo ? `Paths from ${names(s.pathFrom)} to ${names(s.pathTo)}` : 'Paths';
    this.list.render(title, shown.entities, shown.relationships, s.selected);
    this.renderStatus(s, shown);
    this.renderExports(s);
    document.title = `${title} · Knowledge graph explorer`;
    await this.renderDetails(s, shown, mine);
    document.body.dataset.ready = 'true';
  }

  private async load(s: ViewState): Promise<Shown> {
    if (s.view === 'pressure') {
      const loaded = await this.data.pressureTimeline();
      const relationships = loaded.filter((r) => inWindow(r, s));
      return { loaded, relationships, entities: ends(relationships) };
    }
    if (s.view === 'paths') {
      this.currentPaths = null;
      if (!s.pathFrom || !s.pathTo) return { loaded: [], relationships: [], entities: [] };
      const found = await this.data.findPaths(s.pathFrom, s.pathTo, s.timeRespecting, duringOf(s));
      this.currentPaths = found;
      const loaded = [...new Map(found.flatMap((p) => p.relationships.map((r) => [r.key, r] as const))).values()];
      const entities = [...new Map(found.flatMap((p) => p.nodes.map((n) => [n.key, n] as const))).values()];
      return { loaded, relationships: loaded, entities };
    }
    const loaded = await this.data.around([s.entity, ...s.expanded]);
    const relationships = loaded.filter((r) => isShown(r, s));
    const focus = this.data.entities.get(s.entity);
    return { loaded, relationships, entities: ends(relationships, focus) };
  }

  private renderStatus(s: ViewState, shown: Shown): void {
    const el = this.els.status;
    const total = shown.loaded.length;
    const n = shown.relationships.length;
    el.dataset.shown = String(n);
    el.dataset.total = String(total);
    if (s.view === 'paths') {
      el.textContent = this.currentPaths ? `${plural(this.currentPaths.length, 'path')} found` : '';
      return;
    }
    const undatedHidden = showsUndated(s) ? 0 : shown.loaded.filter((r) => !r.when && (s.view === 'pressure' || s.categories.includes(r.category))).length;
    const what = s.view === 'pressure' ? 'pressure relationships' : 'relationships';
    el.textContent = `${plural(new Set(shown.entities.map((e) => e.key)).size, 'entity', 'entities')} · ${n} of ${total} ${what} shown${undatedHidden ? ` · ${undatedHidden} undated hidden` : ''}`;
  }

  private renderExports(s: ViewState): void {
    const scope = s.view === 'pressure' ? { ...s, categories: ['PRESSURE'] } : s;
    this.els.exportLinks.replaceChildren(
      ...EXPORT_FORMATS.map((f) => h('li', {}, scope.categories.length ? h('a', { href: exportUrl(f.file, scope), download: '', 'data-testid': `export-${f.file}` }, f.label) : h('span', { class: 'muted' }, `${f.label}: pick a category first`))),
    );
  }

  private async renderDetails(s: ViewState, shown: Shown, mine: number): Promise<void> {
    const sel = s.selected;
    if (sel?.kind === 'relationship') {
      const lite = this.data.relationships.get(sel.key);
      if (!lite) return this.details.empty('That relationship is not in this view.');
      const focus = this.focusDetails;
      this.focusDetails = false;
      this.details.relationship(lite, focus);
      const detail = await this.data.detail(sel.key);
      if (mine === this.generation && detail) this.details.relationship(detail, focus);
      return;
    }
    const key = sel?.key ?? (s.view === 'network' ? s.entity : null);
    const e = key ? this.data.entities.get(key) : undefined;
    if (!e) return this.details.empty();
    this.details.entity(e, shown.relationships.filter((r) => r.source.key === e.key || r.target.key === e.key).length);
  }
}

/** The entities at the ends of these relationships (and `also`), each once. */
function ends(rels: Relationship[], also?: EntityRef): EntityRef[] {
  const all = new Map(rels.flatMap((r) => [[r.source.key, r.source] as const, [r.target.key, r.target] as const]));
  if (also) all.set(also.key, also);
  return [...all.values()];
}
