// Entity.relationships for many entities in one round trip: one page (and total) per entity key.
UNWIND $keys AS k
CALL (k) {
  MATCH (e:Entity {key: k})-[r]-(other:Entity)
  WITH e, r, other, startNode(r) AS a, endNode(r) AS b
  WHERE r.key IS NOT NULL
    AND ($types IS NULL OR type(r) IN $types)
    AND ($categories IS NULL OR r.category IN $categories)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($source IS NULL OR a.key = $source)
    AND ($target IS NULL OR b.key = $target)
    AND ($involving IS NULL OR a.key IN $involving OR b.key IN $involving)
    AND ($fromMs IS NULL OR coalesce(r.whenEndMs >= $fromMs, $includeUndated))
    AND ($toMs IS NULL OR coalesce(r.whenStartMs <= $toMs, $includeUndated))
    AND ($knownDocs IS NULL OR any(d IN r.evDocs WHERE d IN $knownDocs))
  WITH DISTINCT r, a, b, coalesce(r.whenStartMs, $undatedSort) AS sortMs
  WITH collect({r: r, a: a, b: b, sortMs: sortMs}) AS matched
  WITH size(matched) AS total, [x IN matched WHERE $afterKey IS NULL OR x.sortMs > $afterSort OR (x.sortMs = $afterSort AND x.r.key > $afterKey)] AS rest
  UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest END) AS x
  WITH total, x ORDER BY x.sortMs, x.r.key
  LIMIT $limit
  WITH total, collect(x) AS xs
RETURN total, [x IN xs | {rel: properties(x.r), type: type(x.r), source: x.a.key, target: x.b.key, sortMs: x.sortMs}] AS page
}
RETURN k AS key, total, page
