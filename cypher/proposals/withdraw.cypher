// Pending proposals the engine no longer makes (the graph or the engine changed) are withdrawn;
// decided ones stay, as the record of the decision.
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
WHERE p.status = 'PENDING'
DELETE p
RETURN count(*) AS n
