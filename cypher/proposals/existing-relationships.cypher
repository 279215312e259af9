// Current, unretracted relationships: a proposal that matches one is offered as evidence for it.
MATCH (s:Entity)-[r:REL]->(t:Entity)
WHERE r.txTo IS NULL AND r.retracted IS NULL
RETURN r.key AS key, r.type AS type, r.category AS category, s.key AS source, t.key AS target, r.cameo AS cameo
