import { describe, expect, it } from 'vitest';
import type { Executor, Statement } from '../../src/store/executor.js';
import { MigrationError, migrate } from '../../src/store/migrate.js';

// migrate's wait for indexes, over scripted answers of SHOW INDEXES (the real statement runs on
// every test start, in tests/support/global-setup.ts, and after the bulk import's first start).
function scripted(states: { name: string; state: string; populationPercent: number; failureMessage?: string }[][], indexes: string[] = []) {
  const seen: string[] = [];
  let polls = 0;
  const db = {
    async autoCommit<T>(s: Statement) {
      seen.push(s.name);
      if (s.name === 'migrations/index-names') return indexes.map((name) => ({ name })) as T[];
      if (s.name !== 'migrations/index-states') return [] as T[];
      const answer = states[Math.min(polls++, states.length - 1)]!;
      return answer.map((i) => ({ failureMessage: null, ...i })) as T[];
    },
  } as unknown as Executor;
  return { db, seen, polls: () => polls };
}

describe('migrate waits for indexes', () => {
  it('runs every migration statement, then polls until no index is populating, reporting progress', async () => {
    const { db, seen, polls } = scripted([[{ name: 'entity_key', state: 'POPULATING', populationPercent: 10 }], [{ name: 'entity_key', state: 'POPULATING', populationPercent: 70.4 }], []]);
    const progress: unknown[] = [];
    const applied = await migrate(db, { progressEveryMs: 0, log: (_m, d) => progress.push(d) });
    expect(applied).toBeGreaterThan(10);
    expect(seen.filter((n) => n !== 'migrations/index-states' && n !== 'migrations/index-names')).toHaveLength(applied);
    expect(polls()).toBe(3);
    expect(progress).toEqual([expect.objectContaining({ populating: { entity_key: 10 } }), expect.objectContaining({ populating: { entity_key: 70 } })]);
  });

  it('backfills window buckets in the start that creates their index, before creating it, and not in later starts', async () => {
    const first = scripted([[]]);
    await migrate(first.db);
    const backfill = first.seen.indexOf('migrations/backfill-window-buckets');
    expect(backfill).toBeGreaterThan(first.seen.indexOf('migrations/index-names'));
    expect(backfill).toBeLessThan(first.seen.indexOf('migrations/040-window-buckets'));
    const later = scripted([[]], ['rel_key', 'rel_bucket_sort']);
    await migrate(later.db);
    expect(later.seen).not.toContain('migrations/backfill-window-buckets');
    expect(later.seen).toContain('migrations/040-window-buckets');
  });

  it('fails at once, naming the index and its reason, when an index fails', async () => {
    const { db } = scripted([[{ name: 'rel_key', state: 'FAILED', populationPercent: 40, failureMessage: 'disk full' }]]);
    await expect(migrate(db)).rejects.toThrow(new MigrationError('index rel_key failed: disk full'));
  });

  it('gives up after the wait it was given, saying how far each index got', async () => {
    const { db } = scripted([[{ name: 'entity_text', state: 'POPULATING', populationPercent: 12.2 }]]);
    await expect(migrate(db, { indexWaitMs: 0 })).rejects.toThrow(/still populating after 0 s: entity_text 12%/);
  });
});
