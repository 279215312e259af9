// The history: one Change per record changed in version $v, in order.
UNWIND $rows AS row
CREATE (c:Change)
SET c = row, c.version = $v, c.atMs = $atMs, c.at = $at, c.actor = $actor
RETURN count(c) AS n
