MATCH (d:Dispute)
OPTIONAL MATCH (c:Claim)-[:CLAIM_OF]->(d)
WITH d, c ORDER BY c.position
RETURN d {.*} AS dispute, collect(c {.*}) AS claims
ORDER BY d.key
