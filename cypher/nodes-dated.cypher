// Nodes whose start or end day falls in [$from, $to] (YYYY-MM-DD), optionally of some labels or ids.
// Parameters: $from: STRING, $to: STRING, $labels: LIST<STRING> or null, $ids: LIST<STRING> or null.
MATCH (n:Node)
WHERE ((n.startDay >= $from AND n.startDay <= $to) OR (n.endDay >= $from AND n.endDay <= $to))
  AND ($labels IS NULL OR n.label IN $labels)
  AND ($ids IS NULL OR n.id IN $ids)
RETURN n.node AS node
