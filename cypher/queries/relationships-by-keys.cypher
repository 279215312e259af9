MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IN $keys
RETURN r {.*} AS rel, type(r) AS type, a.key AS source, b.key AS target
