// One sequence of writes and reads, recorded answer by answer, to compare two stores with toEqual.
import { extractText } from '../../src/extract/index.js';
import type { GraphStore } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { HOSTILE } from './contract-reads.js';
import { FILES, MAY8, fixtureText, may6, may6Revised, may7, may7Revised, may8 } from './fragments.js';

const PROBES = ['busan-truce', 'beijing-summit', 'chip-export-controls', 'export-controls', 'miit', 'ieepa', MAY8.id];

async function reads(s: GraphStore): Promise<unknown[]> {
  return [
    await s.stats(),
    await s.getNodes(PROBES),
    await s.listBriefings({}),
    await s.findByAlias('出口管制'),
    await s.findByAlias('ＭＩＩＴ'),
    await s.search('釜山', { limit: 10 }),
    await s.search('管制', { limit: 10 }),
    ...(await Promise.all(HOSTILE.map((q) => s.search(q, { limit: 5 })))),
    ...(await Promise.all(PROBES.map((id) => s.edgesOf(id, { direction: 'both' })))),
    await s.traverse('beijing-summit', { types: ['CONSTRAINS', 'CAUSES'], direction: 'in', depth: 3 }),
    await s.traverse('chip-export-controls', { types: ['CONSTRAINS'], direction: 'both', depth: 2 }),
    await s.paths('ieepa', 'beijing-summit', { maxLength: 4 }),
    await s.paths('itif', 'busan-truce', { maxLength: 6 }),
    await s.datedNodes({}),
    await s.datedNodes({ from: '2026-05', to: '2026-12', labels: ['Event', 'Policy'] }),
  ];
}

export async function transcript(s: GraphStore): Promise<unknown[]> {
  const out: unknown[] = [];
  out.push(await s.writeBriefing(may8()), await reads(s));
  out.push(await s.writeBriefing(may7()), await s.writeBriefing(may6()), await reads(s));
  out.push(await s.writeBriefing(may7()), await reads(s));
  out.push(await s.mergeNodes('chip-export-controls', 'export-controls'), await reads(s));
  out.push(await s.writeBriefing(may6Revised()), await s.writeBriefing(may7Revised()), await reads(s));
  out.push(await s.deleteBriefing(MAY8.id), await reads(s));
  out.push(await s.writeBriefing(may8()), await reads(s));
  return out;
}

/** The three real briefings as extraction makes them (src/extract), in file order. */
export function extractedFixtures(): GraphFragment[] {
  return Object.values(FILES).sort().map((file) => extractText(fixtureText(file), { name: file }));
}

/** Ingests the extracted fixtures and records what every node, edge list and a few questions give. */
export async function fixtureTranscript(s: GraphStore): Promise<unknown[]> {
  const fragments = extractedFixtures();
  const out: unknown[] = [];
  for (const f of fragments) out.push(await s.writeBriefing(f));
  const ids = [...new Set(fragments.flatMap((f) => f.nodes.map((n) => n.id)))].sort();
  out.push(await s.stats(), await s.getNodes(ids), await s.listBriefings({}), await s.datedNodes({}));
  for (const id of ids) out.push(await s.edgesOf(id, { direction: 'both' }));
  for (const q of ['休战', '釜山', 'AI', '出口管制', 'Reuters', '稀土']) out.push(await s.search(q, { limit: 20 }));
  out.push(await s.traverse('busan-truce', { types: ['CONSTRAINS', 'CAUSES'], direction: 'in', depth: 3 }));
  out.push(await s.traverse('busan-truce', { types: ['CONSTRAINS', 'CAUSES'], direction: 'out', depth: 3 }));
  out.push(await s.findByAlias('Busan truce'), await s.findByAlias('工信部'));
  return out;
}
