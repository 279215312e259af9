UNWIND $keys AS k
MATCH (d:Dispute {key: k})
WHERE d.txTo IS NULL
OPTIONAL MATCH (c:Claim)-[:CLAIM_OF]->(d)
SET d.txTo = $v, c.txTo = $v
RETURN count(DISTINCT d) AS n
