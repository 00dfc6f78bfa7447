// The stored form of one briefing: its content hash and its fragment (JSON), or no row.
// Parameters: $id: STRING, the briefing id.
MATCH (b:BriefingRecord {id: $id})
RETURN b.contentHash AS contentHash, b.fragment AS fragment
