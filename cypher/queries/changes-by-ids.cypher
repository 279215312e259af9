UNWIND $ids AS id
MATCH (c:Change {id: id})
WHERE c.version <= $v
RETURN c {.*} AS change
