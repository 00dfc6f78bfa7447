// Serialises writers: every write transaction runs this first, taking the exclusive lock on one node
// until it commits. Reads take no locks in Neo4j (read committed), and a briefing's write reads nodes
// and edges other briefings share, folds its part in and writes them back; without the lock two
// concurrent writes would each miss the other's part (a lost update). A waiter whose lock times out
// or deadlocks gets a transient error, which executeWrite retries. The constraint in schema.cypher
// keeps the MERGE from making two lock nodes. No parameters.
MERGE (l:WriteLock {id: 'graph'})
SET l.writes = coalesce(l.writes, 0) + 1
