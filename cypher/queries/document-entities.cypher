// Entities each document mentions, by name, as of $v; at most $limit per document.
UNWIND $keys AS k
CALL (k) {
  MATCH (:Document {key: k})-[m:MENTIONS]->(n:Entity)
  WHERE m.txFrom <= $v AND (m.txTo IS NULL OR m.txTo > $v)
  RETURN n.key AS entity ORDER BY n.name, n.key LIMIT $limit
}
RETURN k AS key, collect(entity) AS entities
