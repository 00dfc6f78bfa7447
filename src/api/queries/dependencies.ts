// Dependency questions as paths: what constrains a node and what drives those constraints, what
// causes it, what it causes or constrains, and how two nodes connect. Every path is returned in
// reading order (each edge joins nodes[i] and nodes[i+1]); edges keep their own direction and all
// their evidence.
import type { EdgeType } from '../../model/index.js';
import type { GraphPath, GraphStore } from '../../graph/index.js';
import { existingNode } from './args.js';

/** Paths any one dependency query returns at most: enough to read, bounded for the server. */
export const MAX_PATHS = 200;

const DRIVERS: EdgeType[] = ['CAUSES', 'CONSTRAINS'];

/**
 * Paths ending at the node whose last edge CONSTRAINS it, earlier edges CAUSES or CONSTRAINS:
 * IEEPA ruling -CAUSES-> tariff rebuild -CONSTRAINS-> Busan truce.
 */
export async function constraintsOn(store: GraphStore, id: string, depth: number): Promise<GraphPath[]> {
  await existingNode(store, id, 'id');
  const paths = await store.traverse(id, { types: DRIVERS, direction: 'in', depth, limit: MAX_PATHS });
  return tidy(
    paths.map((p) => endingAt(p, id)).filter((p) => p.edges.at(-1)?.type === 'CONSTRAINS'),
  );
}

/** Paths of CAUSES edges leading into the node. */
export async function causesOf(store: GraphStore, id: string, depth: number): Promise<GraphPath[]> {
  await existingNode(store, id, 'id');
  const paths = await store.traverse(id, { types: ['CAUSES'], direction: 'in', depth, limit: MAX_PATHS });
  return tidy(paths.map((p) => endingAt(p, id)));
}

/** Paths of CAUSES/CONSTRAINS edges leading out of the node. */
export async function effectsOf(store: GraphStore, id: string, depth: number): Promise<GraphPath[]> {
  await existingNode(store, id, 'id');
  const paths = await store.traverse(id, { types: DRIVERS, direction: 'out', depth, limit: MAX_PATHS });
  return tidy(paths.map((p) => startingAt(p, id)));
}

/** Simple paths between two nodes over semantic edges in either direction, shortest first. */
export async function pathsBetween(store: GraphStore, from: string, to: string, maxLength: number): Promise<GraphPath[]> {
  await existingNode(store, from, 'from');
  await existingNode(store, to, 'to');
  const paths = await store.paths(from, to, { maxLength, limit: MAX_PATHS });
  return tidy(paths.map((p) => startingAt(p, from)));
}

/** A store may list a path from either end; these put it in reading order. */
function endingAt(p: GraphPath, id: string): GraphPath {
  return p.nodes.at(-1) === id ? p : reversed(p);
}

function startingAt(p: GraphPath, id: string): GraphPath {
  return p.nodes[0] === id ? p : reversed(p);
}

function reversed(p: GraphPath): GraphPath {
  return { nodes: [...p.nodes].reverse(), edges: [...p.edges].reverse() };
}

/** Drops empty and repeated paths; shortest first, then by the node ids they visit. */
function tidy(paths: GraphPath[]): GraphPath[] {
  const seen = new Map<string, GraphPath>();
  for (const p of paths) {
    if (p.edges.length === 0) continue;
    const key = p.edges.map((e) => `${e.from}-${e.type}->${e.to}`).join('|');
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()].sort((a, b) => a.edges.length - b.edges.length || keyOf(a).localeCompare(keyOf(b)));
}

function keyOf(p: GraphPath): string {
  return p.nodes.join('\u0000');
}
