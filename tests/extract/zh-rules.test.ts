// Chinese phrases the lexicon does not know, found by their head word, and the relations official
// texts state about them. Sentences are real: from tests/fixtures/eval/texts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/extract/index.js';
import { sentenceMentions } from '../../src/extract/mentions.js';
import type { GraphFragment } from '../../src/model/index.js';

const names = (s: string) => sentenceMentions(s, 0, s.length, false).filter((m) => !m.nested).map((m) => [m.name, m.label]);
const read = (f: string) => readFileSync(`tests/fixtures/eval/texts/${f}`, 'utf8');
const node = (f: GraphFragment, name: string) => f.nodes.find((n) => n.name === name);
const edge = (f: GraphFragment, type: string, from: string | undefined, to: string | undefined) =>
  f.edges.some((e) => e.type === type && e.from === from && e.to === to);

describe('objects of a control are nodes, with their quantity qualifiers', () => {
  it('reads 14纳米及以下逻辑芯片 and 256层及以上存储芯片 as Products, and 生产设备 after 的', () => {
    const s = '四、最终用途为研发、生产14纳米及以下逻辑芯片或者256层及以上存储芯片，以及制造上述制程半导体的生产设备、测试设备和材料，或者研发具有潜在军事用途的人工智能的出口申请，逐案审批。';
    expect(names(s)).toEqual(expect.arrayContaining([
      ['14纳米及以下逻辑芯片', 'Product'], ['256层及以上存储芯片', 'Product'], ['生产设备', 'Product'], ['测试设备', 'Product'],
    ]));
  });
  it('keeps 管控 inside 出口管制管控名单 and ends 大规模杀伤性武器 at the verb 使用', () => {
    const s = '二、对向境外军事用户的出口申请，以及向出口管制管控名单和关注名单所列的进口商和最终用户的出口申请，原则上不予许可。';
    expect(names(s)).toEqual(expect.arrayContaining([['境外军事用户', 'Concept'], ['出口管制管控名单', 'Policy'], ['关注名单', 'Policy']]));
    expect(names('(一)设计、开发、生产、使用大规模杀伤性武器及其运载工具;')).toContainEqual(['大规模杀伤性武器', 'Product']);
  });
});

describe('indicators named by their head word', () => {
  it('reads X占Y比重 as one Indicator: 数字经济核心产业增加值占国内生产总值比重', () => {
    expect(names('数字经济核心产业增加值占国内生产总值比重达到12.5%。')).toContainEqual(['数字经济核心产业增加值占国内生产总值比重', 'Indicator']);
  });
  it('keeps the verb 投入 as the head of 全社会研发经费投入', () => {
    expect(names('其中,提出全社会研发经费投入年均增长7%以上。')).toContainEqual(['全社会研发经费投入', 'Indicator']);
  });
  it('drops a period or demonstrative in front: 第一季度全球半导体销售额 is not a new name', () => {
    expect(names('2026 年第一季度全球半导体销售额').map(([n]) => n)).not.toContain('第一季度全球半导体销售额');
  });
});

describe('official Chinese texts', () => {
  const mofcom = extractText(read('zh_mofcom_rare_earth_61_2025-10-09.txt'), { name: 'mofcom-61' });
  const layout2 = extractText(read('zh_briefing_layout2_2026-05-09.txt'), { name: 'layout2' });

  it('names a defined term (以下称“境外特定出口经营者”) by its short form, with the long one as alias', () => {
    expect(node(mofcom, '境外特定出口经营者')?.aliases).toContain('境外组织和个人');
    expect(node(layout2, '总量控制指标')?.aliases).toContain('年度稀土开采和稀土冶炼分离总量控制指标');
    expect(layout2.nodes.filter((n) => n.name.includes('简称'))).toEqual([]);
  });
  it('lets the announced measures constrain whoever 必须获得 a licence, and every denied end use', () => {
    const measures = node(mofcom, '出口管制措施')?.id;
    for (const name of ['境外特定出口经营者', '境外军事用户', '14纳米及以下逻辑芯片']) {
      expect(edge(mofcom, 'CONSTRAINS', measures, node(mofcom, name)?.id), name).toBe(true);
    }
  });
  it('reads 国家对稀土开采…实行总量调控管理 as the measure 总量调控管理 constraining 稀土开采', () => {
    const measure = node(layout2, '总量调控管理');
    expect(measure?.label).toBe('Policy');
    expect(edge(layout2, 'CONSTRAINS', measure?.id, node(layout2, '稀土开采')?.id)).toBe(true);
  });
  it('reads 据工信部消息，8月22日，《…暂行办法》公布 as MIIT issuing the measures', () => {
    expect(edge(layout2, 'ISSUED_BY', node(layout2, '稀土开采和稀土冶炼分离总量调控管理暂行办法')?.id, 'miit')).toBe(true);
  });
  it('reads (单边)加征关税措施 and 贸易调查等替代措施 (head 措施) as Policies', () => {
    // jieba tags 单边 as an adverb, so the phrase starts after it.
    expect(['加征关税措施', '替代措施'].map((n) => node(layout2, n)?.label)).toEqual(['Policy', 'Policy']);
  });
  it('involves the State Council in the 总量控制指标 submitted to it (报国务院批准)', () => {
    expect(edge(layout2, 'INVOLVES', node(layout2, '总量控制指标')?.id, 'state-council')).toBe(true);
  });
  it('keeps the value stated for a head-word indicator (比重达到12.5%)', () => {
    const share = node(layout2, '数字经济核心产业增加值占国内生产总值比重');
    expect(share?.label).toBe('Indicator');
    expect(share?.observations?.map((o) => [o.value, o.unit])).toContainEqual([12.5, '%']);
  });
});

describe('dates official texts give a plan or rule', () => {
  const nodeIn = (s: string, name: string) => extractText(s, { name: 'zh-dates', date: '2024-01-10' }).nodes.find((n) => n.name === name);
  it('reads 到2025年 after a plan as the year the plan runs to (its end), expected when still to come', () => {
    const plan = nodeIn('《数字中国建设整体布局规划》明确，到2025年，基本形成横向打通、纵向贯通、协调有力的一体化推进格局。', '数字中国建设整体布局规划');
    expect([plan?.end, plan?.endKind, plan?.modality]).toEqual(['2025', 'ends', 'expected']);
  });
  it('reads 自2024年10月1日起施行 as the day the rule takes effect (its start)', () => {
    expect(nodeIn('2023年12月30日，国务院公布《稀土管理条例》，自2024年10月1日起施行。', '稀土管理条例')?.start).toBe('2024-10-01');
  });
});

describe('parts and changes Chinese texts state', () => {
  const fragment = (s: string) => extractText(s, { name: 'zh-parts', date: '2024-05-31' });
  it('makes each sub-index of 制造业PMI由新订单指数、生产指数…构成 PART_OF the PMI, keeping 新 in 新订单指数', () => {
    const f = fragment('制造业PMI由新订单指数、生产指数、从业人员指数、供应商配送时间指数和主要原材料库存指数构成。');
    const parts = f.edges.filter((e) => e.type === 'PART_OF' && e.to === 'manufacturing-pmi').map((e) => f.nodes.find((n) => n.id === e.from)?.name);
    expect(parts).toEqual(['新订单指数', '生产指数', '从业人员指数', '供应商配送时间指数', '主要原材料库存指数']);
  });
  it('reads 比上月上升0.3个百分点 after a value as a +0.3 pp change of the same indicator and month', () => {
    const f = fragment('国家统计局：4月制造业新订单指数为50.3%，比上月上升0.3个百分点。');
    expect(node(f, '制造业新订单指数')?.observations?.map((o) => [o.value, o.unit, o.period])).toEqual([[50.3, '%', '2024-04'], [0.3, 'pp', '2024-04']]);
  });
  it('makes the issuing bureau (【发布单位】安全与管制局) PART_OF the ministry the text comes from (来源:商务部网站)', () => {
    const f = extractText(read('zh_mofcom_rare_earth_61_2025-10-09.txt'), { name: 'mofcom-61' });
    expect(edge(f, 'PART_OF', node(f, '安全与管制局')?.id, 'ministry-of-commerce')).toBe(true);
  });
});

describe('numbers that are not measurements', () => {
  const text = readFileSync('tests/fixtures/eval/texts/zh_briefing_layout2_2026-05-09.txt', 'utf8');
  const f = extractText(text, { name: 'layout2' });
  const all = f.nodes.flatMap((n) => (n.observations ?? []).map((o) => ({ node: n.name, ...o })));

  it('reads no value from a citation marker (…总量调控管理。[2])', () => {
    expect(all.filter((o) => o.value === 2 || o.value === 3)).toEqual([]);
  });
  it('keeps only observations with a unit (12.5% for the digital economy share)', () => {
    expect(all.every((o) => o.unit !== '')).toBe(true);
    expect(all).toContainEqual(expect.objectContaining({ value: 12.5, unit: '%' }));
  });
});
