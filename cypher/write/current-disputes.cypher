MATCH (d:Dispute)
WHERE d.txTo IS NULL AND d.origin = $via
RETURN d.key AS key, d.h AS h
