/**
 * An entity search combobox (ARIA 1.2 pattern): type, move with the arrow keys, Enter to pick.
 * Used for the main search and for choosing a path's two ends.
 */
import { kindStyle } from '../../src/model/palette.js';
import { request } from '../api/client.js';
import { SearchQuery } from '../api/documents.js';
import { chip, h } from '../dom.js';

export class SearchBox {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | null = null;
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (key: string, name: string) => void,
    private readonly onError: (e: unknown) => void,
  ) {
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(input.value), 180);
    });
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private options(): HTMLLIElement[] {
    return [...this.list.querySelectorAll<HTMLLIElement>('[role=option]')];
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const items = this.options();
      if (!items.length) return;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((li, j) => li.setAttribute('aria-selected', String(j === this.active)));
      this.input.setAttribute('aria-activedescendant', items[this.active]!.id);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const li = this.options()[Math.max(0, this.active)];
      if (li?.dataset.key) this.pick(li.dataset.key, li.dataset.name ?? li.dataset.key);
    } else if (e.key === 'Escape') this.close();
  }

  private pick(key: string, name: string): void {
    this.close();
    this.onPick(key, name);
  }

  close(): void {
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private async run(text: string): Promise<void> {
    this.abort?.abort();
    if (text.trim().length < 2) return this.close();
    const ctrl = new AbortController();
    this.abort = ctrl;
    try {
      const data = await request(SearchQuery, { text }, ctrl.signal);
      if (ctrl.signal.aborted) return;
      const prefix = this.list.id;
      this.list.replaceChildren(
        ...(data.search.length
          ? data.search.map((hit, i) => {
              const k = kindStyle(hit.entity.kind);
              const li = h('li', { id: `${prefix}-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': hit.entity.key, 'data-name': hit.entity.name, 'data-testid': 'search-result' }, chip(k.label, k.colour), ' ', hit.entity.name);
              li.addEventListener('mousedown', (e) => {
                e.preventDefault();
                this.pick(hit.entity.key, hit.entity.name);
              });
              return li;
            })
          : [h('li', { class: 'muted', role: 'presentation' }, 'No match')]),
      );
      this.list.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
      this.active = -1;
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) this.onError(e);
    }
  }
}
