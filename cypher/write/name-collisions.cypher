// Other current entities already known by one of these names (compared normalised, see nameKeys).
// The full-text index finds the candidates; the exact comparison decides.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node
WITH node
WHERE NOT node.key IN $keys AND node.txTo IS NULL AND any(k IN node.nameKeys WHERE k IN $names)
RETURN node.key AS key, [k IN node.nameKeys WHERE k IN $names] AS names
