/**
 * Paths between two entities: every path found, laid out in columns by hop (the start on the left,
 * the end on the right), with the one being stepped through highlighted and the rest dimmed.
 * Positions follow from the paths alone, so the picture is the same on every load.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphPath } from '../api/documents.js';
import type { Selection } from '../state/view-state.js';
import { applySelection, bindHandlers, createGraph, entityElement, relationshipElement, type GraphHandlers } from './network-view.js';

const COLUMN = 230;
const ROW = 110;

export class PathsView {
  readonly cy: Core;

  constructor(container: HTMLElement, on: GraphHandlers) {
    this.cy = createGraph(container);
    bindHandlers(this.cy, on);
  }

  draw(paths: GraphPath[], index: number, selected: Selection | null): void {
    const column = new Map<string, number>();
    for (const p of paths) p.nodes.forEach((n, i) => column.set(n.key, Math.min(column.get(n.key) ?? Infinity, i)));
    const byColumn = new Map<number, string[]>();
    for (const [k, c] of column) byColumn.set(c, [...(byColumn.get(c) ?? []), k]);
    const position = new Map<string, { x: number; y: number }>();
    for (const [c, keys] of byColumn) {
      keys.sort((a, b) => a.localeCompare(b));
      keys.forEach((k, row) => position.set(k, { x: c * COLUMN, y: (row - (keys.length - 1) / 2) * ROW }));
    }
    const nodes = new Map(paths.flatMap((p) => p.nodes.map((n) => [n.key, n] as const)));
    const rels = new Map(paths.flatMap((p) => p.relationships.map((r) => [r.key, r] as const)));
    const els: ElementDefinition[] = [
      ...[...nodes.values()].sort((a, b) => a.key.localeCompare(b.key)).map((n) => ({ ...entityElement(n), position: position.get(n.key)! })),
      ...[...rels.values()].sort((a, b) => a.key.localeCompare(b.key)).map(relationshipElement),
    ];
    const current = paths[index];
    const onPath = new Set([...(current?.nodes.map((n) => n.key) ?? []), ...(current?.relationships.map((r) => r.key) ?? [])]);
    const ends = current ? [current.nodes[0]?.key, current.nodes.at(-1)?.key] : [];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(els);
      this.cy.elements().forEach((e) => {
        e.toggleClass('on-path', onPath.has(e.id()));
        e.toggleClass('dimmed', !onPath.has(e.id()));
        e.toggleClass('endpoint', ends.includes(e.id()));
      });
    });
    this.cy.layout({ name: 'preset', fit: true, padding: 60 }).run();
    if (this.cy.zoom() > 1.4) this.cy.zoom({ level: 1.4, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    applySelection(this.cy, selected);
  }

  resize(): void {
    this.cy.resize();
  }
}
