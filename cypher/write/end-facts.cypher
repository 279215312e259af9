UNWIND $keys AS k
MATCH (f:Fact {key: k})
WHERE f.txTo IS NULL
SET f.txTo = $v
RETURN count(f) AS n
