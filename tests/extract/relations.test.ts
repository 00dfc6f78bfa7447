// Relation cues on real sentences, through the whole extraction of the fixture they come from, so
// the nodes are the ones the briefing resolves (伊朗冲突 → Iran war, 北京之行 → the summit).
import { describe, expect, it } from 'vitest';
import { edge, edgeLines, fixture } from './fixtures.js';

describe('CAUSES and CONSTRAINS from cue words', () => {
  it('reads the passive 因伊朗冲突而推迟: the Iran war caused the delay of the summit', () => {
    const { fragment } = fixture('000');
    const e = edge(fragment, 'CAUSES', 'iran-war', 'trump-xi-summit');
    expect(e?.evidence.map((x) => x.text)).toEqual([
      '据 YourNews 5 月 6 日及 Reuters 5 月 6 日时间线梳理，特朗普此次北京之行原本计划更早举行，但因伊朗冲突而推迟。',
    ]);
  });
  it('reads 对中国 AI 产业的出口管制 as export controls constraining Chinese AI', () => {
    const e = edge(fixture('000').fragment, 'CONSTRAINS', 'export-controls', 'artificial-intelligence');
    expect(e?.evidence[0].text).toContain('对中国 AI 产业的出口管制');
    expect(e?.evidence[0].modality).toBe('possible');
  });
  it('reads A 与 B 形成互相钳制 as constraint both ways', () => {
    const { fragment } = fixture('001');
    expect(edge(fragment, 'CONSTRAINS', 'export-controls', 'rare-earth-export-controls')).toBeDefined();
    expect(edge(fragment, 'CONSTRAINS', 'rare-earth-export-controls', 'export-controls')).toBeDefined();
  });
  it('reads the reverse cue 原因是: export controls caused the B300 price surge', () => {
    const e = edge(fixture('001').fragment, 'CAUSES', 'export-controls', 'nvidia-b300-price');
    expect(e?.evidence.some((x) => x.text.startsWith('价格飙升的直接原因是双重供应收紧'))).toBe(true);
  });
  it('follows a Chinese object phrase to its head: 加速中国国产 AI 芯片的替代进程 is about substitution', () => {
    const { fragment } = fixture('001');
    const e = edge(fragment, 'CAUSES', 'nvidia-b300-price', nodeIdOf(fragment, '国产 AI 芯片替代'));
    expect(e?.evidence.map((x) => x.text)).toContain('B300 价格翻倍的现象正在加速中国国产 AI 芯片的替代进程。');
    expect(edge(fragment, 'CAUSES', 'nvidia-b300-price', 'china')).toBeUndefined();
  });
  it('reads X 下的 Y: export controls constrain AI compute', () => {
    expect(edge(fixture('001').fragment, 'CONSTRAINS', 'export-controls', 'computing-power')).toBeDefined();
  });
  it('links the IEEPA ruling to the tariff rebuild and the rebuild to the Busan truce', () => {
    const { fragment } = fixture('001');
    const causes = edge(fragment, 'CAUSES', 'ieepa-ruling', 'tariff-rebuild');
    expect(causes?.evidence[0].text).toBe('最高法院裁决后的关税体系重建，为中美贸易关系注入了新的不确定性。');
    const constrains = edge(fragment, 'CONSTRAINS', 'tariff-rebuild', 'busan-truce');
    expect(constrains?.evidence.map((x) => x.modality)).toEqual(['possible', 'possible']);
    expect(constrains?.evidence[0].text).toContain('北京可能认为恢复关税水平违反了休战协议');
  });
  it('takes the previous sentence’s subject for 这一增长的核心驱动力依然是 AI', () => {
    expect(edge(fixture('002').fragment, 'CAUSES', 'artificial-intelligence', 'global-semiconductor-sales')).toBeDefined();
  });
});

describe('INVOLVES, ISSUED_BY and PART_OF', () => {
  it('involves Trump and Xi in the summit named 特朗普-习近平北京峰会', () => {
    const { fragment } = fixture('000');
    expect(edge(fragment, 'INVOLVES', 'trump-xi-summit', 'donald-trump')).toBeDefined();
    expect(edge(fragment, 'INVOLVES', 'trump-xi-summit', 'xi-jinping')).toBeDefined();
  });
  it('has the body that compiles a plan issue it (国务院编制了《…纲要（草案）》)', () => {
    const lines = edgeLines('根据《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要（草案）》，提交大会审查。', '2026-03-05');
    expect(lines).toContain('ISSUED_BY 中华人民共和国国民经济和社会发展第十五个五年规划纲要（草案） -> State Council');
  });
  it('reads a title with a year range as one name, so all four ministries issue it (《…实施方案（2024—2030 年）》)', () => {
    const lines = edgeLines('此前，工业和信息化部、科学技术部、财政部、中国民用航空局于 2024 年 3 月 27 日联合印发《通用航空装备创新应用实施方案（2024—2030 年）》，提出到 2030 年通用航空装备成为低空经济增长的强大推动力。', '2025-11-21');
    expect(lines).toEqual(expect.arrayContaining(['MIIT', 'Ministry of Science and Technology', 'Ministry of Finance', '中国民用航空局'].map((org) => `ISSUED_BY 通用航空装备创新应用实施方案（2024—2030 年） -> ${org}`)));
  });
  it('has MIIT issue the draft it published (工信部…发布…草案)', () => {
    const { fragment } = fixture('001');
    const e = edge(fragment, 'ISSUED_BY', nodeIdOf(fragment, '稀土生产加工监管框架草案'), 'miit');
    expect(e?.evidence[0].text).toBe('中国工信部 4 月 29 日发布稀土生产加工监管框架草案，在名义休战期内持续强化战略杠杆。');
  });
  it('has the Supreme Court issue the ruling in Learning Resources, Inc. v. Trump', () => {
    expect(edge(fixture('001').fragment, 'ISSUED_BY', 'ieepa-ruling', 'us-supreme-court')).toBeDefined();
  });
  it('has SIA issue the semiconductor sales figure its report gives (据 SIA…报告)', () => {
    expect(edge(fixture('002').fragment, 'ISSUED_BY', 'global-semiconductor-sales', 'semiconductor-industry-association')).toBeDefined();
  });
  it('has every cited article issued by its outlet, with the reference line as evidence', () => {
    const { fragment, briefing } = fixture('001');
    const e = edge(fragment, 'ISSUED_BY', nodeIdOf(fragment, 'Supreme Court strikes down tariffs'), 'scotusblog');
    expect(e?.evidence[0].text).toBe(briefing.references[8].raw.text);
  });
});

function nodeIdOf(f: ReturnType<typeof fixture>['fragment'], name: string): string {
  const n = f.nodes.find((x) => x.name.startsWith(name) || x.aliases.includes(name));
  if (!n) throw new Error(`no node named ${name}`);
  return n.id;
}

describe('a policy named after its object', () => {
  it('makes 稀土出口限制 involve 稀土 and the rare-earth rules involve 稀土, with the naming sentence as evidence', () => {
    const { fragment, briefing } = fixture('001');
    const limits = edge(fragment, 'INVOLVES', 'rare-earth-export-controls', 'rare-earths');
    expect(limits?.evidence.length).toBeGreaterThan(0);
    for (const ev of limits?.evidence ?? []) expect(briefing.text.slice(ev.start, ev.end)).toContain('稀土出口限制');
    expect(edge(fragment, 'INVOLVES', '稀土生产加工监管框架草案', 'rare-earths')).toBeDefined();
  });
});

describe('ownership cues (a unit of, owned by) name a company owner', () => {
  const partOf = (s: string) => edgeLines(`${s}\n`, '2025-11-20').filter((l) => l.startsWith('PART_OF'));
  it('skips a place in the possessive before the owner: Nexperia, owned by China’s Wingtech', () => {
    const lines = partOf('Nexperia, owned by China’s Wingtech Technology, halted shipments from its plant in Hamburg.');
    expect(lines.filter((l) => / -> China$/.test(l))).toEqual([]);
  });
  it('gives no PART_OF to a place: updates to export controls as part of BIS’s ongoing efforts', () => {
    expect(partOf('The Bureau of Industry and Security (BIS) is implementing a series of targeted updates to its export controls as part of BIS’s ongoing efforts to protect U.S. national security.')).toEqual([]);
  });
});
