UNWIND $keys AS k
MATCH (d:Dispute {key: k})
WHERE d.txTo IS NULL AND d.origin = $via
RETURN d.key AS key, d.h AS h
