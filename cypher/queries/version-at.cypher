// The version the graph had at an instant: the last one recorded at or before it (none: 0).
MATCH (t:Tx)
WHERE t.atMs <= $atMs
RETURN t.n AS version
ORDER BY t.atMs DESC, t.n DESC
LIMIT 1
