// Keys of the disputes that name each key (an entity or a relationship) as a subject or in a claim, as of $v.
UNWIND $keys AS k
CALL (k) {
  MATCH (d:Dispute)
  WHERE d.txFrom <= $v AND (d.txTo IS NULL OR d.txTo > $v)
    AND (k IN d.subjects OR EXISTS { MATCH (c:Claim)-[:CLAIM_OF]->(d) WHERE k IN c.relationships AND c.txFrom <= $v AND (c.txTo IS NULL OR c.txTo > $v) })
  RETURN d.key AS dispute ORDER BY dispute LIMIT $limit
}
RETURN k AS key, collect(dispute) AS disputes
