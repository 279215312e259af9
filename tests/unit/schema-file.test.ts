import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/build-schema.js';

describe('schema.graphql', () => {
  it('is the printed, sorted schema of the code (run `npm run schema:print` after changing a type)', () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(`${printSchema(schema)}\n`);
  });
});
