// What each request carries: its Authorization header and per-request loaders, which batch the
// many node/briefing reads of one query (a path's nodes, an edge's ends) into one store call each.
import DataLoader from 'dataloader';
import type { BriefingMeta, GraphNode } from '../model/index.js';
import type { GraphStore } from '../graph/index.js';

export interface Loaders {
  node: DataLoader<string, GraphNode | undefined>;
  briefing: DataLoader<string, BriefingMeta | undefined>;
}

export interface ApiContext {
  loaders: Loaders;
  /** The raw Authorization header, checked only by the mutation guard. */
  authorization: string | null;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await store.getNodes([...ids])).map((n) => [n.id, n]));
      return ids.map((id) => byId.get(id));
    }),
    briefing: new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => store.getBriefing(id)))),
  };
}

/** Loads nodes by id in order, leaving out ids the store does not know. */
export async function loadNodes(ctx: ApiContext, ids: string[]): Promise<GraphNode[]> {
  const found = await ctx.loaders.node.loadMany(ids);
  return found.filter((n): n is GraphNode => n !== undefined && !(n instanceof Error));
}

export async function loadBriefings(ctx: ApiContext, ids: string[]): Promise<BriefingMeta[]> {
  const found = await ctx.loaders.briefing.loadMany(ids);
  return found.filter((b): b is BriefingMeta => b !== undefined && !(b instanceof Error));
}

/** A node an edge or path refers to; its absence is a store inconsistency, not a user error. */
export async function requireNode(ctx: ApiContext, id: string): Promise<GraphNode> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`the store returned an edge to node "${id}", which it does not hold`);
  return node;
}
