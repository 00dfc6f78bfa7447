// Removes nodes no briefing mentions any more.
// Parameters: $ids: LIST<STRING>.
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
