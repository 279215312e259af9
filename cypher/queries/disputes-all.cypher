// Disputes by key with their claims in order, as of $v; after the key $after when given.
MATCH (d:Dispute)
WHERE d.txFrom <= $v AND (d.txTo IS NULL OR d.txTo > $v) AND ($after IS NULL OR d.key > $after)
WITH d ORDER BY d.key LIMIT $limit
CALL (d) {
  MATCH (c:Claim)-[:CLAIM_OF]->(d)
  WHERE c.txFrom <= $v AND (c.txTo IS NULL OR c.txTo > $v)
  RETURN c ORDER BY c.position
}
WITH d, collect(c {.*}) AS claims
RETURN d {.*} AS dispute, claims
ORDER BY dispute.key
