// Mentions, facts, disputes and claims are derived wholly from the seed: cleared, then re-created.
CALL { MATCH (:Document)-[m:MENTIONS]->(:Entity) WHERE m.origin = 'seed' DELETE m }
CALL { MATCH (f:Fact) WHERE f.origin = 'seed' DETACH DELETE f }
CALL { MATCH (c:Claim) WHERE c.origin = 'seed' DETACH DELETE c }
CALL { MATCH (d:Dispute) WHERE d.origin = 'seed' DETACH DELETE d }
RETURN 1 AS n
