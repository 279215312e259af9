// Neo4j strings are UTF-16 like JavaScript's, so the span's indices mean the same here.
UNWIND $spans AS s
MATCH (d:Document {key: s.doc})
WHERE d.text IS NOT NULL AND s.end <= size(d.text)
RETURN s.id AS id, substring(d.text, s.start, s.end - s.start) AS quote
