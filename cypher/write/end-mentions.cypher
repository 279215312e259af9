UNWIND $rows AS row
MATCH (:Document {key: row.doc})-[m:MENTIONS]->(:Entity {key: row.entity})
WHERE m.txTo IS NULL AND m.origin = $via
SET m.txTo = $v
RETURN count(m) AS n
