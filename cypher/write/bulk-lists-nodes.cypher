// After a bulk import (store/bulk-import.ts): the lists the importer cannot write, named in
// bulkEmptyLists and bulkBlankLists (store/bulk-records.ts), set as the loader stores them.
MATCH (n) WHERE n.bulkEmptyLists IS NOT NULL OR n.bulkBlankLists IS NOT NULL
CALL {
  WITH n
  FOREACH (p IN coalesce(n.bulkEmptyLists, []) | SET n[p] = [])
  FOREACH (p IN coalesce(n.bulkBlankLists, []) | SET n[p] = [''])
  REMOVE n.bulkEmptyLists, n.bulkBlankLists
} IN TRANSACTIONS OF 20000 ROWS
