UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
RETURN count(r) AS n
