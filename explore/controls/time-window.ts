/**
 * The time window: two month sliders whose range comes from the data loaded, and the undated
 * switch, which says how many undated relationships it hides or shows.
 */
import { byId } from '../dom.js';
import { monthLabel } from '../format/temporal-format.js';
import { addMonths, monthsBetween, monthStartMs } from '../state/filters.js';
import { showsUndated, type ViewState } from '../state/view-state.js';

const label = (month: string) => {
  const d = new Date(monthStartMs(month));
  return monthLabel(d.getUTCFullYear(), d.getUTCMonth());
};

export interface WindowHandlers {
  onWindow: (from: string | null, to: string | null) => void;
  onUndated: (show: boolean) => void;
}

export class TimeWindow {
  private readonly from = byId<HTMLInputElement>('time-from');
  private readonly to = byId<HTMLInputElement>('time-to');
  private readonly text = byId<HTMLOutputElement>('time-label');
  private readonly undated = byId<HTMLInputElement>('undated');
  private readonly undatedText = byId('undated-label');
  private range = { first: '2025-01', last: '2025-12' };

  constructor(on: WindowHandlers) {
    const read = (changed: 'from' | 'to') => {
      let a = Number(this.from.value);
      let b = Number(this.to.value);
      if (a > b) {
        if (changed === 'from') b = a;
        else a = b;
      }
      const max = Number(this.to.max);
      on.onWindow(a === 0 ? null : addMonths(this.range.first, a), b === max ? null : addMonths(this.range.first, b));
    };
    // "change" fires once a drag ends, so history gets one entry per move rather than one per step.
    this.from.addEventListener('change', () => read('from'));
    this.to.addEventListener('change', () => read('to'));
    this.from.addEventListener('input', () => this.preview());
    this.to.addEventListener('input', () => this.preview());
    this.undated.addEventListener('change', () => on.onUndated(this.undated.checked));
  }

  private preview(): void {
    const a = Math.min(Number(this.from.value), Number(this.to.value));
    const b = Math.max(Number(this.from.value), Number(this.to.value));
    this.text.textContent = `${label(addMonths(this.range.first, a))} – ${label(addMonths(this.range.first, b))}`;
  }

  /** `range`: first and last month of the data; a window set from a link widens it if need be. */
  render(s: ViewState, range: { first: string; last: string }, undatedCount: number): void {
    const first = [range.first, s.from, s.to].filter((m): m is string => !!m).sort()[0]!;
    const last = [range.last, s.from, s.to].filter((m): m is string => !!m).sort().at(-1)!;
    this.range = { first, last };
    const max = monthsBetween(first, last);
    for (const input of [this.from, this.to]) {
      input.min = '0';
      input.max = String(max);
    }
    this.from.value = String(s.from ? monthsBetween(first, s.from) : 0);
    this.to.value = String(s.to ? monthsBetween(first, s.to) : max);
    this.from.setAttribute('aria-valuetext', label(s.from ?? first));
    this.to.setAttribute('aria-valuetext', label(s.to ?? last));
    this.preview();
    if (!s.from && !s.to) this.text.textContent = `All dates (${label(first)} – ${label(last)})`;
    const shown = showsUndated(s);
    this.undated.checked = shown;
    this.undatedText.textContent = `Include undated (${undatedCount})`;
    this.undated.closest('label')?.setAttribute('title', shown ? `${undatedCount} relationships without a date are shown` : `${undatedCount} relationships without a date are hidden`);
  }
}
