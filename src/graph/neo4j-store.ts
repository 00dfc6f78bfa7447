// The Neo4j GraphStore (neo4j-driver 6): chosen when NEO4J_URI is set. Writes run in ONE retryable
// `executeWrite` transaction per briefing (see neo4j-write.ts); reads through `executeRead`. Every
// statement is a file in cypher/. Answers are ordered by the same rules as the embedded store
// (queries.ts, paths.ts), so the contract suite compares the two with toEqual.

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { InputError } from '../errors.js';
import type { BriefingMeta, EdgeType, Evidence, GraphEdge, GraphFragment, GraphNode, NodeLabel } from '../model/index.js';
import { cypher, cypherStatements } from './cypher.js';
import { cmpEdges, contributionOf } from './derive.js';
import { reconcile, resolver, rows } from './neo4j-write.js';
import { cmp } from './order.js';
import { pathsBetween, traversePaths } from './paths.js';
import { checkLabels, dayWindow, rankHits, searchKey, selectBriefings, selectDated } from './queries.js';
import type { BriefingFilter, Direction, GraphPath, GraphStore, NodeDateFilter, SearchHit, TraverseOptions, WriteResult } from './store.js';
import { checkId, checkRange, normalizeFragment } from './validate.js';

export interface Neo4jSettings {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** How long an outage may stall a call before it fails with a clear error. */
const TIMEOUTS = { connectionTimeout: 5_000, connectionAcquisitionTimeout: 10_000, maxTransactionRetryTime: 15_000 };
const TX_TIMEOUT = 30_000;

/** Escapes Lucene query syntax so a key is matched as plain text. */
export function luceneEscape(s: string): string {
  return s.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, (c) => `\\${c}`);
}

function meta(m: Record<string, unknown>): BriefingMeta {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null && v !== undefined)) as unknown as BriefingMeta;
}

export class Neo4jStore implements GraphStore {
  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
  ) {}

  /** Connects, fails fast with a clear error if the server does not answer, and creates the schema. */
  static async open(settings: Neo4jSettings): Promise<Neo4jStore> {
    const auth = settings.user ? neo4j.auth.basic(settings.user, settings.password ?? '') : undefined;
    const driver = neo4j.driver(settings.uri, auth, { disableLosslessIntegers: true, ...TIMEOUTS });
    const store = new Neo4jStore(driver, settings);
    try {
      await driver.verifyConnectivity({ database: settings.database });
      for (const statement of cypherStatements('schema')) await driver.executeQuery(statement, {}, { database: settings.database });
      await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: settings.database });
    } catch (err) {
      await driver.close();
      throw store.unavailable(err);
    }
    return store;
  }

  private unavailable(err: unknown): Error {
    if (err instanceof InputError) return err;
    const message = err instanceof Error ? err.message : String(err);
    return new Error(`Neo4j at ${this.settings.uri}${this.settings.database ? ` (database ${this.settings.database})` : ''} failed: ${message}`, {
      cause: err,
    });
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: TX_TIMEOUT });
    } catch (err) {
      throw this.unavailable(err);
    } finally {
      await session.close();
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      // The write lock first (cypher/write-lock.cypher): writes fold into shared nodes and edges.
      return await session.executeWrite(
        async (tx) => {
          await tx.run(cypher('write-lock'));
          return work(tx);
        },
        { timeout: TX_TIMEOUT },
      );
    } catch (err) {
      throw this.unavailable(err);
    } finally {
      await session.close();
    }
  }

  // ---- writes -------------------------------------------------------------------------------

  async writeBriefing(fragment: GraphFragment): Promise<WriteResult> {
    const f = normalizeFragment(fragment);
    const id = f.briefing.id;
    return this.write(async (tx) => {
      const [record] = await rows<{ contentHash: string; fragment: string }>(tx, 'briefing-record-get', { id });
      const old = record ? (JSON.parse(record.fragment) as GraphFragment) : undefined;
      const resolve = await resolver(tx, [...(old?.nodes ?? []), ...f.nodes].map((n) => n.id));
      const after = contributionOf(f, resolve);
      if (record?.contentHash === f.briefing.contentHash) {
        const kept = contributionOf(old as GraphFragment, resolve);
        return { briefingId: id, status: 'unchanged', nodes: kept.byNode.size, edges: kept.byEdge.size };
      }
      await reconcile(tx, id, old && contributionOf(old, resolve), { fragment: f, contribution: after });
      return { briefingId: id, status: old ? 'replaced' : 'created', nodes: after.byNode.size, edges: after.byEdge.size };
    });
  }

  async writeBriefings(fragments: GraphFragment[]): Promise<WriteResult[]> {
    fragments.forEach((f) => normalizeFragment(f));
    const results: WriteResult[] = [];
    for (const f of fragments) results.push(await this.writeBriefing(f));
    return results;
  }

  async deleteBriefing(id: string): Promise<boolean> {
    checkId(id, 'id');
    return this.write(async (tx) => {
      const [record] = await rows<{ fragment: string }>(tx, 'briefing-record-get', { id });
      if (!record) return false;
      const old = JSON.parse(record.fragment) as GraphFragment;
      const resolve = await resolver(tx, old.nodes.map((n) => n.id));
      await reconcile(tx, id, contributionOf(old, resolve), undefined);
      return true;
    });
  }

  async mergeNodes(keep: string, drop: string): Promise<GraphNode> {
    checkId(keep, 'keep');
    checkId(drop, 'drop');
    if (keep === drop) throw new InputError(`cannot merge '${keep}' into itself`, 'drop');
    return this.write(async (tx) => {
      const found = new Set((await rows<{ id: string }>(tx, 'nodes-get', { ids: [keep, drop] })).map((r) => r.id));
      if (!found.has(keep)) throw new InputError(`no node '${keep}' to keep`, 'keep');
      if (!found.has(drop)) throw new InputError(`no node '${drop}' to drop`, 'drop');
      const affected = (await rows<{ id: string; fragment: string }>(tx, 'briefings-contributing', { id: drop })).map((r) => ({
        id: r.id,
        fragment: JSON.parse(r.fragment) as GraphFragment,
      }));
      const ids = affected.flatMap((a) => a.fragment.nodes.map((n) => n.id));
      const before = await resolver(tx, ids);
      await tx.run(cypher('redirect-set'), { keep, drop });
      const now = await resolver(tx, ids);
      for (const a of affected) {
        await reconcile(tx, a.id, contributionOf(a.fragment, before), { fragment: a.fragment, contribution: contributionOf(a.fragment, now) });
      }
      const [node] = await rows<{ node: string }>(tx, 'nodes-get', { ids: [keep] });
      return JSON.parse(node.node) as GraphNode;
    });
  }

  // ---- reads --------------------------------------------------------------------------------

  async getBriefing(id: string): Promise<BriefingMeta | undefined> {
    const [row] = await this.read((tx) => rows<{ meta: Record<string, unknown> }>(tx, 'briefing-get', { id }));
    return row && meta(row.meta);
  }

  async listBriefings(filter: BriefingFilter): Promise<BriefingMeta[]> {
    const w = dayWindow(filter.from, filter.to);
    const limit = filter.limit === undefined ? 1_000_000 : checkRange(filter.limit, 0, 1_000_000, 'limit');
    const found = await this.read((tx) =>
      rows<{ meta: Record<string, unknown> }>(tx, 'briefings-list', {
        from: w.from ?? '0000-01-01',
        to: w.to ?? '9999-12-31',
        mentions: filter.mentions ?? null,
        limit: neo4j.int(limit),
      }),
    );
    return selectBriefings(found.map((r) => meta(r.meta)), filter);
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    const unique = [...new Set(ids)];
    const found = await this.read((tx) => rows<{ id: string; node: string }>(tx, 'nodes-get', { ids: unique }));
    const byId = new Map(found.map((r) => [r.id, JSON.parse(r.node) as GraphNode]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  private async candidates(luceneQuery: string, labels: NodeLabel[] | undefined): Promise<{ node: GraphNode; mentions: number }[]> {
    const found = await this.read((tx) => rows<{ node: string; mentions: number }>(tx, 'nodes-search', { query: luceneQuery, labels: labels ?? null }));
    return found.map((r) => ({ node: JSON.parse(r.node) as GraphNode, mentions: r.mentions }));
  }

  async findByAlias(name: string): Promise<GraphNode[]> {
    const key = searchKey(name);
    if (!key) return [];
    const found = await this.candidates(luceneEscape(key), undefined);
    return found.map((c) => c.node).sort((a, b) => cmp(a.id, b.id));
  }

  async search(query: string, opts: { labels?: NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const key = searchKey(query);
    const labels = checkLabels(opts.labels);
    if (!key) return rankHits(key, [], opts);
    return rankHits(key, await this.candidates(`*${luceneEscape(key)}*`, labels), opts);
  }

  private readonly expand = async (ids: string[], types: readonly EdgeType[] | undefined, direction: Direction): Promise<GraphEdge[]> => {
    const found = await this.read((tx) =>
      rows<{ type: EdgeType; from: string; to: string; evidence: string[] }>(tx, 'edges-around', { ids, types: types ?? null, direction }),
    );
    return found.map((r) => ({ type: r.type, from: r.from, to: r.to, evidence: r.evidence.map((e) => JSON.parse(e) as Evidence) }));
  };

  async edgesOf(id: string, opts: { types?: EdgeType[]; direction: Direction }): Promise<GraphEdge[]> {
    return (await this.expand([id], opts.types, opts.direction)).sort(cmpEdges);
  }

  async traverse(id: string, opts: TraverseOptions): Promise<GraphPath[]> {
    return traversePaths(this.expand, id, opts);
  }

  async paths(from: string, to: string, opts: { maxLength: number; limit?: number; types?: EdgeType[] }): Promise<GraphPath[]> {
    return pathsBetween(this.expand, from, to, opts);
  }

  async datedNodes(filter: NodeDateFilter): Promise<GraphNode[]> {
    const w = dayWindow(filter.from, filter.to);
    const labels = checkLabels(filter.labels);
    const found = await this.read((tx) =>
      rows<{ node: string }>(tx, 'nodes-dated', {
        from: w.from ?? '0000-01-01',
        to: w.to ?? '9999-12-31',
        labels: labels ?? null,
        ids: filter.ids ?? null,
      }),
    );
    return selectDated(
      found.map((r) => JSON.parse(r.node) as GraphNode),
      filter,
    );
  }

  async stats(): Promise<{ briefings: number; nodes: number; edges: number; evidence: number }> {
    const [s] = await this.read((tx) => rows<{ briefings: number; nodes: number; edges: number; evidence: number }>(tx, 'stats'));
    return { briefings: s.briefings, nodes: s.nodes, edges: s.edges, evidence: s.evidence };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
