// One page of proposals in reading order (document, then position in its text).
MATCH (p:Proposal)
WHERE ($doc IS NULL OR p.doc = $doc) AND ($status IS NULL OR p.status = $status) AND ($after IS NULL OR p.sortKey > $after)
RETURN p {.*} AS props
ORDER BY p.sortKey
LIMIT $limit
