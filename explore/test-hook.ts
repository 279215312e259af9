/**
 * What the browser tests read: the live drawings and state. Only test builds include it (their
 * entry is test-main.ts); the production bundle has no window.__explore.
 */
import type { Core } from 'cytoscape';
import type { Explorer } from './app.js';
import type { GraphData } from './state/graph-data.js';
import type { ViewState } from './state/view-state.js';

export interface ExploreTestHook {
  ready: Promise<void>;
  idle: () => Promise<void>;
  state: () => ViewState;
  data: GraphData;
  network: Core;
  timeline: Core;
  paths: Core;
  navigate: (patch: Partial<ViewState>) => Promise<void>;
}

declare global {
  interface Window {
    __explore: ExploreTestHook;
  }
}

export function installTestHook(explorer: Explorer, ready: Promise<void>): void {
  window.__explore = {
    ready,
    idle: () => explorer.idle(),
    state: () => explorer.state,
    data: explorer.data,
    network: explorer.network.cy,
    timeline: explorer.timeline.cy,
    paths: explorer.paths.cy,
    navigate: (patch) => explorer.navigate(patch),
  };
}
