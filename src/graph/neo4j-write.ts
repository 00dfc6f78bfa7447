// How the Neo4j store changes one briefing's contribution inside one transaction: the same rules as
// the embedded store (src/graph/derive.ts), applied to the nodes and edges the briefing touches.
// Every statement is a parameterised, UNWIND-batched file from cypher/.

import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence, GraphFragment } from '../model/index.js';
import { cypher } from './cypher.js';
import {
  addContribution,
  emptySummary,
  mergeEvidence,
  summarize,
  summaryToNode,
  type BriefingContribution,
  type Contribution,
  type NodeSummary,
} from './derive.js';
import { cmp, firstDay } from './order.js';
import { normalizeName } from '../model/index.js';

export async function rows<T>(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map((r) => r.toObject() as T);
}

/** Follows merge redirects for the given ids (one query), as `resolve(id)`. */
export async function resolver(tx: ManagedTransaction, ids: Iterable<string>): Promise<(id: string) => string> {
  const found = await rows<{ from: string; to: string }>(tx, 'redirects-get', { ids: [...new Set(ids)] });
  const map = new Map(found.map((r) => [r.from, r.to]));
  return (id) => map.get(id) ?? id;
}

function nodeRow(s: NodeSummary, mentions: number): Record<string, unknown> {
  const node = summaryToNode(s);
  return {
    id: node.id,
    label: node.label,
    name: node.name,
    aliases: node.aliases,
    aliasKeys: [...new Set(node.aliases.map(normalizeName).filter(Boolean))].sort(cmp),
    start: node.start ?? null,
    end: node.end ?? null,
    startDay: node.start ? firstDay(node.start) : null,
    endDay: node.end ? firstDay(node.end) : null,
    mentions,
    node: JSON.stringify(node),
    summary: JSON.stringify(s),
  };
}

/** The briefing record as stored: metadata as properties (for Browser users), the fragment as JSON. */
function recordOf(f: GraphFragment): Record<string, unknown> {
  const b = f.briefing;
  return Object.fromEntries(
    Object.entries({ ...b, day: firstDay(b.date), fragment: JSON.stringify(f) }).filter(([, v]) => v !== undefined),
  );
}

/**
 * Replaces what briefing `briefingId` contributes: `before` (what it stated, under today's ids) by
 * `after` (undefined: the briefing goes). `fragment` is the record to keep when `after` is given.
 */
export async function reconcile(
  tx: ManagedTransaction,
  briefingId: string,
  before: BriefingContribution | undefined,
  after: { fragment: GraphFragment; contribution: BriefingContribution } | undefined,
): Promise<void> {
  const next = after?.contribution;
  const nodeIds = [...new Set([...(before?.byNode.keys() ?? []), ...(next?.byNode.keys() ?? [])])].sort(cmp);
  const current = new Map(
    (await rows<{ id: string; summary: string; mentions: number }>(tx, 'nodes-get', { ids: nodeIds })).map((r) => [r.id, r]),
  );
  // Nodes this briefing stated before are refolded from everyone else's contributions; the rest grow.
  const refold = nodeIds.filter((id) => before?.byNode.has(id));
  const others = new Map<string, { briefings: Set<string>; contributions: Contribution[] }>();
  for (const r of await rows<{ id: string; briefingId: string; contributions: string }>(tx, 'node-contributions', { ids: refold, briefingId })) {
    const o = others.get(r.id) ?? { briefings: new Set<string>(), contributions: [] };
    o.briefings.add(r.briefingId);
    o.contributions.push(...(JSON.parse(r.contributions) as Contribution[]));
    others.set(r.id, o);
  }
  const upserts: Record<string, unknown>[] = [];
  const deletes: string[] = [];
  for (const id of nodeIds) {
    const mine = next?.byNode.get(id) ?? [];
    let summary: NodeSummary;
    let mentions: number;
    if (before?.byNode.has(id)) {
      const o = others.get(id);
      summary = summarize(id, [...(o?.contributions ?? []), ...mine]);
      mentions = (o?.briefings.size ?? 0) + (mine.length ? 1 : 0);
    } else {
      const cur = current.get(id);
      summary = cur ? (JSON.parse(cur.summary) as NodeSummary) : emptySummary(id);
      for (const c of mine) addContribution(summary, c);
      mentions = (cur?.mentions ?? 0) + 1;
    }
    if (mentions === 0) deletes.push(id);
    else upserts.push(nodeRow(summary, mentions));
  }

  const edgeKeys = [...new Set([...(before?.byEdge.keys() ?? []), ...(next?.byEdge.keys() ?? [])])].sort(cmp);
  const edgeRefs = edgeKeys.map((key) => {
    const [type, from, to] = JSON.parse(key) as [string, string, string];
    return { key, type, from, to };
  });
  const currentEdges = new Map(
    (await rows<{ key: string; briefings: string[]; evidence: string[] }>(tx, 'edges-get', { edges: edgeRefs })).map((r) => [r.key, r]),
  );
  const edgeUpserts: Record<string, unknown>[] = [];
  const edgeDeletes: Record<string, unknown>[] = [];
  for (const ref of edgeRefs) {
    const cur = currentEdges.get(ref.key);
    let briefings = (cur?.briefings ?? []).filter((b) => b !== briefingId);
    let evidence = (cur?.evidence ?? []).map((e) => JSON.parse(e) as Evidence).filter((e) => e.briefingId !== briefingId);
    const mine = next?.byEdge.get(ref.key);
    if (mine) {
      briefings = [...briefings, briefingId].sort(cmp);
      evidence = mergeEvidence(evidence, mine.evidence);
    }
    if (briefings.length > 0) edgeUpserts.push({ type: ref.type, from: ref.from, to: ref.to, briefings, evidence: evidence.map((e) => JSON.stringify(e)) });
    else if (cur) edgeDeletes.push({ type: ref.type, from: ref.from, to: ref.to });
  }

  // Order matters: contributions and records first, nodes before the edges that need them,
  // edges gone before the nodes they touched.
  await tx.run(cypher('contributions-delete'), { briefingId });
  if (after) await tx.run(cypher('briefing-record-upsert'), { record: recordOf(after.fragment) });
  else await tx.run(cypher('briefing-record-delete'), { id: briefingId });
  if (upserts.length) await tx.run(cypher('nodes-upsert'), { nodes: upserts });
  if (next) {
    const contributionRows = [...next.byNode].map(([id, cs]) => ({ id, contributions: JSON.stringify(cs) }));
    await tx.run(cypher('contributions-create'), { briefingId, rows: contributionRows });
  }
  if (edgeDeletes.length) await tx.run(cypher('edges-delete'), { edges: edgeDeletes });
  if (edgeUpserts.length) await tx.run(cypher('edges-upsert'), { edges: edgeUpserts });
  if (deletes.length) await tx.run(cypher('nodes-delete'), { ids: deletes });
}
