CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node.key AS key, score
ORDER BY score DESC, node.key
LIMIT $first
