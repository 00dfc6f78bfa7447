// Briefings published in [$from, $to] (first days, YYYY-MM-DD), newest first, optionally only those
// contributing to node $mentions.
// Parameters: $from: STRING, $to: STRING, $mentions: STRING or null, $limit: INTEGER.
MATCH (b:BriefingRecord)
WHERE b.day >= $from AND b.day <= $to
  AND ($mentions IS NULL OR EXISTS { (b)-[:CONTRIBUTES]->(:Node {id: $mentions}) })
RETURN b {.id, .date, .title, .summary, .name, .contentHash, .text} AS meta
ORDER BY b.day DESC, b.date DESC, b.id
LIMIT $limit
