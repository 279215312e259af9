UNWIND $keys AS k
MATCH (d:Document {key: k})
RETURN d {.*, text: null, hasText: d.text IS NOT NULL} AS document
