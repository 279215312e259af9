UNWIND $keys AS k
MATCH (a:Entity)-[r:REL {key: k}]->(b:Entity)
WHERE r.txTo IS NULL
RETURN k AS key, r {.*, source: a.key, target: b.key} AS props
