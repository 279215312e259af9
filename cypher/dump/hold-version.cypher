// Takes the GraphVersion lock that every write takes first (write/begin-version), without
// changing anything: no write commits while the dump reads. Returns the version it holds.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
FOREACH (x IN CASE WHEN g IS NULL THEN [] ELSE [g] END | SET x.n = x.n)
RETURN coalesce(g.n, 0) AS version
