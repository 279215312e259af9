MATCH (p:Proposal)
WHERE ($doc IS NULL OR p.doc = $doc) AND ($status IS NULL OR p.status = $status)
RETURN count(p) AS n
