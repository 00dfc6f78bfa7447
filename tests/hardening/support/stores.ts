// The stores the hardening suites attack: the embedded store always (fresh temp directory), Neo4j
// when NEO4J_URI is set. With REQUIRE_NEO4J=1 and no NEO4J_URI the Neo4j case is still listed and
// fails to open, so a missing server shows as failures, never as skipped tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { expect, it } from 'vitest';
import { MemoryStore, Neo4jStore, type GraphStore, type Neo4jSettings } from '../../../src/graph/index.js';

export interface StoreCase {
  name: string;
  /** A store holding nothing; `dispose` closes it and removes what the case created. */
  open(): Promise<{ store: GraphStore; dispose(): Promise<void> }>;
}

export function tempDir(prefix = 'briefgraph-hardening-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export const embeddedCase: StoreCase = {
  name: 'embedded store',
  async open() {
    const dir = tempDir();
    const store = await MemoryStore.open(dir);
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export function neo4jSettings(uri = process.env.NEO4J_URI ?? ''): Neo4jSettings {
  return {
    uri,
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

/** Empties a Neo4j test database entirely (a merge's redirect outlives the briefings that made it). */
export async function wipeNeo4j(settings: Neo4jSettings = neo4jSettings()): Promise<void> {
  const auth = settings.user ? neo4jDriver.auth.basic(settings.user, settings.password ?? '') : undefined;
  const driver = neo4jDriver.driver(settings.uri, auth);
  try {
    await driver.executeQuery('MATCH (n) WHERE n:Node OR n:BriefingRecord OR n:Redirect DETACH DELETE n', {}, { database: settings.database });
  } finally {
    await driver.close();
  }
}

export const neo4jCase: StoreCase = {
  name: 'Neo4j store',
  async open() {
    if (!process.env.NEO4J_URI) {
      throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: export "$(npm run -s neo4j:start | tail -n 1)"');
    }
    await wipeNeo4j();
    const store = await Neo4jStore.open(neo4jSettings());
    return {
      store,
      async dispose() {
        await store.close();
        await wipeNeo4j();
      },
    };
  },
};

export const neo4jWanted = Boolean(process.env.NEO4J_URI) || process.env.REQUIRE_NEO4J === '1';

export const storeCases: StoreCase[] = [embeddedCase, ...(neo4jWanted ? [neo4jCase] : [])];

/** At the top of a suite: with REQUIRE_NEO4J=1 and no NEO4J_URI, a test that fails by name. */
export function requireNeo4jWhenAsked(): void {
  it.runIf(process.env.REQUIRE_NEO4J === '1' && !process.env.NEO4J_URI)('has a Neo4j server to test, since REQUIRE_NEO4J=1', () => {
    expect.fail('REQUIRE_NEO4J=1 but NEO4J_URI is not set: start one with `export "$(npm run -s neo4j:start | tail -n 1)"`');
  });
}
