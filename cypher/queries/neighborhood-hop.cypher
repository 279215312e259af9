// One breadth-first hop: every relationship from the frontier that passes the filters.
UNWIND $frontier AS k
MATCH (x:Entity {key: k})-[r]-(y:Entity)
WHERE r.key IS NOT NULL
  AND ($categories IS NULL OR r.category IN $categories)
  AND ($fromMs IS NULL OR coalesce(r.whenEndMs >= $fromMs, $includeUndated))
  AND ($toMs IS NULL OR coalesce(r.whenStartMs <= $toMs, $includeUndated))
  AND ($knownDocs IS NULL OR any(d IN r.evDocs WHERE d IN $knownDocs))
WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
RETURN r {.*} AS rel, type(r) AS type, a.key AS source, b.key AS target
ORDER BY coalesce(r.whenStartMs, $undatedSort), r.key
