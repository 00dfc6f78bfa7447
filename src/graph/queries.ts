// Read-side rules both stores apply to the candidates they fetch: search ranking, date windows,
// briefing order. A store's job is to fetch candidates cheaply; the answer's meaning lives here.

import { InputError } from '../errors.js';
import { NODE_LABELS, normalizeName, type BriefingMeta, type GraphNode, type NodeLabel } from '../model/index.js';
import type { BriefingFilter, NodeDateFilter, SearchHit } from './store.js';
import { cmp, firstDay, isIsoDate, lastDay } from './order.js';
import { checkRange } from './validate.js';

export const SCORE = { exact: 3, prefix: 2, substring: 1 } as const;

/** The normalised search key, or '' when nothing searchable is left (`*:*` is all punctuation). */
export function searchKey(query: unknown): string {
  if (typeof query !== 'string') throw new InputError('search query must be a string', 'query');
  return normalizeName(query);
}

export function checkLabels(labels: unknown, field = 'labels'): NodeLabel[] | undefined {
  if (labels === undefined || labels === null) return undefined;
  if (!Array.isArray(labels)) throw new InputError(`${field} must be a list of node labels`, field);
  for (const l of labels) if (!NODE_LABELS.includes(l as NodeLabel)) throw new InputError(`unknown node label '${String(l)}'`, field);
  return labels as NodeLabel[];
}

/** How well one node's aliases match the key: exact > prefix > substring, 0 for no match. */
export function matchScore(node: GraphNode, key: string): number {
  let best = 0;
  for (const a of node.aliases.concat(node.name)) {
    const n = normalizeName(a);
    if (!n) continue;
    if (n === key) return SCORE.exact;
    if (n.startsWith(key)) best = Math.max(best, SCORE.prefix);
    else if (n.includes(key)) best = Math.max(best, SCORE.substring);
  }
  return best;
}

/** Ranks candidates: score, then the number of briefings mentioning, then id. */
export function rankHits(
  key: string,
  candidates: { node: GraphNode; mentions: number }[],
  opts: { labels?: NodeLabel[]; limit: number },
): SearchHit[] {
  const limit = checkRange(opts.limit, 0, 10_000, 'limit');
  const labels = checkLabels(opts.labels);
  return candidates
    .filter((c) => !labels || labels.includes(c.node.label))
    .map((c) => ({ ...c, score: matchScore(c.node, key) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.mentions - a.mentions || cmp(a.node.id, b.node.id))
    .slice(0, limit)
    .map(({ node, score }) => ({ node, score }));
}

function checkDate(d: unknown, field: string): string | undefined {
  if (d === undefined || d === null || d === '') return undefined;
  if (!isIsoDate(d)) throw new InputError(`${field} must be an ISO date (2026, 2026-11, 2026-11-10), got '${String(d)}'`, field);
  return d;
}

/** [from, to] as day keys: a `from` prefix starts on its first day, a `to` prefix ends on its last. */
export function dayWindow(from: unknown, to: unknown): { from?: string; to?: string } {
  const f = checkDate(from, 'from');
  const t = checkDate(to, 'to');
  return { from: f && firstDay(f), to: t && lastDay(t) };
}

function inWindow(day: string, w: { from?: string; to?: string }): boolean {
  return (!w.from || day >= w.from) && (!w.to || day <= w.to);
}

/** The day a node sorts under on a timeline: its start, else its end (as first days). */
function nodeDay(n: GraphNode): string {
  return firstDay((n.start ?? n.end) as string);
}

export function selectDated(nodes: Iterable<GraphNode>, filter: NodeDateFilter): GraphNode[] {
  const w = dayWindow(filter.from, filter.to);
  const labels = checkLabels(filter.labels);
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  const out: GraphNode[] = [];
  for (const n of nodes) {
    if (!n.start && !n.end) continue;
    if (labels && !labels.includes(n.label)) continue;
    if (ids && !ids.has(n.id)) continue;
    if ((n.start && inWindow(firstDay(n.start), w)) || (n.end && inWindow(firstDay(n.end), w))) out.push(n);
  }
  return out.sort((a, b) => cmp(nodeDay(a), nodeDay(b)) || cmp(a.id, b.id));
}

/** Briefings in the window, newest first (then by id), at most `limit`. */
export function selectBriefings(metas: Iterable<BriefingMeta>, filter: BriefingFilter): BriefingMeta[] {
  const w = dayWindow(filter.from, filter.to);
  const limit = filter.limit === undefined ? undefined : checkRange(filter.limit, 0, 1_000_000, 'limit');
  const out = [...metas].filter((m) => inWindow(firstDay(m.date), w));
  out.sort((a, b) => cmp(firstDay(b.date), firstDay(a.date)) || cmp(b.date, a.date) || cmp(a.id, b.id));
  return limit === undefined ? out : out.slice(0, limit);
}
