// Removes edges no briefing states any more.
// Parameters: $edges: LIST<MAP {type, from, to}>.
UNWIND $edges AS e
MATCH (:Node {id: e.from})-[r]->(:Node {id: e.to})
WHERE type(r) = e.type
DELETE r
