// The current version of every relationship, with what decides whether a reload touches it.
MATCH (a:Entity)-[r:REL]->(b:Entity)
WHERE r.txTo IS NULL AND ($origin IS NULL OR r.origin = $origin)
RETURN r.key AS key, r.h AS h, r.origin AS origin, r.editedVia AS editedVia, a.key AS source, b.key AS target, r.retracted IS NOT NULL AS retracted
