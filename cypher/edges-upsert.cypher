// Creates or updates edges, one per (type, from, to).
// Parameters: $edges: LIST<MAP {type, from, to, briefings: LIST<STRING>, evidence: LIST<STRING>}>
//   (evidence: one JSON Evidence per item, ordered).
UNWIND $edges AS e
MATCH (a:Node {id: e.from}), (z:Node {id: e.to})
MERGE (a)-[r:$(e.type)]->(z)
SET r.briefings = e.briefings, r.evidence = e.evidence
