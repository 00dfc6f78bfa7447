// Relations an official document or a statistics release states by its layout and set phrases:
// the organ before 关于 issues the document, the issuer lines under a release's headline, the
// indicators that 构成 another, and a 分行业看 breakdown of the indicator just reported. Sentences are
// real: the State Council's 人工智能+ opinion (2025-08-26) and the NBS PMI release (2025-10-31).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { sentenceMentions } from '../../src/extract/mentions.js';
import { has, named, semantic } from './fixtures.js';


describe('a document titled ORGAN关于…的意见 is issued by the organ', () => {
  const f = extractText('国务院关于深入实施“人工智能+”行动的意见\n\n国发〔2025〕11号\n\n2025年8月26日\n\n为深入实施“人工智能+”行动,推动人工智能与经济社会各行业各领域广泛深度融合,现提出如下意见。\n', {
    name: 'ai-plus',
  });
  it('names the document with its issuer and knows it by its 关于… form too', () => {
    expect(named(f, '国务院关于深入实施“人工智能+”行动的意见')?.aliases).toContain('关于深入实施“人工智能+”行动的意见');
  });
  it('has 国务院 issue it and the opinion involve the 人工智能+ action its title names', () => {
    expect(has(f, 'ISSUED_BY', '国务院关于深入实施“人工智能+”行动的意见', '国务院')).toBe(true);
    expect(has(f, 'INVOLVES', '国务院关于深入实施“人工智能+”行动的意见', '“人工智能+”行动')).toBe(true);
  });
  it('takes an issuer the lexicon does not know when the whole name ends in an organ word', () => {
    const g = extractText('广东省人民政府关于加快建设通用人工智能产业创新引领地的实施意见\n\n各市人民政府:\n\n为抢抓通用人工智能发展机遇,现提出如下实施意见。\n', { name: 'province', date: '2025-08-26' });
    expect(has(g, 'ISSUED_BY', '广东省人民政府关于加快建设通用人工智能产业创新引领地的实施意见', '广东省人民政府')).toBe(true);
  });
  it('reads no issuer into a verb before 关于 (工信部发布关于…): that title starts at 关于', () => {
    const s = '5 月 6 日，工信部发布关于加强稀土生产加工监管的通知。';
    const titles = sentenceMentions(s, 0, s.length, false).filter((m) => m.label === 'Policy').map((m) => m.name);
    expect(titles).toContain('关于加强稀土生产加工监管的通知');
    expect(titles.filter((n) => n.includes('发布'))).toEqual([]);
  });
});

const PMI = `2025年10月中国采购经理指数运行情况

国家统计局服务业调查中心
中国物流与采购联合会
2025年10月31日

一、中国制造业采购经理指数运行情况
10月份 ,制造业采购经理指数(PMI)为49.0%,比上月下降0.8个百分点,制造业景气水平有所回落 。
从分类指数看 ,在构成制造业PMI的5个分类指数中,供应商配送时间指数位于临界点,生产指数、新订单指数、原材料库存指数和从业人员指数均低于临界点。
二 、中国非制造业采购经理指数运行情况
10月份,非制造业商务活动指数为50.1%,比上月上升0.1个百分点 ,升至扩张区间。
分行业看,建筑业商务活动指数为49.1%,比上月下降0.2个百分点;服务业商务活动指数为50.2%,比上月上升0.1个百分点。
`;

describe('a statistics release', () => {
  const f = extractText(PMI, { name: 'pmi' });
  it('has the indicator of its headline issued by the organisations on the lines under it', () => {
    expect(has(f, 'ISSUED_BY', '中国采购经理指数', '中国物流与采购联合会')).toBe(true);
    // The line names the bureau's survey centre, an Organization of its own.
    expect(has(f, 'ISSUED_BY', '中国采购经理指数', '国家统计局服务业调查中心')).toBe(true);
  });
  it('makes each sub-index named after 在构成制造业PMI的5个分类指数中 part of the manufacturing PMI, not the counted class', () => {
    for (const part of ['供应商配送时间指数', '生产指数', '新订单指数', '原材料库存指数', '从业人员指数']) {
      expect(has(f, 'PART_OF', part, '制造业PMI'), part).toBe(true);
    }
    expect(semantic(f).filter((e) => e.type === 'PART_OF' && e.from === named(f, '分类指数')?.id)).toEqual([]);
  });
  it('reads 分行业看 as a breakdown of the index the previous sentence reported', () => {
    expect(has(f, 'PART_OF', '建筑业商务活动指数', '非制造业商务活动指数')).toBe(true);
    expect(has(f, 'PART_OF', '服务业商务活动指数', '非制造业商务活动指数')).toBe(true);
  });
  it('reads no breakdown into a perspective (从新质生产力的视角看) or into an index named again', () => {
    const g = extractText(`${PMI}从新质生产力的视角看，铁路船舶航空航天设备、计算机通信电子设备等行业的生产指数和新订单指数持续位于扩张区间。\n`, { name: 'pmi2' });
    const parts = semantic(g).filter((e) => e.type === 'PART_OF' && e.evidence.some((x) => x.text.includes('视角')));
    expect(parts).toEqual([]);
    expect(has(g, 'PART_OF', '制造业PMI', '服务业商务活动指数')).toBe(false);
  });
  it('takes no issuer from a daily’s masthead (新质生产力每日动态 names no document)', () => {
    const g = extractText('新质生产力每日动态\n\n中国高技术产业发展促进会新质生产力工作委员会\n\n2026 年 5 月 9 日\n\n一、美国最高法院关税裁决：商务部正全面评估\n\n商务部指，注意到美国最高法院公布关税诉讼案裁决结果。\n', { name: 'daily' });
    expect(semantic(g).filter((e) => e.type === 'ISSUED_BY' && e.to === named(g, '中国高技术产业发展促进会新质生产力工作委员会')?.id)).toEqual([]);
  });
});

const INDUSTRY = `2025年9月份规模以上工业增加值增长6.5%

国家统计局

2025年10月20日

9月份，规模以上工业增加值同比实际增长6.5%（增加值增速均为扣除价格因素的实际增长率）。

分三大门类看，9月份，采矿业增加值同比增长6.4%，制造业增长7.3%，电力、热力、燃气及水生产和供应业增长0.6%。

分经济类型看，9月份，国有控股企业增加值同比增长6.5%；股份制企业增长6.8%。

分产品看，9月份，汽车322.7万辆，增长13.7%，其中新能源汽车158.0万辆，增长20.3%。
`;

describe('an industrial output release (国家统计局, 2025-10-20)', () => {
  const f = extractText(INDUSTRY, { name: 'industry' });
  it('makes each 门类 part of 规模以上工业增加值, also when the list drops the word 增加值 (制造业增长7.3%)', () => {
    expect(has(f, 'PART_OF', '采矿业增加值', '规模以上工业增加值')).toBe(true);
    expect(has(f, 'PART_OF', '制造业', '规模以上工业增加值')).toBe(true);
  });
  it('takes the whole of a later breakdown from the indices reported, not from an earlier part', () => {
    expect(has(f, 'PART_OF', '国有控股企业增加值', '规模以上工业增加值')).toBe(true);
    expect(has(f, 'PART_OF', '国有控股企业增加值', '采矿业增加值')).toBe(false);
  });
  it('reads 汽车…，其中新能源汽车… as new-energy cars part of cars', () => {
    expect(has(f, 'PART_OF', '新能源汽车', '汽车')).toBe(true);
  });
  it('reads 其中 after a list as picking one of it, not as a part (…购进价格指数和出厂价格指数…，其中购进价格指数…)', () => {
    const g = extractText(`${PMI}价格方面出现积极变化：主要原材料购进价格指数和出厂价格指数分别为 51.5% 和 48.3%，比上月上升 3.1 和 2.1 个百分点，其中购进价格指数为今年 3 月以来首次升至临界点以上。\n`, { name: 'pmi3' });
    expect(semantic(g).filter((e) => e.type === 'PART_OF' && e.evidence.some((x) => x.text.includes('其中')))).toEqual([]);
  });
});

describe('who signs a document issues it', () => {
  it('reads 该决定由商务部部长王文涛签署 as the decision the previous sentence named, issued by Wang Wentao', () => {
    const f = extractText('新质生产力每日动态\n\n2025 年 10 月 15 日\n\n10 月 14 日，商务部关于对韩华海洋株式会社5家美国相关子公司采取反制措施的决定公布。该决定由商务部部长王文涛签署，自即日起施行。\n', { name: 'hanwha' });
    expect(has(f, 'ISSUED_BY', '商务部关于对韩华海洋株式会社5家美国相关子公司采取反制措施的决定', '王文涛')).toBe(true);
  });
});

describe('ownership words', () => {
  it('reads no ownership into 对…5 家美国相关子公司采取反制措施 (a country owns no company there, a measure is no unit)', () => {
    const f = extractText('新质生产力每日动态\n\n2025 年 10 月 15 日\n\n中美互征特别港务费于 10 月 14 日同步生效，商务部同日宣布对韩华海洋株式会社 5 家美国相关子公司采取反制措施。\n', { name: 'hanwha2' });
    expect(semantic(f).filter((e) => e.type === 'PART_OF')).toEqual([]);
  });
});

describe('an official text’s outline', () => {
  const f = extractText(`国务院关于深入实施“人工智能+”行动的意见

2025年8月26日

一、总体要求

以习近平新时代中国特色社会主义思想为指导,深入实施“人工智能+”行动。

二、加快实施重点行动

(一)“人工智能+”科学技术

1.加速科学发现进程。加快探索人工智能驱动的新型科研范式,加速“从0到1”重大科学发现进程。
`, { name: 'ai-plus-outline' });
  it('makes what a (一) sub-heading names part of what the 二、 heading above it names', () => {
    expect(has(f, 'PART_OF', '人工智能+科学技术', '重点行动')).toBe(true);
  });
  it('has the document involve what it is guided by (以习近平新时代中国特色社会主义思想为指导)', () => {
    expect(has(f, 'INVOLVES', '国务院关于深入实施“人工智能+”行动的意见', '习近平')).toBe(true);
  });
  it('adds no part to a heading that names nothing (一、总体要求)', () => {
    expect(semantic(f).filter((e) => e.type === 'PART_OF').length).toBe(1);
  });
});

describe('a list of controlled things under a forward intro (MOFCOM announcement 2025 No. 18)', () => {
  const f = extractText(`商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定
根据《中华人民共和国出口管制法》有关规定,经国务院批准,决定对下列物项实施出口管制:
一、钐相关物项
(一)1C902.a 金属钐、含钐的合金及相关制品:
1. 金属钐(参考海关商品编号:)。
2. 含钐的合金:
a. 钐钴合金;
b. 钐铁合金。
4. 钐钴永磁材料。
(二)1C902.b氧化钐及其混合物(参考海关商品编号:、、)。
二、钆相关物项
(一)1C903.a 金属钆、含钆的合金及相关制品:
3. 含钆的靶材(参考海关商品编号:、):
a. 钆靶;
b. 钆铁合金靶;
三、铽相关物项
4. 含铽的钕铁硼永磁材料。
`, { name: 'mofcom-18', date: '2025-04-04' });
  it('has the measure constrain each top heading of the list that 对下列物项实施 points to', () => {
    expect(has(f, 'CONSTRAINS', '出口管制', '钐相关物项')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', '钆相关物项')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', '铽相关物项')).toBe(true);
  });
  it('makes no node of 下列物项, which only points ahead', () => {
    expect(named(f, '下列物项')).toBeUndefined();
  });
  it('reads 对X实施Y inside a decision’s own name: Y constrains the whole X, named without 部分', () => {
    expect(has(f, 'CONSTRAINS', '出口管制', '中重稀土相关物项')).toBe(true);
    expect(named(f, '中重稀土相关物项')?.label).toBe('Product');
  });
  it('makes each numbered or lettered item that is only a name part of its top heading', () => {
    expect(has(f, 'PART_OF', '金属钐', '钐相关物项')).toBe(true);
    expect(has(f, 'PART_OF', '钐钴合金', '钐相关物项')).toBe(true);
    expect(has(f, 'PART_OF', '钐钴永磁材料', '钐相关物项')).toBe(true);
    expect(has(f, 'PART_OF', '氧化钐', '钐相关物项')).toBe(true);
    expect(has(f, 'PART_OF', '钕铁硼永磁材料', '铽相关物项')).toBe(true);
  });
  it('takes no part from an item whose name is cut short of its line (钆铁合金靶 is no 钆铁合金)', () => {
    expect(has(f, 'PART_OF', '钆铁合金', '钆相关物项')).toBe(false);
  });
});

describe('a numbered line that is a sentence is no list item', () => {
  const f = extractText(`二、加快实施重点行动
1. 推动人工智能产业发展。
2. 芯片。加快突破高端芯片。
`, { name: 'outline-items', date: '2025-08-26' });
  it('adds no part for an item line that states an act or holds a sentence', () => {
    expect(semantic(f).filter((e) => e.type === 'PART_OF')).toEqual([]);
  });
});
