// After an acceptance: pending proposals of the document that name the entities just created
// now point at them, and those that state the same claim become evidence for its relationship.
MATCH (p:Proposal {doc: $doc})
WHERE p.status = 'PENDING'
FOREACH (e IN [e IN $created WHERE p.srcKey IS NULL AND p.srcName = e.name] | SET p.srcKey = e.key)
FOREACH (e IN [e IN $created WHERE p.tgtKey IS NULL AND p.tgtName = e.name] | SET p.tgtKey = e.key)
WITH p
WHERE p.addsEvidenceTo IS NULL AND p.srcKey = $source AND p.tgtKey = $target AND p.type = $type
SET p.addsEvidenceTo = $relationship
RETURN count(p) AS n
