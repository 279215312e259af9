// The versioned graph (see src/store/translate/visibility.ts). Applied at every start; idempotent.
// Disputes, facts and claims keep one node per version, so their keys are indexed, not unique.
DROP CONSTRAINT dispute_key IF EXISTS;
CREATE INDEX dispute_key_index IF NOT EXISTS FOR (d:Dispute) ON (d.key);
CREATE INDEX fact_key IF NOT EXISTS FOR (f:Fact) ON (f.key);
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE;
CREATE INDEX tx_at IF NOT EXISTS FOR (t:Tx) ON (t.atMs, t.n);
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject, c.version, c.idx);
CREATE INDEX change_order IF NOT EXISTS FOR (c:Change) ON (c.version, c.idx);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.atMs);
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
// Every relationship between entities is one type, REL, so that Community's per-type indexes
// cover them all: by key, in timeline order (sortMs, key) alone and per category. The indexes
// windows read (per bucket of dates) are in 040-window-buckets.cypher.
CREATE INDEX rel_key IF NOT EXISTS FOR ()-[r:REL]-() ON (r.key);
CREATE INDEX rel_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.sortMs, r.key);
CREATE INDEX rel_category_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.category, r.sortMs, r.key);
CREATE INDEX mentions_tx IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.txFrom);
// API keys: found by the hash of the bearer token; names are the authors of changes.
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
// Documents are found by their text's hash: the same text added twice is the same document.
CREATE INDEX document_sha IF NOT EXISTS FOR (d:Document) ON (d.sha256);
