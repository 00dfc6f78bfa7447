// Every contribution to the given nodes except one briefing's (the one being replaced or removed).
// Parameters: $ids: LIST<STRING> (node ids), $briefingId: STRING.
UNWIND $ids AS id
MATCH (b:BriefingRecord)-[c:CONTRIBUTES]->(:Node {id: id})
WHERE b.id <> $briefingId
RETURN id, b.id AS briefingId, c.contributions AS contributions
