// A relationship whose key is gone, or whose type or ends changed, is removed and then re-created.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.origin = 'seed'
WITH r, a, b, $wanted[r.key] AS want
WHERE want IS NULL OR want.type <> type(r) OR want.source <> a.key OR want.target <> b.key
DELETE r
RETURN count(*) AS n
