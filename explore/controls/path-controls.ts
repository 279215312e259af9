/** Choosing a path's two ends and its kind, and stepping through the paths found. */
import type { GraphPath } from '../api/documents.js';
import { button, byId, h, verb } from '../dom.js';
import { describeTemporal } from '../format/temporal-format.js';
import type { ViewState } from '../state/view-state.js';
import { SearchBox } from './search-box.js';

export interface PathHandlers {
  onEnds: (from: string | null, to: string | null) => void;
  onMode: (timeRespecting: boolean) => void;
  onStep: (index: number) => void;
  onError: (e: unknown) => void;
}

export class PathControls {
  private readonly root = byId('path-controls');
  private readonly fromInput = byId<HTMLInputElement>('path-from');
  private readonly toInput = byId<HTMLInputElement>('path-to');
  private readonly steps = byId('path-steps');
  private state: ViewState | null = null;

  constructor(private readonly on: PathHandlers) {
    new SearchBox(this.fromInput, byId<HTMLUListElement>('path-from-results'), (key) => on.onEnds(key, this.state?.pathTo ?? null), on.onError);
    new SearchBox(this.toInput, byId<HTMLUListElement>('path-to-results'), (key) => on.onEnds(this.state?.pathFrom ?? null, key), on.onError);
    byId('path-shortest').addEventListener('click', () => on.onMode(false));
    byId('path-time').addEventListener('click', () => on.onMode(true));
  }

  render(s: ViewState, names: (key: string) => string, paths: GraphPath[] | null): void {
    this.state = s;
    this.root.hidden = s.view !== 'paths';
    if (document.activeElement !== this.fromInput) this.fromInput.value = s.pathFrom ? names(s.pathFrom) : '';
    if (document.activeElement !== this.toInput) this.toInput.value = s.pathTo ? names(s.pathTo) : '';
    byId('path-shortest').setAttribute('aria-pressed', String(!s.timeRespecting));
    byId('path-time').setAttribute('aria-pressed', String(s.timeRespecting));
    if (!s.pathFrom || !s.pathTo) {
      this.steps.replaceChildren(h('p', { class: 'muted' }, 'Pick two entities to see how they are connected.'));
      return;
    }
    if (!paths) {
      this.steps.replaceChildren(h('p', { class: 'muted' }, 'Looking for paths…'));
      return;
    }
    if (!paths.length) {
      this.steps.replaceChildren(h('p', { class: 'muted', 'data-testid': 'path-none' }, s.timeRespecting ? 'No time-respecting path of up to 4 steps (every step dated, each no earlier than the last).' : 'No path of up to 4 steps in this window.'));
      return;
    }
    const i = Math.min(s.pathIndex, paths.length - 1);
    const path = paths[i]!;
    this.steps.replaceChildren(
      h(
        'div',
        { class: 'stepper' },
        button('‹ Previous', () => this.on.onStep(i - 1), { disabled: i === 0, 'data-testid': 'path-prev' }),
        h('span', { 'data-testid': 'path-position', 'aria-live': 'polite' }, `Path ${i + 1} of ${paths.length} · ${path.length} step${path.length === 1 ? '' : 's'}`),
        button('Next ›', () => this.on.onStep(i + 1), { disabled: i === paths.length - 1, 'data-testid': 'path-next' }),
      ),
      h(
        'ol',
        { class: 'path-steps', 'data-testid': 'path-steps' },
        ...path.relationships.map((r, j) => {
          const a = path.nodes[j]!;
          const forward = r.source.key === a.key;
          return h('li', {}, forward ? `${r.source.name} ${verb(r.type)} ${r.target.name}` : `${r.target.name} ← ${verb(r.type)} ← ${r.source.name}`, h('span', { class: 'muted' }, ` (${describeTemporal(r.when)})`));
        }),
      ),
    );
  }
}
