// As bulk-lists-nodes.cypher, for relationships.
MATCH ()-[r]->() WHERE r.bulkEmptyLists IS NOT NULL OR r.bulkBlankLists IS NOT NULL
CALL {
  WITH r
  FOREACH (p IN coalesce(r.bulkEmptyLists, []) | SET r[p] = [])
  FOREACH (p IN coalesce(r.bulkBlankLists, []) | SET r[p] = [''])
  REMOVE r.bulkEmptyLists, r.bulkBlankLists
} IN TRANSACTIONS OF 20000 ROWS
