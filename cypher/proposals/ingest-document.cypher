// A current document as the engine reads it: text, body spans, publication date, language.
MATCH (d:Document {key: $key})
WHERE d.txTo IS NULL
RETURN d {.*} AS props
