// Neo4j ingest (when NEO4J_URI is set): the Neo4jStore writing N briefings, one transaction each,
// beside a bare batched UNWIND write of the very same nodes and edges (one transaction per briefing
// too, no derivation, no contributions, no full-text keys): the floor any Neo4j writer pays.
// Also the direct store calls behind timeline, lookup and constraintsOn at that size.
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jStore } from '../src/graph/index.js';
import type { GraphFragment } from '../src/model/index.js';
import { repairFragment, writeAll } from './ingest.js';
import { cycle, measure, ratio, round, type BenchBudget, type Latency } from './measure.js';
import { direct, type QueryName, type Targets } from './queries.js';

export interface Neo4jResult {
  uri: string;
  briefings: number;
  storeSeconds: number;
  storeBriefingsPerSecond: number;
  rejected: number;
  bareUnwindSeconds: number;
  ratioToBareUnwind: number;
  graph: { briefings: number; nodes: number; edges: number; evidence: number };
  queries: Partial<Record<QueryName, Latency>>;
}

const BARE = {
  constraint: 'CREATE CONSTRAINT bench_bare_id IF NOT EXISTS FOR (n:BenchBare) REQUIRE n.id IS UNIQUE',
  nodes: 'UNWIND $nodes AS n MERGE (x:BenchBare {id: n.id}) SET x += n.props',
  edges: `UNWIND $edges AS e
MATCH (a:BenchBare {id: e.from}), (z:BenchBare {id: e.to})
MERGE (a)-[r:$(e.type)]->(z)
SET r.evidence = coalesce(r.evidence, []) + e.evidence`,
  // Relationships first, in small batches: a hub node's thousands of edges in one batch exceed the
  // test server's transaction memory (512 MB heap).
  wipe: [
    'MATCH (:BenchBare)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS',
    'MATCH (n:BenchBare) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS',
  ],
  drop: 'DROP CONSTRAINT bench_bare_id IF EXISTS',
};

export async function benchNeo4j(
  raw: GraphFragment[],
  targets: Targets,
  budget: BenchBudget,
  opts: { wipe: boolean },
): Promise<Neo4jResult> {
  const fragments = raw.map((f) => repairFragment(f).fragment);
  const uri = process.env.NEO4J_URI as string;
  const database = process.env.NEO4J_DATABASE || undefined;
  const auth = process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined;
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  try {
    await emptyOrWipe(driver, database, opts.wipe);
    const store = await Neo4jStore.open({ uri, user: process.env.NEO4J_USER || undefined, password: process.env.NEO4J_PASSWORD || undefined, database });
    const written = await writeAll(fragments, (f) => store.writeBriefing(f));
    const graph = await store.stats();
    const queries: Partial<Record<QueryName, Latency>> = {};
    for (const q of ['timeline', 'lookup', 'constraintsOn'] as const) {
      const next = cycle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      queries[q] = await measure(`neo4j ${q}`, () => direct(store, q, targets, next()), budget);
    }
    await store.close();

    const bareMs = await bareUnwind(driver, database, fragments);
    // Leave a database the bench was allowed to wipe as it found it: empty.
    if (opts.wipe) await emptyOrWipe(driver, database, true);
    return {
      uri,
      briefings: fragments.length,
      storeSeconds: round(written.ms / 1000, 2),
      storeBriefingsPerSecond: round(fragments.length / (written.ms / 1000), 1),
      rejected: written.rejected,
      bareUnwindSeconds: round(bareMs / 1000, 2),
      ratioToBareUnwind: ratio(written.ms, bareMs),
      graph,
      queries,
    };
  } finally {
    await driver.close();
  }
}

/** The bench writes into the database it is given: it must be empty, or the caller must agree to wipe it. */
async function emptyOrWipe(driver: Driver, database: string | undefined, wipe: boolean): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
  const n = Number(records[0]?.get('n') ?? 0);
  if (n === 0) return;
  if (!wipe) throw new Error(`the Neo4j database at ${process.env.NEO4J_URI} holds ${n} nodes; pass --neo4j-wipe to empty it first (never on data you care about)`);
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function bareUnwind(driver: Driver, database: string | undefined, fragments: GraphFragment[]): Promise<number> {
  await driver.executeQuery(BARE.constraint, {}, { database });
  const session = driver.session({ database });
  try {
    const start = performance.now();
    for (const f of fragments) {
      const nodes = [
        { id: f.briefing.id, props: { label: 'Briefing', name: f.briefing.title, date: f.briefing.date, text: f.briefing.text } },
        ...f.nodes.map((n) => ({
          id: n.id,
          props: { label: n.label, name: n.name, aliases: n.aliases, start: n.start ?? null, end: n.end ?? null, node: JSON.stringify(n) },
        })),
      ];
      const edges = f.edges.map((e) => ({ type: e.type, from: e.from, to: e.to, evidence: e.evidence.map((x) => JSON.stringify(x)) }));
      await session.executeWrite(async (tx) => {
        await tx.run(BARE.nodes, { nodes });
        await tx.run(BARE.edges, { edges });
      });
    }
    const ms = performance.now() - start;
    for (const statement of BARE.wipe) await session.run(statement);
    return ms;
  } finally {
    await session.close();
    await driver.executeQuery(BARE.drop, {}, { database });
  }
}
