// The timeline: one item per dated fact. An Event's start is when it occurred (with its end as
// endDate: the summit 2026-05-14..15 is one item); anything else starts; an end is an ordinary end
// or, when the node says so, an expiry (the truce, 2026-11-10). Briefings add their publication.
import type { BriefingMeta, Evidence, GraphNode, IsoDate, Modality, NodeLabel } from '../../model/index.js';
import { SEMANTIC_EDGE_TYPES } from '../../model/index.js';
import type { GraphStore } from '../../graph/index.js';
import { existingNode } from './args.js';
import { firstDay, inRange, lastDay } from './dates.js';

export const TIMELINE_KINDS = ['occurred', 'published', 'starts', 'ends', 'expires'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  date: IsoDate;
  endDate?: IsoDate;
  kind: TimelineKind;
  upcoming: boolean;
  node: GraphNode;
  modality?: Modality;
  evidence?: Evidence;
  /** The briefing behind the item: the evidence's, or the published briefing itself. */
  briefingId?: string;
}

export interface TimelineQuery {
  from?: IsoDate;
  to?: IsoDate;
  /** Keep this node and its neighbours over semantic edges (either direction). */
  about?: string;
  labels?: NodeLabel[];
  /** Items after this date are upcoming. */
  asOf: IsoDate;
  limit: number;
}

type Fact = Omit<TimelineItem, 'upcoming'>;

export async function timeline(store: GraphStore, q: TimelineQuery): Promise<TimelineItem[]> {
  const ids = q.about === undefined ? undefined : await neighbourhood(store, q.about);
  // Bounds are widened to whole days so the store's own prefix comparison never drops an item
  // that `inRange` keeps; the exact cut is made here, above the seam, for both stores alike.
  const nodes = await store.datedNodes({
    from: q.from && firstDay(q.from),
    to: q.to && lastDay(q.to),
    labels: q.labels,
    ids,
  });
  const facts = nodes.filter((n) => n.label !== 'Briefing').flatMap(datedFacts);
  if (!q.labels || q.labels.includes('Briefing')) facts.push(...(await publications(store, q)));

  const cutoff = lastDay(q.asOf);
  return facts
    .filter((f) => inRange(f.date, q.from, q.to))
    .map((f) => ({ ...f, upcoming: firstDay(f.date) > cutoff }))
    .sort(byDateKindNode)
    .slice(0, q.limit);
}

/** The dated facts one node states. */
export function datedFacts(node: GraphNode): Fact[] {
  const facts: Fact[] = [];
  const isEvent = node.label === 'Event';
  const expires = node.endKind === 'expires';
  // An event's ordinary end is the end of its span, shown on the start item, not a fact of its own.
  const endOnStart = isEvent && node.start !== undefined && node.end !== undefined && !expires;
  if (node.start) {
    facts.push(fact(node, node.start, isEvent ? 'occurred' : 'starts', node.startEvidence, endOnStart ? node.end : undefined));
  }
  if (node.end && !endOnStart) {
    facts.push(fact(node, node.end, expires ? 'expires' : 'ends', node.endEvidence));
  }
  return facts;
}

function fact(node: GraphNode, date: IsoDate, kind: TimelineKind, evidence?: Evidence, endDate?: IsoDate): Fact {
  return {
    date,
    endDate,
    kind,
    node,
    evidence,
    modality: evidence?.modality ?? node.modality,
    briefingId: evidence?.briefingId,
  };
}

/** Briefings published in range; with `about`, those that mention the node. */
async function publications(store: GraphStore, q: TimelineQuery): Promise<Fact[]> {
  const briefings = await store.listBriefings({
    from: q.from && firstDay(q.from),
    to: q.to && lastDay(q.to),
    mentions: q.about,
  });
  const stored = new Map((await store.getNodes(briefings.map((b) => b.id))).map((n) => [n.id, n]));
  return briefings.map((b) => ({
    date: b.date,
    kind: 'published' as const,
    node: stored.get(b.id) ?? briefingNode(b),
    briefingId: b.id,
  }));
}

/** A briefing seen as a node, for stores that keep briefings apart from the other nodes. */
export function briefingNode(b: BriefingMeta): GraphNode {
  return { id: b.id, label: 'Briefing', name: b.title, aliases: [b.title], start: b.date };
}

async function neighbourhood(store: GraphStore, about: string): Promise<string[]> {
  await existingNode(store, about, 'about');
  const edges = await store.edgesOf(about, { types: [...SEMANTIC_EDGE_TYPES], direction: 'both' });
  return [...new Set([about, ...edges.flatMap((e) => [e.from, e.to])])];
}

function byDateKindNode(a: TimelineItem, b: TimelineItem): number {
  return (
    compare(firstDay(a.date), firstDay(b.date)) ||
    compare(a.date, b.date) ||
    TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
    compare(a.node.id, b.node.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
