// Every index by name, whatever its state.
SHOW INDEXES YIELD name
RETURN name
