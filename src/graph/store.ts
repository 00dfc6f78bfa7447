// GraphStore: the one seam between briefgraph and its databases. Two implementations (the embedded
// memory store and Neo4j) must answer every call identically; tests/graph/contract.ts holds them to it.
// The verbs are few on purpose: query *meaning* (timeline, constraintsOn, coverage) is built above
// the seam from these reads, so a store is one small file, not a twin tree.
//
// Merge semantics (both stores; rules in derive.ts): each briefing's fragment is the source of truth.
// - A node is the fold of every briefing's statement of it: aliases unioned (name included, sorted);
//   label the one most statements gave (ties: the latest briefing's); name the latest briefing's;
//   start/end the most precise value (ties: the latest briefing's) with the sentence that stated it.
//   "Latest" is by briefing date, then briefing id, then position in the fragment.
// - An edge is one per (type, from, to); its evidence is every briefing's sentences for it, ordered by
//   briefing id then offset. It lives while some briefing states it.
// - The store does NOT unify two ids because an alias is shared: a short alias (出口管制, AI) names
//   different things, and alias-driven merging would make ids depend on the order briefings arrive in.
//   Extraction gives one thing one id; `findByAlias` returns every node carrying the alias; a duplicate
//   the rules missed is folded with `mergeNodes`, which keeps a redirect so re-ingest stays folded.
// - Evidence `sources` must be nodes of the same fragment; after a merge they name the kept node.
// - Reads do not follow redirects: a merged-away id is gone. Every answer comes in a fixed order
//   (by id or as documented below), so two stores' answers compare equal.
// - Bad arguments (unknown label or edge type, a depth outside 1..6, a non-ISO date, a fragment whose
//   evidence is not its own text at its offsets) throw InputError naming the field.

import type { BriefingMeta, EdgeType, GraphEdge, GraphFragment, GraphNode, IsoDate, NodeLabel } from '../model/index.js';

export interface WriteResult {
  briefingId: string;
  /** 'unchanged' when the same text was already stored (nothing is written). */
  status: 'created' | 'replaced' | 'unchanged';
  nodes: number;
  edges: number;
}

export interface BriefingFilter {
  from?: IsoDate;
  to?: IsoDate;
  /** Only briefings that MENTION this node id. */
  mentions?: string;
  limit?: number;
}

export interface SearchHit {
  node: GraphNode;
  /** Higher is better; exact alias match > prefix > substring; ties broken by mention count, then id. */
  score: number;
}

export type Direction = 'out' | 'in' | 'both';

export interface TraverseOptions {
  types: EdgeType[];
  /** 'in' follows edges into the start node (what CONSTRAINS X), 'out' follows them out (what X CAUSES). */
  direction: Direction;
  /** Maximum hops, 1..6. */
  depth: number;
  /** Upper bound on paths returned (default 100). Paths are ordered shortest first, then by node ids. */
  limit?: number;
}

/** A path as the node ids it visits and the edges between them, each edge with all its evidence. */
export interface GraphPath {
  nodes: string[];
  edges: GraphEdge[];
}

export interface NodeDateFilter {
  from?: IsoDate;
  to?: IsoDate;
  labels?: NodeLabel[];
  /** Only these node ids (a neighbourhood computed above the seam). */
  ids?: string[];
}

export interface GraphStore {
  /**
   * Writes one briefing's fragment in one transaction, replacing whatever that briefing id
   * contributed before (its evidence, the edges and nodes only it supported). Same text twice: 'unchanged'.
   */
  writeBriefing(fragment: GraphFragment): Promise<WriteResult>;
  /**
   * Writes several briefings in order, each exactly as `writeBriefing` would (one transaction each);
   * all are checked first, so a bad fragment writes none. The embedded store syncs its journal once
   * for the lot, which is what makes bulk ingest fast. Use it for many files at once.
   */
  writeBriefings(fragments: GraphFragment[]): Promise<WriteResult[]>;
  /** Removes the briefing, its evidence, edges left without evidence and nodes no briefing mentions. false: no such briefing. */
  deleteBriefing(id: string): Promise<boolean>;
  /**
   * Folds `drop` into `keep` (aliases, dates, edges, evidence); `drop` ceases to exist, and a briefing
   * that later produces `drop` again contributes to `keep`. An edge between the two is dropped (no self-loops).
   */
  mergeNodes(keep: string, drop: string): Promise<GraphNode>;

  getBriefing(id: string): Promise<BriefingMeta | undefined>;
  /** Newest first (date, then id). `to: '2026-05'` includes all of May. */
  listBriefings(filter: BriefingFilter): Promise<BriefingMeta[]>;

  /**
   * The nodes that exist, in the order asked (duplicates and unknown ids left out). Every stored
   * briefing also has a node (label Briefing, id = briefing id) where its MENTIONS edges start.
   */
  getNodes(ids: string[]): Promise<GraphNode[]>;
  /** Nodes with this alias, compared by `normalizeName` (case- and width-insensitive), by id. */
  findByAlias(name: string): Promise<GraphNode[]>;
  search(query: string, opts: { labels?: NodeLabel[]; limit: number }): Promise<SearchHit[]>;

  /** Edges touching a node, filtered by type and direction, ordered by (type, from, to). */
  edgesOf(id: string, opts: { types?: EdgeType[]; direction: Direction }): Promise<GraphEdge[]>;
  /** Every path from `id` along `types` in `direction`, up to `depth` hops, no node repeated. */
  traverse(id: string, opts: TraverseOptions): Promise<GraphPath[]>;
  /** Simple paths between two nodes over semantic edges in either direction, shortest first. */
  paths(from: string, to: string, opts: { maxLength: number; limit?: number; types?: EdgeType[] }): Promise<GraphPath[]>;

  /**
   * Nodes whose start or end falls in [from, to]: a node's date prefix compares as its first day
   * (`2026-11` as 2026-11-01), `from` as its first day, `to` as its last (`to: '2026-11'` is 2026-11-30).
   * Ordered by start (else end), then id.
   */
  datedNodes(filter: NodeDateFilter): Promise<GraphNode[]>;

  /** Counts, for health checks and benchmarks. */
  stats(): Promise<{ briefings: number; nodes: number; edges: number; evidence: number }>;
  close(): Promise<void>;
}
