// Removes one briefing's contributions (before writing its new ones).
// Parameters: $briefingId: STRING.
MATCH (:BriefingRecord {id: $briefingId})-[c:CONTRIBUTES]->()
DELETE c
