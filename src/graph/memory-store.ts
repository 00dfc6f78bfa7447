// The embedded GraphStore: the whole graph in process memory, indexed for the reads the API makes
// (alias → ids, node → briefings, per-briefing contributions, a graphology graph for adjacency),
// persisted through the crash-safe journal in ./journal.ts. Writes cost what the briefing touches,
// never a pass over the whole graph.

import { MultiDirectedGraph } from 'graphology';
import { InputError } from '../errors.js';
import { normalizeName, type BriefingMeta, type EdgeType, type GraphEdge, type GraphFragment, type GraphNode, type NodeLabel } from '../model/index.js';
import {
  addContribution,
  cmpEdges,
  contributionOf,
  emptySummary,
  mergeEvidence,
  summarize,
  summaryToNode,
  type BriefingContribution,
  type Contribution,
  type NodeSummary,
} from './derive.js';
import { Journal, type JournalOp } from './journal.js';
import { cmp } from './order.js';
import { pathsBetween, traversePaths } from './paths.js';
import { rankHits, searchKey, selectBriefings, selectDated } from './queries.js';
import type { BriefingFilter, Direction, GraphPath, GraphStore, NodeDateFilter, SearchHit, TraverseOptions, WriteResult } from './store.js';
import { checkId, normalizeFragment } from './validate.js';

/** One briefing as stored: its fragment, and what it contributes under today's node ids. */
interface Stored extends BriefingContribution {
  fragment: GraphFragment;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export class MemoryStore implements GraphStore {
  private readonly briefings = new Map<string, Stored>();
  /** Merged-away id → the id it now lives under (always one step: chains are collapsed). */
  private readonly redirects = new Map<string, string>();
  private readonly nodeBriefings = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, NodeSummary>();
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edgeBriefings = new Map<string, Set<string>>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly aliasIndex = new Map<string, Set<string>>();
  private readonly graph = new MultiDirectedGraph();
  private evidenceCount = 0;
  /** While replaying the data directory: compacting then would snapshot a half-loaded state. */
  private loading = false;

  private constructor(private readonly journal?: Journal) {}

  /** Opens the store persisted under `dir` (loading what is there), or a memory-only one without `dir`. */
  static async open(dir?: string): Promise<MemoryStore> {
    if (!dir) return new MemoryStore();
    const { journal, snapshot, records } = Journal.open(dir);
    const store = new MemoryStore(journal);
    store.loading = true;
    try {
      for (const [drop, keep] of snapshot?.redirects ?? []) store.redirects.set(drop, keep);
      for (const f of snapshot?.briefings ?? []) store.applyWrite(f);
      for (const r of records) store.apply(r);
      store.loading = false;
      store.maybeCompact();
    } catch (err) {
      journal.close();
      throw err;
    }
    return store;
  }

  // ---- writes -------------------------------------------------------------------------------

  async writeBriefing(fragment: GraphFragment): Promise<WriteResult> {
    const f = normalizeFragment(fragment);
    const old = this.briefings.get(f.briefing.id);
    if (old && old.fragment.briefing.contentHash === f.briefing.contentHash) {
      return { briefingId: f.briefing.id, status: 'unchanged', nodes: old.byNode.size, edges: old.byEdge.size };
    }
    this.persist({ op: 'write', fragment: f });
    const stored = this.applyWrite(f);
    return { briefingId: f.briefing.id, status: old ? 'replaced' : 'created', nodes: stored.byNode.size, edges: stored.byEdge.size };
  }

  async deleteBriefing(id: string): Promise<boolean> {
    checkId(id, 'id');
    if (!this.briefings.has(id)) return false;
    this.persist({ op: 'delete', id });
    this.applyDelete(id);
    return true;
  }

  async mergeNodes(keep: string, drop: string): Promise<GraphNode> {
    checkId(keep, 'keep');
    checkId(drop, 'drop');
    if (keep === drop) throw new InputError(`cannot merge '${keep}' into itself`, 'drop');
    if (!this.nodes.has(keep)) throw new InputError(`no node '${keep}' to keep`, 'keep');
    if (!this.nodes.has(drop)) throw new InputError(`no node '${drop}' to drop`, 'drop');
    this.persist({ op: 'merge', keep, drop });
    this.applyMerge(keep, drop);
    return structuredClone(this.nodes.get(keep) as GraphNode);
  }

  private persist(op: JournalOp): void {
    if (!this.journal) return;
    this.journal.append(op);
  }

  private apply(op: JournalOp): void {
    if (op.op === 'write') this.applyWrite(op.fragment);
    else if (op.op === 'delete') this.applyDelete(op.id);
    else this.applyMerge(op.keep, op.drop);
  }

  private applyWrite(f: GraphFragment): Stored {
    const old = this.briefings.get(f.briefing.id);
    if (old) this.removeStored(f.briefing.id, old);
    const stored = this.index(f);
    this.briefings.set(f.briefing.id, stored);
    this.addStored(f.briefing.id, stored);
    this.maybeCompact();
    return stored;
  }

  private applyDelete(id: string): void {
    const old = this.briefings.get(id);
    if (!old) return;
    this.removeStored(id, old);
    this.briefings.delete(id);
    this.maybeCompact();
  }

  /** Points `drop` (and whatever pointed at it) to `keep`, then re-reads the briefings that named `drop`. */
  private applyMerge(keep: string, drop: string): void {
    for (const [from, to] of this.redirects) if (to === drop) this.redirects.set(from, keep);
    this.redirects.set(drop, keep);
    this.redirects.delete(keep);
    for (const id of [...(this.nodeBriefings.get(drop) ?? [])].sort(cmp)) {
      const old = this.briefings.get(id) as Stored;
      this.removeStored(id, old);
      const stored = this.index(old.fragment);
      this.briefings.set(id, stored);
      this.addStored(id, stored);
    }
    this.maybeCompact();
  }

  private maybeCompact(): void {
    if (!this.loading && this.journal?.shouldCompact) this.compact();
  }

  /** Writes the whole state as one snapshot and empties the journal (done by itself as the journal grows). */
  compact(): void {
    this.journal?.compact({ briefings: [...this.briefings.values()].map((s) => s.fragment), redirects: [...this.redirects] });
  }

  private resolve(id: string): string {
    return this.redirects.get(id) ?? id;
  }

  private index(f: GraphFragment): Stored {
    return { fragment: f, ...contributionOf(f, (id) => this.resolve(id)) };
  }

  private addStored(briefingId: string, s: Stored): void {
    for (const [id, contributions] of s.byNode) {
      addTo(this.nodeBriefings, id, briefingId);
      const summary = this.summaries.get(id) ?? emptySummary(id);
      for (const c of contributions) addContribution(summary, c);
      this.setNode(summary);
    }
    for (const [key, e] of s.byEdge) {
      addTo(this.edgeBriefings, key, briefingId);
      const evidence = mergeEvidence(this.edges.get(key)?.evidence ?? [], e.evidence);
      this.setEdge(key, { type: e.type, from: e.from, to: e.to, evidence });
    }
  }

  private removeStored(briefingId: string, s: Stored): void {
    // Edges first: a node outlives its last edge, never the other way round.
    for (const key of s.byEdge.keys()) {
      const set = this.edgeBriefings.get(key) as Set<string>;
      set.delete(briefingId);
      const edge = this.edges.get(key) as GraphEdge;
      if (set.size === 0) this.removeEdge(key);
      else this.setEdge(key, { ...edge, evidence: edge.evidence.filter((e) => e.briefingId !== briefingId) });
    }
    for (const id of s.byNode.keys()) {
      const set = this.nodeBriefings.get(id) as Set<string>;
      set.delete(briefingId);
      if (set.size === 0) this.removeNode(id);
      else this.setNode(summarize(id, this.contributionsOf(id)));
    }
  }

  private *contributionsOf(id: string): Iterable<Contribution> {
    for (const b of this.nodeBriefings.get(id) ?? []) yield* this.briefings.get(b)?.byNode.get(id) ?? [];
  }

  private setNode(summary: NodeSummary): void {
    const id = summary.id;
    const before = this.nodes.get(id);
    const node = summaryToNode(summary);
    for (const a of before?.aliases ?? []) this.unindexAlias(a, id);
    for (const a of node.aliases) {
      const key = normalizeName(a);
      if (key) addTo(this.aliasIndex, key, id);
    }
    this.summaries.set(id, summary);
    this.nodes.set(id, node);
    this.graph.mergeNode(id);
  }

  private unindexAlias(alias: string, id: string): void {
    const key = normalizeName(alias);
    const set = this.aliasIndex.get(key);
    set?.delete(id);
    if (set?.size === 0) this.aliasIndex.delete(key);
  }

  private removeNode(id: string): void {
    for (const a of this.nodes.get(id)?.aliases ?? []) this.unindexAlias(a, id);
    this.nodes.delete(id);
    this.summaries.delete(id);
    this.nodeBriefings.delete(id);
    if (this.graph.hasNode(id)) this.graph.dropNode(id);
  }

  private setEdge(key: string, edge: GraphEdge): void {
    this.evidenceCount += edge.evidence.length - (this.edges.get(key)?.evidence.length ?? 0);
    this.edges.set(key, edge);
    if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, edge.from, edge.to);
  }

  private removeEdge(key: string): void {
    this.evidenceCount -= this.edges.get(key)?.evidence.length ?? 0;
    this.edges.delete(key);
    this.edgeBriefings.delete(key);
    if (this.graph.hasEdge(key)) this.graph.dropEdge(key);
  }

  // ---- reads --------------------------------------------------------------------------------

  async getBriefing(id: string): Promise<BriefingMeta | undefined> {
    const s = this.briefings.get(id);
    return s && structuredClone(s.fragment.briefing);
  }

  async listBriefings(filter: BriefingFilter): Promise<BriefingMeta[]> {
    const ids = filter.mentions === undefined ? this.briefings.keys() : (this.nodeBriefings.get(filter.mentions) ?? []);
    const metas = [...ids].map((id) => (this.briefings.get(id) as Stored).fragment.briefing);
    return structuredClone(selectBriefings(metas, filter));
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    const out: GraphNode[] = [];
    for (const id of new Set(ids)) {
      const n = this.nodes.get(id);
      if (n) out.push(n);
    }
    return structuredClone(out);
  }

  async findByAlias(name: string): Promise<GraphNode[]> {
    const ids = [...(this.aliasIndex.get(searchKey(name)) ?? [])].sort(cmp);
    return this.getNodes(ids);
  }

  async search(query: string, opts: { labels?: NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const key = searchKey(query);
    const ids = new Set<string>();
    if (key) for (const [alias, set] of this.aliasIndex) if (alias.includes(key)) for (const id of set) ids.add(id);
    const candidates = [...ids].map((id) => ({ node: this.nodes.get(id) as GraphNode, mentions: this.nodeBriefings.get(id)?.size ?? 0 }));
    return structuredClone(rankHits(key, candidates, opts));
  }

  async edgesOf(id: string, opts: { types?: EdgeType[]; direction: Direction }): Promise<GraphEdge[]> {
    return structuredClone(this.touching([id], opts.types, opts.direction).sort(cmpEdges));
  }

  /** Edges of `types` (all when absent) touching `ids` in `direction`, live objects (callers clone). */
  private touching(ids: string[], types: readonly EdgeType[] | undefined, direction: Direction): GraphEdge[] {
    const keys = new Set<string>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      if (direction !== 'in') for (const k of this.graph.outEdges(id)) keys.add(k);
      if (direction !== 'out') for (const k of this.graph.inEdges(id)) keys.add(k);
    }
    const out: GraphEdge[] = [];
    for (const k of keys) {
      const e = this.edges.get(k) as GraphEdge;
      if (!types || types.includes(e.type)) out.push(e);
    }
    return out;
  }

  private readonly expand = async (ids: string[], types: readonly EdgeType[], direction: Direction): Promise<GraphEdge[]> =>
    this.touching(ids, types, direction);

  async traverse(id: string, opts: TraverseOptions): Promise<GraphPath[]> {
    return structuredClone(await traversePaths(this.expand, id, opts));
  }

  async paths(from: string, to: string, opts: { maxLength: number; limit?: number; types?: EdgeType[] }): Promise<GraphPath[]> {
    return structuredClone(await pathsBetween(this.expand, from, to, opts));
  }

  async datedNodes(filter: NodeDateFilter): Promise<GraphNode[]> {
    const pool = filter.ids ? filter.ids.map((id) => this.nodes.get(id)).filter((n): n is GraphNode => !!n) : this.nodes.values();
    return structuredClone(selectDated(pool, filter));
  }

  async stats(): Promise<{ briefings: number; nodes: number; edges: number; evidence: number }> {
    return { briefings: this.briefings.size, nodes: this.nodes.size, edges: this.edges.size, evidence: this.evidenceCount };
  }

  async close(): Promise<void> {
    this.journal?.close();
  }
}
