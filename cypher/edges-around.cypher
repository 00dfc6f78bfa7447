// Edges touching the given nodes. $direction 'out': edges leaving them, 'in': entering, 'both'.
// Parameters: $ids: LIST<STRING>, $types: LIST<STRING> or null (all types), $direction: STRING.
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]-(z:Node)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = a))
RETURN DISTINCT type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.evidence AS evidence
