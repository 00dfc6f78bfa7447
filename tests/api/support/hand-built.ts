// Fragments built by hand from the real 2026-05-07 and 2026-05-08 briefings: each fact anchored to
// the exact sentence of the fixture text that states it. They let the API suite specify what the
// API answers independently of how good extraction is today (acceptance.test.ts covers that).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EdgeType, Evidence, GraphEdge, GraphFragment, GraphNode, Modality } from '../../../src/model/index.js';

export const FIXTURES = new URL('../../../fixtures/briefings/', import.meta.url);
export const fixtureText = (file: string) => readFileSync(new URL(file, FIXTURES), 'utf8');

/** The whole sentence of `text` that contains `part` (between sentence-ending marks). */
function anchor(briefingId: string, text: string, part: string, opts: { sources?: string[]; modality?: Modality } = {}): Evidence {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`fixture has no "${part}"`);
  const ends = /[。！？\n]/g;
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if ('。！？\n'.includes(text[i])) {
      start = i + 1;
      break;
    }
  }
  ends.lastIndex = at + part.length;
  const end = (ends.exec(text)?.index ?? text.length - 1) + 1;
  const trimmed = text.slice(start, end).replace(/\s+$/, '');
  return { briefingId, text: trimmed, start, end: start + trimmed.length, ...opts };
}

function fragment(file: string, id: string, date: string, title: string, nodes: GraphNode[], facts: GraphEdge[], cited: string[]): GraphFragment {
  const text = fixtureText(file);
  const mentions: GraphEdge[] = nodes
    .filter((n) => n.label !== 'Source')
    .map((n) => ({
      type: 'MENTIONS' as EdgeType,
      from: id,
      to: n.id,
      evidence: [n.startEvidence, n.endEvidence, ...facts.filter((e) => e.from === n.id || e.to === n.id).flatMap((e) => e.evidence)]
        .filter((e): e is Evidence => e !== undefined)
        .slice(0, 3),
    }));
  const cites: GraphEdge[] = cited.map((s) => ({ type: 'CITES', from: id, to: s, evidence: [] }));
  return {
    briefing: { id, date, title, name: file, contentHash: createHash('sha256').update(text).digest('hex'), text },
    nodes,
    edges: [...facts, ...mentions, ...cites],
  };
}

export const MAY7 = 'briefing-2026-05-07';
export const MAY8 = 'briefing-2026-05-08';

export function may7(): GraphFragment {
  const file = '001_3be0362cfeeaa2b1.txt';
  const t = fixtureText(file);
  const ev = (part: string, opts?: { sources?: string[]; modality?: Modality }) => anchor(MAY7, t, part, opts);
  const sources: GraphNode[] = [
    source('brookings-2026-05-05', 'Brookings Institution', '2026-05-05', 'What will happen when Trump meets Xi? —Expert Analysis'),
    source('scotusblog-2026-02-20', 'SCOTUSblog', '2026-02-20', 'Supreme Court strikes down tariffs —Learning Resources, Inc. v. Trump'),
  ];
  const nodes: GraphNode[] = [
    {
      id: 'busan-truce',
      label: 'Event',
      name: 'Busan truce',
      aliases: ['Busan truce', '釜山贸易休战', '釜山休战'],
      start: '2025-10',
      startEvidence: ev('因此两位领导人在去年 10 月釜山 APEC 会议期间达成了贸易休战'),
      end: '2026-11',
      endKind: 'expires',
      endEvidence: ev('使得釜山休战（将于 2026 年 11 月到期）'),
    },
    { id: 'tariff-rebuild', label: 'Event', name: 'tariff rebuild', aliases: ['tariff rebuild', '重建关税体系', '关税体系重建'] },
    {
      id: 'ieepa-ruling',
      label: 'Event',
      name: 'IEEPA ruling',
      aliases: ['IEEPA ruling', 'IEEPA 关税违宪裁决', 'Learning Resources, Inc. v. Trump'],
      start: '2026-02-20',
      startEvidence: ev('美国最高法院于 2026 年 2 月 20 日', { sources: ['scotusblog-2026-02-20'] }),
    },
    {
      id: 'trump-xi-summit',
      label: 'Event',
      name: 'Trump-Xi summit',
      aliases: ['Trump-Xi summit', '特朗普-习近平北京峰会', '北京峰会'],
      start: '2026-05-14',
      end: '2026-05-15',
      modality: 'expected',
      startEvidence: ev('美国总统特朗普将于 5 月 14 日至 15 日访问北京', { sources: ['brookings-2026-05-05'], modality: 'expected' }),
    },
    {
      id: 'rare-earth-rules',
      label: 'Policy',
      name: 'rare-earth rules',
      aliases: ['rare-earth rules', '稀土生产和加工监管框架草案', '稀土监管框架'],
      start: '2026-04-29',
      startEvidence: ev('中国工业和信息化部于 4 月 29 日发布了稀土生产和加工监管框架草案'),
    },
    { id: 'miit', label: 'Organization', name: 'MIIT', aliases: ['MIIT', '工信部', '工业和信息化部'] },
    ...sources,
  ];
  const facts: GraphEdge[] = [
    edge('CAUSES', 'ieepa-ruling', 'tariff-rebuild', ev('最高法院 2 月裁定 IEEPA 关税违宪后，特朗普政府正在重建关税体系', { sources: ['brookings-2026-05-05'] })),
    edge('CONSTRAINS', 'tariff-rebuild', 'busan-truce', ev('北京可能认为任何恢复关税水平的尝试都违反了釜山休战协议的精神', { sources: ['scotusblog-2026-02-20'] })),
    edge('ISSUED_BY', 'rare-earth-rules', 'miit', ev('中国工业和信息化部于 4 月 29 日发布了稀土生产和加工监管框架草案')),
    edge('INVOLVES', 'trump-xi-summit', 'busan-truce', ev('特朗普此次访华的核心目标是维持这一休战')),
  ];
  return fragment(file, MAY7, '2026-05-07', '新质生产力每日动态 2026-05-07', nodes, facts, sources.map((s) => s.id));
}

export function may8(): GraphFragment {
  const file = '000_dc3a894c5b6cdd65.txt';
  const t = fixtureText(file);
  const ev = (part: string) => anchor(MAY8, t, part);
  const nodes: GraphNode[] = [
    {
      id: 'busan-truce',
      label: 'Event',
      name: 'Busan truce',
      aliases: ['Busan truce', '釜山休战'],
      end: '2026-11-10',
      endKind: 'expires',
      endEvidence: ev('美方关税框架计划于 2026 年 11 月 10 日到届'),
    },
    {
      id: 'trump-xi-summit',
      label: 'Event',
      name: 'Trump-Xi summit',
      aliases: ['Trump-Xi summit', '特朗普-习近平北京峰会'],
      start: '2026-05-14',
      end: '2026-05-15',
      modality: 'expected',
      startEvidence: ev('特朗普-习近平北京峰会（5 月 14-15 日）进入倒计时一周'),
    },
  ];
  const facts = [edge('INVOLVES', 'trump-xi-summit', 'busan-truce', ev('釜山休战能否延续至 11 月到期后'))];
  return fragment(file, MAY8, '2026-05-08', '新质生产力每日动态 2026-05-08', nodes, facts, []);
}

function edge(type: EdgeType, from: string, to: string, evidence: Evidence): GraphEdge {
  return { type, from, to, evidence: [evidence] };
}

function source(id: string, outlet: string, date: string, title: string): GraphNode {
  return { id, label: 'Source', name: `${outlet} (${date}): ${title}`, aliases: [outlet], source: { outlet, date, title } };
}

/** Extraction as the ingestBriefing mutation calls it, answering the two fixtures with their hand-built fragments. */
export function fixtureExtract(text: string): GraphFragment {
  for (const f of [may7(), may8()]) if (f.briefing.text === text) return f;
  throw new Error('this extraction double only knows the 2026-05-07 and 2026-05-08 briefings');
}
