// The embedded GraphStore: the whole graph in process memory, indexed for the reads the API makes
// (alias → ids, node → briefings, per-briefing contributions, a graphology graph per edge type),
// persisted through the crash-safe journal in ./journal.ts. Writes cost what the briefing touches,
// never a pass over the whole graph. What reads return is frozen (shared, never copied): treat answers
// as read-only, as the Neo4j store's fresh objects should be treated too.

import { InputError } from '../errors.js';
import { type BriefingMeta, type EdgeType, type GraphEdge, type GraphFragment, type GraphNode, type NodeLabel } from '../model/index.js';
import {
  addContribution,
  cmpEdges,
  contributionOf,
  emptySummary,
  summarize,
  type BriefingContribution,
  type Contribution,
} from './derive.js';
import { EdgeTable, NodeTable, addTo, ownCopy } from './memory-tables.js';
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

export class MemoryStore implements GraphStore {
  private readonly briefings = new Map<string, Stored>();
  /** Merged-away id → the id it now lives under (always one step: chains are collapsed). */
  private readonly redirects = new Map<string, string>();
  private readonly nodeBriefings = new Map<string, Set<string>>();
  private readonly nodes = new NodeTable();
  private readonly edges = new EdgeTable();
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
    const [result] = await this.writeBriefings([fragment]);
    return result;
  }

  /**
   * Writes briefings in order, each one journal record, with ONE fsync for the lot: bulk ingest is
   * bound by fsyncs otherwise. All are checked before any is written; a crash before this returns
   * keeps a prefix of them, each whole.
   */
  async writeBriefings(fragments: GraphFragment[]): Promise<WriteResult[]> {
    const checked = fragments.map((f) => ownCopy(normalizeFragment(f)));
    const results: WriteResult[] = [];
    try {
      for (const f of checked) {
        const old = this.briefings.get(f.briefing.id);
        if (old && old.fragment.briefing.contentHash === f.briefing.contentHash) {
          results.push({ briefingId: f.briefing.id, status: 'unchanged', nodes: old.byNode.size, edges: old.byEdge.size });
          continue;
        }
        this.journal?.append({ op: 'write', fragment: f }, { sync: false });
        const stored = this.applyWrite(f);
        results.push({ briefingId: f.briefing.id, status: old ? 'replaced' : 'created', nodes: stored.byNode.size, edges: stored.byEdge.size });
      }
    } finally {
      this.journal?.sync();
    }
    return results;
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
    return this.nodes.get(keep) as GraphNode;
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

  private applyWrite(fragment: GraphFragment): Stored {
    const f = Object.isFrozen(fragment.briefing) ? fragment : ownCopy(fragment);
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
      const summary = this.nodes.summary(id) ?? emptySummary(id);
      for (const c of contributions) addContribution(summary, c);
      this.nodes.set(summary);
    }
    for (const [key, e] of s.byEdge) this.edges.state(key, e, briefingId, e.evidence);
  }

  private removeStored(briefingId: string, s: Stored): void {
    // Edges first: a node outlives its last edge, never the other way round.
    for (const key of s.byEdge.keys()) this.edges.withdraw(key, briefingId);
    for (const id of s.byNode.keys()) {
      const set = this.nodeBriefings.get(id) as Set<string>;
      set.delete(briefingId);
      if (set.size > 0) {
        this.nodes.set(summarize(id, this.contributionsOf(id)));
      } else {
        this.nodes.delete(id);
        this.nodeBriefings.delete(id);
      }
    }
  }

  private *contributionsOf(id: string): Iterable<Contribution> {
    for (const b of this.nodeBriefings.get(id) ?? []) yield* this.briefings.get(b)?.byNode.get(id) ?? [];
  }

  // ---- reads --------------------------------------------------------------------------------

  async getBriefing(id: string): Promise<BriefingMeta | undefined> {
    const s = this.briefings.get(id);
    return s?.fragment.briefing;
  }

  async listBriefings(filter: BriefingFilter): Promise<BriefingMeta[]> {
    const ids = filter.mentions === undefined ? this.briefings.keys() : (this.nodeBriefings.get(filter.mentions) ?? []);
    const metas = [...ids].map((id) => (this.briefings.get(id) as Stored).fragment.briefing);
    return selectBriefings(metas, filter);
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    const out: GraphNode[] = [];
    for (const id of new Set(ids)) {
      const n = this.nodes.get(id);
      if (n) out.push(n);
    }
    return out;
  }

  async findByAlias(name: string): Promise<GraphNode[]> {
    const ids = [...(this.nodes.aliasIndex.get(searchKey(name)) ?? [])].sort(cmp);
    return this.getNodes(ids);
  }

  async search(query: string, opts: { labels?: NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const key = searchKey(query);
    const ids = new Set<string>();
    if (key) for (const [alias, set] of this.nodes.aliasIndex) if (alias.includes(key)) for (const id of set) ids.add(id);
    const candidates = [...ids].map((id) => ({ node: this.nodes.get(id) as GraphNode, mentions: this.nodeBriefings.get(id)?.size ?? 0 }));
    return rankHits(key, candidates, opts);
  }

  async edgesOf(id: string, opts: { types?: EdgeType[]; direction: Direction }): Promise<GraphEdge[]> {
    return this.touching([id], opts.types, opts.direction).sort(cmpEdges);
  }

  /** Edges of `types` (all when absent) touching `ids` in `direction`. */
  private touching(ids: string[], types: readonly EdgeType[] | undefined, direction: Direction): GraphEdge[] {
    // A set: with direction 'both', an edge between two of `ids` is met from both ends.
    const out = new Set<GraphEdge>();
    for (const id of ids) for (const e of this.edges.around(id, types, direction)) out.add(e);
    return [...out];
  }

  private readonly expand = async (ids: string[], types: readonly EdgeType[], direction: Direction): Promise<GraphEdge[]> =>
    this.touching(ids, types, direction);

  async traverse(id: string, opts: TraverseOptions): Promise<GraphPath[]> {
    return traversePaths(this.expand, id, opts);
  }

  async paths(from: string, to: string, opts: { maxLength: number; limit?: number; types?: EdgeType[] }): Promise<GraphPath[]> {
    return pathsBetween(this.expand, from, to, opts);
  }

  async datedNodes(filter: NodeDateFilter): Promise<GraphNode[]> {
    const pool = filter.ids ? filter.ids.map((id) => this.nodes.get(id)).filter((n): n is GraphNode => !!n) : this.nodes.all();
    return selectDated(pool, filter);
  }

  async stats(): Promise<{ briefings: number; nodes: number; edges: number; evidence: number }> {
    return { briefings: this.briefings.size, nodes: this.nodes.size, edges: this.edges.size, evidence: this.edges.evidence };
  }

  async close(): Promise<void> {
    this.journal?.close();
  }
}
