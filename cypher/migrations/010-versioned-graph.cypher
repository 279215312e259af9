// The versioned graph (see src/store/translate/visibility.ts). Applied at every start; idempotent.
// Disputes, facts and claims keep one node per version, so their keys are indexed, not unique.
DROP CONSTRAINT dispute_key IF EXISTS;
CREATE INDEX dispute_key_index IF NOT EXISTS FOR (d:Dispute) ON (d.key);
CREATE INDEX fact_key IF NOT EXISTS FOR (f:Fact) ON (f.key);
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE;
CREATE INDEX tx_at IF NOT EXISTS FOR (t:Tx) ON (t.atMs, t.n);
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject, c.seq);
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.atMs);
// Every relationship between entities is one type, REL, so that Community's per-type indexes
// cover them all: by key, and in timeline order (sortMs, key) alone, per time precision (windows),
// per category, and per category and precision.
CREATE INDEX rel_key IF NOT EXISTS FOR ()-[r:REL]-() ON (r.key);
CREATE INDEX rel_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.sortMs, r.key);
CREATE INDEX rel_precision_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.whenPrecision, r.sortMs, r.key);
CREATE INDEX rel_category_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.category, r.sortMs, r.key);
CREATE INDEX rel_category_precision_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.category, r.whenPrecision, r.sortMs, r.key);
CREATE INDEX mentions_tx IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.txFrom);
