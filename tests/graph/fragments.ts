// Fragments for the store contract, built by hand from REAL sentences of fixtures/briefings/*.txt:
// every evidence is found in the briefing text by a snippet and widened to its whole sentence,
// so offsets are true and the store's evidence check holds them to it.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EdgeType, Evidence, GraphFragment, GraphNode } from '../../src/model/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/briefings/', import.meta.url));

export const FILES = {
  may6: '002_9371488c945bfa01.txt',
  may7: '001_3be0362cfeeaa2b1.txt',
  may8: '000_dc3a894c5b6cdd65.txt',
} as const;

export function fixtureText(file: string): string {
  return readFileSync(FIXTURES + file, 'utf8');
}

export interface BriefingSpec {
  id: string;
  date: string;
  title: string;
  text: string;
}

/** The whole sentence of `text` that contains `snippet` (ends at 。！？ or a line break). */
export function sentence(b: BriefingSpec, snippet: string): Evidence {
  const at = b.text.indexOf(snippet);
  if (at < 0) throw new Error(`fixture ${b.id} has no sentence containing '${snippet}'`);
  const before = b.text.slice(0, at);
  const start = Math.max(...['。', '！', '？', '\n'].map((c) => before.lastIndexOf(c) + 1));
  const after = b.text.slice(at + snippet.length);
  const stops = ['。', '！', '？'].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  const newline = after.indexOf('\n');
  const stop = Math.min(...stops, newline < 0 ? after.length : newline);
  const end = at + snippet.length + stop + (stops.includes(stop) ? 1 : 0);
  let from = start;
  while (/\s/.test(b.text[from])) from++;
  return { briefingId: b.id, text: b.text.slice(from, end), start: from, end };
}

export type NodeSpec = Omit<GraphNode, 'startEvidence' | 'endEvidence' | 'aliases'> & {
  aliases?: string[];
  /** Snippets of the sentences stating start / end. */
  startSaid?: string;
  endSaid?: string;
};

export interface EdgeSpec {
  type: EdgeType;
  from: string;
  to: string;
  said: string[];
  sources?: string[];
}

/** A fragment as extraction would hand it over: every node MENTIONED by the briefing. */
export function fragment(b: BriefingSpec, allNodes: NodeSpec[], allEdges: EdgeSpec[], omit: string[] = []): GraphFragment {
  const nodes = allNodes.filter((n) => !omit.includes(n.id));
  const edges = allEdges.filter((e) => !omit.includes(e.from) && !omit.includes(e.to));
  return {
    briefing: { id: b.id, date: b.date, title: b.title, contentHash: createHash('sha256').update(b.text).digest('hex'), text: b.text },
    nodes: nodes.map(({ startSaid, endSaid, aliases, ...n }) => ({
      ...n,
      aliases: aliases ?? [n.name],
      ...(startSaid ? { startEvidence: sentence(b, startSaid) } : {}),
      ...(endSaid ? { endEvidence: sentence(b, endSaid) } : {}),
    })),
    edges: [
      ...nodes.map((n) => ({ type: 'MENTIONS' as const, from: b.id, to: n.id, evidence: [] })),
      ...edges.map((e) => ({
        type: e.type,
        from: e.from,
        to: e.to,
        evidence: e.said.map((s) => ({ ...sentence(b, s), ...(e.sources ? { sources: e.sources } : {}) })),
      })),
    ],
  };
}

// ---- the three briefings, as the contract uses them ---------------------------------------

export const MAY6: BriefingSpec = { id: '2026-05-06-xinzhi', date: '2026-05-06', title: '新质生产力每日动态 2026-05-06', text: fixtureText(FILES.may6) };
export const MAY7: BriefingSpec = { id: '2026-05-07-xinzhi', date: '2026-05-07', title: '新质生产力每日动态 2026-05-07', text: fixtureText(FILES.may7) };
export const MAY8: BriefingSpec = { id: '2026-05-08-xinzhi', date: '2026-05-08', title: '新质生产力每日动态 2026-05-08', text: fixtureText(FILES.may8) };

/** 7 May: the truce (2025-10 .. 2026-11), MIIT's rare-earth draft, the IEEPA ruling and the tariff rebuild. */
export function may7(b: BriefingSpec = MAY7, omit: string[] = []): GraphFragment {
  return fragment(
    b,
    [
      { id: 'busan-truce', label: 'Event', name: 'Busan truce', aliases: ['釜山贸易休战', '釜山休战', 'Busan truce'], start: '2025-10', startSaid: '核心目标是维持去年 10 月釜山贸易休战', end: '2026-11', endSaid: '将于 2026 年 11 月到期', endKind: 'expires', modality: 'expected' },
      { id: 'busan', label: 'Place', name: 'Busan', aliases: ['釜山', 'Busan'] },
      { id: 'busan-apec', label: 'Event', name: 'APEC Busan meeting', aliases: ['釜山 APEC 会议'], start: '2025-10', startSaid: '去年 10 月釜山 APEC 会议期间' },
      { id: 'miit', label: 'Organization', name: 'MIIT', aliases: ['工信部', '工业和信息化部', 'MIIT'] },
      { id: 'rare-earth-draft', label: 'Policy', name: 'rare-earth processing rules (draft)', aliases: ['稀土生产加工监管框架草案'], start: '2026-04-29', startSaid: '中国工信部 4 月 29 日发布稀土生产加工监管框架草案' },
      { id: 'chip-export-controls', label: 'Policy', name: 'chip export controls', aliases: ['芯片出口管制'] },
      { id: 'rare-earth-export-controls', label: 'Policy', name: 'rare-earth export controls', aliases: ['稀土出口限制'] },
      { id: 'ieepa', label: 'Policy', name: 'IEEPA', aliases: ['IEEPA', '国际紧急经济权力法'] },
      { id: 'ieepa-ruling', label: 'Event', name: 'IEEPA ruling', aliases: ['最高法院 IEEPA 裁决'], start: '2026-02-20', startSaid: '美国最高法院于 2026 年 2 月 20 日' },
      { id: 'tariff-rebuild', label: 'Event', name: 'tariff rebuild', aliases: ['重建关税体系'] },
      { id: 'beijing-summit', label: 'Event', name: 'Trump–Xi Beijing summit', aliases: ['峰会'] },
    ],
    [
      { type: 'ISSUED_BY', from: 'rare-earth-draft', to: 'miit', said: ['中国工信部 4 月 29 日发布稀土生产加工监管框架草案', '中国工业和信息化部于 4 月 29 日发布了稀土'] },
      { type: 'CONSTRAINS', from: 'chip-export-controls', to: 'rare-earth-export-controls', said: ['芯片出口管制与稀土出口限制形成了互相钳制'] },
      { type: 'CONSTRAINS', from: 'rare-earth-export-controls', to: 'chip-export-controls', said: ['芯片出口管制与稀土出口限制形成了互相钳制'] },
      { type: 'CAUSES', from: 'ieepa-ruling', to: 'tariff-rebuild', said: ['最高法院 2 月裁定 IEEPA 关税违宪后'] },
      { type: 'INVOLVES', from: 'ieepa-ruling', to: 'ieepa', said: ['以 6-3 裁定，IEEPA'] },
      { type: 'CONSTRAINS', from: 'tariff-rebuild', to: 'busan-truce', said: ['恢复关税水平的尝试都违反了釜山休战协议的精神'] },
      { type: 'CONSTRAINS', from: 'busan-truce', to: 'beijing-summit', said: ['认为峰会预期应保持较低，核心目标是维持去年 10 月釜山贸易休战'] },
      { type: 'PART_OF', from: 'busan-truce', to: 'busan-apec', said: ['两位领导人在去年 10 月釜山 APEC 会议期间达成了贸易休战'] },
    ],
    omit,
  );
}

/** 8 May: the summit, and the truce's expiry made precise (2026-11-10). */
export function may8(b: BriefingSpec = MAY8): GraphFragment {
  return fragment(
    b,
    [
      { id: 'busan-truce', label: 'Event', name: 'Busan truce', aliases: ['釜山休战'], end: '2026-11-10', endSaid: '美方关税框架计划于 2026 年 11 月 10 日到届', endKind: 'expires', modality: 'expected' },
      { id: 'beijing-summit', label: 'Event', name: 'Trump–Xi Beijing summit', aliases: ['特朗普-习近平北京峰会'], start: '2026-05-14', end: '2026-05-15', startSaid: '特朗普-习近平北京峰会（5 月 14-15 日）', endSaid: '特朗普-习近平北京峰会（5 月 14-15 日）', modality: 'expected' },
      { id: 'trump', label: 'Person', name: 'Donald Trump', aliases: ['特朗普', 'Trump'] },
      { id: 'chip-export-controls', label: 'Policy', name: 'chip export controls', aliases: ['芯片管制', '出口管制'] },
    ],
    [
      { type: 'CONSTRAINS', from: 'chip-export-controls', to: 'beijing-summit', said: ['多位分析师认为峰会不太可能在芯片管制问题上取得突破'] },
      { type: 'CONSTRAINS', from: 'busan-truce', to: 'beijing-summit', said: ['峰会的核心悬念在于：釜山休战能否延续'] },
      { type: 'INVOLVES', from: 'beijing-summit', to: 'trump', said: ['特朗普此次北京之行原本计划更早举行'] },
    ],
  );
}

/** 6 May: ITIF's report, and export controls under a second id (a duplicate for mergeNodes). */
export function may6(b: BriefingSpec = MAY6): GraphFragment {
  return fragment(
    b,
    [
      { id: 'itif', label: 'Organization', name: 'ITIF', aliases: ['ITIF', '美国信息技术与创新基金会'] },
      { id: 'itif-report', label: 'Policy', name: 'American tech firms should stay in China', aliases: ['《美国科技公司应继续在华运营》'], start: '2026-05', startSaid: '5 月 4 日至 5 日报道，美国信息技术与创新基金会' },
      { id: 'export-controls', label: 'Policy', name: 'export controls', aliases: ['出口管制', 'export controls'] },
      { id: 'china-chip-access', label: 'Concept', name: "China's access to advanced chips", aliases: ['中国获取最先进芯片的渠道'] },
    ],
    [
      { type: 'ISSUED_BY', from: 'itif-report', to: 'itif', said: ['发布题为《美国科技公司应继续在华运营》'] },
      { type: 'CONSTRAINS', from: 'export-controls', to: 'china-chip-access', said: ['挑战在于出口管制限制了中国获取最先进芯片的渠道'] },
    ],
  );
}

/** The same briefing id with a changed text: its IEEPA section cut, so it no longer states the ruling or the rebuild. */
export function may7Revised(): GraphFragment {
  const cut = MAY7.text.indexOf('据 SCOTUSblog');
  const text = MAY7.text.slice(0, cut) + MAY7.text.slice(MAY7.text.indexOf('\n', cut));
  return may7({ ...MAY7, text }, ['ieepa', 'ieepa-ruling', 'tariff-rebuild']);
}

/** 6 May re-issued with an edited text: still names `export-controls`, which a merge folded away. */
export function may6Revised(): GraphFragment {
  return may6({ ...MAY6, text: MAY6.text.replace('ITIF 同日举办', 'ITIF 同日（5 月 5 日）举办') });
}
