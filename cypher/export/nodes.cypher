// Entities for the exports: all of them when $keys is null, else those with the given keys.
MATCH (n:Entity)
WHERE $keys IS NULL OR n.key IN $keys
RETURN n.key AS key,
       n.name AS name,
       n.kind AS kind,
       labels(n) AS labels,
       coalesce(n.aliases, []) AS aliases,
       n.description AS description,
       n.orgType AS orgType,
       n.country AS country,
       n.nationality AS nationality,
       n.developer AS developer,
       n.eventType AS eventType,
       n.place AS place,
       n.policyType AS policyType,
       n.issuer AS issuer,
       coalesce(n.whenIso, n.releasedOnIso, n.adoptedOnIso, n.awardedOnIso) AS date,
       n.valueAmount AS valueAmount,
       n.valueCurrency AS valueCurrency
ORDER BY n.key
