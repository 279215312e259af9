/**
 * The details panel: an entity, or a relationship with what a journalist cites from each piece of
 * evidence (the article and its link, its reliability and why, the quote). Character offsets and
 * hashes stay folded away until asked for.
 */
import { categoryColour, kindStyle, RELIABILITY_COLOURS } from '../../src/model/palette.js';
import type { Entity, EntityRef, Evidence, Relationship, RelationshipDetail, Temporal } from '../api/documents.js';
import { button, chip, h, plural, verb, type Child } from '../dom.js';
import { describeTemporal } from '../format/temporal-format.js';

export interface DetailsHandlers {
  goTo: (key: string) => void;
}

function row(label: string, value: Child, testid?: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-testid': testid }, value ?? '—')];
}

function when(t: Temporal | null): Child {
  if (!t) return 'undated';
  const text = describeTemporal(t);
  const notes = [t.basis, t.relativePhrase ? `resolved from “${t.relativePhrase}”` : null].filter(Boolean).join('; ');
  return notes ? h('span', { title: notes }, text, h('span', { class: 'muted' }, ` — ${notes}`)) : text;
}

export class DetailsPanel {
  constructor(
    private readonly el: HTMLElement,
    private readonly on: DetailsHandlers,
  ) {}

  private show(card: HTMLElement, focus: boolean): void {
    this.el.replaceChildren(card);
    // A keyboard user who opened this lands on its heading, not back at the top of the page.
    if (focus) card.querySelector<HTMLElement>('h2')?.focus();
  }

  empty(text = 'Select an entity or a relationship to see its details.'): void {
    this.el.replaceChildren(h('p', { class: 'muted' }, text));
  }

  private entityLink(ref: EntityRef): HTMLElement {
    return button(ref.name, () => this.on.goTo(ref.key), { class: 'link', title: `Centre on ${ref.name}` });
  }

  entity(e: EntityRef & Partial<Pick<Entity, 'description' | 'aliases'>>, shownRelationships: number, focus = false): void {
    const k = kindStyle(e.kind);
    this.show(
      h(
        'article',
        { class: 'card', 'data-testid': 'entity-panel', 'aria-label': `Entity ${e.name}` },
        h('h2', { tabindex: '-1' }, e.name),
        h('p', {}, chip(k.label, k.colour, 'entity-kind'), ' ', h('code', {}, e.key)),
        e.description ? h('p', { class: 'summary' }, e.description) : null,
        e.aliases?.length ? h('p', { class: 'muted' }, `Also called: ${e.aliases.join(', ')}`) : null,
        h('p', { class: 'muted' }, `${plural(shownRelationships, 'relationship')} in the current view.`),
      ),
      focus,
    );
  }

  relationship(r: Relationship | RelationshipDetail, focus = false): void {
    const detail = 'evidence' in r ? r : null;
    const amount = r.amount ? new Intl.NumberFormat('en-US', { style: 'currency', currency: r.amount.currency, maximumFractionDigits: 0 }).format(r.amount.amount) : null;
    this.show(
      h(
        'article',
        { class: 'card', 'data-testid': 'relationship-panel', 'aria-label': `Relationship: ${r.source.name} ${verb(r.type)} ${r.target.name}` },
        h('h2', { tabindex: '-1', 'data-testid': 'rel-type', 'data-type': r.type }, verb(r.type)),
        h('p', { class: 'ends' }, this.entityLink(r.source), h('span', { 'aria-hidden': 'true' }, ' → '), h('span', { class: 'sr-only' }, ' to '), this.entityLink(r.target)),
        h(
          'dl',
          {},
          ...row('Category', chip(r.category, categoryColour(r.category), 'rel-category')),
          ...row('Status', r.status, 'rel-status'),
          ...row('When', when(r.when), 'rel-when'),
          ...(r.until ? row('Until', when(r.until), 'rel-until') : []),
          ...(r.deadline ? row('Deadline', when(r.deadline), 'rel-deadline') : []),
          ...(amount ? row('Amount', `${r.amount?.bound === 'UP_TO' ? 'up to ' : ''}${amount}`, 'rel-amount') : []),
          ...(detail?.cameo ? row('CAMEO', `${detail.cameo.code}${detail.cameo.label ? ` ${detail.cameo.label}` : ''}`, 'rel-cameo') : []),
          ...(detail?.channel ? row('Channel', detail.channel) : []),
        ),
        h('p', { class: 'summary', 'data-testid': 'rel-summary' }, r.summary),
        h('h3', {}, 'Evidence'),
        detail ? this.evidence(detail.evidence) : h('p', { class: 'muted' }, 'Loading evidence…'),
      ),
      focus,
    );
  }

  private evidence(list: Evidence[]): HTMLElement {
    if (!list.length) return h('p', { class: 'muted' }, 'No evidence recorded.');
    return h(
      'ol',
      { class: 'evidence', 'data-testid': 'evidence-list' },
      ...list.map((ev) => {
        const doc = ev.document;
        const title = doc.url ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'evidence-link' }, doc.title) : doc.title;
        const reliability = doc.reliability as keyof typeof RELIABILITY_COLOURS;
        return h(
          'li',
          { 'data-testid': 'evidence-item' },
          h('p', { class: 'doc' }, h('strong', { 'data-testid': 'evidence-title' }, title)),
          h('p', { class: 'meta' }, [doc.publisher, doc.publishedOn ? `published ${describeTemporal(doc.publishedOn)}` : 'publication date unknown'].filter(Boolean).join(' · ')),
          h(
            'p',
            { class: 'meta' },
            chip(`${reliability.toLowerCase()} reliability`, RELIABILITY_COLOURS[reliability] ?? '#777', 'evidence-reliability'),
            doc.reliabilityReason ? h('span', { 'data-testid': 'evidence-reliability-reason' }, ` ${doc.reliabilityReason}`) : null,
          ),
          ev.quote
            ? h('blockquote', { 'data-testid': 'evidence-quote' }, `“${ev.quote}”`)
            : h('p', { class: 'muted' }, 'The service does not hold this document’s text, so there is no quote.'),
          ev.start !== null && ev.end !== null
            ? h(
                'details',
                { class: 'offsets' },
                h('summary', {}, 'Exact position in the text'),
                h('p', { 'data-testid': 'evidence-offsets' }, `Characters ${ev.start}–${ev.end} (UTF-16) of document `, h('code', {}, doc.key), '; sha256 of the passage ', h('code', { class: 'hash' }, ev.sha256), '.'),
              )
            : null,
        );
      }),
    );
  }
}
