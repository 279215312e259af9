// c: breadth-first to $depth (at most 3) over current relationships. Nodes in the order the walk
// meets them (hop, then the time and key of the first relationship that reaches them), cut at
// $limit; a relationship is kept when it leaves a node short of the last hop and both ends are kept.
MATCH (s:Entity {key: $key})
CALL (s) {
  MATCH p = ALL SHORTEST (s)(()-[r:REL WHERE r.txTo IS NULL]-()){0,3}(n:Entity)
  WHERE length(p) <= $depth
  WITH n, length(p) AS hop, last(relationships(p)) AS via
  ORDER BY via.whenStartMs, via.key
  WITH n, hop, head(collect(via)) AS via
  ORDER BY hop, via.whenStartMs, via.key
  LIMIT $limit
  RETURN collect(n) AS nodes, collect(CASE WHEN hop < $depth THEN n END) AS inner
}
CALL (nodes, inner) {
  UNWIND inner AS x
  MATCH (x)-[r:REL WHERE r.txTo IS NULL]-(y:Entity)
  WHERE y IN nodes
  RETURN collect(DISTINCT r) AS rels
}
RETURN {
  nodes: [n IN nodes | n {.key, .name, .kind}],
  relationships: [r IN rels | r {
    .key, .type, .category,
    source: {key: startNode(r).key},
    target: {key: endNode(r).key},
    when: CASE WHEN r.whenIso IS NOT NULL THEN {iso: r.whenIso} END
  }]
} AS subgraph
