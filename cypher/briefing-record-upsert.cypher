// Creates or replaces one briefing's record (all its properties).
// Parameters: $record: MAP {id, date, day, title, contentHash, text, fragment, summary?, name?}
//   (day: the date's first day, YYYY-MM-DD; fragment: the GraphFragment as JSON).
MERGE (b:BriefingRecord {id: $record.id})
SET b = $record
