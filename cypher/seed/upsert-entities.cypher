UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
REMOVE n:Organization:Person:AIModel:Contract:Policy:Event
SET n:$(row.label)
RETURN count(n) AS n
