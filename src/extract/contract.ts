// The public JSON of `briefgraph extract FILE --json` (docs/extraction-format.md): the fragment
// without the briefing text and without briefing ids repeated in every evidence item.
import type { Evidence, GraphFragment, GraphNode } from '../model/index.js';

export interface ContractEvidence {
  text: string;
  start: number;
  end: number;
  sources?: string[];
  modality?: Evidence['modality'];
}

export interface ContractNode {
  id: string;
  label: GraphNode['label'];
  name: string;
  aliases: string[];
  start?: string;
  end?: string;
  endKind?: GraphNode['endKind'];
  modality?: GraphNode['modality'];
  startEvidence?: ContractEvidence;
  endEvidence?: ContractEvidence;
  observations?: { value: number; unit: string; period?: string; evidence: ContractEvidence }[];
  source?: GraphNode['source'];
}

export interface ContractJson {
  briefing: { id: string; date: string; title: string };
  nodes: ContractNode[];
  edges: { type: string; from: string; to: string; evidence: ContractEvidence[] }[];
}

function evidence(e: Evidence): ContractEvidence {
  return {
    text: e.text,
    start: e.start,
    end: e.end,
    ...(e.sources?.length ? { sources: e.sources } : {}),
    ...(e.modality ? { modality: e.modality } : {}),
  };
}

export function toContractJson(f: GraphFragment): ContractJson {
  return {
    briefing: { id: f.briefing.id, date: f.briefing.date, title: f.briefing.title },
    nodes: f.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      name: n.name,
      aliases: n.aliases,
      ...(n.start ? { start: n.start } : {}),
      ...(n.end ? { end: n.end } : {}),
      ...(n.endKind ? { endKind: n.endKind } : {}),
      ...(n.modality ? { modality: n.modality } : {}),
      ...(n.startEvidence ? { startEvidence: evidence(n.startEvidence) } : {}),
      ...(n.endEvidence ? { endEvidence: evidence(n.endEvidence) } : {}),
      ...(n.observations?.length
        ? { observations: n.observations.map((o) => ({ value: o.value, unit: o.unit, ...(o.period ? { period: o.period } : {}), evidence: evidence(o.evidence) })) }
        : {}),
      ...(n.source ? { source: n.source } : {}),
    })),
    edges: f.edges.map((e) => ({ type: e.type, from: e.from, to: e.to, evidence: e.evidence.map(evidence) })),
  };
}
