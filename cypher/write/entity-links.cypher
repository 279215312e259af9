// What hangs on an entity: its current relationships (either way), facts and mentioning documents.
MATCH (n:Entity {key: $key})
CALL (n) {
  OPTIONAL MATCH (n)-[r:REL]-(:Entity)
  WHERE r.txTo IS NULL
  RETURN collect(r {.*, source: startNode(r).key, target: endNode(r).key}) AS relationships
}
CALL (n) {
  OPTIONAL MATCH (f:Fact)-[:FACT_OF]->(n)
  WHERE f.txTo IS NULL
  RETURN collect(f {.*}) AS facts
}
CALL (n) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(n)
  WHERE m.txTo IS NULL
  RETURN collect({doc: d.key, via: m.via}) AS mentions
}
RETURN relationships, facts, mentions
