// b: current PRESSURE relationships aimed at $target whose [when.start, when.end] overlaps
// [$fromMs, $toMs], oldest first, with deadline, amount and evidence.
MATCH (t:Entity {key: $target})<-[r:REL]-(a:Entity)
WHERE r.txTo IS NULL AND r.category = 'PRESSURE' AND r.whenEndMs >= $fromMs AND r.whenStartMs <= $toMs
CALL (r) {
  UNWIND range(0, size(r.evDocs) - 1) AS i
  OPTIONAL MATCH (d:Document {key: r.evDocs[i]})
  WITH r, i, d ORDER BY i
  RETURN collect({document: d {.title, .reliability}, quote: CASE r.evQuotes[i] WHEN '' THEN null ELSE r.evQuotes[i] END}) AS evidence
}
WITH r, a, evidence
ORDER BY r.whenStartMs, r.key
RETURN r {
  .type, .status, .summary,
  source: a {.key, .name},
  when: CASE WHEN r.whenIso IS NOT NULL THEN {iso: r.whenIso, precision: r.whenPrecision} END,
  deadline: CASE WHEN r.deadlineIso IS NOT NULL THEN {iso: r.deadlineIso, start: toString(datetime({epochMillis: r.deadlineStartMs}))} END,
  amount: CASE WHEN r.amount IS NOT NULL THEN {amount: r.amount, currency: r.currency, bound: r.amountBound} END,
  evidence: evidence
} AS pressure
