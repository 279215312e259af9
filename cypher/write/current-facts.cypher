MATCH (f:Fact)
WHERE f.txTo IS NULL AND f.origin = $via
RETURN f.key AS key, f.h AS h
