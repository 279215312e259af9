// Proposals read from documents by the ingestion engine: found by id, listed per document in
// reading order (sortKey), and by status across documents.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_doc_sort IF NOT EXISTS FOR (p:Proposal) ON (p.doc, p.sortKey);
CREATE INDEX proposal_status_sort IF NOT EXISTS FOR (p:Proposal) ON (p.status, p.sortKey);
CREATE INDEX proposal_sort IF NOT EXISTS FOR (p:Proposal) ON (p.sortKey);
