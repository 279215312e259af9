// Gives each dated relationship stored before window buckets its bucket. The CASE is
// windowBucketOf (src/model/window-buckets.ts): MINUTE values and zoned values are placed with
// slack, qualified ones by thirds, the rest by calendar unit.
MATCH ()-[r:REL]->() WHERE r.whenPrecision IS NOT NULL AND r.whenBucket IS NULL
CALL (r) {
  SET r.whenBucket = CASE
    WHEN r.whenPrecision = 'MINUTE' THEN 'MINUTE'
    WHEN coalesce(r.whenTimezone, '') <> '' THEN r.whenPrecision + '@tz'
    WHEN r.whenQualifier IS NOT NULL THEN r.whenPrecision + '/3'
    ELSE r.whenPrecision
  END
} IN TRANSACTIONS OF 10000 ROWS
