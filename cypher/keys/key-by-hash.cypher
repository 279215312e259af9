// The caller a bearer key names, if it is ours and not revoked.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.name AS name, k.scope AS scope
