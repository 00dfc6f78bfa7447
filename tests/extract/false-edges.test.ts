// Shapes that read a false edge, written as the real sentences they were seen in: the organisation
// acting on a list is no object of it, a reporter is not the actor it reports, and a 根据 clause
// without a law cites no legal basis.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { has } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'false-edges', date: '2026-02-24' });

describe('an official denial constrains what it names, not the organisation applying it', () => {
  const f = read(
    '根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》等法律法规有关规定,决定将斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的20家日本实体列入关注名单。' +
      '商务部将对关注名单中实体的两用物项出口实施更严格的最终用户和最终用途审查,涉日本军事用户、军事用途,以及一切有助于提升日本军事实力的其他最终用户用途出口不予批准。',
  );
  it('has the watch list constrain military users and uses but not 商务部', () => {
    expect(has(f, 'CONSTRAINS', '关注名单', '军事用户')).toBe(true);
    expect(has(f, 'CONSTRAINS', '关注名单', '两用物项')).toBe(true);
    expect(has(f, 'CONSTRAINS', '关注名单', '商务部')).toBe(false);
  });
  it('still reads the laws after 根据《…》 as the basis of the list', () => {
    expect(has(f, 'INVOLVES', '中华人民共和国出口管制法', '关注名单')).toBe(true);
  });
});

describe('a reporter is not the actor of the act it reports', () => {
  it('does not make Nvidia the issuer of the licence the US government is to approve', () => {
    const f = read('7 月 15 日，Nvidia 宣布美国政府已表示将批准 H20 芯片对华销售的出口许可。');
    expect(has(f, 'ISSUED_BY', '出口许可', 'Nvidia')).toBe(false);
  });
  it('still has an organisation announcing its own measure issue it', () => {
    const f = read('据 CNA 报道，商务部 1 月 6 日宣布加强两用物项对日本出口管制，措施即日起生效。');
    expect(has(f, 'ISSUED_BY', '两用物项对日本出口管制', '商务部')).toBe(true);
  });
});

describe('根据 without a law right after it cites no legal basis', () => {
  it('does not tie a price undertaking to the review the next clause asks for', () => {
    const f = read(
      '中国欧盟商会表示，部分中国电动汽车企业正在根据各自经营情况评估是否提交价格承诺申请，并强调欧方应建立清晰、公正的审查程序，在后续评估中公平对待中国企业[6]。',
    );
    expect(f.edges.filter((e) => e.type === 'INVOLVES' && e.from.includes('价格承诺') && /审查/.test(e.to))).toEqual([]);
  });
});

describe('phrases that compare, date or point are no products', () => {
  const products = (s: string) => read(s).nodes.filter((n) => n.label === 'Product').map((n) => n.name);
  it('reads no product in a comparison with last year, keeping the robots measured', () => {
    const names = products('据 Daily Technology 2 月 20 日报道，宇树科技计划 2026 年出货至多 2 万台人形机器人，远高于去年约 5500 台的出货量[9]。');
    expect(names).not.toContain('远高于去年');
    expect(names).toContain('人形机器人');
  });
  it('reads no product code in a fiscal year broken across a PDF line', () => {
    const names = products('日本政府对 Rapidus 的支持规模持续加码，Rapidus 计\n划于 2027 财年下半年开始量产 2 纳米芯片，随后推进 1.4 纳米和 1 纳米工艺。');
    expect(names.filter((n) => n.includes('2027'))).toEqual([]);
  });
  it('reads no product in a verb and the bare word after it', () => {
    expect(products('这意味着设备厂商对华业务在今年 11 月之后可能再次受到冲击。')).not.toContain('意味着设备');
  });
});

describe('a cue verb inside a list name acts on nothing', () => {
  it('does not have export controls constrain the tariffs or the lists the sentence removes (管控名单, 排除期 are nouns)', () => {
    const f = read(
      '中方将暂停自 3 月 4 日以来宣布的全部报复性关税，移除对部分美国企业的出口管制管控名单和不可靠实体清单措施，并将对美加征关税排除期延长至 2026 年 12 月 31 日。',
    );
    expect(f.edges.filter((e) => e.type === 'CONSTRAINS')).toEqual([]);
  });
});

describe('a forecast is no issuing', () => {
  it('does not make the aviation administration the issuer of the market size it forecasts', () => {
    const f = read('据中国民用航空局预测，2025 年我国低空经济市场规模将达到 1.5 万亿元，2035 年有望达到 3.5 万亿元。');
    expect(f.edges.filter((e) => e.type === 'ISSUED_BY')).toEqual([]);
  });
});

describe('a maker acts in the clause of its verb', () => {
  it('does not make the bank whose analysts estimate costs the maker of humanoid robots', () => {
    const f = read('Morgan Stanley 分析师估计，依托本土供应链，中国制造人形机器人的成本约为海外供应链的三分之一。');
    expect(f.edges.filter((e) => e.type === 'ISSUED_BY' && e.to === 'morgan-stanley')).toEqual([]);
  });
  it('still carries the maker over 其 into the clause of its capacity', () => {
    const f = read('西安奕斯伟材料技术有限公司是实现这一目标的核心企业，其目标月产能为 120 万片 12 英寸硅片，可满足中国国内约 40% 的需求。');
    expect(f.edges.some((e) => e.type === 'ISSUED_BY' && e.from === 'silicon-wafers')).toBe(true);
  });
});
