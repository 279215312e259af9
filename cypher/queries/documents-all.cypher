MATCH (d:Document)
RETURN d {.*, text: null, hasText: d.text IS NOT NULL} AS document
ORDER BY d.publishedStartMs, d.key
