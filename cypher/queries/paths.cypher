// Up to 10 shortest paths, ignoring direction, of at most 6 hops (pattern bounds must be literals;
// $maxHops and $first narrow them). Window and knowledge-time filters apply to every hop; with
// $timeRespecting each hop starts no earlier than the one before it.
MATCH p = SHORTEST 10 (
  (a:Entity {key: $from})-[rs]-{1,6}(b:Entity {key: $to})
  WHERE size(rs) <= $maxHops
    AND all(r IN rs WHERE r.key IS NOT NULL
      AND ($fromMs IS NULL OR coalesce(r.whenEndMs >= $fromMs, $includeUndated AND NOT $timeRespecting))
      AND ($toMs IS NULL OR coalesce(r.whenStartMs <= $toMs, $includeUndated AND NOT $timeRespecting))
      AND ($knownDocs IS NULL OR any(d IN r.evDocs WHERE d IN $knownDocs))
      AND (NOT $timeRespecting OR r.whenStartMs IS NOT NULL))
    AND (NOT $timeRespecting OR all(i IN range(0, size(rs) - 2) WHERE rs[i].whenStartMs <= rs[i + 1].whenStartMs))
)
WITH p, rs
ORDER BY length(p), [r IN rs | r.key]
LIMIT $first
RETURN [n IN nodes(p) | n.key] AS nodes, [r IN rs | r.key] AS relationships
