UNWIND $keys AS k
MATCH (:Document {key: k})-[:MENTIONS]->(n:Entity)
WITH k, n ORDER BY n.name
RETURN k AS key, collect(n.key) AS entities
