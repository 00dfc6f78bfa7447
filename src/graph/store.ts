// GraphStore: the one seam between briefgraph and its databases. Two implementations (the embedded
// memory store and Neo4j) must answer every call identically; tests/graph/contract.ts holds them to it.
// The verbs are few on purpose: query *meaning* (timeline, constraintsOn, coverage) is built above
// the seam from these reads, so a store is one small file, not a twin tree.

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
  /** Upper bound on paths returned. */
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
  /** Removes the briefing, its evidence, edges left without evidence and nodes no briefing mentions. */
  deleteBriefing(id: string): Promise<boolean>;
  /** Folds `drop` into `keep` (aliases, dates, edges, evidence); `drop` ceases to exist. */
  mergeNodes(keep: string, drop: string): Promise<GraphNode>;

  getBriefing(id: string): Promise<BriefingMeta | undefined>;
  listBriefings(filter: BriefingFilter): Promise<BriefingMeta[]>;

  getNodes(ids: string[]): Promise<GraphNode[]>;
  /** Nodes with this alias, compared by `normalizeName` (case- and width-insensitive). */
  findByAlias(name: string): Promise<GraphNode[]>;
  search(query: string, opts: { labels?: NodeLabel[]; limit: number }): Promise<SearchHit[]>;

  /** Edges touching a node, filtered by type and direction. */
  edgesOf(id: string, opts: { types?: EdgeType[]; direction: Direction }): Promise<GraphEdge[]>;
  /** Every path from `id` along `types` in `direction`, up to `depth` hops, no node repeated. */
  traverse(id: string, opts: TraverseOptions): Promise<GraphPath[]>;
  /** Simple paths between two nodes over semantic edges in either direction, shortest first. */
  paths(from: string, to: string, opts: { maxLength: number; limit?: number; types?: EdgeType[] }): Promise<GraphPath[]>;

  /** Nodes whose start or end falls in [from, to] (date prefixes compare by their first day). */
  datedNodes(filter: NodeDateFilter): Promise<GraphNode[]>;

  /** Counts, for health checks and benchmarks. */
  stats(): Promise<{ briefings: number; nodes: number; edges: number; evidence: number }>;
  close(): Promise<void>;
}
