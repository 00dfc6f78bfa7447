// The four questions the benchmark times, each in two forms: as GraphQL over HTTP (what a client
// pays) and as the direct query-layer / GraphStore call the resolver makes (what the graph costs).
import { checkDraft, constraintsOn, timeline } from '../src/api/queries/index.js';
import { extractText } from '../src/extract/index.js';
import type { GraphStore } from '../src/graph/index.js';
import type { GraphFragment } from '../src/model/index.js';

export const QUERY_NAMES = ['timeline', 'lookup', 'constraintsOn', 'checkDraft'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** What each question asks about, chosen from the ingested corpus (see chooseTargets). */
export interface Targets {
  /** The month before and half a year after the newest briefing: what a reader of today's briefing asks. */
  timeline: { from: string; to: string; asOf: string };
  /** Names people look up, Chinese and English. */
  lookup: string[];
  /** The node most CONSTRAINS edges point at, asked at depth 3. */
  constraintsOn: string;
  /** Drafts not in the store. */
  checkDraft: { text: string; date: string }[];
}

export const GRAPHQL: Record<QueryName, string> = {
  timeline: `query($from: String, $to: String, $asOf: String) {
    timeline(from: $from, to: $to, asOf: $asOf) { date endDate kind upcoming node { id label name } evidence { text } }
  }`,
  lookup: `query($name: String!) { lookup(name: $name) { id label name aliases start end } }`,
  constraintsOn: `query($id: ID!) {
    constraintsOn(id: $id, depth: 3) { length nodes { id name } edges { type from { id } to { id } evidence { text } } }
  }`,
  checkDraft: `query($text: String!, $date: String) {
    checkDraft(text: $text, date: $date) { newNodes newEdges nodes { name isNew coveredBy { briefing { id date } } } }
  }`,
};

/** The variables of the i-th call of a question (calls cycle through the targets). */
export function variables(q: QueryName, t: Targets, i: number): Record<string, unknown> {
  switch (q) {
    case 'timeline':
      return t.timeline;
    case 'lookup':
      return { name: t.lookup[i % t.lookup.length] };
    case 'constraintsOn':
      return { id: t.constraintsOn };
    case 'checkDraft':
      return t.checkDraft[i % t.checkDraft.length];
  }
}

/** The call the resolver makes, without GraphQL, HTTP or serialisation. */
export async function direct(store: GraphStore, q: QueryName, t: Targets, i: number): Promise<number> {
  switch (q) {
    case 'timeline':
      return (await timeline(store, { ...t.timeline, limit: 500 })).length;
    case 'lookup':
      return (await store.findByAlias(t.lookup[i % t.lookup.length])).length;
    case 'constraintsOn':
      return (await constraintsOn(store, t.constraintsOn, 3)).length;
    case 'checkDraft': {
      const d = t.checkDraft[i % t.checkDraft.length];
      return (await checkDraft(store, extractText, d.text, d.date)).nodes.length;
    }
  }
}

const LOOKUP_NAMES = ['特朗普', 'Trump', '工信部', '釜山休战', 'Busan truce', '商务部', 'Reuters', 'ITIF', '稀土', 'PMI'];

/** Collects, fragment by fragment, what the questions will ask about. */
export class TargetsBuilder {
  private newest = '0000-00-00';
  private readonly constrainedBy = new Map<string, Set<string>>();

  add(f: GraphFragment): void {
    if (f.briefing.date > this.newest) this.newest = f.briefing.date;
    for (const e of f.edges) {
      if (e.type !== 'CONSTRAINS') continue;
      const s = this.constrainedBy.get(e.to) ?? new Set<string>();
      s.add(e.from);
      this.constrainedBy.set(e.to, s);
    }
  }

  build(drafts: { text: string; date: string }[]): Targets {
    const hub = [...this.constrainedBy].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0];
    if (!hub) throw new Error('the corpus states no CONSTRAINS edge: nothing to ask constraintsOn about');
    return {
      timeline: { from: addDays(this.newest, -30), to: addDays(this.newest, 180), asOf: this.newest },
      lookup: LOOKUP_NAMES,
      constraintsOn: hub[0],
      checkDraft: drafts,
    };
  }
}

export function chooseTargets(fragments: Iterable<GraphFragment>, drafts: { text: string; date: string }[]): Targets {
  const b = new TargetsBuilder();
  for (const f of fragments) b.add(f);
  return b.build(drafts);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
