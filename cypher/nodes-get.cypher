// Nodes by id: the node as served (JSON), its summary (JSON) and how many briefings mention it.
// Parameters: $ids: LIST<STRING>.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.node AS node, n.summary AS summary, n.mentions AS mentions
