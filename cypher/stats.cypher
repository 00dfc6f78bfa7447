// Counts for health checks and benchmarks. No parameters.
CALL { MATCH (b:BriefingRecord) RETURN count(b) AS briefings }
CALL { MATCH (n:Node) RETURN count(n) AS nodes }
CALL { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS edges, sum(size(r.evidence)) AS evidence }
RETURN briefings, nodes, edges, evidence
