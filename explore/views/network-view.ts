/// <reference path="../cytoscape-extensions.d.ts" />
/// <reference path="../cytoscape-svg-types.d.ts" />
/**
 * The network: the entities and relationships of the current view, and nothing else. What is drawn
 * is rebuilt in key order and laid out with a seeded fcose, so a state always gives one picture.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { categoryColour, kindStyle } from '../../src/model/palette.js';
import type { EntityRef, Relationship } from '../api/documents.js';
import { verb } from '../dom.js';
import type { Selection } from '../state/view-state.js';
import { networkStyle } from './network-style.js';
import { runSeededLayout } from './seeded-layout.js';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface Drawn {
  entities: EntityRef[];
  relationships: Relationship[];
}

export interface GraphHandlers {
  onEntity: (key: string) => void;
  onRelationship: (key: string) => void;
}

export function entityElement(e: EntityRef, extra: Record<string, unknown> = {}): ElementDefinition {
  const k = kindStyle(e.kind);
  return { group: 'nodes', data: { id: e.key, key: e.key, name: e.name, kind: e.kind, colour: k.colour, shape: k.shape, ...extra } };
}

export function relationshipElement(r: Relationship): ElementDefinition {
  return {
    group: 'edges',
    data: { id: r.key, source: r.source.key, target: r.target.key, type: r.type, label: verb(r.type), category: r.category, colour: categoryColour(r.category) },
    classes: r.when ? '' : 'undated',
  };
}

export function createGraph(container: HTMLElement): Core {
  return cytoscape({ container, style: networkStyle, minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
}

export function bindHandlers(cy: Core, on: GraphHandlers): void {
  cy.on('tap', 'node', (ev) => on.onEntity(String(ev.target.data('key'))));
  cy.on('tap', 'edge', (ev) => on.onRelationship(String(ev.target.id())));
}

/** Selects exactly the state's selection (or nothing) without triggering handlers. */
export function applySelection(cy: Core, selected: Selection | null): void {
  cy.batch(() => {
    cy.elements(':selected').unselect();
    if (selected) cy.getElementById(selected.key).select();
  });
}

export class NetworkView {
  readonly cy: Core;
  private drawnKey = '';

  constructor(container: HTMLElement, on: GraphHandlers) {
    this.cy = createGraph(container);
    bindHandlers(this.cy, on);
  }

  /** Draws exactly `drawn`; lays out again only when the set of elements changed. */
  async draw(drawn: Drawn, marks: { focus: string; expanded: ReadonlySet<string>; selected: Selection | null }): Promise<void> {
    const entities = [...new Map(drawn.entities.map((e) => [e.key, e])).values()].sort((a, b) => a.key.localeCompare(b.key));
    const rels = [...drawn.relationships].sort((a, b) => a.key.localeCompare(b.key));
    const key = `${entities.map((e) => e.key).join(',')}|${rels.map((r) => r.key).join(',')}`;
    const changed = key !== this.drawnKey;
    if (changed) {
      // Every node starts at the origin: fcose keeps the drawing where the start positions were
      // centred, so positions left over from the previous state would shift the whole picture.
      const els = [...entities.map((e) => ({ ...entityElement(e), position: { x: 0, y: 0 } })), ...rels.map(relationshipElement)];
      this.cy.batch(() => {
        this.cy.elements().remove();
        this.cy.add(els);
      });
      this.drawnKey = key;
    }
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('focus', n.id() === marks.focus);
        n.toggleClass('expanded', marks.expanded.has(n.id()));
      });
    });
    applySelection(this.cy, marks.selected);
    if (changed) await runSeededLayout(this.cy, { animate: false });
  }

  resize(): void {
    this.cy.resize();
  }
}
