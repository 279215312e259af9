// What the graph holds at version $v.
CALL () { MATCH (n:Entity) WHERE n.createdTx <= $v AND (n.txTo IS NULL OR n.txTo > $v) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r:REL]->(:Entity) WHERE r.txFrom <= $v AND (r.txTo IS NULL OR r.txTo > $v) AND r.retracted IS NULL RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) WHERE d.createdTx <= $v AND (d.txTo IS NULL OR d.txTo > $v) RETURN count(d) AS documents }
CALL () { MATCH (d:Dispute) WHERE d.txFrom <= $v AND (d.txTo IS NULL OR d.txTo > $v) RETURN count(d) AS disputes }
RETURN entities, relationships, documents, disputes
