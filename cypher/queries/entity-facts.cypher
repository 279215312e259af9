UNWIND $keys AS k
MATCH (f:Fact)-[:FACT_OF]->(:Entity {key: k})
WITH k, f ORDER BY f.whenStartMs, f.key
RETURN k AS key, collect(f {.*}) AS facts
