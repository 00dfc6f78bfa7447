// The general Chinese clause reader (src/extract/rules/zh-clause-reader.ts), run alone (BRIEFGRAPH_SHAPES=off)
// so each spec shows what grammar alone finds: subject, verb class, object, and the prepositions that
// move the roles. Sentences are real: 新华社 / 人民日报 / 中国青年报 reports on export controls (2023–2025)
// and the dev briefings (新质生产力每日动态, 人民日报 on Nexperia).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyBriefing, has } from './fixtures.js';

const read = (...paragraphs: string[]) => dailyBriefing('2025 年 11 月 20 日', ...paragraphs);
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.BRIEFGRAPH_SHAPES;
  process.env.BRIEFGRAPH_SHAPES = 'off';
});
afterAll(() => {
  if (saved === undefined) delete process.env.BRIEFGRAPH_SHAPES;
  else process.env.BRIEFGRAPH_SHAPES = saved;
});

describe('an issuing verb between an organisation and a document', () => {
  it('makes the document ISSUED_BY every organisation of a joint subject (A、B 等部门联合印发)', () => {
    const f = read('工业和信息化部、国家发展改革委等部门联合印发《新型储能制造业高质量发展行动方案》。');
    expect(has(f, 'ISSUED_BY', '新型储能制造业高质量发展行动方案', '工业和信息化部')).toBe(true);
    expect(has(f, 'ISSUED_BY', '新型储能制造业高质量发展行动方案', '国家发展改革委')).toBe(true);
  });
  it('reads 国务院印发《…意见》 and 工信部发布…草案 over a date between subject and verb', () => {
    const f = read('国务院印发《关于推动未来产业创新发展的实施意见》，提出到2027年未来产业综合实力显著提升。', '中国工信部 4 月 29 日发布稀土生产加工监管框架草案，在名义休战期内持续强化战略杠杆。');
    expect(has(f, 'ISSUED_BY', '关于推动未来产业创新发展的实施意见', '国务院')).toBe(true);
    expect(has(f, 'ISSUED_BY', '稀土生产加工监管框架草案', '工信部')).toBe(true);
  });
  it('gives an announced measure of a later clause no issuer from another subject (白宫发布…，中方将…发放通用许可)', () => {
    const f = read('白宫本月 1 日发布中美经贸协议情况说明，中方将对稀土、镓、锗、锑、石墨出口发放通用许可，美方将芬太尼相关关税下调 10 个百分点。');
    expect(has(f, 'ISSUED_BY', '中美经贸协议情况说明', '白宫')).toBe(true);
    expect(has(f, 'ISSUED_BY', '通用许可', '白宫')).toBe(false);
  });
});

describe('对/向 X + verb: X is what the verb acts on', () => {
  it('makes a restricting measure put on each listed item constrain it (对镓、锗相关物项实施出口管制)', () => {
    const f = read('商务部、海关总署7月3日发布公告，决定对镓、锗相关物项实施出口管制。', '同日，两部门还宣布对超硬材料及部分中重稀土相关物项实施出口管制。');
    expect(has(f, 'CONSTRAINS', '出口管制', '镓')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', '锗相关物项')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', '超硬材料')).toBe(true);
  });
  it('reads an order signed against a company as involving it, not issued by it (对安世半导体（Nexperia）签发的行政令)', () => {
    const f = read('荷兰政府19日宣布，暂停经济大臣依据《货物供应法》对安世半导体（Nexperia）签发的行政令。');
    expect(has(f, 'INVOLVES', '行政令', '安世半导体')).toBe(true);
    expect(has(f, 'ISSUED_BY', '行政令', '安世半导体')).toBe(false);
    expect(has(f, 'ISSUED_BY', '行政令', 'Nexperia')).toBe(false);
  });
  it('never makes the thing after 对…的 the subject of a levy (对原产于中国的纯电动汽车征收临时反补贴税)', () => {
    const f = read('欧盟委员会宣布对原产于中国的纯电动汽车征收临时反补贴税。');
    expect(has(f, 'CONSTRAINS', '纯电动汽车', '临时反补贴税')).toBe(false);
  });
});

describe('将/被 + a list verb: the list constrains who is put on it', () => {
  it('reads 将华为…列入实体清单 as the list constraining Huawei, issued by the bureau, as reported (将 moves the object, no future)', () => {
    const f = read('美国商务部工业与安全局将华为及其68家关联企业列入实体清单。');
    expect(has(f, 'CONSTRAINS', '实体清单', '华为')).toBe(true);
    expect(has(f, 'ISSUED_BY', '实体清单', '工业与安全局')).toBe(true);
    const e = f.edges.find((x) => x.type === 'CONSTRAINS' && x.to === f.nodes.find((n) => n.aliases.includes('华为'))?.id);
    expect(e?.evidence?.[0]?.modality).toBe('reported');
  });
  it('reads 华为被美国商务部列入实体清单 the same way round', () => {
    const f = read('华为被美国商务部列入实体清单。');
    expect(has(f, 'CONSTRAINS', '实体清单', '华为')).toBe(true);
    expect(has(f, 'CONSTRAINS', '华为', '实体清单')).toBe(false);
  });
});

describe('passives, purposes and carried subjects', () => {
  it('reads X 长期受美国出口管制 as the controls constraining X', () => {
    const f = read('值得注意的是，高性能冷却系统、低温元器件等关键量子硬件长期受美国出口管制，制约了国产量子计算机的研制进度。');
    expect(has(f, 'CONSTRAINS', '出口管制', '量子硬件')).toBe(true);
  });
  it('gives nothing from inside 为遏制 X 而加征 (a purpose is no subject)', () => {
    const f = read('美方则自 11 月 10 日起将为遏制芬太尼而加征的关税下调 10 个百分点。');
    expect(has(f, 'CONSTRAINS', '芬太尼', '关税')).toBe(false);
  });
  it('carries an issued measure over the comma to the verb of the next clause (发布出口管制措施，限制…)', () => {
    const f = read('作为回应，商务部10月4日发布出口管制措施，限制安世中国及其分包商出口部分成品。');
    expect(has(f, 'ISSUED_BY', '出口管制措施', '商务部')).toBe(true);
  });
  it('makes both parties of 与 X 签署 take part in the agreement', () => {
    const f = read('4 月 2 日，合肥市与峰飞航空签署华东区域总部项目合作协议。');
    expect(has(f, 'INVOLVES', '华东区域总部项目合作协议', '合肥')).toBe(true);
    expect(has(f, 'INVOLVES', '华东区域总部项目合作协议', '峰飞航空')).toBe(true);
  });
});
