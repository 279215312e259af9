UNWIND $keys AS k
MATCH (d:Document)-[:MENTIONS]->(:Entity {key: k})
WITH k, d ORDER BY d.publishedStartMs, d.key
RETURN k AS key, collect(d.key) AS documents
