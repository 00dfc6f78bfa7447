// A Chinese date no earlier rule used lands on the happening its clause states (rules/zh-dated-nouns.ts):
// DATE + light verb + object (实现量产, 完成IPO辅导), SUBJECT + DATE + happen verb (论坛…开幕, 中试线…投产),
// NP 截止日期为 DATE. Sentences from news pages (新华社, 中新网, local papers) and our read texts,
// each with the briefing date of its page.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';
import { findTemporalExpressions } from '../../src/extract/dates.js';

// A headline first: the sentence under test is body text, not the title line.
const nodesOf = (text: string, date: string) => extractText(`新闻\n\n${text}`, { name: 'zh-dated-nouns', date }).nodes;
function named(nodes: GraphNode[], name: RegExp): GraphNode {
  const n = nodes.find((x) => [x.name, ...x.aliases].some((a) => name.test(a)));
  if (!n) throw new Error(`no node ${name}; have ${nodes.map((x) => `${x.name} ${x.start ?? ''}`).join(', ')}`);
  return n;
}
const dated = (nodes: GraphNode[]) => nodes.filter((n) => n.start || n.end).map((n) => n.name);

describe('an event subject takes the date of its happen verb', () => {
  it('DATE，ORDINAL NAME 博览会 在 PLACE 开幕: the fair opened that day (新华社)', () => {
    const nodes = nodesOf('11月5日，第七届中国国际进口博览会在上海开幕。', '2024-11-06');
    expect(named(nodes, /中国国际进口博览会/).start).toBe('2024-11-05');
  });

  it('NAME 大会 + bare day + 在 PLACE 开幕 (新华社 dateline story)', () => {
    const nodes = nodesOf('2019世界制造业大会20日在安徽省合肥市开幕，国家主席习近平致贺信。', '2019-09-21');
    expect(named(nodes, /世界制造业大会/).start).toBe('2019-09-20');
  });

  it('论坛 将于 DATE 在 PLACE 举办: a forum still to come is expected', () => {
    const nodes = nodesOf('第三届“一带一路”国际合作高峰论坛将于10月17日在北京举办，主题为“高质量共建一带一路”。', '2023-10-16');
    const n = named(nodes, /国际合作高峰论坛/);
    expect(n.start).toBe('2023-10-17');
    expect(n.modality).toBe('expected');
  });

  it('会议 with its ordinal, a day range, 在 PLACE 举行: start and end', () => {
    const nodes = nodesOf('中美经贸磋商机制首次会议6月9-10日在伦敦举行。', '2025-07-21');
    const n = named(nodes, /磋商机制首次会议/);
    expect([n.start, n.end]).toEqual(['2025-06-09', '2025-06-10']);
  });

  it('the gloss in brackets after the name is no part of it; 晚 after the day is no obstacle', () => {
    const nodes = nodesOf('首届世界人形机器人运动会（World Humanoid Robot Games）8月14日晚在北京国家速滑馆开幕。', '2025-08-15');
    expect(named(nodes, /世界人形机器人运动会/).start).toBe('2025-08-14');
  });
});

describe('a light verb dates its object, the happening', () => {
  it('ORG DATE 召开 NP发布会: the press conference, not the organisation (中新网)', () => {
    const nodes = nodesOf('市场监管总局3月20日召开2026年一季度例行新闻发布会。', '2026-03-21');
    expect(named(nodes, /例行新闻发布会/).start).toBe('2026-03-20');
    expect(named(nodes, /市场监管总局|SAMR/).start).toBeUndefined();
  });

  it('DATE，ORG 在 PLACE 召开 成立会议: a heading date reaches past the subject', () => {
    const nodes = nodesOf('9月26日，工业和信息化部人形机器人与具身智能标准化技术委员会在北京召开成立会议。', '2025-10-10');
    expect(named(nodes, /^成立会议$/).start).toBe('2025-09-26');
  });

  it('pointer subject + 预计 DATE 实现 量产: the plan is dated, as expected', () => {
    const n = named(nodesOf('该项目预计2027年实现量产。', '2025-11-25'), /量产/);
    expect(n.start).toBe('2027');
    expect(n.modality).toBe('expected');
  });

  it('有望 在 DATE 实现 NP生产: a possible happening, named by its object', () => {
    const n = named(nodesOf('宁德时代此前表示，公司有望在2027年实现全固态电池小批量生产。', '2025-11-25'), /^全固态电池小批量生产$/);
    expect(n.start).toBe('2027');
    expect(n.modality).toBe('possible');
  });

  it('将于 DATE 在 PLACE上 开展 NP: a place between date and verb', () => {
    const nodes = nodesOf('按照计划，广汽将于2026年在昊铂品牌车型上开展小批量装车。', '2025-11-25');
    expect(named(nodes, /^小批量装车$/).start).toBe('2026');
  });

  it('已于 去年 MONTH 完成 NP: a relative month', () => {
    expect(named(nodesOf('宇树科技已于去年11月完成IPO辅导。', '2026-02-20'), /IPO辅导/).start).toBe('2025-11');
  });

  it('计划于 DATE 进行 NP，DATE 实现 投产: two clauses, two happenings (local paper)', () => {
    const nodes = nodesOf('在设备安装完成联调后，计划于今年9月底进行试生产，10月底实现投产。', '2023-06-15');
    expect(named(nodes, /^试生产$/).start).toBe('2023-09');
    expect(named(nodes, /^投产$/).start).toBe('2023-10');
  });

  it('a measure or a stage is no happening: 实现增长, 进入…阶段 make no node', () => {
    const nodes = nodesOf('该公司2025年实现营收增长，碳边境调节机制也将于2026年进入正式实施阶段。', '2025-10-10');
    expect(dated(nodes).filter((n) => /增长|阶段/.test(n))).toEqual([]);
  });
});

describe('a thing that undergoes the happen verb names the happening with it', () => {
  it('ORDINAL NP 将于 QUARTER 投产: the line’s commissioning, the quarter as start and end', () => {
    const n = named(nodesOf('首条中试线将于明年一季度投产。', '2025-11-25'), /中试线投产/);
    expect([n.start, n.end]).toEqual(['2026-01', '2026-03']);
  });

  it('NP DATE 正式 开工 + 建设 (local paper)', () => {
    const nodes = nodesOf('一期工程去年12月4日正式动工建设，投用后可实现年产值约350亿元。', '2023-06-15');
    expect(named(nodes, /一期工程动工建设/).start).toBe('2022-12-04');
  });

  it('ORG DATE 对 X 立案调查: named by what 对 names, not by the organisation', () => {
    const n = named(nodesOf('市场监管总局10月10日对高通公司立案调查。', '2025-10-15'), /立案调查/);
    expect(n.name).toMatch(/高通公司立案调查$/);
    expect(n.start).toBe('2025-10-10');
  });

  it('saying between date and verb stops the reading (表示 … 量产 is not that day’s)', () => {
    const nodes = nodesOf('特朗普10月10日表示，美国企业将实现量产。', '2025-10-15');
    expect(dated(nodes).filter((n) => /量产/.test(n))).toEqual([]);
  });
});

describe('a date noun after a phrase: 截止日期为 / 有效期至', () => {
  it('NP 截止日期为 DATE → the end of that happening', () => {
    const n = named(nodesOf('此次征求意见截止日期为12月31日。', '2025-11-20'), /^征求意见$/);
    expect(n.end).toBe('2025-12-31');
    expect(n.start).toBeUndefined();
  });
});

describe('how long an event lasts', () => {
  it('NAME 论坛 DATE 在 PLACE 开幕，为期两天 / 会期3天: the end is the last day', () => {
    expect(named(nodesOf('第二届中国数字经济论坛9月25日在北京开幕，为期两天。', '2025-09-28'), /中国数字经济论坛/).end).toBe('2025-09-26');
    expect(named(nodesOf('2025世界人工智能大会7月26日在上海开幕，会期3天。', '2025-07-28'), /世界人工智能大会|World Artificial/).end).toBe('2025-07-28');
  });
});

describe('a rule that takes effect starts then', () => {
  it('…公布…的决定，DATE 起实施: the decision starts when it takes effect, not when the same sentence published it', () => {
    const nodes = nodesOf('商务部、海关总署昨日公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定，11月8日起实施。', '2025-10-10');
    expect(named(nodes, /出口管制的决定$/).start).toBe('2025-11-08');
  });
});

describe('the years of a five-year plan', () => {
  it('“十四五”期间 / 十五五时期 are the plan’s five years; 十四五规划 alone is a name, no date', () => {
    const read = (s: string) => findTemporalExpressions(s, '2025-11-20').map((x) => [x.value.start, x.value.end]);
    expect(read('“十四五”期间，我国新能源汽车产量快速增长。')).toEqual([['2021', '2025']]);
    expect(read('十五五时期，数字经济将继续发展。')).toEqual([['2026', '2030']]);
    expect(read('十四五规划纲要提出')).toEqual([]);
  });
});
