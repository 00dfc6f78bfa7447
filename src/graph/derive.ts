// Merge semantics, written once for both stores. Each briefing's fragment is the source of truth;
// a node is a fold of every contribution that names it, an edge the union of its briefings' evidence.
// The fold is commutative (every choice is by a total order on contributions), so the result does not
// depend on the order briefings arrived in, and adding one contribution is O(1) — only removing one
// (a replaced or deleted briefing, a merge) refolds the node from the contributions that remain.

import type { EdgeType, EndKind, Evidence, GraphEdge, GraphFragment, GraphNode, IsoDate, Modality, NodeLabel, Observation, SourceInfo } from '../model/index.js';
import { cmp, precision } from './order.js';

/** Where a contribution stands among all contributions: later briefing wins ties, then position. */
export interface Rank {
  date: IsoDate;
  briefingId: string;
  index: number;
}

export function cmpRank(a: Rank, b: Rank): number {
  return cmp(a.date, b.date) || cmp(a.briefingId, b.briefingId) || a.index - b.index;
}

/** One briefing's statement of one node (`node.id` is the id the briefing used, before any redirect). */
export interface Contribution {
  rank: Rank;
  node: GraphNode;
}

interface Ranked<T> {
  rank: Rank;
  value: T;
}

interface DateChoice {
  date: IsoDate;
  evidence?: Evidence;
  modality?: Modality;
  endKind?: EndKind;
}

/** Everything a node's properties are chosen from; serialisable (the Neo4j store keeps it as JSON). */
export interface NodeSummary {
  id: string;
  aliases: string[];
  labels: Partial<Record<NodeLabel, { count: number; latest: Rank }>>;
  /** Latest contribution made under this very id (not through a merge redirect): its name is canonical. */
  ownName?: Ranked<string>;
  anyName?: Ranked<string>;
  start?: Ranked<DateChoice>;
  end?: Ranked<DateChoice>;
  modality?: Ranked<Modality>;
  source?: Ranked<SourceInfo>;
  observations: Observation[];
}

export function emptySummary(id: string): NodeSummary {
  return { id, aliases: [], labels: {}, observations: [] };
}

function later<T>(cur: Ranked<T> | undefined, rank: Rank, value: T): Ranked<T> {
  return !cur || cmpRank(rank, cur.rank) > 0 ? { rank, value } : cur;
}

/** The most precise date wins; among equally precise ones, the latest briefing's. */
function betterDate(cur: Ranked<DateChoice> | undefined, rank: Rank, value: DateChoice): Ranked<DateChoice> {
  if (!cur) return { rank, value };
  const p = precision(value.date) - precision(cur.value.date);
  return p > 0 || (p === 0 && cmpRank(rank, cur.rank) > 0) ? { rank, value } : cur;
}

function insertSorted(list: string[], items: string[]): string[] {
  const set = new Set(list);
  let changed = false;
  for (const a of items) {
    if (a && !set.has(a)) {
      set.add(a);
      changed = true;
    }
  }
  return changed ? [...set].sort(cmp) : list;
}

/** Inserts `item` into a list sorted by `key` (binary search, in place) unless its key is there. */
function insertByKey<T>(list: T[], item: T, key: (t: T) => string): T[] {
  const k = key(item);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < k) lo = mid + 1;
    else hi = mid;
  }
  if (lo === list.length || key(list[lo]) !== k) list.splice(lo, 0, item);
  return list;
}

function observationKey(o: Observation): string {
  return JSON.stringify([o.period ?? '', o.evidence.briefingId, o.evidence.start, o.evidence.end, o.unit, o.value]);
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Adds one contribution to a summary (mutates and returns it). */
export function addContribution(s: NodeSummary, c: Contribution): NodeSummary {
  const { rank, node } = c;
  s.aliases = insertSorted(s.aliases, [node.name, ...node.aliases]);
  const l = s.labels[node.label];
  if (!l) s.labels[node.label] = { count: 1, latest: rank };
  else s.labels[node.label] = { count: l.count + 1, latest: cmpRank(rank, l.latest) > 0 ? rank : l.latest };
  if (node.id === s.id) s.ownName = later(s.ownName, rank, node.name);
  s.anyName = later(s.anyName, rank, node.name);
  if (node.start)
    s.start = betterDate(s.start, rank, withoutUndefined({ date: node.start, evidence: node.startEvidence, modality: node.modality }));
  if (node.end)
    s.end = betterDate(
      s.end,
      rank,
      withoutUndefined({ date: node.end, evidence: node.endEvidence, modality: node.modality, endKind: node.endKind }),
    );
  if (node.modality) s.modality = later(s.modality, rank, node.modality);
  if (node.source) s.source = later(s.source, rank, node.source);
  for (const o of node.observations ?? []) s.observations = insertByKey(s.observations, o, observationKey);
  return s;
}

export function summarize(id: string, contributions: Iterable<Contribution>): NodeSummary {
  const s = emptySummary(id);
  for (const c of contributions) addContribution(s, c);
  return s;
}

/** The node a summary stands for. Label: the one most contributions gave, ties to the latest. */
export function summaryToNode(s: NodeSummary): GraphNode {
  let label: NodeLabel = 'Concept';
  let best: { count: number; latest: Rank } | undefined;
  for (const [l, v] of Object.entries(s.labels) as [NodeLabel, { count: number; latest: Rank }][]) {
    if (!best || v.count > best.count || (v.count === best.count && cmpRank(v.latest, best.latest) > 0)) {
      best = v;
      label = l;
    }
  }
  // The dated fact's own modality when there is one (a truce that is expected to expire), else the latest said.
  const dated = s.end ?? s.start;
  return withoutUndefined({
    id: s.id,
    label,
    name: (s.ownName ?? s.anyName)?.value ?? s.id,
    aliases: [...s.aliases],
    start: s.start?.value.date,
    end: s.end?.value.date,
    endKind: s.end?.value.endKind,
    startEvidence: s.start?.value.evidence,
    endEvidence: s.end?.value.evidence,
    modality: dated ? dated.value.modality : s.modality?.value,
    observations: s.observations.length ? [...s.observations] : undefined,
    source: s.source?.value,
  });
}

// ---- edges ----------------------------------------------------------------------------------

/** The one edge per (type, from, to). JSON so ids with any characters stay unambiguous. */
export function edgeKey(type: string, from: string, to: string): string {
  return JSON.stringify([type, from, to]);
}

function evidenceKey(e: Evidence): string {
  return JSON.stringify([e.briefingId, e.start, e.end]);
}

export function cmpEvidence(a: Evidence, b: Evidence): number {
  return cmp(a.briefingId, b.briefingId) || a.start - b.start || a.end - b.end;
}

/** Evidence of an edge: deduplicated by (briefing, offsets), ordered by briefing id then position. */
export function mergeEvidence(current: Evidence[], added: Evidence[]): Evidence[] {
  if (added.length === 0) return current;
  const block = dedupeSorted([...added].sort(cmpEvidence));
  // The usual case, one briefing's sentences joining others': they fit in one gap of the sorted list.
  let lo = 0;
  let hi = current.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmpEvidence(current[mid], block[0]) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === current.length || cmpEvidence(block[block.length - 1], current[lo]) < 0) {
    return [...current.slice(0, lo), ...block, ...current.slice(lo)];
  }
  return dedupeSorted([...current, ...block].sort(cmpEvidence));
}

function dedupeSorted(list: Evidence[]): Evidence[] {
  return list.filter((e, i) => i === 0 || evidenceKey(e) !== evidenceKey(list[i - 1]));
}

export function cmpEdges(a: GraphEdge, b: GraphEdge): number {
  return cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to);
}


// ---- one briefing's contribution -------------------------------------------------------------

export interface EdgeContribution {
  type: EdgeType;
  from: string;
  to: string;
  evidence: Evidence[];
}

/** What one briefing contributes, under the ids nodes live under now (`resolve` follows merges). */
export interface BriefingContribution {
  byNode: Map<string, Contribution[]>;
  byEdge: Map<string, EdgeContribution>;
}

/** Evidence whose cited Source ids are read through merges (the same object when none moved). */
function resolveSources(e: Evidence, resolve: (id: string) => string): Evidence {
  if (!e.sources?.some((s) => resolve(s) !== s)) return e;
  return { ...e, sources: [...new Set(e.sources.map(resolve))] };
}

function resolveNodeSources(n: GraphNode, resolve: (id: string) => string): GraphNode {
  const all = [n.startEvidence, n.endEvidence, ...(n.observations ?? []).map((o) => o.evidence)];
  if (!all.some((e) => e?.sources?.some((s) => resolve(s) !== s))) return n;
  return {
    ...n,
    ...(n.startEvidence ? { startEvidence: resolveSources(n.startEvidence, resolve) } : {}),
    ...(n.endEvidence ? { endEvidence: resolveSources(n.endEvidence, resolve) } : {}),
    ...(n.observations ? { observations: n.observations.map((o) => ({ ...o, evidence: resolveSources(o.evidence, resolve) })) } : {}),
  };
}

export function contributionOf(f: GraphFragment, resolve: (id: string) => string): BriefingContribution {
  const byNode = new Map<string, Contribution[]>();
  f.nodes.forEach((stated, index) => {
    const node = resolveNodeSources(stated, resolve);
    const id = resolve(node.id);
    const list = byNode.get(id) ?? [];
    list.push({ rank: { date: f.briefing.date, briefingId: f.briefing.id, index }, node });
    byNode.set(id, list);
  });
  const byEdge = new Map<string, EdgeContribution>();
  for (const e of f.edges) {
    const from = resolve(e.from);
    const to = resolve(e.to);
    if (from === to) continue; // a merge can fold both ends into one node; a self-loop says nothing
    const key = edgeKey(e.type, from, to);
    const cur = byEdge.get(key);
    const evidence = e.evidence.map((v) => resolveSources(v, resolve));
    byEdge.set(key, { type: e.type, from, to, evidence: mergeEvidence(cur?.evidence ?? [], evidence) });
  }
  return { byNode, byEdge };
}
