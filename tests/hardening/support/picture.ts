// Everything a store holds, read back through the GraphStore interface only, in a fixed order: two
// pictures compare equal exactly when the stores hold the same graph (same briefings, nodes with
// their aliases and dates, edges with every piece of evidence). Used to show that a refused input
// changed nothing, that a crash left whole briefings, and that concurrent ingests equal sequential ones.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { GraphStore } from '../../../src/graph/index.js';
import type { BriefingMeta, GraphEdge, GraphNode } from '../../../src/model/index.js';

export const FIXTURES = new URL('../../../fixtures/briefings/', import.meta.url);
export const FIXTURE_FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
export const fixtureText = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

export interface Picture {
  stats: { briefings: number; nodes: number; edges: number; evidence: number };
  briefings: BriefingMeta[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const edgeKey = (e: GraphEdge) => `${e.type} ${e.from} ${e.to}`;

/** Reads the whole graph: every briefing, every node reachable from one, every edge touching those. */
export async function picture(store: GraphStore): Promise<Picture> {
  const briefings = await store.listBriefings({});
  const ids = new Set<string>(briefings.map((b) => b.id));
  const edges = new Map<string, GraphEdge>();
  let frontier = [...ids];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of await store.edgesOf(id, { direction: 'both' })) {
        edges.set(edgeKey(e), e);
        for (const end of [e.from, e.to]) {
          if (!ids.has(end)) {
            ids.add(end);
            next.push(end);
          }
        }
      }
    }
    frontier = next;
  }
  const nodes = (await store.getNodes([...ids].sort())).map(withoutUndefined);
  return {
    stats: await store.stats(),
    briefings: briefings.map(withoutUndefined),
    nodes,
    edges: [...edges.values()].sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : edgeKey(a) > edgeKey(b) ? 1 : 0)).map(withoutUndefined),
  };
}

/** Undefined and absent properties compare alike (one store may write `end: undefined`, the other omit it). */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Pictures compared as canonical JSON first (fast on big graphs); a difference is shown field by field. */
export function expectSamePicture(actual: Picture, expected: Picture, message?: string): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(actual, message).toEqual(expected);
}
