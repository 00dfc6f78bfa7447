// One briefing's metadata and text.
// Parameters: $id: STRING.
MATCH (b:BriefingRecord {id: $id})
RETURN b {.id, .date, .title, .summary, .name, .contentHash, .text} AS meta
