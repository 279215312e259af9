// Every current entity, with the names the engine looks for.
MATCH (e:Entity)
WHERE e.txTo IS NULL
RETURN e.key AS key, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases, e.orgType AS orgType
