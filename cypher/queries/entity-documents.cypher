// Documents that mention each entity, oldest first, as of $v; at most $limit per entity.
UNWIND $keys AS k
CALL (k) {
  MATCH (d:Document)-[m:MENTIONS]->(:Entity {key: k})
  WHERE m.txFrom <= $v AND (m.txTo IS NULL OR m.txTo > $v)
  RETURN d.key AS document ORDER BY d.publishedStartMs, d.key LIMIT $limit
}
RETURN k AS key, collect(document) AS documents
