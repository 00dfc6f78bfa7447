// Candidates for a search: nodes with an alias key matching a Lucene query on the keyword index
// (`key` exact, `key*` prefix, `*key*` substring; key escaped by the caller).
// Parameters: $query: STRING (Lucene syntax), $labels: LIST<STRING> or null.
CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node
WHERE $labels IS NULL OR node.label IN $labels
RETURN node.node AS node, node.mentions AS mentions
