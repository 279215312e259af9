// Every proposal already made for a document, whatever its status.
MATCH (p:Proposal {doc: $doc})
RETURN p {.*} AS props
