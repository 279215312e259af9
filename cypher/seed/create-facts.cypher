UNWIND $rows AS row
MATCH (n:Entity {key: row.entity})
CREATE (f:Fact)
SET f = row.props
CREATE (f)-[:FACT_OF]->(n)
RETURN count(f) AS n
