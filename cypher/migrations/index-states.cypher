// The indexes not online yet, and how far their population has got: migrate waits on these.
SHOW INDEXES YIELD name, state, populationPercent, failureMessage
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent, failureMessage
