// Disputes naming any of the keys (entities or relationships) as a subject or in a claim.
UNWIND $keys AS k
MATCH (d:Dispute)
WHERE k IN d.subjects OR EXISTS { MATCH (c:Claim)-[:CLAIM_OF]->(d) WHERE k IN c.relationships }
RETURN k AS key, collect(d.key) AS disputes
