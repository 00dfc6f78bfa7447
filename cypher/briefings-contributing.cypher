// The briefings that contribute to a node, with their fragments (JSON), by id.
// Parameters: $id: STRING, the node id.
MATCH (b:BriefingRecord)-[:CONTRIBUTES]->(:Node {id: $id})
RETURN b.id AS id, b.fragment AS fragment
ORDER BY id
