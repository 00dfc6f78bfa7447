// The articles a briefing cites: one Source node per reference entry (named by its title, cut to a
// fit name; the full title and "Outlet: Title" stay aliases), ISSUED_BY its outlet's Organization
// (never a bare number) with the reference line as evidence, and CITED by the briefing. Earlier
// issues of the same series that the text names (新质生产力每日动态 5 月 6 日) are cited too.
import { briefingId, canonicalOutlet, outletKey, type Briefing } from '../briefing/index.js';
import { nodeId, type Evidence, type GraphNode } from '../model/index.js';
import type { TemporalExpression } from './dates.js';
import { lexicon } from './lexicon.js';
import { cleanName } from './names.js';
import type { NodeTable } from './nodes.js';
import { tidy } from './text.js';

export interface SourceIndex {
  /** Source node id per reference (same order as briefing.references). */
  byRef: string[];
  /** Organisation node id per outlet name (folded), for 据 Reuters 报道. */
  outletIds: Set<string>;
  /** Reference line evidence per Source node id. */
  lines: Map<string, Evidence>;
  /** Source → outlet pairs. */
  issuedBy: [string, string][];
}

export function outletNode(table: NodeTable, outlet: string): string {
  const entry = lexicon().lookup(outlet) ?? lexicon().lookup(outlet.replace(/\s*[（(].*$/, ''));
  return entry ? table.upsert(entry.name, entry.label, [tidy(outlet)]) : table.upsert(cleanName(outlet), 'Organization');
}

export function buildSources(b: Briefing, table: NodeTable): SourceIndex {
  const index: SourceIndex = { byRef: [], outletIds: new Set(), lines: new Map(), issuedBy: [] };
  for (const r of b.references) {
    const title = r.title ? tidy(r.title) : undefined;
    const name = cleanName(title ?? `${r.outlet} ${r.date ?? ''}`);
    // Untitled entries of one outlet and day are told apart by their links (two Reuters pieces of 6 月 2 日).
    // One article listed twice, once as 路透社 and once as Reuters, is one Source.
    const id = nodeId(`${canonicalOutlet(r.outlet)} ${title ?? (r.url && r.date ? `${r.date} ${r.url}` : (r.url ?? r.date ?? r.index))}`);
    let node = table.nodes.get(id);
    if (!node) {
      node = { id, label: 'Source', name, aliases: [name] } satisfies GraphNode;
      table.nodes.set(id, node);
    }
    for (const a of [title, title && `${r.outlet}: ${title}`]) if (a && !node.aliases.includes(a)) node.aliases.push(a);
    node.source = { outlet: r.outlet, ...(r.date && { date: r.date }), ...(title && { title }), ...(r.url && { url: r.url }), ...(r.purpose && { purpose: r.purpose }) };
    if (r.date) node.start ??= r.date;
    const line: Evidence = { briefingId: b.id, text: r.raw.text, start: r.raw.start, end: r.raw.end };
    if (r.date) node.startEvidence ??= line;
    index.byRef.push(id);
    index.lines.set(id, line);
    // 《Title》 with no outlet: nothing issued it that the text names.
    if (/\p{L}/u.test(r.outlet)) {
      const outlet = outletNode(table, r.outlet);
      index.outletIds.add(outlet);
      index.issuedBy.push([id, outlet]);
    }
    // 南国都市报（新华社）: the agency the outlet carried the story from is named too; 上海有色网（SMM）
    // and 路透社（Reuters） only give the outlet's other name. A note (路透社（转引 CGTN）) never gets
    // this far: the briefing stage leaves it out of the outlet.
    const carried = /^(.*?)\s*[（(]([^（）()]{2,30})[)）]\s*$/.exec(r.outlet);
    if (carried && isOtherOutlet(carried[1], carried[2])) {
      const agency = outletNode(table, carried[2]);
      index.outletIds.add(agency);
      index.issuedBy.push([id, agency]);
    }
  }
  return index;
}

function isOtherOutlet(outer: string, inner: string): boolean {
  if (outletKey(inner) === outletKey(outer)) return false;
  if (outletKey(inner).startsWith('group:')) return true;
  // 新华网（北京）: a place in brackets is where the story was filed, not who carried it.
  const known = lexicon().lookup(inner);
  return known ? known.label === 'Organization' : /\p{Script=Han}/u.test(inner);
}

/** Ids of earlier briefings of the same series the text names with a date (本刊 5 月 6 日 …). */
export function earlierBriefings(b: Briefing, expressions: TemporalExpression[], from: number, to: number): { id: string; at: number }[] {
  const out: { id: string; at: number }[] = [];
  const title = b.title.trim();
  if (title.length < 4) return out;
  for (let at = b.text.indexOf(title, from); at >= 0 && at < to; at = b.text.indexOf(title, at + title.length)) {
    const x = expressions.find((x) => Math.abs(x.start - (at + title.length)) <= 12 || Math.abs(at - x.end) <= 12);
    if (x && x.value.start.length === 10 && x.value.start < b.date) out.push({ id: briefingId(x.value.start, title), at });
  }
  return out;
}
