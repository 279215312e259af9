// Documents certainly published by the end of the asOf day.
MATCH (d:Document)
WHERE d.publishedEndMs <= $asOfEndMs
RETURN d.key AS key
