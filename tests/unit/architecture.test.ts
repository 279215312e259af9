import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

// The rules live in .dependency-cruiser.mjs so that `npm run lint:deps` and this test read the same ones.
const CONFIG = './.dependency-cruiser.mjs';

const describeViolation = (v: IViolation) =>
  v.cycle?.length ? `${v.rule.name}: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')}` : `${v.rule.name}: ${v.from} → ${v.to}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

describe('architecture', () => {
  it('src/ has no import cycle, no import up the layers, and imports only declared runtime packages', { timeout: 180_000 }, async () => {
    const options = await extractDepcruiseOptions(CONFIG);
    const result = await cruise(['src'], { ...options, validate: true }, {}, { tsConfig: extractTSConfig('tsconfig.json') });
    if (typeof result.output === 'string') throw new Error('expected a cruise result, not formatted output');
    expect(result.output.summary.violations.map(describeViolation)).toEqual([]);
    // A cruise that found nothing would pass the line above: it must have seen the whole tree.
    expect(result.output.modules.filter((m) => m.source.startsWith('src/')).length).toBe(filesUnder('src').length);
  });

  it('every file in src/ belongs to exactly one layer', async () => {
    const { LAYERS } = (await import(path.resolve(CONFIG))) as { LAYERS: { name: string; paths: string[] }[] };
    const layersOf = (file: string) => LAYERS.filter((l) => l.paths.some((p) => new RegExp(p).test(file))).map((l) => l.name);
    const misplaced = filesUnder('src')
      .map((f) => ({ file: f.split(path.sep).join('/'), layers: layersOf(f.split(path.sep).join('/')) }))
      .filter((f) => f.layers.length !== 1);
    expect(misplaced).toEqual([]);
  });
});
