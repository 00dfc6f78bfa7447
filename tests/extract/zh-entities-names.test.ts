// Names in a daily Chinese briefing that no lexicon holds: people after a role word, organisations
// by suffix, gatherings and events named by a known thing. Sentences are from real briefings of the
// 新质生产力每日动态 kind and from National Bureau of Statistics releases.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { found } from './fixtures.js';


describe('people after a role word', () => {
  it('reads a whole Han name that jieba cuts apart (副局长盛来运在…)', () => {
    expect(found('国家统计局副局长盛来运在国新办发布会上表示，上半年国民经济顶住压力。')).toContainEqual(['盛来运', 'Person']);
  });
  it('reads the name after CEO, and CEO itself is no organisation', () => {
    const f = found('阿姆斯特丹上诉法院企业法庭同时裁定暂停 CEO 张学政的职务。');
    expect(f).toContainEqual(['张学政', 'Person']);
    expect(f.map(([n]) => n)).not.toContain('CEO');
  });
  it('takes no common word for a name (专家向记者表示)', () => {
    expect(found('多位专家向记者表示，关税前景仍不明朗。').filter(([, l]) => l === 'Person')).toEqual([]);
  });
});

describe('organisations by suffix', () => {
  it('takes a verb ending in 署 (签署) for no organisation', () => {
    expect(found('商务部部长王文涛签署商务部令。').filter(([n]) => n.endsWith('签署'))).toEqual([]);
  });
  it('reads a committee name across 美中 and the adverb 特别', () => {
    expect(found('美国众议院美中战略竞争特别委员会主席 John Moolenaar 则质疑这一安排的法律依据。')).toContainEqual([
      '美国众议院美中战略竞争特别委员会',
      'Organization',
    ]);
  });
  it('reads …株式会社 as an Organization even as the object of a measure, and no bare 子公司', () => {
    const f = found('商务部同日宣布对韩华海洋株式会社 5 家美国相关子公司采取反制措施。');
    expect(f).toContainEqual(['韩华海洋株式会社', 'Organization']);
    expect(f.map(([n]) => n)).not.toContain('子公司');
  });
});

describe('gatherings and events named by a known thing', () => {
  it('reads a fair whose name holds a verb (中国国际供应链促进博览会) as one Event', () => {
    expect(found('英伟达 CEO 黄仁勋次日出席在北京举行的第三届中国国际供应链促进博览会。')).toContainEqual(['中国国际供应链促进博览会', 'Event']);
  });
  it('reads an organisation’s meeting (APEC 会议) as an Event of its own', () => {
    expect(found('也为双方在 10 月底 APEC 会议期间可能举行的元首会晤设定了谈判窗口。')).toContainEqual(['APEC会议', 'Event']);
  });
  it('reads an informal leaders’ meeting (APEC 领导人非正式会议) whole, across the word of kind 非正式', () => {
    expect(found('也为双方在 10 月底 APEC 领导人非正式会议期间可能举行的元首会晤设定了谈判窗口。')).toContainEqual(['APEC 领导人非正式会议', 'Event']);
  });
  it('reads an investigation named by its section of law (301 调查), not a count of them', () => {
    const f = found('美国对中国海事、物流和造船业开展 301 调查并采取措施。');
    expect(f).toContainEqual(['301 调查', 'Event']);
    expect(f.map(([n]) => n)).not.toContain('采取措施');
    expect(found('监管部门去年进行了 100 次调查。').map(([n]) => n).some((n) => /\d/.test(n))).toBe(false);
  });
  it('reads 关税休战 as an Event though its core 关税 is short', () => {
    expect(found('中美双方于 8 月 11 日至 12 日先后宣布将关税休战再延长 90 天。')).toContainEqual(['关税休战', 'Event']);
  });
  it('reads 世界人形机器人运动会 as an Event and 具身智能产业 as a Concept', () => {
    const f = found('首届世界人形机器人运动会 8 月 14 日晚在国家速滑馆开幕，具身智能产业进入密集展示期。');
    expect(f).toContainEqual(['世界人形机器人运动会', 'Event']);
    expect(f).toContainEqual(['具身智能产业', 'Concept']);
  });
});

describe('companies, venues and products by their form', () => {
  it('reads a short name and its trade as a company (闻泰科技, 安世半导体, 宇树科技, 中信证券)', () => {
    const f = found('荷兰政府援引《货物供应法》接管闻泰科技旗下安世半导体（Nexperia）的决策权。');
    expect(f).toContainEqual(['闻泰科技', 'Organization']);
    expect(f).toContainEqual(['安世半导体', 'Organization']);
    const g = found('辅导机构为中信证券。备案报告显示，宇树科技创始人兼 CEO 王兴兴直接持股。');
    expect(g).toContainEqual(['中信证券', 'Organization']);
    expect(g).toContainEqual(['宇树科技', 'Organization']);
  });
  it('makes no company of a country and a trade (中国半导体产业, 美国科技企业)', () => {
    expect(found('中国半导体产业和美国科技企业').filter(([, l]) => l === 'Organization')).toEqual([]);
  });
  it('reads the venue where something opens as a Place, without the city before it', () => {
    expect(found('首届世界人形机器人运动会 8 月 14 日晚在北京国家速滑馆开幕。')).toContainEqual(['国家速滑馆', 'Place']);
  });
  it('reads a Latin name before a role word as the employer (Morgan Stanley 分析师)', () => {
    expect(found('Morgan Stanley 分析师估计，依托本土供应链，中国制造人形机器人的成本更低。')).toContainEqual(['Morgan Stanley', 'Organization']);
  });
  it('keeps a number that belongs to a name (S&P 500, Llama 4), not a reading or a date', () => {
    
    expect(found('阿里巴巴发布 Qwen3 模型，与 Llama 4 竞争。')).toEqual(expect.arrayContaining([['Qwen3', 'Product'], ['Llama 4', 'Product']]));
    expect(found('据 Reuters 5 月 6 日报道，官方 PMI 50.3。').map(([n]) => n).some((n) => /\d/.test(n))).toBe(false);
  });
  it('reads a product line and its model code as a Product (思元 590, 天玑 9400), not a count (全球 500 强)', () => {
    const f = found('寒武纪思元 590 与天玑 9400 同台竞争，全球 500 强企业纷纷跟进。');
    expect(f).toEqual(expect.arrayContaining([['思元 590', 'Product'], ['天玑 9400', 'Product']]));
    expect(f.map(([n]) => n).some((n) => n.includes('500'))).toBe(false);
  });
  it('reads an indicator by its head (…出货量), the period or the word 实际 not part of its name', () => {
    expect(found('第一季度全球智能手机出货量同比下降 3%。')).toContainEqual(['全球智能手机出货量', 'Indicator']);
  });
  it('reads a levy by its kind (反倾销税, 港务费) as a Policy', () => {
    expect(found('对原产于欧盟的进口相关白兰地征收为期 5 年的反倾销税。')).toContainEqual(['反倾销税', 'Policy']);
    expect(found('中美互征特别港务费于 10 月 14 日同步生效。')).toContainEqual(['港务费', 'Policy']);
  });
  it('takes words any field could take for no name (关键技术领域, 技术发展)', () => {
    expect(found('在关键技术领域，中国技术发展迅速。').map(([n]) => n)).toEqual(['China']);
  });
});

describe('one node per company, with or without its legal form', () => {
  it('makes 韩华海洋 and 韩华海洋株式会社 one Organization', () => {
    const text = [
      '新质生产力每日动态',
      '2025 年 10 月 15 日',
      '1 特别港务费同步开征',
      '商务部同日宣布对韩华海洋株式会社 5 家美国相关子公司采取反制措施。韩华海洋在美相关子公司协助美国政府的相关调查活动。',
    ].join('\n\n');
    const f = extractText(text, { name: 'hanwha' });
    const hanwha = f.nodes.filter((n) => n.label === 'Organization' && n.aliases.some((a) => a.startsWith('韩华海洋')));
    expect(hanwha).toHaveLength(1);
    expect(hanwha[0].aliases).toEqual(expect.arrayContaining(['韩华海洋株式会社', '韩华海洋']));
  });
  it('makes no company of a new-technology word (具身智能产业)', () => {
    expect(found('具身智能产业进入密集展示期。').filter(([, l]) => l === 'Organization')).toEqual([]);
  });
});

describe('quoted names of policies and indices', () => {
  it('reads a quoted rule ("50% 规则") as a Policy, but not a quoted description (“不公平的规则”)', () => {
    expect(found('美国商务部工业与安全局（BIS）9 月 29 日发布的"50% 规则"又把实体清单限制扩展到其子公司。')).toContainEqual(['50% 规则', 'Policy']);
    expect(found('他称这是“不公平的规则”。').map(([n]) => n)).not.toContain('不公平的规则');
  });
  it('reads the quoted name after 项目 as that project, a Policy (合作项目"MASGA")', () => {
    expect(found('Philly Shipyard 一直被视为韩美造船合作项目"MASGA"的标志性企业。')).toContainEqual(['MASGA', 'Policy']);
  });
  it('reads a Latin name before 指数 as the index (S&P 500 指数)', () => {
    expect(found('受此消息影响，S&P 500 指数当日下跌约 2.7%。')).toContainEqual(['S&P 500', 'Indicator']);
  });
});
