// Who issues a list and whom it names, in the style of MOFCOM announcements and the daily briefing:
// ORG 将 A、B 等…列入/纳入/增列至 X 名单/清单, the subject carried over a 依据《…》 phrase, and the
// passive 《X》由 ORG 提出 / 该 X 由 ORG 牵头制定.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { has, named } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'lists', date: '2025-10-10' });

describe('ORG 将 A、B 列入 X 清单: the list is the organisation’s and names A and B', () => {
  it('has the ministry issue the unreliable entity list and the list involve each listed company', () => {
    const f = read('10月9日，商务部将美国TechInsights公司、Dedrone公司等14家外国实体列入不可靠实体清单。');
    expect(has(f, 'ISSUED_BY', '不可靠实体清单', '商务部')).toBe(true);
    expect(has(f, 'INVOLVES', '不可靠实体清单', 'TechInsights')).toBe(true);
    expect(has(f, 'INVOLVES', '不可靠实体清单', 'Dedrone公司')).toBe(true);
  });
  it('reads 增列至 like 列入, with the foreign bureau as the issuer', () => {
    const f = read('美国商务部工业与安全局将中芯国际增列至实体清单。');
    expect(has(f, 'ISSUED_BY', '实体清单', '美国商务部工业与安全局')).toBe(true);
    expect(has(f, 'INVOLVES', '实体清单', '中芯国际')).toBe(true);
  });
  it('makes a list nobody knows a Policy node named from its own words, not from the verb before them', () => {
    const f = read('商务部依据《中华人民共和国出口管制法》，将美国通用动力公司等12家美国实体列入出口管制管控名单。');
    expect(named(f, '出口管制管控名单')?.label).toBe('Policy');
    expect(f.nodes.filter((n) => n.name.includes('列入'))).toEqual([]);
  });
  it('carries the subject over a 依据《…》 phrase to the clause after the comma', () => {
    const f = read('商务部依据《中华人民共和国出口管制法》，将美国通用动力公司等12家美国实体列入出口管制管控名单。');
    expect(has(f, 'ISSUED_BY', '出口管制管控名单', '商务部')).toBe(true);
    expect(has(f, 'INVOLVES', '出口管制管控名单', '美国通用动力公司')).toBe(true);
  });
  it('reads 增列 A 至 X 清单 and 将 A 移出 X 清单 the same way', () => {
    const f = read('美国商务部增列长江存储等11家中国实体至实体清单。');
    expect(has(f, 'ISSUED_BY', '实体清单', '美国商务部')).toBe(true);
    expect(has(f, 'INVOLVES', '实体清单', '长江存储')).toBe(true);
    const g = read('商务部决定将Skydio公司移出不可靠实体清单。');
    expect(has(g, 'INVOLVES', '不可靠实体清单', 'Skydio')).toBe(true);
  });
  it('has every organisation of a joint subject (商务部、海关总署) issue the list', () => {
    const f = read('商务部、海关总署依据《出口管制法》，决定将18家美国实体列入出口管制管控名单。');
    expect(has(f, 'ISSUED_BY', '出口管制管控名单', '商务部')).toBe(true);
    expect(has(f, 'ISSUED_BY', '出口管制管控名单', '海关总署')).toBe(true);
  });
});

describe('ORG 依据《…》，发布 X: the subject carried over a ground phrase issues what the next clause names', () => {
  it('has both ministries of a joint subject issue the decision published after the comma', () => {
    const f = read('商务部、海关总署依据《中华人民共和国出口管制法》，发布《关于对稀土相关物项实施出口管制的决定》。');
    expect(has(f, 'ISSUED_BY', '关于对稀土相关物项实施出口管制的决定', '商务部')).toBe(true);
    expect(has(f, 'ISSUED_BY', '关于对稀土相关物项实施出口管制的决定', '海关总署')).toBe(true);
  });
});

describe('A 被(ORG)列入 X 清单: the passive names the listed party before 被 and the lister after it', () => {
  it('has the list involve the company before 被 and be issued by the department between 被 and the verb', () => {
    const f = read('华为被美国商务部列入实体清单。');
    expect(has(f, 'INVOLVES', '实体清单', '华为')).toBe(true);
    expect(has(f, 'ISSUED_BY', '实体清单', '美国商务部')).toBe(true);
  });
  it('takes no country as the issuer (被列入美国实体清单 names a place, not an organisation)', () => {
    const f = read('闻泰科技已于去年12月被列入美国实体清单。');
    expect(has(f, 'INVOLVES', '实体清单', '闻泰科技')).toBe(true);
    expect(f.edges.filter((e) => e.type === 'ISSUED_BY')).toEqual([]);
  });
});

describe('ORG 宣布禁止…: the ban is the organisation’s only where the sentence names it', () => {
  it('has the ministry issue the 采购禁令 that a later clause names', () => {
    const f = read('财政部宣布禁止政府采购主体采购46家美国公司的货物，采购禁令自明年1月1日起生效。');
    expect(has(f, 'ISSUED_BY', '采购禁令', '财政部')).toBe(true);
  });
  it('makes up no ban when the sentence names none', () => {
    const f = read('财政部宣布禁止政府采购主体采购46家美国公司的货物。');
    expect(f.edges.filter((e) => e.type === 'ISSUED_BY')).toEqual([]);
  });
});

describe('X 由 ORG 提出/制定: the passive names the issuer after 由', () => {
  it('has the commission issue the act named before 由', () => {
    const f = read('《数字市场法》由欧盟委员会于2020年12月提出。');
    const act = f.nodes.find((n) => n.label === 'Policy' && n.name.includes('数字市场法'));
    expect(f.edges.some((e) => e.type === 'ISSUED_BY' && e.from === act?.id && e.to === named(f, '欧盟委员会')?.id)).toBe(true);
  });
  it('lets a helper word like 牵头 stand between the organisation and its verb, and 该 X refer back', () => {
    const f = read('《人形机器人标准体系建设指南》近日征求意见。该指南由工信部牵头制定。');
    expect(has(f, 'ISSUED_BY', '人形机器人标准体系建设指南', '工信部')).toBe(true);
  });
  it('reads no issuer where 由 is followed by no verb of issuing (由于, 由…组成)', () => {
    const f = read('该联盟由华为、中兴等企业组成。');
    expect(f.edges.filter((e) => e.type === 'ISSUED_BY')).toEqual([]);
  });
});
