MATCH (d:Document)-[m:MENTIONS]->(n:Entity)
WHERE m.txTo IS NULL AND m.origin = $via
RETURN d.key AS doc, n.key AS entity
