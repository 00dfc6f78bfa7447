// The graph stage: the GraphStore seam and its stores. Other stages import from here only.
import path from 'node:path';
import { MemoryStore } from './memory-store.js';
import type { GraphStore } from './store.js';

export type * from './store.js';
export { MemoryStore } from './memory-store.js';

/** The store the environment asks for: the embedded one under BRIEFGRAPH_DATA (default ./data). */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  return MemoryStore.open(path.resolve(env.BRIEFGRAPH_DATA || './data'));
}
