// Chinese set phrases that state a cause or a constraint without a cue verb between two names
// (src/extract/rules/zh-cause-shapes.ts). Sentences are real: the daily 新质生产力每日动态 (dev texts)
// and MOFCOM's announcement on Japanese entities (2026-02-24).
import { describe, expect, it } from 'vitest';
import { dailyBriefing, has } from './fixtures.js';

const daily = (...paragraphs: string[]) => dailyBriefing('2026 年 6 月 30 日', ...paragraphs);

describe('a measure answering another', () => {
  it('reads 这两项措施被解读为对 X 的回应 as X causing both measures of the sentence before', () => {
    const f = daily(
      '中方 6 月 22 日同日出台两项对美限制措施：商务部将 MP Materials、USA Rare Earth 等 10 家美国实体列入出口管制管控名单，财政部禁止政府采购主体在相关项目中采购 46 家美国公司的货物和服务。这两项措施被普遍解读为对美国国防部 6 月 8 日扩充“1260H 清单”的回应。',
    );
    expect(has(f, 'CAUSES', '1260H 清单', '出口管制管控名单')).toBe(true);
    expect(has(f, 'CAUSES', '1260H 清单', '两项措施')).toBe(false);
  });
});

describe('a clause named as the reason of another', () => {
  it('reads …，是带动 Y 的主要因素 as the subject of the clause before causing Y', () => {
    const f = daily('从第二季度整体看，4 月、5 月制造业 PMI 在临界点附近徘徊，6 月新订单指数回升 1.3 个百分点，是带动 PMI 重返扩张区间的主要因素。');
    expect(has(f, 'CAUSES', '新订单指数', 'PMI')).toBe(true);
  });
  it('takes the head of the subject phrase (AI 服务器对 HBM 的需求) and the act after a counted subject (两家企业加码投资)', () => {
    const f = daily('分析人士普遍认为，AI 服务器对 HBM 的需求持续超出供给，是推动两家企业加码投资的直接原因。');
    expect(has(f, 'CAUSES', 'HBM', '加码投资')).toBe(true);
  });
});

describe('a bottleneck and a constraint seen from the constrained side', () => {
  it('reads X 变为限制 Y 的硬约束 (across a PDF line break) as X constraining Y', () => {
    const f = daily(
      '我国的情况同样突出。据财新此前报道，2024 年我国数据中心用电量约 1400 亿千瓦时，同比增长 31%，\n远高于全社会用电量 6.8% 的增速；中国信息通信研究院预计，到 2030 年这一数字可能达到 4000 亿千瓦\n时，占全社会用电量的比重将由不足 2% 提高到约 6%。电力供给正在从数据中心建设的“配套条件”变\n为限制 AI 算力扩张的硬约束。',
    );
    expect(has(f, 'CONSTRAINS', '电力供给', '算力扩张') || has(f, 'CONSTRAINS', '电力供给', 'computing power')).toBe(true);
  });
  it('reads 成本仍是制约大规模应用的主要障碍 as the cost constraining large-scale use', () => {
    const f = daily('不过，成本仍是制约大规模应用的主要障碍。');
    expect(has(f, 'CONSTRAINS', '成本', '大规模应用')).toBe(true);
  });
  it('reads Y 长期受美国出口管制， as the controls constraining Y, and 受制于人 as naming no one', () => {
    const f = daily('值得注意的是，高性能冷却系统、低温元器件等关键量子硬件长期受美国出口管制，制约了国产量子计算机的研制进度。');
    expect(has(f, 'CONSTRAINS', '出口管制', '量子硬件')).toBe(true);
    const g = daily('对中国 AI 产业来说，H20 的回归并未改变算力受制于人的局面：出口许可随时可能因美方政策变化而收回。');
    expect(g.edges.some((e) => e.type === 'CONSTRAINS')).toBe(false);
  });
  it('does not read 不受…限制 as a constraint', () => {
    const f = daily('许可审查期限不受《中华人民共和国两用物项出口管制条例》第十七条第一款规定期限的限制。');
    expect(f.edges.some((e) => e.type === 'CONSTRAINS')).toBe(false);
  });
});

describe('conditions and refusals aimed at a target', () => {
  it('reads 法案拟对来自中国等国的投资设定严格条件 as the act constraining the investment', () => {
    const f = daily(
      '欧盟成员国 5 月 28 日首次就《工业加速器法案》（Industrial Accelerator Act，IAA）进行部长级辩论，德国、法国、意大利等六国接受法案总体框架，法案拟对来自中国等国的投资设定严格条件，商务部此前已批评其构成“系统性歧视”。',
    );
    expect(has(f, 'CONSTRAINS', '工业加速器法案', '投资')).toBe(true);
  });
  it('reads ORG…，涉日本军事用户、军事用途…出口不予批准 as the ministry constraining each listed end use', () => {
    const f = daily('商务部将对关注名单中实体的两用物项出口实施更严格的最终用户和最终用途审查,涉日本军事用户、军事用途,以及一切有助于提升日本军事实力的其他最终用户用途出口不予批准。');
    expect(has(f, 'CONSTRAINS', '商务部', '军事用户')).toBe(true);
    expect(has(f, 'CONSTRAINS', '商务部', '军事用途')).toBe(true);
  });
});

describe('the object of a cue verb', () => {
  it('skips an aspect particle (制约着) and reads a generic word after 的 as leaving the phrase before it (先进制程产能的扩张)', () => {
    const f = daily('出口管制正在加速国产设备替代，同时也制约着先进制程产能的扩张。');
    expect(has(f, 'CAUSES', '出口管制', '国产设备替代')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', '先进制程产能')).toBe(true);
    expect(f.nodes.some((n) => n.name.startsWith('着') || n.name.startsWith('加速'))).toBe(false);
  });
  it('reads the words before a change verb without their adverbs (数据中心用电快速攀升)', () => {
    const f = daily('AI 推理需求推动数据中心用电快速攀升，国际能源署预计全球数据中心用电量到 2030 年将增至约 945 太瓦时。');
    expect(has(f, 'CAUSES', 'AI', '数据中心用电')).toBe(true);
  });
  it('reads 限制其价格优势的发挥 as constraining the price advantage', () => {
    const f = daily('对比亚迪等计划扩大对欧出口的中国车企而言，这一通道降低了关税成本，但最低价格和配额也将限制其价格优势的发挥。');
    expect(f.edges.some((e) => e.type === 'CONSTRAINS' && e.to === f.nodes.find((n) => n.name === '价格优势')?.id)).toBe(true);
  });
});

describe('the measure a paragraph is about, carried over sentences', () => {
  it('gives a clause without a subject the measure the sentence before opened with (此次列单 → the list named most often)', () => {
    const f = daily(
      '中方 6 月 22 日同日出台两项对美限制措施：商务部将 MP Materials、USA Rare Earth 等 10 家美国实体列入出口管制管控名单，财政部禁止政府采购主体在相关项目中采购 46 家美国公司的货物和服务。',
      '据 Benchmark Mineral Intelligence 6 月 22 日报道，商务部依据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》，将 10 家美国实体列入出口管制管控名单，自公布之日起禁止向其出口两用物项。',
      '1260H 清单源自美国《国防授权法》第 1260H 条，由国防部每年更新，用于认定与中国人民解放军存在关联的企业。',
      '从新质生产力的视角看，此次列单具有两层含义。其一，MP Materials 和 USA Rare Earth 是美国重建本土稀土供应链的核心企业，对其禁止出口两用物项，将制约美国绕开中国建立替代性稀土—永磁产业链的进度。',
    );
    expect(has(f, 'CONSTRAINS', '出口管制管控名单', '永磁产业链')).toBe(true);
    expect(f.nodes.filter((n) => ['之日起', '对其'].includes(n.name))).toEqual([]);
  });
});

describe('a list of factors', () => {
  it('reads 主要受两方面因素推动：一是 X…；二是 Y… as each item causing what the clause before ends with', () => {
    const f = daily('跨国药企加速从中国引进候选药物，主要受两方面因素推动：一是重磅药物专利集中到期，迫使其寻找成本更低的后期管线；二是中国生物技术企业在肿瘤、自身免疫和代谢疾病领域的创新能力已获得国际认可。');
    expect(has(f, 'CAUSES', '重磅药物专利', '引进候选药物')).toBe(true);
    expect(f.edges.filter((e) => e.type === 'CAUSES' && e.to === f.nodes.find((n) => n.name === '引进候选药物')?.id)).toHaveLength(2);
  });
});
