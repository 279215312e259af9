import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsFile } from '../../bench/peer/entry.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench report files', () => {
  it('never overwrite an earlier report of the same day: the second run gets -2, the third -3', () => {
    const first = resultsFile('scale', '2026-11-30', dir);
    expect(path.basename(first)).toBe('scale-2026-11-30.md');
    writeFileSync(first, 'one');
    const second = resultsFile('scale', '2026-11-30', dir);
    expect(path.basename(second)).toBe('scale-2026-11-30-2.md');
    writeFileSync(second, 'two');
    expect(path.basename(resultsFile('scale', '2026-11-30', dir))).toBe('scale-2026-11-30-3.md');
    expect(path.basename(resultsFile('peer', '2026-11-30', dir))).toBe('peer-2026-11-30.md');
  });
});
