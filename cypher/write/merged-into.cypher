// The merged entity's key resolves to the one it was merged into from version $v on.
MATCH (gone:Entity {key: $merge})
MATCH (kept:Entity {key: $keep})
CREATE (gone)-[m:MERGED_INTO {txFrom: $v}]->(kept)
RETURN count(m) AS n
