// Smoke test of the real Neo4j server that tests and CI use (`npm run neo4j:start`, or any server
// NEO4J_URI names): not of briefgraph's store, of the route to the database under it. It runs when
// NEO4J_URI is set; without it the suite is skipped, unless REQUIRE_NEO4J=1 (CI), where it fails.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const uri = process.env.NEO4J_URI;
const required = process.env.REQUIRE_NEO4J === '1';
const database = process.env.NEO4J_DATABASE || undefined;
// Same rule as the store (src/graph/neo4j-store.ts): a user means basic auth; none means auth off.
const auth = process.env.NEO4J_USER
  ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '')
  : undefined;

// The 2026-05-08 briefing's summary sentence on the April PMI, exactly as the fixture has it.
const briefingFile = new URL('../../fixtures/briefings/000_dc3a894c5b6cdd65.txt', import.meta.url);
const pmiSentence = '中国 4 月制造业 PMI 维持扩张，新出口订单创两年新高，中小企业景气度改善验证新质生产力政策传导效果。';

// A label no store uses, and one run id, so this suite only ever touches (and deletes) its own nodes.
const LABEL = 'ServerSmokeTest';
const runId = randomUUID();

// CI sets REQUIRE_NEO4J=1: a missing server there is a failure, never a silent skip.
it.runIf(!uri && required)('has a Neo4j server to test, since REQUIRE_NEO4J=1', () => {
  expect.fail(
    'REQUIRE_NEO4J=1 but NEO4J_URI is not set: start a server with ' +
      '`export "$(npm run -s neo4j:start | tail -n 1)"` or point NEO4J_URI at one',
  );
});

describe.skipIf(!uri)('the Neo4j server at NEO4J_URI', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(uri ?? '', auth, { disableLosslessIntegers: true });
    await driver.verifyConnectivity({ database });
  });

  afterAll(async () => {
    if (!driver) return;
    await driver.executeQuery(`MATCH (n:${LABEL} {runId: $runId}) DETACH DELETE n`, { runId }, { database });
    await driver.close();
  });

  it('is Neo4j 5.26.x, the last line that runs on Java 17', async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
      {},
      { database },
    );
    const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel');
    expect(kernel?.get('version')).toMatch(/^5\.26\.\d+$/);
    const info = await driver.getServerInfo({ database });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\.\d+/);
  });

  it('writes a sentence of the 2026-05-08 briefing through parameters and reads it back unchanged', async () => {
    expect(readFileSync(briefingFile, 'utf8')).toContain(pmiSentence);
    await driver.executeQuery(
      `CREATE (n:${LABEL} {runId: $runId, key: $key, sentence: $sentence, published: date($published), topics: $topics})`,
      { runId, key: 'pmi', sentence: pmiSentence, published: '2026-05-08', topics: ['PMI', '新质生产力'] },
      { database },
    );
    const { records } = await driver.executeQuery(
      `MATCH (n:${LABEL} {runId: $runId, key: $key})
       RETURN n.sentence AS sentence, toString(n.published) AS published, n.topics AS topics`,
      { runId, key: 'pmi' },
      { database, routing: neo4j.routing.READ },
    );
    expect(records).toHaveLength(1);
    expect(records[0].toObject()).toEqual({
      sentence: pmiSentence,
      published: '2026-05-08',
      topics: ['PMI', '新质生产力'],
    });
  });

  it('writes a batch with UNWIND in one transaction and rolls a failed one back entirely', async () => {
    const clauses = pmiSentence.split('，').map((text, position) => ({ text, position }));
    await driver.executeQuery(
      `UNWIND $clauses AS c CREATE (:${LABEL} {runId: $runId, key: 'clause', position: c.position, text: c.text})`,
      { runId, clauses },
      { database },
    );
    // The second statement divides by an integer zero (a JS 0 travels as a float and gives Infinity),
    // so the whole transaction, its first CREATE included, must vanish.
    const session = driver.session({ database });
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await tx.run(`CREATE (:${LABEL} {runId: $runId, key: 'rolled-back'})`, { runId });
          await tx.run('RETURN 1 / $zero AS boom', { zero: neo4j.int(0) });
        }),
      ).rejects.toThrow(/by zero/i);
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery(
      `MATCH (n:${LABEL} {runId: $runId}) WHERE n.key IN ['clause', 'rolled-back']
       RETURN n.key AS key, n.text AS text ORDER BY n.position`,
      { runId },
      { database },
    );
    expect(records.map((r) => r.get('key'))).toEqual(clauses.map(() => 'clause'));
    expect(records.map((r) => r.get('text')).join('，')).toBe(pmiSentence);
  });
});
