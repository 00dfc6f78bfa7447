// One briefing's statements of its nodes, one relationship per node.
// Parameters: $briefingId: STRING, $rows: LIST<MAP {id, contributions}> (contributions: JSON).
MATCH (b:BriefingRecord {id: $briefingId})
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
CREATE (b)-[:CONTRIBUTES {contributions: row.contributions}]->(n)
