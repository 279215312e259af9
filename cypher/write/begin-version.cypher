// Opens version n+1 of the graph. The SET locks the one GraphVersion node until commit, so writers
// take versions one at a time and commit in version order: a reader pinned to version n never
// sees half of version n+1.
MERGE (g:GraphVersion {id: 'graph'})
SET g.n = coalesce(g.n, 0) + 1, g.atMs = $atMs
CREATE (t:Tx {n: g.n, atMs: $atMs, at: $at, actor: $actor, action: $action})
RETURN g.n AS version
