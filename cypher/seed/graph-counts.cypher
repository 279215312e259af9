CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN count(r) AS relationships }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (d:Dispute) RETURN count(d) AS disputes }
RETURN entities, relationships, documents, disputes
