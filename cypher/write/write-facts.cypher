UNWIND $rows AS row
MATCH (n:Entity {key: row.entity})
OPTIONAL MATCH (cur:Fact {key: row.props.key})
WHERE cur.txTo IS NULL
SET cur.txTo = $v
CREATE (f:Fact)
SET f = row.props
SET f.h = row.h, f.txFrom = $v, f.origin = $via
CREATE (f)-[:FACT_OF]->(n)
RETURN count(f) AS n
