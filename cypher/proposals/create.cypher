UNWIND $rows AS row
CREATE (p:Proposal)
SET p = row
RETURN count(p) AS n
