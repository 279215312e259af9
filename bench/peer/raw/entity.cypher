// a: an entity with its first $first current relationships, both directions, in timeline order
// (when.start, undated last, then key), each with its ends' names and its evidence.
MATCH (e:Entity {key: $key})
CALL (e) {
  MATCH (e)-[r:REL WHERE r.txTo IS NULL]-(:Entity)
  WITH DISTINCT r
  ORDER BY r.whenStartMs, r.key
  LIMIT $first
  CALL (r) {
    UNWIND range(0, size(r.evDocs) - 1) AS i
    OPTIONAL MATCH (d:Document {key: r.evDocs[i]})
    WITH r, i, d ORDER BY i
    RETURN collect({document: d {.key, .title}, quote: CASE r.evQuotes[i] WHEN '' THEN null ELSE r.evQuotes[i] END}) AS evidence
  }
  WITH r, evidence, startNode(r) AS a, endNode(r) AS b
  ORDER BY r.whenStartMs, r.key
  RETURN collect(r {
    .key, .type, .category,
    source: a {.key, .name},
    target: b {.key, .name},
    when: CASE WHEN r.whenIso IS NOT NULL THEN {iso: r.whenIso, precision: r.whenPrecision} END,
    evidence: evidence
  }) AS relationships
}
RETURN e {.key, .name, relationships: relationships} AS entity
