UNWIND $keys AS k
MATCH (n:Entity {key: k})
RETURN n {.*} AS entity
