/**
 * Pressure over time: one row per entity, time left to right. Each relationship is an arrow from
 * its source's row to its target's at its own date (see timeline-scale.ts); imprecise dates get a
 * band over the span they cover, deadlines a dashed line to a red marker at the deadline's instant.
 * Labels stay horizontal at a constant size on screen; where they would overlap they are held back
 * until the pointer is on the item or the view is zoomed far enough to make room.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EdgeSingular } from 'cytoscape';
import { categoryColour } from '../../src/model/palette.js';
import type { EntityRef, Relationship } from '../api/documents.js';
import { verb } from '../dom.js';
import { describeTemporal, monthLabel } from '../format/temporal-format.js';
import { monthStartMs } from '../state/filters.js';
import type { Selection } from '../state/view-state.js';
import { applySelection, entityElement, type GraphHandlers } from './network-view.js';
import { buildTimeScale, placeLabels, type LabelBox } from './timeline-scale.js';
import { timelineStyle } from './timeline-style.js';

const SLOT = 22;
const GUTTER = 200;
const FONT_PX = { label: 12, lane: 13, tick: 12, deadline: 12 };

let measureCtx: CanvasRenderingContext2D | null = null;
function textWidth(text: string, px: number): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * px * 0.6;
  measureCtx.font = `${px}px system-ui, sans-serif`;
  return measureCtx.measureText(text).width;
}

export class TimelineView {
  readonly cy: Core;
  private frame = 0;

  constructor(
    private readonly container: HTMLElement,
    on: GraphHandlers,
  ) {
    this.cy = cytoscape({ container, style: timelineStyle, minZoom: 0.2, maxZoom: 8, boxSelectionEnabled: false, autoungrabify: true, selectionType: 'single' });
    this.cy.on('tap', 'edge.rel', (ev) => on.onRelationship(String(ev.target.id())));
    this.cy.on('tap', 'node.lane, node.point', (ev) => on.onEntity(String(ev.target.data('key'))));
    this.cy.on('mouseover', 'edge.rel', (ev) => (ev.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge.rel', (ev) => (ev.target as EdgeSingular).removeClass('hover'));
    this.cy.on('zoom', () => this.scheduleLabels());
  }

  draw(rels: Relationship[], names: ReadonlyMap<string, EntityRef>, selected: Selection | null): void {
    const width = Math.max(480, this.container.clientWidth - GUTTER - 60);
    const dated = rels.filter((r) => r.when);
    const undated = rels.filter((r) => !r.when);
    const deadlines = dated.filter((r) => r.deadline).map((r) => Date.parse(r.deadline!.start));
    const scale = buildTimeScale(
      dated.map((r) => ({ id: r.key, start: Date.parse(r.when!.start) })),
      [...deadlines, ...dated.map((r) => Math.min(Date.parse(r.when!.end), Date.parse(r.when!.start) + 366 * 86_400_000))],
      { width: undated.length ? width - SLOT * (undated.length + 2) : width, slot: SLOT, minDay: 0.25 },
    );

    // One row per entity, the busiest first.
    const weight = new Map<string, number>();
    for (const r of rels) for (const k of [r.source.key, r.target.key]) weight.set(k, (weight.get(k) ?? 0) + 1);
    const lanes = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
    const laneHeight = Math.max(34, Math.min(56, (this.container.clientHeight - 90) / Math.max(1, lanes.length)));
    const laneY = new Map(lanes.map((k, i) => [k, i * laneHeight]));
    const bottom = (lanes.length - 1) * laneHeight + laneHeight / 2;
    const undatedX0 = scale.width + SLOT * 2;
    const right = undated.length ? undatedX0 + SLOT * undated.length : scale.width;
    const out: ElementDefinition[] = [];
    const entity = (k: string): EntityRef => names.get(k) ?? { id: k, key: k, name: k, kind: 'ORGANIZATION' };

    for (const k of lanes) {
      const y = laneY.get(k)!;
      out.push({ ...entityElement(entity(k)), data: { ...entityElement(entity(k)).data, id: `lane:${k}` }, classes: 'lane', position: { x: -14, y } });
      out.push({ group: 'nodes', data: { id: `end:${k}` }, classes: 'anchor', position: { x: right + 10, y } });
      out.push({ group: 'edges', data: { id: `ll:${k}`, source: `lane:${k}`, target: `end:${k}` }, classes: 'laneline' });
    }
    for (const t of scale.ticks) {
      out.push({ group: 'nodes', data: { id: `tick:${t.month}`, month: t.month, name: monthLabel(...ym(t.month)), text: '' }, classes: 'tick', position: { x: t.x, y: bottom + 6 } });
      out.push({ group: 'nodes', data: { id: `top:${t.month}` }, classes: 'anchor', position: { x: t.x, y: -laneHeight / 2 } });
      out.push({ group: 'edges', data: { id: `grid:${t.month}`, source: `top:${t.month}`, target: `tick:${t.month}` }, classes: 'grid' });
    }
    if (undated.length) {
      out.push({ group: 'nodes', data: { id: 'tick:undated', name: 'undated', text: 'undated' }, classes: 'tick undated-tick', position: { x: undatedX0 + (SLOT * (undated.length - 1)) / 2, y: bottom + 6 } });
    }

    const deadlineNodes = new Map<string, number>();
    undated.forEach((r, i) => this.item(out, r, undatedX0 + SLOT * i, laneY));
    for (const r of dated) {
      const x = scale.itemX.get(r.key)!;
      this.item(out, r, x, laneY);
      const start = Date.parse(r.when!.start);
      const end = Math.min(Date.parse(r.when!.end), start + 366 * 86_400_000);
      const y = laneY.get(r.source.key)!;
      if (scale.x(end) - scale.x(start) > SLOT) {
        out.push({ group: 'nodes', data: { id: `sa:${r.key}` }, classes: 'anchor', position: { x: scale.x(start), y: y - 9 } });
        out.push({ group: 'nodes', data: { id: `sb:${r.key}` }, classes: 'anchor', position: { x: scale.x(end), y: y - 9 } });
        out.push({ group: 'edges', data: { id: `span:${r.key}`, source: `sa:${r.key}`, target: `sb:${r.key}`, colour: categoryColour(r.category) }, classes: 'span' });
      }
      if (r.deadline) {
        const at = Date.parse(r.deadline.start);
        const ty = laneY.get(r.target.key)!;
        const id = `deadline:${r.target.key}:${at}`;
        const n = deadlineNodes.get(id) ?? 0;
        if (n === 0) {
          out.push({ group: 'nodes', data: { id, rel: r.key, at: r.deadline.start, text: `deadline ${describeTemporal(r.deadline)}` }, classes: 'deadline', position: { x: scale.x(at), y: ty - 12 } });
        }
        deadlineNodes.set(id, n + 1);
        out.push({ group: 'nodes', data: { id: `ds:${r.key}` }, classes: 'anchor', position: { x, y: ty - 12 - 3 * n } });
        out.push({ group: 'edges', data: { id: `dl:${r.key}`, source: `ds:${r.key}`, target: id, rel: r.key }, classes: 'deadline-line' });
      }
    }

    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(out);
    });
    this.cy.resize();
    // Names in a gutter on the left at their own size; the axis fills the rest.
    const cw = this.container.clientWidth;
    const ch = this.container.clientHeight;
    const zoom = Math.min(1.5, (cw - GUTTER - 40) / (right + 20), (ch - 70) / (bottom + laneHeight));
    this.cy.viewport({ zoom, pan: { x: GUTTER, y: 36 + (laneHeight / 2) * zoom } });
    applySelection(this.cy, selected);
    this.updateLabels();
  }

  private item(out: ElementDefinition[], r: Relationship, x: number, laneY: Map<string, number>): void {
    const colour = categoryColour(r.category);
    const point = (k: string, end: 's' | 't') => {
      const id = `p:${r.key}:${end}`;
      out.push({ group: 'nodes', data: { id, key: k, colour }, classes: 'point', position: { x, y: laneY.get(k)! } });
      return id;
    };
    out.push({
      group: 'edges',
      data: { id: r.key, source: point(r.source.key, 's'), target: point(r.target.key, 't'), label: verb(r.type), colour, when: r.when?.start ?? '', month: r.when?.start.slice(0, 7) ?? '' },
      classes: r.when ? 'rel' : 'rel undated',
    });
  }

  private scheduleLabels(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateLabels();
    });
  }

  /** Constant on-screen font sizes; labels that would overlap at this zoom wait for hover. */
  updateLabels(): void {
    const z = this.cy.zoom();
    this.cy.batch(() => {
      this.cy.style()
        .selector('edge.rel').style('font-size', FONT_PX.label / z)
        .selector('node.lane').style({ 'font-size': FONT_PX.lane / z, 'text-max-width': `${(GUTTER - 30) / z}px` })
        .selector('node.tick').style('font-size', FONT_PX.tick / z)
        .selector('node.deadline').style({ 'font-size': FONT_PX.deadline / z, width: 13 / z, height: 13 / z })
        .update();
      // Month names where there is room for them on screen.
      let lastLabelled = -Infinity;
      this.cy.nodes('.tick').not('.undated-tick').forEach((t) => {
        const name = String(t.data('name'));
        const room = (t.position('x') - lastLabelled) * z;
        const fits = room > textWidth(name, FONT_PX.tick) + 10;
        t.data('text', fits ? name : '');
        if (fits) lastLabelled = t.position('x');
      });
      const boxes: LabelBox[] = this.cy
        .edges('.rel')
        .map((e) => {
          const s = e.source().position();
          const t = e.target().position();
          return { id: e.id(), x: s.x, y: (s.y + t.y) / 2, w: (textWidth(String(e.data('label')), FONT_PX.label) + 6) / z, h: (FONT_PX.label + 6) / z };
        })
        .sort((a, b) => a.x - b.x);
      // Deadline labels are fixed obstacles: placed first.
      const deadlineBoxes: LabelBox[] = this.cy.nodes('.deadline').map((d) => ({
        id: d.id(),
        x: d.position('x'),
        y: d.position('y') - (FONT_PX.deadline + 10) / z,
        w: (textWidth(String(d.data('text')), FONT_PX.deadline) + 6) / z,
        h: (FONT_PX.deadline + 6) / z,
      }));
      const shown = placeLabels([...deadlineBoxes, ...boxes]);
      this.cy.edges('.rel').forEach((e) => {
        e.toggleClass('quiet', !shown.has(e.id()));
      });
    });
  }

  resize(): void {
    this.cy.resize();
  }

  /** Where an instant sits on the axis: for tests and the month ticks. */
  tickX(month: string): number | undefined {
    const t = this.cy.getElementById(`tick:${month}`);
    return t.nonempty() ? t.position('x') : undefined;
  }
}

function ym(month: string): [number, number] {
  const d = new Date(monthStartMs(month));
  return [d.getUTCFullYear(), d.getUTCMonth()];
}
