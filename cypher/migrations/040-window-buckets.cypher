// Windows read dated relationships per bucket (src/model/window-buckets.ts), in timeline order:
// the bucket's index replaces the per-precision one, whose lower bound could not be exact. Graphs
// stored before buckets get theirs from backfill-window-buckets.cypher first (see migrate.ts).
// Applied at every start; idempotent.
DROP INDEX rel_precision_sort IF EXISTS;
DROP INDEX rel_category_precision_sort IF EXISTS;
CREATE INDEX rel_bucket_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.whenBucket, r.sortMs, r.key);
CREATE INDEX rel_category_bucket_sort IF NOT EXISTS FOR ()-[r:REL]-() ON (r.category, r.whenBucket, r.sortMs, r.key);
