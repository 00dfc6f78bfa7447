// Records that $drop now lives under $keep; whatever pointed at $drop points at $keep.
// Parameters: $keep: STRING, $drop: STRING (node ids).
OPTIONAL MATCH (r:Redirect {to: $drop})
SET r.to = $keep
WITH count(r) AS repointed
MERGE (d:Redirect {from: $drop})
SET d.to = $keep
WITH d
OPTIONAL MATCH (k:Redirect {from: $keep})
DELETE k
