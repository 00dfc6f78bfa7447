// `briefgraph extract FILE [--json] [--date YYYY-MM-DD]`: extract one briefing, store nothing.
// --json prints the public contract (docs/extraction-format.md); without it, a readable summary.
import { readBriefingFile } from '../briefing/index.js';
import { extractText, toContractJson } from '../extract/index.js';
import type { GraphFragment, GraphNode } from '../model/index.js';

export async function extractCommand(file: string, opts: { json?: boolean; date?: string }): Promise<void> {
  const text = await readBriefingFile(file);
  const fragment = extractText(text, { name: file.split(/[\\/]/).pop(), ...(opts.date ? { date: opts.date } : {}) });
  process.stdout.write(opts.json ? `${JSON.stringify(toContractJson(fragment), null, 1)}\n` : summary(fragment));
}

function dates(n: GraphNode): string {
  const parts = [n.start && `from ${n.start}`, n.end && `${n.endKind === 'expires' ? 'expires' : 'to'} ${n.end}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Counts, nodes by label, then every semantic edge with the sentence behind it. */
export function summary(f: GraphFragment): string {
  const lines: string[] = [];
  const names = new Map(f.nodes.map((n) => [n.id, n.name]));
  const semantic = f.edges.filter((e) => e.type !== 'MENTIONS' && e.type !== 'CITES');
  lines.push(`${f.briefing.id}  ${f.briefing.date}  ${f.briefing.title}`);
  lines.push(`${f.nodes.length} nodes, ${f.edges.length} edges (${semantic.length} with evidence sentences)`, '');
  const byLabel = new Map<string, GraphNode[]>();
  for (const n of f.nodes) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n]);
  for (const [label, nodes] of [...byLabel].sort()) {
    lines.push(`${label} (${nodes.length})`);
    for (const n of nodes) lines.push(`  ${n.name}${dates(n)}`);
  }
  lines.push('', 'Edges');
  for (const e of semantic) {
    lines.push(`  ${names.get(e.from) ?? e.from} -${e.type}-> ${names.get(e.to) ?? e.to}`);
    for (const ev of e.evidence) lines.push(`      “${ev.text.replace(/\s+/g, ' ')}”${ev.modality && ev.modality !== 'reported' ? ` [${ev.modality}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
