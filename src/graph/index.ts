// The graph stage: the GraphStore seam and its two stores. Other stages import from here only.
import path from 'node:path';
import { MemoryStore } from './memory-store.js';
import { Neo4jStore } from './neo4j-store.js';
import type { GraphStore } from './store.js';

export type * from './store.js';
export { MemoryStore } from './memory-store.js';
export { Neo4jStore, type Neo4jSettings } from './neo4j-store.js';

/**
 * The store the environment asks for: Neo4j when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE), else the embedded store under BRIEFGRAPH_DATA (default ./data).
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (env.NEO4J_URI) {
    return Neo4jStore.open({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    });
  }
  return MemoryStore.open(path.resolve(env.BRIEFGRAPH_DATA || './data'));
}
