// Query resolvers: check the arguments, call the query layer or the store, nothing more.
import type { NodeLabel } from '../../model/index.js';
import type { GraphStore } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import * as q from '../queries/index.js';

/** Largest `limit` a list query accepts. */
export const MAX_LIMIT = 1000;

type Labels = NodeLabel[] | null | undefined;
type Opt<T> = T | null | undefined;

export function queryResolvers(store: GraphStore, extract: q.Extract) {
  const limitArg = (limit: Opt<number>, fallback: number) => q.boundedInt(limit, 'limit', 1, MAX_LIMIT, fallback);
  const labelsArg = (labels: Labels) => (labels && labels.length > 0 ? labels : undefined);

  return {
    briefings: async (_: unknown, a: { from?: Opt<string>; to?: Opt<string>; mentions?: Opt<string>; limit?: Opt<number> }) => {
      const list = await store.listBriefings({
        from: q.dateArg(a.from, 'from'),
        to: q.dateArg(a.to, 'to'),
        mentions: a.mentions ?? undefined,
        limit: limitArg(a.limit, 50),
      });
      return list.sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id));
    },
    briefing: async (_: unknown, a: { id: string }) => (await store.getBriefing(a.id)) ?? null,

    node: async (_: unknown, a: { id: string }, ctx: ApiContext) => (await ctx.loaders.node.load(a.id)) ?? null,
    lookup: (_: unknown, a: { name: string }) => store.findByAlias(q.nonEmpty(a.name, 'name')),
    search: (_: unknown, a: { query: string; labels?: Labels; limit?: Opt<number> }) =>
      store.search(q.nonEmpty(a.query, 'query'), { labels: labelsArg(a.labels), limit: limitArg(a.limit, 20) }),

    timeline: (
      _: unknown,
      a: { from?: Opt<string>; to?: Opt<string>; about?: Opt<string>; labels?: Labels; asOf?: Opt<string>; limit?: Opt<number> },
    ) =>
      q.timeline(store, {
        from: q.dateArg(a.from, 'from'),
        to: q.dateArg(a.to, 'to'),
        about: a.about ?? undefined,
        labels: labelsArg(a.labels),
        asOf: q.dateArg(a.asOf, 'asOf') ?? q.today(),
        limit: limitArg(a.limit, 500),
      }),

    constraintsOn: (_: unknown, a: { id: string; depth?: Opt<number> }) => q.constraintsOn(store, a.id, q.depthArg(a.depth)),
    causesOf: (_: unknown, a: { id: string; depth?: Opt<number> }) => q.causesOf(store, a.id, q.depthArg(a.depth)),
    effectsOf: (_: unknown, a: { id: string; depth?: Opt<number> }) => q.effectsOf(store, a.id, q.depthArg(a.depth)),
    paths: (_: unknown, a: { from: string; to: string; maxLength?: Opt<number> }) =>
      q.pathsBetween(store, a.from, a.to, q.depthArg(a.maxLength, 'maxLength', 4)),

    coverage: async (_: unknown, a: { id: string; before?: Opt<string> }) => {
      const before = q.dateArg(a.before, 'before');
      await q.existingNode(store, a.id, 'id');
      return q.coverage(store, a.id, { before });
    },
    checkDraft: (_: unknown, a: { text: string; date?: Opt<string> }) =>
      q.checkDraft(store, extract, a.text, q.dateArg(a.date, 'date') ?? q.today()),

    stats: () => store.stats(),
  };
}
