// Mutation resolvers. They run only behind the token guard (plugins/auth.ts wraps all of them).
import { InputError } from '../../errors.js';
import type { GraphStore } from '../../graph/index.js';
import * as q from '../queries/index.js';

export function mutationResolvers(store: GraphStore, extract: q.Extract) {
  return {
    ingestBriefing: async (_: unknown, a: { text: string; name?: string | null; date?: string | null }) => {
      const date = q.dateArg(a.date, 'date');
      const { result } = await q.ingestText(store, extract, a.text, { name: a.name ?? undefined, date });
      const briefing = await store.getBriefing(result.briefingId);
      if (!briefing) throw new Error(`briefing ${result.briefingId} was written but cannot be read back`);
      return { briefing, status: result.status, nodes: result.nodes, edges: result.edges };
    },
    deleteBriefing: (_: unknown, a: { id: string }) => store.deleteBriefing(a.id),
    mergeNodes: async (_: unknown, a: { keep: string; drop: string }) => {
      if (a.keep === a.drop) throw new InputError('drop must differ from keep', 'drop');
      await q.existingNode(store, a.keep, 'keep');
      await q.existingNode(store, a.drop, 'drop');
      return store.mergeNodes(a.keep, a.drop);
    },
  };
}
