// The three real briefings, parsed and extracted once per test file.
import { readFileSync } from 'node:fs';
import { parseBriefing, type Briefing } from '../../src/briefing/index.js';
import { extractBriefing } from '../../src/extract/index.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../src/model/index.js';

export const FIXTURES = {
  '000': 'fixtures/briefings/000_dc3a894c5b6cdd65.txt',
  '001': 'fixtures/briefings/001_3be0362cfeeaa2b1.txt',
  '002': 'fixtures/briefings/002_9371488c945bfa01.txt',
} as const;

const cache = new Map<string, { briefing: Briefing; fragment: GraphFragment }>();

export function fixture(key: keyof typeof FIXTURES): { briefing: Briefing; fragment: GraphFragment } {
  let hit = cache.get(key);
  if (!hit) {
    const text = readFileSync(FIXTURES[key], 'utf8');
    const briefing = parseBriefing(text, { name: FIXTURES[key] });
    hit = { briefing, fragment: extractBriefing(briefing) };
    cache.set(key, hit);
  }
  return hit;
}

export function node(f: GraphFragment, id: string): GraphNode {
  const n = f.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}; have ${f.nodes.map((x) => x.id).join(', ')}`);
  return n;
}

/** Nodes having this surface form among their aliases. */
export function byAlias(f: GraphFragment, alias: string): GraphNode[] {
  return f.nodes.filter((n) => n.aliases.includes(alias));
}

export function edge(f: GraphFragment, type: GraphEdge['type'], from: string, to: string): GraphEdge | undefined {
  return f.edges.find((e) => e.type === type && e.from === from && e.to === to);
}
