// The newest committed version of the graph (0 before anything was written).
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.n, 0) AS version
