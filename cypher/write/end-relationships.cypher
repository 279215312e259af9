// Relationships that are gone from version $v on.
UNWIND $keys AS k
MATCH ()-[r:REL {key: k}]->()
WHERE r.txTo IS NULL
SET r.txTo = $v
RETURN count(r) AS n
