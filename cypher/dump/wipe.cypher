// A forced restore replaces the whole graph, in the same transaction as the restore.
MATCH (n)
DETACH DELETE n
