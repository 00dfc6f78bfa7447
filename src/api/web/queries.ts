// The GraphQL documents the page sends (schema.graphql is the contract) and the shapes they return.
// Kept together so a schema change is checked against one file.

export const NODE_LABELS = [
  'Event',
  'Policy',
  'Organization',
  'Person',
  'Place',
  'Product',
  'Indicator',
  'Concept',
  'Source',
  'Briefing',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type EdgeType = 'MENTIONS' | 'CITES' | 'CAUSES' | 'CONSTRAINS' | 'INVOLVES' | 'ISSUED_BY' | 'PART_OF';
export type Modality = 'reported' | 'expected' | 'possible';
export type TimelineKind = 'occurred' | 'published' | 'starts' | 'ends' | 'expires';

export interface NodeRef {
  id: string;
  label: NodeLabel;
  name: string;
}
export interface BriefingRef {
  id: string;
  date: string;
  title: string;
}
export interface SourceInfo {
  id: string;
  outlet: string;
  date: string | null;
  title: string | null;
  url: string | null;
  purpose: string | null;
}
export interface EvidenceInfo {
  text: string;
  modality: Modality | null;
  briefing: BriefingRef;
  sources: SourceInfo[];
}
export interface EdgeInfo {
  type: EdgeType;
  from: NodeRef;
  to: NodeRef;
  evidence: EvidenceInfo[];
}
export interface PathInfo {
  nodes: NodeRef[];
  edges: EdgeInfo[];
  length: number;
}

const FRAGMENTS = /* GraphQL */ `
  fragment NodeRef on Node { id label name }
  fragment BriefingRef on Briefing { id date title }
  fragment SourceInfo on Source { id outlet date title url purpose }
  fragment EvidenceInfo on Evidence {
    text modality
    briefing { ...BriefingRef }
    sources { ...SourceInfo }
  }
  fragment EdgeInfo on Edge {
    type
    from { ...NodeRef }
    to { ...NodeRef }
    evidence { ...EvidenceInfo }
  }
`;

/** Appends only the fragments a document uses: GraphQL rejects unused fragment definitions. */
function doc(body: string): string {
  const defs = FRAGMENTS.split(/(?=fragment )/).filter((f) => f.trim());
  const needed = new Set<string>();
  const visit = (src: string): void => {
    for (const m of src.matchAll(/\.\.\.(\w+)/g)) {
      const name = m[1];
      if (needed.has(name)) continue;
      needed.add(name);
      const def = defs.find((d) => d.startsWith(`fragment ${name} `));
      if (def) visit(def);
    }
  };
  visit(body);
  return [body, ...defs.filter((d) => needed.has(d.split(' ')[1]))].join('\n');
}

export const FIND_NODE = doc(`
  query FindNode($name: String!) {
    lookup(name: $name) { ...NodeRef aliases }
    search(query: $name, limit: 8) { score node { ...NodeRef aliases } }
  }
`);
export interface FoundNode extends NodeRef {
  aliases: string[];
}
export interface FindNodeResult {
  lookup: FoundNode[];
  search: { score: number; node: FoundNode }[];
}

export const NODE_NAME = doc(`query NodeName($id: ID!) { node(id: $id) { ...NodeRef aliases } }`);
export interface NodeNameResult {
  node: FoundNode | null;
}

export const TIMELINE = doc(`
  query Timeline($from: String, $to: String, $about: ID, $labels: [NodeLabel!], $asOf: String) {
    timeline(from: $from, to: $to, about: $about, labels: $labels, asOf: $asOf) {
      date endDate kind upcoming modality
      node { ...NodeRef expires }
      evidence { ...EvidenceInfo }
      briefing { ...BriefingRef }
    }
  }
`);
export interface TimelineItem {
  date: string;
  endDate: string | null;
  kind: TimelineKind;
  upcoming: boolean;
  modality: Modality | null;
  node: NodeRef & { expires: boolean };
  evidence: EvidenceInfo | null;
  briefing: BriefingRef | null;
}
export interface TimelineResult {
  timeline: TimelineItem[];
}

export const NODE_DETAIL = doc(`
  query NodeDetail($id: ID!) {
    node(id: $id) {
      ...NodeRef aliases start end expires modality
      source { ...SourceInfo }
      observations { value unit period evidence { ...EvidenceInfo } }
      mentionedIn { ...BriefingRef }
      relations { ...EdgeInfo }
    }
  }
`);
export interface NodeDetail extends NodeRef {
  aliases: string[];
  start: string | null;
  end: string | null;
  expires: boolean;
  modality: Modality | null;
  source: SourceInfo | null;
  observations: { value: number; unit: string; period: string | null; evidence: EvidenceInfo }[];
  mentionedIn: BriefingRef[];
  relations: EdgeInfo[];
}
export interface NodeDetailResult {
  node: NodeDetail | null;
}

export const BRIEFING_DETAIL = doc(`
  query BriefingDetail($id: ID!) {
    briefing(id: $id) {
      ...BriefingRef name summary
      sources { ...SourceInfo }
      nodes { ...NodeRef }
      cites { ...BriefingRef }
    }
  }
`);
export interface BriefingDetail extends BriefingRef {
  name: string | null;
  summary: string | null;
  sources: SourceInfo[];
  nodes: NodeRef[];
  cites: BriefingRef[];
}
export interface BriefingDetailResult {
  briefing: BriefingDetail | null;
}

/** The three dependency questions, each a query field over paths. */
export const DEPENDENCY_QUESTIONS = {
  constraints: { field: 'constraintsOn', ask: 'What constrains', edges: 'CONSTRAINS edges leading into it' },
  causes: { field: 'causesOf', ask: 'What causes', edges: 'CAUSES edges leading into it' },
  effects: { field: 'effectsOf', ask: 'What follows from', edges: 'CAUSES / CONSTRAINS edges leading out of it' },
} as const;
export type DependencyQuestion = keyof typeof DEPENDENCY_QUESTIONS;

export function dependencyQuery(q: DependencyQuestion): string {
  const field = DEPENDENCY_QUESTIONS[q].field;
  return doc(`
    query Dependencies($id: ID!, $depth: Int) {
      paths: ${field}(id: $id, depth: $depth) {
        length
        nodes { ...NodeRef }
        edges { ...EdgeInfo }
      }
    }
  `);
}
export interface DependencyResult {
  paths: PathInfo[];
}

export const CHECK_DRAFT = doc(`
  query CheckDraft($text: String!, $date: String) {
    checkDraft(text: $text, date: $date) {
      nodes {
        name label isNew
        node { ...NodeRef }
        coveredBy { briefing { ...BriefingRef } sentences { text } }
      }
      edges {
        type fromName toName text isNew
        edge { ...EdgeInfo }
      }
      sources {
        outlet title date isNew
        source { id url }
        citedBy { ...BriefingRef }
      }
      newNodes
      newEdges
    }
  }
`);
export interface DraftCheck {
  nodes: {
    name: string;
    label: NodeLabel;
    isNew: boolean;
    node: NodeRef | null;
    coveredBy: { briefing: BriefingRef; sentences: { text: string }[] }[];
  }[];
  edges: { type: EdgeType; fromName: string; toName: string; text: string; isNew: boolean; edge: EdgeInfo | null }[];
  sources: {
    outlet: string;
    title: string | null;
    date: string | null;
    isNew: boolean;
    source: Pick<SourceInfo, 'id' | 'url'> | null;
    citedBy: BriefingRef[];
  }[];
  newNodes: string[];
  newEdges: string[];
}
export interface CheckDraftResult {
  checkDraft: DraftCheck;
}

export const PATHS_BETWEEN = doc(`
  query PathsBetween($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 4) {
      length
      nodes { ...NodeRef }
      edges { ...EdgeInfo }
    }
  }
`);
export interface PathsBetweenResult {
  paths: PathInfo[];
}
