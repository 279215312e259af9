// A document by key, and any document holding the same text (its sha256), whatever its key.
OPTIONAL MATCH (byKey:Document {key: $key})
OPTIONAL MATCH (bySha:Document {sha256: $sha256})
WHERE bySha.txTo IS NULL
RETURN byKey.key AS keyTaken, byKey.sha256 AS keySha, bySha.key AS sameText
