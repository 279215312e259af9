// Every relationship with its type, ends and stored properties; `odd` as in dump/nodes.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props,
  [k IN keys(r) WHERE NOT valueType(r[k]) =~ '(STRING|INTEGER|FLOAT|BOOLEAN|LIST<(STRING|INTEGER|FLOAT|BOOLEAN|NOTHING)( NOT NULL)?>) NOT NULL'
    OR (valueType(r[k]) STARTS WITH 'FLOAT' AND r[k] = round(r[k]))] AS odd
