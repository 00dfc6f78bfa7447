// Constraints and indexes the Neo4j store creates at start (idempotent: IF NOT EXISTS).
// Several statements, each ending with `;` at the end of a line (the split marker the store uses;
// Neo4j Browser runs them one after another). No parameters.
//
// Model: (:Node {id, label, name, aliases, aliasKeys, start, end, startDay, endDay, mentions, node, summary})
//        (:BriefingRecord {id, date, day, title, summary, name, contentHash, text, fragment})
//        (:BriefingRecord)-[:CONTRIBUTES {contributions}]->(:Node)   one briefing's statement of a node
//        (:Node)-[:CAUSES|CONSTRAINS|... {briefings, evidence}]->(:Node)  one edge per (type, from, to)
//        (:Redirect {from, to})                                       a merged-away id and its keeper
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT briefing_record_id IF NOT EXISTS FOR (b:BriefingRecord) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT redirect_from IF NOT EXISTS FOR (r:Redirect) REQUIRE r.from IS UNIQUE;
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
CREATE INDEX redirect_to IF NOT EXISTS FOR (r:Redirect) ON (r.to);
CREATE INDEX briefing_record_day IF NOT EXISTS FOR (b:BriefingRecord) ON (b.day);
CREATE INDEX node_start_day IF NOT EXISTS FOR (n:Node) ON (n.startDay);
CREATE INDEX node_end_day IF NOT EXISTS FOR (n:Node) ON (n.endDay);
// Names and aliases in normalised form (normalizeName), each one keyword token: an exact alias is a
// term query, a prefix `key*`, a substring `*key*` — the same matching the embedded store does.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Node) ON EACH [n.aliasKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
