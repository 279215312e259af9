UNWIND $rows AS row
MATCH (d:Document {key: row.doc})
MATCH (n:Entity {key: row.entity})
MERGE (d)-[m:MENTIONS]->(n)
SET m.origin = 'seed', m.via = row.via
RETURN count(m) AS n
