// The current state of edges: which briefings state each and their evidence (JSON strings).
// Parameters: $edges: LIST<MAP {key, type, from, to}>.
UNWIND $edges AS e
MATCH (:Node {id: e.from})-[r]->(:Node {id: e.to})
WHERE type(r) = e.type
RETURN e.key AS key, r.briefings AS briefings, r.evidence AS evidence
