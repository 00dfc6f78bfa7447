// What a store accepts: a fragment whose every fact is anchored in its own briefing's text.
// Checked once, before anything is written, so a bad fragment changes nothing in either store.

import { InputError } from '../errors.js';
import {
  EDGE_TYPES,
  NODE_LABELS,
  SEMANTIC_EDGE_TYPES,
  type EdgeType,
  type Evidence,
  type GraphFragment,
  type GraphNode,
  type NodeLabel,
} from '../model/index.js';
import { isIsoDate } from './order.js';

const MODALITIES = ['reported', 'expected', 'possible'];

function fail(message: string, field: string): never {
  throw new InputError(message, field);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function checkEvidence(ev: Evidence, f: GraphFragment, where: string, ids?: Set<string>): void {
  const b = f.briefing;
  if (ev.briefingId !== b.id) fail(`${where}: evidence names briefing '${ev.briefingId}', not '${b.id}'`, 'evidence');
  if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.end > b.text.length || ev.start >= ev.end)
    fail(`${where}: evidence offsets ${ev.start}..${ev.end} are outside the briefing text`, 'evidence');
  if (b.text.slice(ev.start, ev.end) !== ev.text)
    fail(`${where}: evidence text is not the briefing text at ${ev.start}..${ev.end}: '${ev.text.slice(0, 40)}'`, 'evidence');
  if (ev.modality !== undefined && !MODALITIES.includes(ev.modality)) fail(`${where}: unknown modality '${ev.modality}'`, 'evidence');
  if (ev.sources !== undefined && !(Array.isArray(ev.sources) && ev.sources.every(nonEmptyString)))
    fail(`${where}: evidence sources must be node ids`, 'evidence');
  for (const s of ev.sources ?? []) if (ids && !ids.has(s)) fail(`${where}: evidence cites '${s}', which is not a node of the fragment`, 'evidence');
}

function checkNode(n: GraphNode, f: GraphFragment, i: number, ids: Set<string>): void {
  const where = `node ${i} ('${String(n?.id)}')`;
  if (!n || !nonEmptyString(n.id)) fail(`node ${i} has no id`, 'nodes');
  if (!NODE_LABELS.includes(n.label as NodeLabel)) fail(`${where}: unknown label '${String(n.label)}'`, 'nodes');
  if (!nonEmptyString(n.name)) fail(`${where}: has no name`, 'nodes');
  if (!Array.isArray(n.aliases) || !n.aliases.every((a) => typeof a === 'string')) fail(`${where}: aliases must be strings`, 'nodes');
  if (n.start !== undefined && !isIsoDate(n.start)) fail(`${where}: start '${n.start}' is not an ISO date`, 'nodes');
  if (n.end !== undefined && !isIsoDate(n.end)) fail(`${where}: end '${n.end}' is not an ISO date`, 'nodes');
  if (n.modality !== undefined && !MODALITIES.includes(n.modality)) fail(`${where}: unknown modality '${n.modality}'`, 'nodes');
  if (n.startEvidence) checkEvidence(n.startEvidence, f, `${where} start`, ids);
  if (n.endEvidence) checkEvidence(n.endEvidence, f, `${where} end`, ids);
  for (const o of n.observations ?? []) {
    if (typeof o.value !== 'number' || !Number.isFinite(o.value) || !nonEmptyString(o.unit))
      fail(`${where}: an observation needs a finite value and a unit`, 'nodes');
    if (o.period !== undefined && !isIsoDate(o.period)) fail(`${where}: observation period '${o.period}' is not an ISO date`, 'nodes');
    checkEvidence(o.evidence, f, `${where} observation`, ids);
  }
}

/**
 * Checks a fragment and returns the form both stores keep: the briefing's own node added when the
 * fragment lacks it (edges such as MENTIONS start there, and every edge end must be a node).
 */
export function normalizeFragment(f: GraphFragment): GraphFragment {
  if (!f || typeof f !== 'object') fail('a fragment needs briefing, nodes and edges', 'fragment');
  const b = f.briefing;
  if (!b || !nonEmptyString(b.id)) fail('the briefing has no id', 'briefing.id');
  if (!isIsoDate(b.date)) fail(`briefing '${b.id}': date '${String(b.date)}' is not an ISO date`, 'briefing.date');
  if (typeof b.title !== 'string') fail(`briefing '${b.id}' has no title`, 'briefing.title');
  if (!nonEmptyString(b.contentHash)) fail(`briefing '${b.id}' has no contentHash`, 'briefing.contentHash');
  if (typeof b.text !== 'string') fail(`briefing '${b.id}' has no text`, 'briefing.text');
  if (!Array.isArray(f.nodes) || !Array.isArray(f.edges)) fail(`briefing '${b.id}': nodes and edges must be arrays`, 'fragment');

  const nodes = [...f.nodes];
  if (!nodes.some((n) => n?.id === b.id)) {
    const title = b.title || b.id;
    nodes.push({ id: b.id, label: 'Briefing', name: title, aliases: [title] });
  }
  const ids = new Set(nodes.map((n) => n?.id));
  f.nodes.forEach((n, i) => checkNode(n, f, i, ids));
  f.edges.forEach((e, i) => {
    const where = `edge ${i} (${String(e?.type)} ${String(e?.from)} → ${String(e?.to)})`;
    if (!EDGE_TYPES.includes(e.type as EdgeType)) fail(`${where}: unknown edge type`, 'edges');
    if (!ids.has(e.from) || !ids.has(e.to)) fail(`${where}: both ends must be nodes of the fragment`, 'edges');
    if (!Array.isArray(e.evidence)) fail(`${where}: evidence must be an array`, 'edges');
    if (SEMANTIC_EDGE_TYPES.includes(e.type) && e.evidence.length === 0) fail(`${where}: a ${e.type} edge needs evidence`, 'edges');
    e.evidence.forEach((ev) => checkEvidence(ev, f, where, ids));
  });
  return { briefing: { ...b }, nodes, edges: f.edges };
}

export function checkId(id: unknown, field: string): string {
  if (!nonEmptyString(id)) fail(`${field} must be a non-empty id`, field);
  return id;
}

export function checkRange(n: unknown, lo: number, hi: number, field: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) fail(`${field} must be an integer in ${lo}..${hi}, got ${String(n)}`, field);
  return n;
}
