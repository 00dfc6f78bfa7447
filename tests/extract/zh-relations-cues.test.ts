// Chinese cue relations whose sides no name covers, and clauses without a subject of their own.
// Sentences are real: the daily 新质生产力每日动态 (seeds and dev texts) and the State Council's
// 人工智能+ opinion (2025-08-26).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { dailyBriefing, has, named, semantic } from './fixtures.js';

const daily = (...paragraphs: string[]) => dailyBriefing('2025 年 8 月 15 日', ...paragraphs);

describe('the phrase next to a cue names a side no node covers', () => {
  it('reads 安全审查促使更多算力需求转向华为昇腾 as the review causing the demand that turns and the product it turns to, not a country named clauses earlier', () => {
    const f = daily('对中国 AI 产业来说，H20 的回归并未改变算力受制于人的局面：出口许可随时可能因美方政策变化而收回，而安全审查促使更多算力需求转向华为昇腾等国产方案。');
    expect(has(f, 'CAUSES', '安全审查', '算力需求')).toBe(true);
    expect(has(f, 'CAUSES', '安全审查', '华为昇腾')).toBe(true);
    expect(has(f, 'CAUSES', '美国', '华为昇腾')).toBe(false);
  });
  it('reads 走私打击收紧供应 as the crackdown constraining supply', () => {
    const f = daily('黑市价格 700 万元人民币，走私打击收紧供应。');
    expect(semantic(f).some((e) => e.type === 'CONSTRAINS' && e.to === named(f, '供应')?.id)).toBe(true);
  });
  it('makes no node of a word cut from a longer one (控制|权之争) or of a generic word (范围)', () => {
    const f = daily(
      '业内担心，控制权之争可能导致安世中国工厂与荷兰总部之间的供货中断，进而影响欧洲车企的功率器件供应。',
      '闻泰科技已于去年 12 月被列入美国实体清单，美国商务部工业与安全局（BIS）9 月 29 日发布的“50% 规则”又把实体清单限制扩展到其持股 50% 及以上的子公司，安世半导体因此被纳入限制范围。',
    );
    expect(f.nodes.filter((n) => ['权之争', '范围'].includes(n.name))).toEqual([]);
  });
});

describe('a clause without a subject of its own', () => {
  const f = extractText(
    `国务院关于深入实施“人工智能+”行动的意见

2025年8月26日

为深入实施“人工智能+”行动,推动人工智能与经济社会各行业各领域广泛深度融合,重塑人类生产生活范式,促进生产力革命性跃迁和生产关系深层次变革,加快形成人机协同、跨界融合、共创分享的智能经济和智能社会新形态,现提出如下意见。

以习近平新时代中国特色社会主义思想为指导,完整准确全面贯彻新发展理念,深入实施“人工智能+”行动,涌现一批新基础设施、新技术体系、新产业生态、新就业岗位等,加快培育发展新质生产力,使全体人民共享人工智能发展成果,更好服务中国式现代化建设。
`,
    { name: 'ai-plus' },
  );
  it('takes the policy named earlier in the sentence as what 加快培育发展新质生产力', () => {
    expect(has(f, 'CAUSES', '“人工智能+”行动', '新质生产力')).toBe(true);
  });
  it('reads past the modifiers of 加快形成…的智能经济和智能社会新形态 to its head 智能经济', () => {
    expect(has(f, 'CAUSES', '“人工智能+”行动', '智能经济')).toBe(true);
    expect(has(f, 'CAUSES', '“人工智能+”行动', '人机协同')).toBe(false);
  });
  it('borrows no subject when the clause has words of its own before the cue (终端需求不足可能制约…)', () => {
    const g = daily('“反内卷”政策推动部分大宗商品价格回升，是购进价格指数回升的重要原因，但终端需求不足可能制约价格向下游传导。');
    expect(semantic(g).filter((e) => e.type === 'CONSTRAINS')).toEqual([]);
  });
  it('does not read 在华盛顿 as the subject of 引发 (a place after a preposition)', () => {
    const g = daily('美国商务部已开始向 Nvidia H20 和 AMD MI308 发放对华出口许可，条件是两家公司把相关芯片对华销售收入的 15% 交给美国政府，这一“以收入换许可”的安排在华盛顿引发合法性争议。');
    expect(semantic(g).filter((e) => e.from === named(g, '华盛顿')?.id)).toEqual([]);
  });
});

describe('purpose and responsibility', () => {
  it('reads 替代措施，以期维持…关税 as the measures involving the tariffs they are meant to keep', () => {
    const f = daily('我们也注意到，美方正在准备采取贸易调查等替代措施，以期维持对贸易伙伴加征的关税，中方将对此保持密切关注并坚定维护中方利益。');
    expect(has(f, 'INVOLVES', '替代措施', '关税')).toBe(true);
  });
  it('reads …行动，…，更好服务中国式现代化建设 as the action involving what it serves, named by the phrase after the verb', () => {
    const f = daily('以习近平新时代中国特色社会主义思想为指导,深入实施“人工智能+”行动,加快培育发展新质生产力,使全体人民共享人工智能发展成果,更好服务中国式现代化建设。');
    expect(semantic(f).some((e) => e.type === 'INVOLVES' && e.from === named(f, '“人工智能+”行动')?.id && f.nodes.find((n) => n.id === e.to)?.name.startsWith('中国式现代化'))).toBe(true);
  });
  it('leaves a purpose stated with a cause verb (以期促使…) to the cause rules', () => {
    const f = daily('分析师认为，中方措施为欧方设定了对等门槛，以期促使欧盟重新评估在公共采购领域针对中国企业的限制。');
    expect(semantic(f).filter((e) => e.type === 'INVOLVES' && e.evidence.some((x) => x.text.includes('以期')) && e.to === named(f, '欧盟')?.id)).toEqual([]);
  });
  it('has every organisation before 负责 take part in what it is responsible for', () => {
    const f = daily('工业和信息化部会同自然资源部、国家发展改革委负责全国稀土开采和稀土冶炼分离总量调控管理。');
    for (const org of ['工业和信息化部', '自然资源部', '国家发展改革委']) expect(has(f, 'INVOLVES', '稀土开采', org), org).toBe(true);
  });
});

describe('受…影响', () => {
  it('makes each factor of 受…以及…、…等因素影响 a cause of what the next clause reports', () => {
    const f = daily('国家统计局服务业调查中心高级统计师赵庆河表示，受制造业进入传统生产淡季以及部分地区高温、暴雨洪涝灾害等因素影响，PMI 降至 49.3%。');
    const pmi = named(f, 'PMI')?.id;
    const causes = semantic(f).filter((e) => e.type === 'CAUSES' && e.to === pmi).map((e) => f.nodes.find((n) => n.id === e.from)?.name);
    expect(causes).toContain('传统生产淡季');
  });
  it('reads 受此影响 in the sentence right after as caused by what that sentence led with', () => {
    const f = daily('中方的态度同样值得关注。国家互联网信息办公室 7 月 31 日约谈 Nvidia，要求其就对华销售的 H20 芯片存在的漏洞后门安全风险作出说明并提交证明材料。受此影响，部分中国企业对 H20 的采购趋于谨慎。');
    expect(has(f, 'CAUSES', '国家互联网信息办公室', 'H20')).toBe(true);
  });
});

describe('who summons or meets another', () => {
  it('has 国家互联网信息办公室 involve Nvidia, which it 约谈', () => {
    const f = daily('国家互联网信息办公室 7 月 31 日约谈 Nvidia，要求其就对华销售的 H20 芯片存在的漏洞后门安全风险作出说明并提交证明材料。');
    expect(has(f, 'INVOLVES', '国家互联网信息办公室', 'Nvidia')).toBe(true);
  });
});
