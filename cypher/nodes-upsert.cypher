// Creates or updates nodes with their derived properties.
// Parameters: $nodes: LIST<MAP {id, label, name, aliases, aliasKeys, start, end, startDay, endDay,
//   mentions, node, summary}> (node and summary are JSON; absent dates are null).
UNWIND $nodes AS n
MERGE (x:Node {id: n.id})
SET x.label = n.label, x.name = n.name, x.aliases = n.aliases, x.aliasKeys = n.aliasKeys,
    x.start = n.start, x.end = n.end, x.startDay = n.startDay, x.endDay = n.endDay,
    x.mentions = n.mentions, x.node = n.node, x.summary = n.summary
