MATCH (d:Document)
WHERE d.origin = 'seed' AND NOT d.key IN $keys
DETACH DELETE d
RETURN count(*) AS n
