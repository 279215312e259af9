import type { IngestInput, KnownEntity } from '../../src/ingest/input.js';
import { proposeClaims } from '../../src/ingest/propose.js';
import type { EndPoint, IngestResult } from '../../src/ingest/proposal.js';

/** The engine over invented English text, with these known entities, published on that day. */
export function engineOn(known: KnownEntity[], publishedOn: string) {
  return (text: string, extra: Partial<IngestInput> = {}) =>
    proposeClaims({ text, knownEntities: known, publishedOn: { iso: publishedOn, precision: 'DAY' }, documentKey: 'doc-test', language: 'en', ...extra });
}

export const keyOf = (e: EndPoint) => ('key' in e ? e.key : null);

/** The proposal between two known entities, of a category if given. */
export function find(r: IngestResult, source: string, target: string, category?: string) {
  return r.proposals.find((p) => keyOf(p.source) === source && keyOf(p.target) === target && (!category || p.category === category));
}
