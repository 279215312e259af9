/**
 * The current view as lists, for keyboards and screen readers: every entity and relationship the
 * drawing shows, in the same selection state, each a button that does what a click on the drawing
 * does. It is rebuilt from the same data as the drawing, so the two never disagree.
 */
import { categoryColour, kindStyle } from '../../src/model/palette.js';
import type { EntityRef, Relationship } from '../api/documents.js';
import { button, h, plural, verb } from '../dom.js';
import { describeTemporal } from '../format/temporal-format.js';
import type { Selection } from '../state/view-state.js';

export interface ListHandlers {
  onEntity: (key: string) => void;
  onRelationship: (key: string) => void;
}

export class ViewList {
  constructor(
    private readonly el: HTMLElement,
    private readonly on: ListHandlers,
  ) {}

  render(title: string, entities: EntityRef[], rels: Relationship[], selected: Selection | null): void {
    const isSel = (kind: Selection['kind'], key: string) => selected?.kind === kind && selected.key === key;
    const sortedEntities = [...entities].sort((a, b) => a.name.localeCompare(b.name));
    const entityItems = sortedEntities.map((e) =>
      h(
        'li',
        {},
        button([h('span', { class: 'swatch-dot', style: `--c:${kindStyle(e.kind).colour}`, 'aria-hidden': 'true' }), e.name], () => this.on.onEntity(e.key), {
          'data-key': e.key,
          'data-testid': 'list-entity',
          'aria-current': isSel('entity', e.key) ? 'true' : undefined,
          'aria-label': `${e.name}, ${kindStyle(e.kind).label.toLowerCase()}`,
        }),
      ),
    );
    const relItems = rels.map((r) => {
      const date = r.when ? describeTemporal(r.when) : 'undated';
      const text = `${r.source.name} ${verb(r.type)} ${r.target.name}`;
      return h(
        'li',
        {},
        button(
          [h('span', { class: 'line', style: `--c:${categoryColour(r.category)}`, 'aria-hidden': 'true' }), h('span', {}, text), h('span', { class: 'muted' }, ` · ${date}`)],
          () => this.on.onRelationship(r.key),
          { 'data-key': r.key, 'data-testid': 'list-relationship', 'aria-current': isSel('relationship', r.key) ? 'true' : undefined, 'aria-label': `${text}, ${r.category.toLowerCase()}, ${date}` },
        ),
      );
    });
    this.el.replaceChildren(
      h('h2', { id: 'view-list-h', tabindex: '-1' }, title),
      h('h3', {}, plural(entities.length, 'entity', 'entities')),
      h('ul', { class: 'view-list', 'data-testid': 'list-entities', 'aria-label': 'Entities in the view' }, ...entityItems),
      h('h3', {}, plural(rels.length, 'relationship')),
      rels.length
        ? h('ul', { class: 'view-list', 'data-testid': 'list-relationships', 'aria-label': 'Relationships in the view' }, ...relItems)
        : h('p', { class: 'muted' }, 'None: widen the time window or pick more categories.'),
    );
  }
}
