UNWIND $rows AS row
CREATE (d:Dispute)
SET d = row.props
WITH d, row
CALL (d, row) {
  UNWIND row.claims AS claim
  CREATE (c:Claim)
  SET c = claim
  CREATE (c)-[:CLAIM_OF]->(d)
}
CALL (d, row) {
  UNWIND row.subjects AS subject
  MATCH (n:Entity {key: subject})
  CREATE (d)-[:ABOUT]->(n)
}
RETURN count(d) AS n
