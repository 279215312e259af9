/**
 * Legends and presets. Kinds explain the node colours and shapes; each category can be toggled or
 * shown alone ("only") with one click, and the presets set a whole question's categories at once.
 */
import { CATEGORY_COLOURS, KIND_STYLES } from '../../src/model/palette.js';
import { button, h } from '../dom.js';
import { ALL_CATEGORIES, PRESETS, presetOf, type PresetName, type ViewState } from '../state/view-state.js';

const title = (c: string) => c.charAt(0) + c.slice(1).toLowerCase();

export class Legend {
  constructor(
    private readonly kinds: HTMLElement,
    private readonly categories: HTMLElement,
    private readonly presets: HTMLElement,
    private readonly onCategories: (categories: string[]) => void,
  ) {
    this.kinds.replaceChildren(
      ...Object.entries(KIND_STYLES).map(([kind, k]) => h('li', { 'data-kind': kind }, h('span', { class: `swatch shape-${k.shape}`, style: `--c:${k.colour}`, 'aria-hidden': 'true' }), k.label)),
    );
  }

  /** `counts`: relationships per category among those loaded for the view, before filtering. */
  render(s: ViewState, counts: ReadonlyMap<string, number>): void {
    const active = presetOf(s);
    this.presets.replaceChildren(
      ...(Object.entries(PRESETS) as [PresetName, (typeof PRESETS)[PresetName]][]).map(([name, p]) =>
        button(p.label, () => this.onCategories([...p.categories]), { 'data-preset': name, 'data-testid': `preset-${name}`, 'aria-pressed': String(active === name), class: 'preset' }),
      ),
    );
    this.categories.replaceChildren(
      ...ALL_CATEGORIES.map((cat) => {
        const on = s.categories.includes(cat);
        const n = counts.get(cat) ?? 0;
        const toggle = button(
          [h('span', { class: 'line', style: `--c:${CATEGORY_COLOURS[cat as keyof typeof CATEGORY_COLOURS]}`, 'aria-hidden': 'true' }), title(cat), h('span', { class: 'count' }, String(n))],
          () => this.onCategories(on ? s.categories.filter((c) => c !== cat) : [...s.categories, cat]),
          { 'aria-pressed': String(on), 'data-category': cat, title: `${on ? 'Hide' : 'Show'} ${cat.toLowerCase()} relationships`, class: 'toggle' },
        );
        const only = button('only', () => this.onCategories([cat]), { class: 'only', 'data-only': cat, 'aria-label': `Only ${cat.toLowerCase()}`, title: `Show only ${cat.toLowerCase()} relationships` });
        return h('li', {}, toggle, only);
      }),
    );
  }
}
