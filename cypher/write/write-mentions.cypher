UNWIND $rows AS row
MATCH (d:Document {key: row.doc})
MATCH (n:Entity {key: row.entity})
CREATE (d)-[m:MENTIONS]->(n)
SET m.via = row.via, m.origin = $via, m.txFrom = $v
RETURN count(m) AS n
