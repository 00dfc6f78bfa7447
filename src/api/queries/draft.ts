// "Have we covered this before?": a draft is extracted but never stored; each of its nodes,
// relations and cited sources is matched against the graph and paired with the earlier
// briefings that covered it. Whatever no earlier briefing covered is new.
import type { BriefingMeta, EdgeType, GraphEdge, GraphNode, IsoDate, NodeLabel, SourceInfo } from '../../model/index.js';
import { SEMANTIC_EDGE_TYPES, normalizeName } from '../../model/index.js';
import type { GraphStore } from '../../graph/index.js';
import { coverage, inWindow, type Coverage, type CoverageWindow } from './coverage.js';
import { MAX_DRAFT_BYTES, textArg, type Extract } from './ingest.js';

export interface DraftNode {
  name: string;
  label: NodeLabel;
  node?: GraphNode;
  coveredBy: Coverage[];
  isNew: boolean;
}

export interface DraftEdge {
  type: EdgeType;
  fromName: string;
  toName: string;
  text: string;
  edge?: GraphEdge;
  isNew: boolean;
}

export interface DraftSource extends SourceInfo {
  source?: GraphNode;
  citedBy: BriefingMeta[];
  isNew: boolean;
}

export interface DraftCheck {
  nodes: DraftNode[];
  edges: DraftEdge[];
  sources: DraftSource[];
  newNodes: string[];
  newEdges: string[];
}

export async function checkDraft(store: GraphStore, extract: Extract, text: string, date: IsoDate): Promise<DraftCheck> {
  const draft = await extract(textArg(text, 'text', MAX_DRAFT_BYTES), { date });
  // Earlier means published on or before the draft's own date, never the draft itself.
  const window: CoverageWindow = { until: draft.briefing.date, except: draft.briefing.id };
  const briefings = briefingCache(store);

  const entities = draft.nodes.filter((n) => n.label !== 'Briefing' && n.label !== 'Source');
  const matches = new Map<string, GraphNode>();
  const nodes: DraftNode[] = [];
  for (const n of entities) {
    const match = await matchNode(store, n);
    if (match) matches.set(n.id, match);
    const coveredBy = match ? await coverage(store, match.id, window) : [];
    nodes.push({ name: n.name, label: n.label, node: match, coveredBy, isNew: coveredBy.length === 0 });
  }

  const names = new Map(draft.nodes.map((n) => [n.id, n.name]));
  const edges: DraftEdge[] = [];
  for (const e of draft.edges.filter((x) => SEMANTIC_EDGE_TYPES.includes(x.type))) {
    const stored = await matchEdge(store, e, matches);
    const earlier = stored ? await earlierEvidence(stored, window, briefings) : undefined;
    const covered = earlier !== undefined && earlier.evidence.length > 0;
    edges.push({
      type: e.type,
      fromName: names.get(e.from) ?? e.from,
      toName: names.get(e.to) ?? e.to,
      text: e.evidence[0]?.text ?? '',
      edge: covered ? earlier : undefined,
      isNew: !covered,
    });
  }

  const sources: DraftSource[] = [];
  for (const s of draft.nodes.filter((n) => n.label === 'Source' && n.source)) {
    const info = s.source as SourceInfo;
    const match = await matchSource(store, s, info);
    const citers = match ? await store.edgesOf(match.id, { types: ['CITES'], direction: 'in' }) : [];
    const citedBy = (await Promise.all(citers.map((c) => briefings(c.from))))
      .filter((b): b is BriefingMeta => b !== undefined && inWindow(b, window))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    sources.push({ ...info, source: match, citedBy, isNew: citedBy.length === 0 });
  }

  return {
    nodes,
    edges,
    sources,
    newNodes: nodes.filter((n) => n.isNew).map((n) => n.name),
    newEdges: edges.filter((e) => e.isNew).map((e) => `${e.fromName} ${e.type} ${e.toName}`),
  };
}

/** By id first (same canonical name), then by any of the draft's aliases; same label preferred. */
async function matchNode(store: GraphStore, n: GraphNode): Promise<GraphNode | undefined> {
  const [byId] = await store.getNodes([n.id]);
  if (byId) return byId;
  for (const alias of new Set([n.name, ...n.aliases])) {
    const hits = await store.findByAlias(alias);
    const hit = hits.find((h) => h.label === n.label) ?? hits[0];
    if (hit) return hit;
  }
  return undefined;
}

async function matchEdge(store: GraphStore, e: GraphEdge, matches: Map<string, GraphNode>): Promise<GraphEdge | undefined> {
  const from = matches.get(e.from);
  const to = matches.get(e.to);
  if (!from || !to) return undefined;
  const out = await store.edgesOf(from.id, { types: [e.type], direction: 'out' });
  return out.find((x) => x.to === to.id);
}

/** The stored edge with only the evidence of earlier briefings. */
async function earlierEvidence(
  edge: GraphEdge,
  window: CoverageWindow,
  briefings: (id: string) => Promise<BriefingMeta | undefined>,
): Promise<GraphEdge> {
  const keep = await Promise.all(edge.evidence.map(async (ev) => {
    const b = await briefings(ev.briefingId);
    return b !== undefined && inWindow(b, window);
  }));
  return { ...edge, evidence: edge.evidence.filter((_, i) => keep[i]) };
}

/** By id, then by outlet and title (or outlet and date when either side has no title). */
async function matchSource(store: GraphStore, s: GraphNode, info: SourceInfo): Promise<GraphNode | undefined> {
  const [byId] = await store.getNodes([s.id]);
  if (byId) return byId;
  const queries = [info.title, info.outlet].filter((q): q is string => Boolean(q && q.trim()));
  for (const q of queries) {
    const hits = await store.search(q, { labels: ['Source'], limit: 50 });
    const hit = hits.map((h) => h.node).find((n) => n.source && sameSource(n.source, info));
    if (hit) return hit;
  }
  return undefined;
}

function sameSource(a: SourceInfo, b: SourceInfo): boolean {
  if (normalizeName(a.outlet) !== normalizeName(b.outlet)) return false;
  if (a.title && b.title) return normalizeName(a.title) === normalizeName(b.title);
  return a.date !== undefined && a.date === b.date;
}

function briefingCache(store: GraphStore): (id: string) => Promise<BriefingMeta | undefined> {
  const cache = new Map<string, Promise<BriefingMeta | undefined>>();
  return (id) => {
    let p = cache.get(id);
    if (!p) cache.set(id, (p = store.getBriefing(id)));
    return p;
  };
}
