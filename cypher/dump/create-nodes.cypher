// Nodes from a dump; labels were checked against the known set before this runs. The element
// ids returned join the dump's node numbers to the new nodes for the relationships.
UNWIND $rows AS row
CREATE (n)
SET n = row.props, n:$(row.labels)
RETURN row.id AS id, elementId(n) AS elementId
