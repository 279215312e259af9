MATCH (k:ApiKey)
RETURN k.name AS name, k.scope AS scope, k.createdAt AS createdAt, k.revokedAt AS revokedAt
ORDER BY k.name
