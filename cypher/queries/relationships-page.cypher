// One page of relationships in timeline order (when.start, undated last, then key), with the total.
// Filters are all optional; the keyset cursor ($afterSort, $afterKey) stays valid as data is added.
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
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
  RETURN r, a, b, coalesce(r.whenStartMs, $undatedSort) AS sortMs
}
WITH collect({r: r, a: a, b: b, sortMs: sortMs}) AS matched
WITH size(matched) AS total, [x IN matched WHERE $afterKey IS NULL OR x.sortMs > $afterSort OR (x.sortMs = $afterSort AND x.r.key > $afterKey)] AS rest
UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest END) AS x
WITH total, x ORDER BY x.sortMs, x.r.key
LIMIT $limit
WITH total, collect(x) AS xs
RETURN total, [x IN xs | {rel: properties(x.r), type: type(x.r), source: x.a.key, target: x.b.key, sortMs: x.sortMs}] AS page
