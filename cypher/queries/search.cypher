// Lucene relevance, with exact name or alias matches (normalised, see nameKeys) lifted to the top.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit})
YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds)
  AND node.createdTx <= $v AND (node.txTo IS NULL OR node.txTo > $v)
WITH node, score + CASE WHEN $exact IN coalesce(node.nameKeys, []) THEN 100.0 ELSE 0.0 END AS score
RETURN node.key AS key, score
ORDER BY score DESC, node.key
LIMIT $first
