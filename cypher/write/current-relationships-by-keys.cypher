// The current version of the given relationships (a part of a bulk load), found through the rel_key index.
UNWIND $keys AS k
MATCH (a:Entity)-[r:REL {key: k}]->(b:Entity)
WHERE r.txTo IS NULL
RETURN r.key AS key, r.h AS h, r.origin AS origin, r.editedVia AS editedVia, a.key AS source, b.key AS target, r.retracted IS NOT NULL AS retracted
