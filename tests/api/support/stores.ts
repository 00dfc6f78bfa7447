// The stores every API suite runs against: the embedded store always (in a fresh temp directory),
// Neo4j when NEO4J_URI is set. With REQUIRE_NEO4J=1 and no NEO4J_URI the Neo4j case is still
// listed and fails to open, so CI reports failures instead of silently skipping.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { expect, it } from 'vitest';
import { openStore, type GraphStore } from '../../../src/graph/index.js';

export interface StoreCase {
  name: string;
  /** A store holding nothing; `dispose` closes it and removes what the case created. */
  open(): Promise<{ store: GraphStore; dispose(): Promise<void> }>;
}

const embedded: StoreCase = {
  name: 'embedded store',
  async open() {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefgraph-api-'));
    const env: NodeJS.ProcessEnv = { BRIEFGRAPH_DATA: dir };
    const store = await openStore(env);
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const neo4j: StoreCase = {
  name: 'Neo4j store',
  async open() {
    if (!process.env.NEO4J_URI) {
      throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: start a server (npm run neo4j:start) and export NEO4J_URI');
    }
    await wipe();
    const store = await openStore(process.env);
    return {
      store,
      async dispose() {
        await store.close();
        await wipe();
      },
    };
  },
};

/**
 * Empties the test database entirely. Deleting briefings through the seam is not enough: a merge
 * leaves its redirect behind (by design), and the next suite's nodes would be folded by it.
 */
async function wipe(): Promise<void> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  const auth = NEO4J_USER ? neo4jDriver.auth.basic(NEO4J_USER, NEO4J_PASSWORD ?? '') : undefined;
  const driver = neo4jDriver.driver(NEO4J_URI ?? '', auth);
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: NEO4J_DATABASE || undefined });
  } finally {
    await driver.close();
  }
}

export const storeCases: StoreCase[] = [
  embedded,
  ...(process.env.NEO4J_URI || process.env.REQUIRE_NEO4J === '1' ? [neo4j] : []),
];

/**
 * Call at the top of each suite file: with REQUIRE_NEO4J=1 and no NEO4J_URI, a test that fails by
 * name, so the missing Neo4j run shows as a failure rather than as skipped tests.
 */
export function requireNeo4jWhenAsked(): void {
  if (process.env.REQUIRE_NEO4J !== '1' || process.env.NEO4J_URI) return;
  it('has a Neo4j server to test, since REQUIRE_NEO4J=1', () => {
    expect.fail('REQUIRE_NEO4J=1 but NEO4J_URI is not set: start a server with `export "$(npm run -s neo4j:start | tail -n 1)"`');
  });
}
