// d: up to $first paths of at most $maxHops current relationships, either direction, shortest
// first, ties broken by the list of relationship keys. Every tied shortest path is looked at
// before the tie-break; only when the shortest are fewer than $first are longer ones enumerated.
CALL () {
  MATCH p = ALL SHORTEST ((:Entity {key: $from})-[rs:REL]-{1,6}(:Entity {key: $to})
    WHERE size(rs) <= $maxHops AND all(r IN rs WHERE r.txTo IS NULL))
  RETURN collect(p) AS shortest
}
CALL (shortest) {
  WITH shortest WHERE size(shortest) < $first
  MATCH p = SHORTEST 6 GROUPS ((:Entity {key: $from})-[rs:REL]-{1,6}(:Entity {key: $to})
    WHERE size(rs) <= $maxHops AND all(r IN rs WHERE r.txTo IS NULL))
  RETURN collect(p) AS all
}
UNWIND CASE WHEN size(shortest) >= $first THEN shortest ELSE all END AS p
WITH p, [r IN relationships(p) | r.key] AS keys
ORDER BY length(p), keys
LIMIT $first
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n {.key, .name}],
  relationships: [r IN relationships(p) | r {.key, .type}]
} AS path
