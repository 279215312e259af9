import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the explorer’s API types', () => {
  // schema.graphql is the served schema (tests/unit/schema-file.test.ts); the explorer's answer
  // types are inferred from this introspection of it, so it must be regenerated with the schema.
  it('come from schema.graphql as it is now (run `npm run explore:types` after changing the schema)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-tada-'));
    try {
      const out = path.join(dir, 'graphql-env.d.ts');
      const cli = path.join(path.dirname(require.resolve('gql.tada/package.json')), 'bin', 'cli.js');
      execFileSync(process.execPath, [cli, 'generate-output', '-c', 'explore/tsconfig.json', '-o', out], { stdio: 'pipe' });
      expect(readFileSync('explore/api/graphql-env.d.ts', 'utf8')).toBe(readFileSync(out, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
