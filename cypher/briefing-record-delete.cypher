// Removes one briefing's record and its CONTRIBUTES relationships.
// Parameters: $id: STRING, the briefing id.
MATCH (b:BriefingRecord {id: $id})
DETACH DELETE b
