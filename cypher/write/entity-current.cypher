// The current state of some entities (merged ones say into what), for checks before a write.
UNWIND $keys AS k
MATCH (n:Entity {key: k})
OPTIONAL MATCH (n)-[:MERGED_INTO]->(into:Entity)
RETURN k AS key, n {.*} AS props, n.txTo IS NOT NULL AS retired, into.key AS mergedInto
