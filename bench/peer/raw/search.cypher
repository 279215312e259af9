// e: the full-text index queried with the service's own Lucene query ($query, built from the text
// in JavaScript), exact names and aliases ($exact, normalised) lifted to the top.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $first * 5 + 20})
YIELD node, score
WITH node, score + CASE WHEN $exact IN coalesce(node.nameKeys, []) THEN 100.0 ELSE 0.0 END AS score
ORDER BY score DESC, node.key
LIMIT $first
RETURN {score: score, entity: node {.key, .name, .kind}} AS hit
