import { describe, expect, it } from 'vitest';
import { entityPart, relationshipPart } from '../../bench/scale/synthetic-graph.js';
import { evidenceListProps, readEvidence } from '../../src/model/stored-evidence.js';
import { contentHash, storedForm } from '../../src/model/stored-records.js';

// Lists that are empty or all blanks are not stored (Neo4j's offline importer cannot write them);
// readers take them as empty, and content hashes stay those of the full properties.
describe('stored form of records', () => {
  it('leaves out empty lists and lists of empty strings, and nothing else', () => {
    const props = { key: 'k', aliases: [], evNotes: ['', ''], evDocs: ['d1', 'd2'], tags: ['', 'x'], n: 0, s: '', zero: [0] };
    expect(storedForm(props)).toEqual({ key: 'k', evDocs: ['d1', 'd2'], tags: ['', 'x'], n: 0, s: '', zero: [0] });
    expect(props.aliases).toEqual([]);
    const plain = { key: 'k', names: ['a'] };
    expect(storedForm(plain)).toBe(plain);
  });

  it('keeps each row’s hash that of its full properties, so graphs stored before still match', () => {
    const part = entityPart('stored-form', 0, 20);
    const rels = relationshipPart('stored-form', 20, 0, 20);
    const entity = part.entities.find((e) => !('aliases' in e.props))!;
    expect(entity, 'an entity without aliases').toBeDefined();
    const rel = rels.relationships.find((r) => 'whenPrecision' in r.props)!;
    expect(rel.props).not.toHaveProperty('reportedBy');
    expect(rel.props).not.toHaveProperty('evNotes');
    // The window bucket is stored but derived, so it is not hashed either.
    const { whenBucket, ...content } = rel.props;
    expect(whenBucket).toEqual(expect.any(String));
    expect(rel.h).toBe(contentHash({ ...content, reportedBy: [], context: [], evNotes: (rel.props.evDocs as string[]).map(() => ''), source: rel.source, target: rel.target }));
    expect(entity.h).toBe(contentHash({ ...entity.props, aliases: [] }));
  });

  it('reads evidence without its blank lists as blanks, and rebuilds aligned lists from read items', () => {
    const withNotes = { evDocs: ['a'], evStarts: [1], evEnds: [5], evShas: ['s1'], evNotes: ['why'], evQuotes: ['quote'] };
    const without = storedForm({ evDocs: ['b', 'c'], evStarts: [2, 3], evEnds: [6, 7], evShas: ['s2', 's3'], evNotes: ['', ''], evQuotes: ['', ''] });
    expect(readEvidence(without).map((e) => [e.note, e.quote])).toEqual([[null, null], [null, null]]);
    const merged = evidenceListProps([...readEvidence(without), ...readEvidence(withNotes)]);
    expect(merged.evNotes).toEqual(['', '', 'why']);
    expect(merged.evQuotes).toEqual(['', '', 'quote']);
    expect(readEvidence(merged).map((e) => `${e.doc}:${e.note}`)).toEqual(['b:null', 'c:null', 'a:why']);
  });
});
