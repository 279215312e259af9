MATCH (:Document)-[m:MENTIONS]->(:Entity {key: $key})
WHERE m.txTo IS NULL
SET m.txTo = $v
RETURN count(m) AS n
