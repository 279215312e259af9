// Relationships from a dump, between nodes made by dump/create-nodes; types were checked
// against the known set before this runs.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS n
