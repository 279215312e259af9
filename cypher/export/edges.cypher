// Relationships between entities for the exports, oldest first (undated last), then by key.
// $categories: list or null. $windowed: a `during` window was given; $fromMs / $toMs bound it (null = open);
// an edge matches when [whenStartMs, whenEndMs] overlaps it, undated edges only with $includeUndated.
// $asOfMs: keep edges with evidence from a document published (publishedEndMs) by then; the evidence
// list then names only those documents.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IS NOT NULL
  AND ($categories IS NULL OR r.category IN $categories)
  AND (NOT $windowed
       OR (r.whenStartMs IS NULL AND $includeUndated)
       OR (r.whenStartMs IS NOT NULL
           AND ($fromMs IS NULL OR coalesce(r.whenEndMs, r.whenStartMs) >= $fromMs)
           AND ($toMs IS NULL OR r.whenStartMs <= $toMs)))
WITH a, r, b, reduce(acc = [], k IN coalesce(r.evDocs, []) | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS docs
WITH a, r, b,
     CASE WHEN $asOfMs IS NULL THEN docs
          ELSE [k IN docs WHERE EXISTS { MATCH (d:Document {key: k}) WHERE d.publishedEndMs <= $asOfMs }] END AS evidence
WHERE $asOfMs IS NULL OR size(evidence) > 0
RETURN r.key AS key,
       a.key AS source,
       b.key AS target,
       type(r) AS type,
       r.category AS category,
       r.status AS status,
       r.summary AS summary,
       r.cameo AS cameo,
       r.whenIso AS whenIso,
       r.whenPrecision AS whenPrecision,
       r.whenStartMs AS whenStartMs,
       r.whenEndMs AS whenEndMs,
       r.untilIso AS untilIso,
       r.deadlineIso AS deadlineIso,
       r.amount AS amount,
       r.currency AS currency,
       r.amountBound AS amountBound,
       evidence
ORDER BY r.whenStartMs IS NULL, r.whenStartMs, r.key
