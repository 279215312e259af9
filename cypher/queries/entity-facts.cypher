// Dated facts of each entity, oldest first, as of $v.
UNWIND $keys AS k
CALL (k) {
  MATCH (f:Fact)-[:FACT_OF]->(:Entity {key: k})
  WHERE f.txFrom <= $v AND (f.txTo IS NULL OR f.txTo > $v)
  RETURN f ORDER BY f.whenStartMs, f.key LIMIT $limit
}
RETURN k AS key, collect(f {.*}) AS facts
