MATCH (d:Dispute)
OPTIONAL MATCH (c:Claim)-[:CLAIM_OF]->(d)
WITH d, c ORDER BY c.position
WITH d, collect(c {.*}) AS claims
RETURN d {.*} AS dispute, claims
ORDER BY dispute.key
