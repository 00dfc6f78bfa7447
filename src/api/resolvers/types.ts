// Field resolvers of the object types: how a stored node, edge or briefing is seen through the
// contract. Each is a store read or a reshaping; no query meaning lives here.
import type { BriefingMeta, EdgeType, Evidence, GraphEdge, GraphNode, NodeLabel, SourceInfo } from '../../model/index.js';
import { SEMANTIC_EDGE_TYPES } from '../../model/index.js';
import type { Direction, GraphPath, GraphStore } from '../../graph/index.js';
import { loadBriefings, loadNodes, requireNode, type ApiContext } from '../context.js';
import type { DraftSource, TimelineItem } from '../queries/index.js';

export interface SourceView extends SourceInfo {
  id: string;
}

export function toSource(n: GraphNode): SourceView {
  return { id: n.id, ...(n.source ?? { outlet: n.name }) };
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const newestFirst = (a: BriefingMeta, b: BriefingMeta) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

export function typeResolvers(store: GraphStore) {
  const linked = async (id: string, type: EdgeType, direction: Direction) =>
    (await store.edgesOf(id, { types: [type], direction })).map((e) => (direction === 'out' ? e.to : e.from));

  return {
    Briefing: {
      summary: (b: BriefingMeta) => b.summary ?? null,
      name: (b: BriefingMeta) => b.name ?? null,
      sources: async (b: BriefingMeta, _: unknown, ctx: ApiContext) =>
        (await loadNodes(ctx, await linked(b.id, 'CITES', 'out')))
          .filter((n) => n.label === 'Source')
          .map(toSource)
          .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.outlet.localeCompare(y.outlet) || byId(x, y)),
      nodes: async (b: BriefingMeta, args: { labels?: NodeLabel[] | null }, ctx: ApiContext) =>
        (await loadNodes(ctx, await linked(b.id, 'MENTIONS', 'out')))
          .filter((n) => !args.labels || args.labels.includes(n.label))
          .sort(byId),
      cites: async (b: BriefingMeta, _: unknown, ctx: ApiContext) =>
        (await loadBriefings(ctx, await linked(b.id, 'CITES', 'out'))).sort(newestFirst),
    },

    Node: {
      expires: (n: GraphNode) => n.endKind === 'expires',
      observations: (n: GraphNode) => n.observations ?? [],
      source: (n: GraphNode) => (n.label === 'Source' ? toSource(n) : null),
      relations: async (n: GraphNode, args: { types?: EdgeType[] | null; direction?: Direction | null }) => {
        const edges = await store.edgesOf(n.id, { types: args.types ?? [...SEMANTIC_EDGE_TYPES], direction: args.direction ?? 'both' });
        return edges.sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
      },
      mentionedIn: async (n: GraphNode, _: unknown, ctx: ApiContext) =>
        (await loadBriefings(ctx, await linked(n.id, 'MENTIONS', 'in'))).sort(newestFirst),
    },

    Edge: {
      from: (e: GraphEdge, _: unknown, ctx: ApiContext) => requireNode(ctx, e.from),
      to: (e: GraphEdge, _: unknown, ctx: ApiContext) => requireNode(ctx, e.to),
    },

    Evidence: {
      briefing: async (ev: Evidence, _: unknown, ctx: ApiContext) => {
        const b = await ctx.loaders.briefing.load(ev.briefingId);
        if (!b) throw new Error(`evidence names briefing "${ev.briefingId}", which the store does not hold`);
        return b;
      },
      sources: async (ev: Evidence, _: unknown, ctx: ApiContext) => (await loadNodes(ctx, ev.sources ?? [])).map(toSource),
    },

    Path: {
      nodes: (p: GraphPath, _: unknown, ctx: ApiContext) => Promise.all(p.nodes.map((id) => requireNode(ctx, id))),
      length: (p: GraphPath) => p.edges.length,
    },

    DraftSource: {
      source: (d: DraftSource) => (d.source ? toSource(d.source) : null),
    },

    TimelineItem: {
      briefing: (t: TimelineItem, _: unknown, ctx: ApiContext) => (t.briefingId ? ctx.loaders.briefing.load(t.briefingId) : null),
    },
  };
}
