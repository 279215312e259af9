// The texts and body spans of current documents, to place evidence in.
UNWIND $keys AS k
MATCH (d:Document {key: k})
WHERE d.txTo IS NULL
RETURN d.key AS key, d.text AS text, d.bodyStarts AS bodyStarts, d.bodyEnds AS bodyEnds, d.title AS title
