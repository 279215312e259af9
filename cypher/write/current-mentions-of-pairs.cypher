// Which of the given (document, entity) pairs the loader already recorded as current mentions.
UNWIND $rows AS row
MATCH (d:Document {key: row.doc})-[m:MENTIONS]->(n:Entity {key: row.entity})
WHERE m.txTo IS NULL AND m.origin = $via
RETURN DISTINCT d.key AS doc, n.key AS entity
