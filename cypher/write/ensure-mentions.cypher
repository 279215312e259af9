// Documents mention the entities their evidence is about: added when not already current.
UNWIND $rows AS row
MATCH (d:Document {key: row.doc})
MATCH (n:Entity {key: row.entity})
WITH d, n, row
WHERE NOT EXISTS { MATCH (d)-[m:MENTIONS]->(n) WHERE m.txTo IS NULL }
CREATE (d)-[m:MENTIONS]->(n)
SET m.via = row.via, m.origin = $via, m.txFrom = $v
RETURN count(m) AS n
