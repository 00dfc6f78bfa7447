// Where merged-away node ids now live.
// Parameters: $ids: LIST<STRING>, node ids as some briefing named them.
UNWIND $ids AS id
MATCH (r:Redirect {from: id})
RETURN r.from AS from, r.to AS to
