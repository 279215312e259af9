/**
 * The same graph always looks the same: fcose starts from a random spectral embedding, so it runs
 * here with Math.random swapped for a seeded generator, over elements added in key order. The
 * positions then depend only on which elements are drawn, not on the load, the order the API
 * answered in or what was expanded first. fcose computes synchronously inside run() (animation
 * only replays the result), so the swap covers the whole computation.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import seedrandom from 'seedrandom';

export const LAYOUT_SEED = 'kg-explorer';

export function withSeededRandom<T>(seed: string, run: () => T): T {
  const original = Math.random;
  const rng = seedrandom(seed);
  Math.random = () => rng.quick();
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

export async function runSeededLayout(cy: Core, opts: { animate: boolean; seed?: string }): Promise<void> {
  if (cy.elements().empty()) return;
  const layout = cy.layout({
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: opts.animate,
    animationDuration: 400,
    fit: true,
    padding: 48,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 120,
    nodeRepulsion: () => 12000,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  // The seed includes the element set, so adding one node reshuffles from a fresh, fixed start.
  withSeededRandom(`${opts.seed ?? LAYOUT_SEED}:${cy.elements().map((e) => e.id()).sort().join('|')}`, () => layout.run());
  await done;
}
