MATCH (k:ApiKey {name: $name})
WHERE k.revokedAt IS NULL
SET k.revokedAt = $at
RETURN k.name AS name
