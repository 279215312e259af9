// Candidates for re-ranking (src/search/rerank.ts): Lucene relevance, with every name they go by.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node.key AS key, node.name AS name, coalesce(node.aliases, []) AS aliases, node.family AS family, score
ORDER BY score DESC, node.key
