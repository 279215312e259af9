// Every dispute with its claims in order, as of $v.
MATCH (d:Dispute)
WHERE d.txFrom <= $v AND (d.txTo IS NULL OR d.txTo > $v)
WITH d ORDER BY d.key LIMIT $limit
CALL (d) {
  MATCH (c:Claim)-[:CLAIM_OF]->(d)
  WHERE c.txFrom <= $v AND (c.txTo IS NULL OR c.txTo > $v)
  RETURN c ORDER BY c.position
}
WITH d, collect(c {.*}) AS claims
RETURN d {.*} AS dispute, claims
ORDER BY dispute.key
