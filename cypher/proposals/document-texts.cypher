// The stored texts of current documents, for the paragraph around a proposal's sentence.
UNWIND $keys AS key
MATCH (d:Document {key: key})
WHERE d.txTo IS NULL AND d.text IS NOT NULL
RETURN key, d.text AS text
