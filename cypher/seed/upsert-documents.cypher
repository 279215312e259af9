UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d = row.props
RETURN count(d) AS n
