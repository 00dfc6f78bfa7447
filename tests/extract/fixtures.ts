// The three real briefings, parsed and extracted once per test file.
import { readFileSync } from 'node:fs';
import { parseBriefing, type Briefing } from '../../src/briefing/index.js';
import { extractBriefing, extractText } from '../../src/extract/index.js';
import { sentenceMentions } from '../../src/extract/mentions.js';
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

// Helpers for specs written as a few real sentences rather than a whole fixture briefing.

/** The node having this name or alias. */
export const named = (f: GraphFragment, name: string): GraphNode | undefined =>
  f.nodes.find((n) => n.name === name || n.aliases.includes(name));

/** Whether an edge of this type joins the nodes named `from` and `to`. */
export const has = (f: GraphFragment, type: string, from: string, to: string): boolean =>
  f.edges.some((e) => e.type === type && e.from === named(f, from)?.id && e.to === named(f, to)?.id);

/** The edges that state something (all but MENTIONS and CITES). */
export const semantic = (f: GraphFragment): GraphEdge[] => f.edges.filter((e) => e.type !== 'MENTIONS' && e.type !== 'CITES');

/** A few paragraphs under the series' masthead and a dateline (`2025 年 8 月 15 日`). */
export const dailyBriefing = (dateline: string, ...paragraphs: string[]): GraphFragment =>
  extractText(`新质生产力每日动态\n\n${dateline}\n\n${paragraphs.join('\n\n')}\n`, { name: 'daily' });

/** The top-level mentions of one sentence as [name, label] pairs. */
export function found(sentence: string): [string, string][] {
  return sentenceMentions(sentence, 0, sentence.length, false)
    .filter((m) => !m.nested && !m.anaphorHead)
    .map((m) => [m.name, m.label]);
}

/** The semantic edges of a text as "TYPE from -> to" with node names. */
export function edgeLines(text: string, date: string): string[] {
  const f = extractText(text, { date });
  const name = new Map(f.nodes.map((n) => [n.id, n.name]));
  return semantic(f).map((e) => `${e.type} ${name.get(e.from)} -> ${name.get(e.to)}`);
}
