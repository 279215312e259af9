// A new key by name; a name in use (even revoked) is refused by the unique constraint.
CREATE (k:ApiKey {name: $name, scope: $scope, hash: $hash, createdAt: $at})
RETURN k.name AS name, k.scope AS scope
