// Traversal and paths, the same for both stores: a store supplies `expand` (the edges touching a set
// of nodes), this module gathers the neighbourhood hop by hop into a small graphology graph oriented
// the way the question walks, and graphology-simple-path enumerates the simple paths. Neo4j and the
// embedded store therefore answer from the same algorithm over the same edges.

import { MultiDirectedGraph } from 'graphology';
import { allSimpleEdgeGroupPaths } from 'graphology-simple-path';
import { InputError } from '../errors.js';
import { EDGE_TYPES, SEMANTIC_EDGE_TYPES, type EdgeType, type GraphEdge } from '../model/index.js';
import type { Direction, GraphPath, TraverseOptions } from './store.js';
import { cmp, cmpArrays } from './order.js';
import { edgeKey } from './derive.js';
import { checkId, checkRange } from './validate.js';

/** The edges of the given types touching any of `ids` in `direction` (out: from ∈ ids; in: to ∈ ids). */
export type ExpandFn = (ids: string[], types: readonly EdgeType[], direction: Direction) => Promise<GraphEdge[]>;

export const DEFAULT_PATH_LIMIT = 100;
/** Enumeration stops with an error past this many paths: a question that wide needs a smaller depth. */
const MAX_ENUMERATED = 50_000;

function checkTypes(types: unknown, fallback: readonly EdgeType[]): readonly EdgeType[] {
  if (types === undefined) return fallback;
  if (!Array.isArray(types) || types.length === 0) throw new InputError('types must be a non-empty list of edge types', 'types');
  for (const t of types) if (!EDGE_TYPES.includes(t as EdgeType)) throw new InputError(`unknown edge type '${String(t)}'`, 'types');
  return types as EdgeType[];
}

function checkDirection(d: unknown): Direction {
  if (d !== 'out' && d !== 'in' && d !== 'both') throw new InputError(`direction must be out, in or both, got '${String(d)}'`, 'direction');
  return d;
}

/** Breadth-first, `depth` hops from `start`, one `expand` call per hop. */
async function gather(
  expand: ExpandFn,
  start: string,
  types: readonly EdgeType[],
  direction: Direction,
  depth: number,
  into: Map<string, GraphEdge>,
): Promise<void> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const e of await expand(frontier, types, direction)) {
      into.set(edgeKey(e.type, e.from, e.to), e);
      for (const end of [e.from, e.to]) {
        if (!seen.has(end)) {
          seen.add(end);
          next.push(end);
        }
      }
    }
    frontier = next.sort(cmp);
  }
}

const REVERSED = '\u0001reversed';

/** A graph whose arcs point the way the question walks: `in` walks edges backwards, `both` either way. */
function walkGraph(edges: Map<string, GraphEdge>, direction: Direction): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const [key, e] of edges) {
    g.mergeNode(e.from);
    g.mergeNode(e.to);
    if (direction !== 'in') g.addDirectedEdgeWithKey(key, e.from, e.to);
    if (direction !== 'out') g.addDirectedEdgeWithKey(key + REVERSED, e.to, e.from);
  }
  return g;
}

/** Paths from `source` to `target` as graphology finds them, one per choice of parallel edge. */
function enumerate(g: MultiDirectedGraph, source: string, target: string, maxDepth: number, edges: Map<string, GraphEdge>, out: GraphPath[]): void {
  for (const groups of allSimpleEdgeGroupPaths(g, source, target, { maxDepth })) {
    let partial: { nodes: string[]; edges: GraphEdge[] }[] = [{ nodes: [source], edges: [] }];
    for (const group of groups) {
      const step = group.map((k) => ({ to: g.target(k), edge: edges.get(k.replace(REVERSED, '')) as GraphEdge }));
      partial = partial.flatMap((p) => step.map((s) => ({ nodes: [...p.nodes, s.to], edges: [...p.edges, s.edge] })));
    }
    out.push(...partial);
    if (out.length > MAX_ENUMERATED)
      throw new InputError(`more than ${MAX_ENUMERATED} paths from '${source}': ask with a smaller depth or fewer edge types`, 'depth');
  }
}

/** Shortest first, then by the node ids visited, then by the edge types taken. */
function sortPaths(paths: GraphPath[]): GraphPath[] {
  return paths.sort(
    (a, b) =>
      a.edges.length - b.edges.length ||
      cmpArrays(a.nodes, b.nodes) ||
      cmpArrays(
        a.edges.map((e) => edgeKey(e.type, e.from, e.to)),
        b.edges.map((e) => edgeKey(e.type, e.from, e.to)),
      ),
  );
}

function checkLimit(limit: unknown): number {
  return limit === undefined ? DEFAULT_PATH_LIMIT : checkRange(limit, 0, MAX_ENUMERATED, 'limit');
}

/** Every simple path from `start` along `types` in `direction`, 1..depth hops. */
export async function traversePaths(expand: ExpandFn, start: string, opts: TraverseOptions): Promise<GraphPath[]> {
  checkId(start, 'id');
  const types = checkTypes(opts.types, SEMANTIC_EDGE_TYPES);
  const direction = checkDirection(opts.direction);
  const depth = checkRange(opts.depth, 1, 6, 'depth');
  const limit = checkLimit(opts.limit);
  const edges = new Map<string, GraphEdge>();
  await gather(expand, start, types, direction, depth, edges);
  if (edges.size === 0) return [];
  const g = walkGraph(edges, direction);
  const out: GraphPath[] = [];
  for (const target of g.nodes().sort(cmp)) if (target !== start) enumerate(g, start, target, depth, edges, out);
  return sortPaths(out).slice(0, limit);
}

/**
 * Simple paths between two nodes over `types` (semantic edges by default) in either direction.
 * Every edge of such a path lies within ⌈L/2⌉ hops of `from` or ⌊L/2⌋ hops of `to`, so gathering
 * both neighbourhoods suffices and stays far smaller than one neighbourhood of L hops.
 */
export async function pathsBetween(
  expand: ExpandFn,
  from: string,
  to: string,
  opts: { maxLength: number; limit?: number; types?: EdgeType[] },
): Promise<GraphPath[]> {
  checkId(from, 'from');
  checkId(to, 'to');
  const types = checkTypes(opts.types, SEMANTIC_EDGE_TYPES);
  const maxLength = checkRange(opts.maxLength, 1, 6, 'maxLength');
  const limit = checkLimit(opts.limit);
  if (from === to) return [];
  const edges = new Map<string, GraphEdge>();
  await gather(expand, from, types, 'both', Math.ceil(maxLength / 2), edges);
  await gather(expand, to, types, 'both', Math.floor(maxLength / 2), edges);
  const g = walkGraph(edges, 'both');
  if (!g.hasNode(from) || !g.hasNode(to)) return [];
  const out: GraphPath[] = [];
  enumerate(g, from, to, maxLength, edges, out);
  return sortPaths(out).slice(0, limit);
}
