UNWIND $keys AS k
MATCH (f:Fact {key: k})
WHERE f.txTo IS NULL AND f.origin = $via
RETURN f.key AS key, f.h AS h
