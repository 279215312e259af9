import { describe, expect, it } from 'vitest';
import { exportQuery } from '../../explore/export/export-links.js';
import { duringOf, inWindow } from '../../explore/state/filters.js';
import { ALL_CATEGORIES, DEFAULT_STATE, parseState, presetOf, showsUndated, stateToQuery } from '../../explore/state/view-state.js';

describe('explorer state in the URL', () => {
  it('reads the issue’s permalink exactly', () => {
    const s = parseState('?entity=pete-hegseth&from=2026-02&to=2026-02&categories=PRESSURE&view=pressure');
    expect(s).toMatchObject({ entity: 'pete-hegseth', from: '2026-02', to: '2026-02', categories: ['PRESSURE'], view: 'pressure', selected: null });
  });

  it('round-trips every field through the query string', () => {
    const s = {
      ...DEFAULT_STATE,
      entity: 'anthropic',
      expanded: ['openai', 'pete-hegseth'],
      from: '2025-10',
      to: '2026-03',
      categories: ['SUPPORT', 'PRESSURE'],
      undated: 'show' as const,
      view: 'paths' as const,
      selected: { kind: 'relationship' as const, key: 'hegseth-ultimatum-anthropic' },
      pathFrom: 'pete-hegseth',
      pathTo: 'deepseek',
      timeRespecting: true,
      pathIndex: 2,
    };
    const back = parseState(stateToQuery(s));
    expect(back).toEqual({ ...s, categories: ['PRESSURE', 'SUPPORT'] });
    expect(stateToQuery(back)).toBe(stateToQuery(s));
  });

  it('falls back to the default for malformed values instead of failing', () => {
    const s = parseState('?entity=<script>&from=2026-13&to=x&categories=NOPE,pressure&view=map&step=-3&rel=../x');
    expect(s).toMatchObject({ entity: DEFAULT_STATE.entity, from: null, to: null, categories: ['PRESSURE'], view: 'network', pathIndex: 0, selected: null });
  });

  it('writes "all" for every category and swaps a window given back to front', () => {
    expect(stateToQuery({ ...DEFAULT_STATE, categories: [...ALL_CATEGORIES] })).toContain('categories=all');
    expect(parseState('?from=2026-03&to=2025-10')).toMatchObject({ from: '2025-10', to: '2026-03' });
  });

  it('hides undated relationships by default once the window is narrowed, unless asked', () => {
    expect(showsUndated(DEFAULT_STATE)).toBe(true);
    expect(showsUndated({ ...DEFAULT_STATE, from: '2026-02' })).toBe(false);
    expect(showsUndated({ ...DEFAULT_STATE, from: '2026-02', undated: 'show' })).toBe(true);
    const undated = { category: 'PRESSURE', when: null };
    expect(inWindow(undated, { ...DEFAULT_STATE, to: '2026-02' })).toBe(false);
  });

  it('matches a window by overlap, in UTC months', () => {
    const feb = { ...DEFAULT_STATE, from: '2026-02', to: '2026-02' };
    expect(inWindow({ category: 'PRESSURE', when: { start: '2026-02-27T22:01:00.000Z', end: '2026-02-27T22:01:59.999Z' } }, feb)).toBe(true);
    expect(inWindow({ category: 'PRESSURE', when: { start: '2026-03-01T00:00:00.000Z', end: '2026-03-01T23:59:59.999Z' } }, feb)).toBe(false);
    expect(inWindow({ category: 'PRESSURE', when: { start: '2026-01-01T00:00:00.000Z', end: '2026-06-30T23:59:59.999Z' } }, feb)).toBe(true);
    expect(duringOf(feb)).toEqual({ from: '2026-02-01', to: '2026-02-28', includeUndated: false });
  });

  it('knows the preset a state is in', () => {
    expect(presetOf(DEFAULT_STATE)).toBe('pressure');
    expect(presetOf({ ...DEFAULT_STATE, categories: ['OPPOSITION', 'SUPPORT'] })).toBe('stances');
    expect(presetOf({ ...DEFAULT_STATE, categories: [...ALL_CATEGORIES] })).toBe('all');
    expect(presetOf({ ...DEFAULT_STATE, categories: ['CREATION'] })).toBeNull();
  });
});

describe('export links carry the view’s filters', () => {
  it('passes categories, the window and the undated choice in the export’s own parameters', () => {
    const pressure = { ...DEFAULT_STATE, view: 'pressure' as const };
    expect(exportQuery({ ...pressure, from: '2026-02', to: '2026-02' })).toBe('category=PRESSURE&during=2026-02-01..2026-02-28');
    expect(exportQuery({ ...pressure, from: '2026-02', undated: 'show' })).toBe('category=PRESSURE&during=2026-02-01..&includeUndated=true');
    expect(exportQuery({ ...pressure, categories: [...ALL_CATEGORIES] })).toBe('');
    expect(exportQuery({ ...pressure, categories: ['SUPPORT', 'OPPOSITION'], undated: 'hide' })).toBe('category=OPPOSITION,SUPPORT&during=..');
  });

  it('passes the entities the network view is drawn around as involving', () => {
    expect(exportQuery({ ...DEFAULT_STATE, from: '2026-02', to: '2026-02' })).toBe('category=PRESSURE&during=2026-02-01..2026-02-28&involving=anthropic');
    expect(exportQuery({ ...DEFAULT_STATE, categories: [...ALL_CATEGORIES], expanded: ['dario-amodei', 'pete-hegseth'] })).toBe('involving=anthropic,dario-amodei,pete-hegseth');
    expect(exportQuery({ ...DEFAULT_STATE, view: 'paths' })).toBe('category=PRESSURE');
  });
});
