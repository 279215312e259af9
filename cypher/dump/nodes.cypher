// Every node with its labels and stored properties; `odd` names properties whose type the dump
// format cannot carry (temporal, spatial, whole floats that JSON would turn into integers).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE NOT valueType(n[k]) =~ '(STRING|INTEGER|FLOAT|BOOLEAN|LIST<(STRING|INTEGER|FLOAT|BOOLEAN|NOTHING)( NOT NULL)?>) NOT NULL'
    OR (valueType(n[k]) STARTS WITH 'FLOAT' AND n[k] = round(n[k]))] AS odd
