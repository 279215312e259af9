// A new version of each relationship: the current one (if any) ends at $v and the new one starts
// there. Versions are never edited in place, so a reader pinned to an older version is unaffected.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
OPTIONAL MATCH ()-[cur:REL {key: row.key}]->()
WHERE cur.txTo IS NULL
SET cur.txTo = $v
CREATE (a)-[r:REL]->(b)
SET r = row.props
SET r.h = row.h, r.txFrom = $v, r.origin = coalesce(cur.origin, $via), r.editedVia = $via
RETURN count(r) AS n
