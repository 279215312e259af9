MATCH (n:Entity)
WHERE n.origin = 'seed' AND NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS n
