// A dispute and its claims are versioned together: a change to either writes both anew.
UNWIND $rows AS row
OPTIONAL MATCH (cur:Dispute {key: row.props.key})
WHERE cur.txTo IS NULL
CALL (cur) {
  MATCH (c:Claim)-[:CLAIM_OF]->(cur)
  WHERE c.txTo IS NULL
  SET c.txTo = $v
}
SET cur.txTo = $v
CREATE (d:Dispute)
SET d = row.props
SET d.h = row.h, d.txFrom = $v, d.origin = $via
WITH d, row
CALL (d, row) {
  UNWIND row.claims AS claim
  CREATE (c:Claim)
  SET c = claim, c.txFrom = $v, c.origin = $via
  CREATE (c)-[:CLAIM_OF]->(d)
}
CALL (d, row) {
  UNWIND row.subjects AS subject
  MATCH (n:Entity {key: subject})
  CREATE (d)-[:ABOUT]->(n)
}
RETURN count(d) AS n
