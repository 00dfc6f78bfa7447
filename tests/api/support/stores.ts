// The stores every API suite runs against: the embedded store always (in a fresh temp directory),
// Neo4j when NEO4J_URI is set. With REQUIRE_NEO4J=1 and no NEO4J_URI the Neo4j case is still
// listed and fails to open, so CI reports failures instead of silently skipping.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
    const store = await openStore(process.env);
    await clear(store);
    return {
      store,
      async dispose() {
        await clear(store);
        await store.close();
      },
    };
  },
};

/** Empties a shared database through the seam itself: deleting every briefing removes what it supported. */
async function clear(store: GraphStore): Promise<void> {
  for (const b of await store.listBriefings({})) await store.deleteBriefing(b.id);
}

export const storeCases: StoreCase[] = [
  embedded,
  ...(process.env.NEO4J_URI || process.env.REQUIRE_NEO4J === '1' ? [neo4j] : []),
];
