// The graph model: the vocabulary every stage shares. `extract` produces it, `graph` stores it,
// `api` serves it. It lives in a leaf module of its own so that producer and consumer both
// depend on it and never on each other (text → Briefing → GraphFragment → GraphStore → API).

export const NODE_LABELS = [
  'Briefing',
  'Source',
  'Person',
  'Organization',
  'Place',
  'Event',
  'Policy',
  'Product',
  'Indicator',
  'Concept',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const EDGE_TYPES = ['MENTIONS', 'CITES', 'CAUSES', 'CONSTRAINS', 'INVOLVES', 'ISSUED_BY', 'PART_OF'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Edges that state something about the world and therefore must carry evidence sentences. */
export const SEMANTIC_EDGE_TYPES: readonly EdgeType[] = ['CAUSES', 'CONSTRAINS', 'INVOLVES', 'ISSUED_BY', 'PART_OF'];

/**
 * How a sentence states a fact: as reported (the default), as expected (预计/将/计划/拟/scheduled),
 * or as merely possible (可能/或/有望/考虑/may).
 */
export type Modality = 'reported' | 'expected' | 'possible';

/** An ISO date of the precision known: `2026`, `2026-11`, `2026-11-10`. */
export type IsoDate = string;

/** Where a fact came from: a sentence of one briefing, with its character offsets. */
export interface Evidence {
  briefingId: string;
  /** The exact sentence, a substring of the briefing text: text === briefingText.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Ids of the Source nodes this sentence (or its paragraph) cites. */
  sources?: string[];
  modality?: Modality;
}

/** A number stated for an indicator or product: "PMI 50.3", "exports +19.4% y/y", "1.2 M wafers a month". */
export interface Observation {
  value: number;
  /** e.g. 'index', '%', '% y/y', 'USD', 'CNY', 'wafers/month', 'people'. */
  unit: string;
  /** The period the value is for, as an IsoDate (`2026-04`, `2026-01..2026-03` is written as start `2026-01`). */
  period?: IsoDate;
  evidence: Evidence;
}

/** Whether a node's end is an ordinary end or an expiry / deadline (到期, expires, deadline). */
export type EndKind = 'ends' | 'expires';

export interface GraphNode {
  /** Stable id derived from the canonical name (see `nodeId`), so re-ingest is idempotent. */
  id: string;
  label: NodeLabel;
  /** Canonical name, English where one is known. */
  name: string;
  /** Every surface form seen, Chinese and English, including `name`. */
  aliases: string[];
  start?: IsoDate;
  end?: IsoDate;
  endKind?: EndKind;
  /** The sentence that stated `start` / `end`. */
  startEvidence?: Evidence;
  endEvidence?: Evidence;
  /** Whether the dated fact is reported, expected (scheduled) or only possible. */
  modality?: Modality;
  observations?: Observation[];
  /** Source nodes only: the cited article. */
  source?: SourceInfo;
}

export interface SourceInfo {
  outlet: string;
  date?: IsoDate;
  title?: string;
  url?: string;
  /** What the briefing used it for (用途). */
  purpose?: string;
}

export interface GraphEdge {
  type: EdgeType;
  from: string;
  to: string;
  /** One per sentence stating the edge; MENTIONS and CITES may carry none. */
  evidence: Evidence[];
}

export interface BriefingMeta {
  id: string;
  date: IsoDate;
  title: string;
  summary?: string;
  /** File name or caller-given name the text came in under. */
  name?: string;
  /** sha256 of the text: an unchanged re-ingest is recognised and changes nothing. */
  contentHash: string;
  /** The whole text, so evidence offsets can be checked and sentences shown in context. */
  text: string;
}

/** What extraction makes of one briefing and what a store writes in one transaction. */
export interface GraphFragment {
  briefing: BriefingMeta;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Normalises a name for alias lookup: NFKC (full-width → half-width), lower case, no spaces/punctuation. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * The node id for a canonical name: the same thing gets the same id in every briefing.
 * Labels are left out on purpose: 釜山休战 is an Event in one briefing and a Policy in another,
 * and must still be one node.
 */
export function nodeId(canonicalName: string): string {
  const n = canonicalName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return n || 'node';
}
export { isIsoDate, firstDay, lastDay } from './dates.js';
