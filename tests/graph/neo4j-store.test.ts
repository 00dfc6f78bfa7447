// The contract on the Neo4j store, and the two stores side by side. Runs when NEO4J_URI is set
// (`export "$(npm run -s neo4j:start | tail -n 1)"`); with REQUIRE_NEO4J=1 a missing or unreachable
// server FAILS the suite instead of skipping it.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { MemoryStore, Neo4jStore, openStore, type GraphStore } from '../../src/graph/index.js';
import { describeStoreContract } from './contract.js';
import { fixtureTranscript, transcript } from './transcript.js';

const uri = process.env.NEO4J_URI;
const required = process.env.REQUIRE_NEO4J === '1';
const settings = {
  uri: uri ?? '',
  user: process.env.NEO4J_USER || undefined,
  password: process.env.NEO4J_PASSWORD || undefined,
  database: process.env.NEO4J_DATABASE || undefined,
};

/**
 * A Neo4j store on an emptied database (the suites share one database and run one after another).
 * The store opens first: an unreachable server fails every test within seconds, not minutes.
 */
async function openClean(): Promise<GraphStore> {
  const store = await Neo4jStore.open(settings);
  const auth = settings.user ? neo4j.auth.basic(settings.user, settings.password ?? '') : undefined;
  const driver = neo4j.driver(settings.uri, auth, { connectionTimeout: 5_000, connectionAcquisitionTimeout: 10_000, maxTransactionRetryTime: 10_000 });
  try {
    await driver.executeQuery('MATCH (n) WHERE n:Node OR n:BriefingRecord OR n:Redirect DETACH DELETE n', {}, { database: settings.database });
  } finally {
    await driver.close();
  }
  return store;
}

it.runIf(!uri && required)('has a Neo4j server, since REQUIRE_NEO4J=1', () => {
  expect.fail('REQUIRE_NEO4J=1 but NEO4J_URI is not set: export "$(npm run -s neo4j:start | tail -n 1)"');
});

it.runIf(!!uri && required)('reaches the Neo4j server at NEO4J_URI, since REQUIRE_NEO4J=1', async () => {
  const store = await Neo4jStore.open(settings);
  expect(await store.stats()).toHaveProperty('nodes');
  await store.close();
});

describe('Neo4j store without a server', () => {
  it('fails fast with an error naming the address when nothing listens there', async () => {
    await expect(Neo4jStore.open({ uri: 'bolt://127.0.0.1:9' })).rejects.toThrow(/Neo4j at bolt:\/\/127\.0\.0\.1:9 .*failed/);
  });
});

describe.skipIf(!uri)('Neo4j store', () => {
  describeStoreContract('neo4j', openClean);

  it('is what openStore gives when NEO4J_URI is set', async () => {
    const store = await openStore({ NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database });
    expect(store).toBeInstanceOf(Neo4jStore);
    await store.close();
  });

  it('gives answers identical to the embedded store for the same writes, merges and deletions', async () => {
    const memory = await MemoryStore.open();
    const expected = await transcript(memory);
    await memory.close();
    const graph = await openClean();
    try {
      expect(await transcript(graph)).toEqual(expected);
    } finally {
      await graph.close();
    }
  });

  it('stores the three extracted fixture briefings exactly as the embedded store does', async () => {
    const memory = await MemoryStore.open();
    const expected = await fixtureTranscript(memory);
    await memory.close();
    const graph = await openClean();
    try {
      expect(await fixtureTranscript(graph)).toEqual(expected);
    } finally {
      await graph.close();
    }
  });
});
