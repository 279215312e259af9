// A reviewer's decision. Only a pending proposal can be decided, and the lock the write holds on
// the graph's version makes two reviewers deciding the same one take turns.
MATCH (p:Proposal {id: $id})
WHERE p.status = 'PENDING'
SET p += $set
RETURN p {.*} AS props
