// The embedded store's two tables. Both keep what writes change cheaply (a node's summary, an edge's
// evidence per briefing) and build the answer object only when read, once per change: a node stated
// by 10 000 briefings costs O(1) per new briefing, not a copy of everything it has gathered.

import { MultiDirectedGraph } from 'graphology';
import { normalizeName, type EdgeType, type Evidence, type GraphEdge, type GraphFragment, type GraphNode } from '../model/index.js';
import { cmpEvidence, summaryToNode, type NodeSummary } from './derive.js';
import { cmp } from './order.js';

/** Answers are frozen: reads hand them out without copying, and nobody can alter them. */
export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/**
 * The store's own copy of a fragment: nothing shared with the caller, and every evidence text a slice
 * of the briefing text (V8 keeps a slice as a view, not a copy: 10 000 briefings' sentences cost
 * nothing beyond their texts). Its briefing is frozen; the rest is frozen as answers hand it out.
 */
export function ownCopy(f: GraphFragment): GraphFragment {
  const text = f.briefing.text;
  const ev = (e: Evidence): Evidence => ({ ...e, text: text.slice(e.start, e.end), ...(e.sources ? { sources: [...e.sources] } : {}) });
  return {
    briefing: Object.freeze({ ...f.briefing }),
    nodes: f.nodes.map((n) => ({
      ...n,
      aliases: [...n.aliases],
      ...(n.startEvidence ? { startEvidence: ev(n.startEvidence) } : {}),
      ...(n.endEvidence ? { endEvidence: ev(n.endEvidence) } : {}),
      ...(n.observations ? { observations: n.observations.map((o) => ({ ...o, evidence: ev(o.evidence) })) } : {}),
      ...(n.source ? { source: { ...n.source } } : {}),
    })),
    edges: f.edges.map((e) => ({ ...e, evidence: e.evidence.map(ev) })),
  };
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

interface NodeState {
  summary: NodeSummary;
  /** The aliases the alias index holds for this node (the summary's list when last indexed). */
  indexed: string[];
  node?: GraphNode;
}

export class NodeTable {
  private readonly states = new Map<string, NodeState>();
  /** normalizeName(alias) → ids of the nodes carrying it. */
  readonly aliasIndex = new Map<string, Set<string>>();

  get size(): number {
    return this.states.size;
  }

  has(id: string): boolean {
    return this.states.has(id);
  }

  summary(id: string): NodeSummary | undefined {
    return this.states.get(id)?.summary;
  }

  get(id: string): GraphNode | undefined {
    const s = this.states.get(id);
    if (!s) return undefined;
    s.node ??= deepFreeze(summaryToNode(s.summary));
    return s.node;
  }

  *all(): Iterable<GraphNode> {
    for (const id of this.states.keys()) yield this.get(id) as GraphNode;
  }

  set(summary: NodeSummary): void {
    const before = this.states.get(summary.id);
    if (before?.indexed !== summary.aliases) {
      for (const a of before?.indexed ?? []) this.unindex(a, summary.id);
      for (const a of summary.aliases) {
        const key = normalizeName(a);
        if (key) addTo(this.aliasIndex, key, summary.id);
      }
    }
    this.states.set(summary.id, { summary, indexed: summary.aliases });
  }

  delete(id: string): void {
    for (const a of this.states.get(id)?.indexed ?? []) this.unindex(a, id);
    this.states.delete(id);
  }

  private unindex(alias: string, id: string): void {
    const key = normalizeName(alias);
    const set = this.aliasIndex.get(key);
    set?.delete(id);
    if (set?.size === 0) this.aliasIndex.delete(key);
  }
}

interface EdgeState {
  type: EdgeType;
  from: string;
  to: string;
  /** Each stating briefing's sentences (sorted); the edge lives while this has an entry. */
  blocks: Map<string, Evidence[]>;
  edge?: GraphEdge;
}

export class EdgeTable {
  private readonly states = new Map<string, EdgeState>();
  /**
   * Adjacency for traversal, one graphology graph per edge type: a hub's thousands of MENTIONS edges
   * cost nothing to a walk over CONSTRAINS. Edges are keyed like `states`.
   */
  private readonly graphs = new Map<EdgeType, MultiDirectedGraph>();
  evidence = 0;

  private graph(type: EdgeType): MultiDirectedGraph {
    let g = this.graphs.get(type);
    if (!g) {
      g = new MultiDirectedGraph();
      this.graphs.set(type, g);
    }
    return g;
  }

  get size(): number {
    return this.states.size;
  }

  get(key: string): GraphEdge | undefined {
    const s = this.states.get(key);
    if (!s) return undefined;
    if (!s.edge) {
      const ids = [...s.blocks.keys()].sort(cmp);
      const evidence = ids.flatMap((b) => s.blocks.get(b) as Evidence[]);
      s.edge = deepFreeze({ type: s.type, from: s.from, to: s.to, evidence });
    }
    return s.edge;
  }

  /** Sets what one briefing states for an edge (sorted by position), creating the edge if new. */
  state(key: string, e: { type: EdgeType; from: string; to: string }, briefingId: string, evidence: Evidence[]): void {
    let s = this.states.get(key);
    if (!s) {
      s = { type: e.type, from: e.from, to: e.to, blocks: new Map() };
      this.states.set(key, s);
      const g = this.graph(e.type);
      g.mergeNode(e.from);
      g.mergeNode(e.to);
      g.addDirectedEdgeWithKey(key, e.from, e.to);
    }
    this.evidence += evidence.length - (s.blocks.get(briefingId)?.length ?? 0);
    s.blocks.set(briefingId, [...evidence].sort(cmpEvidence));
    s.edge = undefined;
  }

  /** Withdraws one briefing's statement of an edge; the edge goes with its last briefing. */
  withdraw(key: string, briefingId: string): void {
    const s = this.states.get(key);
    if (!s) return;
    this.evidence -= s.blocks.get(briefingId)?.length ?? 0;
    s.blocks.delete(briefingId);
    s.edge = undefined;
    if (s.blocks.size === 0) {
      this.states.delete(key);
      const g = this.graph(s.type);
      g.dropEdge(key);
      // An end no edge of this type touches any more leaves this type's graph.
      for (const end of [s.from, s.to]) if (g.hasNode(end) && g.degree(end) === 0) g.dropNode(end);
    }
  }

  /** The edges of `types` (all when absent) touching `id` in `direction`. */
  around(id: string, types: readonly EdgeType[] | undefined, direction: 'out' | 'in' | 'both'): GraphEdge[] {
    const out: GraphEdge[] = [];
    for (const [type, g] of this.graphs) {
      if ((types && !types.includes(type)) || !g.hasNode(id)) continue;
      const keys = direction === 'out' ? g.outEdges(id) : direction === 'in' ? g.inEdges(id) : g.edges(id);
      for (const k of keys) out.push(this.get(k) as GraphEdge);
    }
    return out;
  }
}
