// Pending proposals read again: their content is replaced, their status and history kept.
UNWIND $rows AS row
MATCH (p:Proposal {id: row.id})
WHERE p.status = 'PENDING'
SET p = row
RETURN count(p) AS n
