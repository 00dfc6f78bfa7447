// Which node a Chinese cue acts on, and the false edges a careful reader rejects: a place or company
// that only modifies the object, a country before the real cause, a reason clause read against the
// nearest name. Sentences are from the series-style briefings of tests/fixtures/eval-dev3.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { dailyBriefing, has, named } from './fixtures.js';

const daily = (...paragraphs: string[]) => dailyBriefing('2025 年 10 月 15 日', ...paragraphs);
/** An edge between nodes whose names contain these words (the tariff may be named 关税 or 100% 关税). */
const hasLike = (f: GraphFragment, type: string, from: string, to: string) => {
  const like = (id: string, w: string) => f.nodes.some((n) => n.id === id && [n.name, ...n.aliases].some((x) => x.includes(w)));
  return f.edges.some((e) => e.type === type && like(e.from, from) && like(e.to, to));
};
const causal = (f: GraphFragment) => f.edges.filter((e) => e.type === 'CAUSES' || e.type === 'CONSTRAINS');
const labelOf = (f: GraphFragment, id: string) => f.nodes.find((n) => n.id === id)?.label;

describe('the side a Chinese cue acts on', () => {
  it('reads 理由是… as the measure it names causing the tariff the sentence announced, not the country as cause', () => {
    const f = daily('特朗普 10 月 10 日在 Truth Social 上表示，美国将自 11 月 1 日起对中国商品在现有关税之上再加征 100% 的关税，并对"任何及所有关键软件"实施出口管制，理由是中方即将实施"大规模出口管制"。');
    expect(hasLike(f, 'CAUSES', '出口管制', '关税')).toBe(true);
    expect(has(f, 'CAUSES', '中国', '出口管制')).toBe(false);
  });
  it('makes 韩国企业, not the country, what 针对 constrains', () => {
    const f = daily('商务部同日宣布对韩华海洋株式会社 5 家美国相关子公司采取反制措施，这是中方在中美经贸摩擦中首次直接针对韩国企业。');
    expect(has(f, 'CONSTRAINS', '中国', '韩国企业')).toBe(true);
    expect(causal(f).some((e) => labelOf(f, e.to) === 'Place')).toBe(false);
  });
  it('reads 将中国企业排除在…之外 with the companies after 将 as the object and the cited instrument as the subject, not China constraining the market', () => {
    const f = daily('据香港新闻网及证券时报报道，欧盟委员会于 2025 年 6 月 20 日依据《国际采购工具》（International Procurement Instrument，IPI）出台措施，将中国企业排除在合同金额 500 万欧元以上的欧盟医疗器械公共采购之外。');
    expect(has(f, 'CONSTRAINS', '国际采购工具', '中国企业')).toBe(true);
    expect(causal(f).some((e) => e.from === named(f, '中国')?.id)).toBe(false);
  });
  it('reads 威胁自 11 月 1 日起加征 as a threat of an act, not the threatener constraining the tariff', () => {
    const f = daily('特朗普随即威胁自 11 月 1 日起对华加征 100% 关税，并对"任何关键软件"实施出口管制。');
    expect(causal(f).filter((e) => labelOf(f, e.from) === 'Person')).toEqual([]);
  });
  it('takes no company named in a 由于 clause about who dominates a market as a cause', () => {
    const f = daily('由于 CT、MRI 等高端影像设备此前由 Siemens Healthineers、Philips 等欧洲企业主导，措施可能推动国产高端医疗装备加快替代进口。');
    expect(causal(f).filter((e) => e.evidence.some((x) => x.text.startsWith('由于')) && e.to === named(f, '措施')?.id)).toEqual([]);
  });
  it('reads 因美方新增许可要求而停止 with the requirement, not the country, as the cause', () => {
    const f = daily('H20 今年 4 月因美方新增许可要求而停止对华出货。');
    expect(causal(f).some((e) => e.from === named(f, '美国')?.id)).toBe(false);
  });
  it('does not make the EU the target of a duty on brandy that originates there (对原产于欧盟的进口相关白兰地征收…反倾销税)', () => {
    const f = daily('此前一天，商务部发布欧盟白兰地反倾销调查终裁，自 7 月 5 日起对原产于欧盟的进口相关白兰地征收为期 5 年的反倾销税。');
    expect(causal(f).some((e) => e.to === named(f, '欧盟')?.id)).toBe(false);
  });
  it('reads 针对部分美国企业采取的…限制措施 as describing the measure, not the ministry constraining it', () => {
    const f = daily('商务部同日将 4 月针对部分美国企业采取的不可靠实体清单等限制措施的暂停期延长 90 天。');
    expect(causal(f).some((e) => e.from === named(f, '商务部')?.id)).toBe(false);
  });
  it('names a quoted policy opening the clause as the cause (“反内卷”政策推动部分大宗商品价格回升)', () => {
    const f = daily('“反内卷”政策推动部分大宗商品价格回升，是购进价格指数回升的重要原因。');
    expect(has(f, 'CAUSES', '反内卷政策', '大宗商品价格')).toBe(true);
  });
  it('names the arrangement by its quoted term (这一“以收入换许可”的安排在华盛顿引发合法性争议), not the previous sentence’s event', () => {
    const f = daily('中美双方先后宣布将关税休战再延长 90 天。美国商务部已开始向 Nvidia H20 和 AMD MI308 发放对华出口许可，条件是两家公司把相关芯片对华销售收入的 15% 交给美国政府，这一“以收入换许可”的安排在华盛顿引发合法性争议。');
    expect(has(f, 'CAUSES', '以收入换许可', '合法性争议')).toBe(true);
    expect(causal(f).some((e) => e.from === named(f, '关税休战')?.id)).toBe(false);
  });
  it('reads 11 月 10 日这一截止时间，也为…元首会晤设定了谈判窗口 with the truce that ends then, not the summit, as what sets the window', () => {
    const f = daily(
      '中美双方于 8 月 11 日至 12 日先后宣布将关税休战再延长 90 天，新的截止时间为 11 月 10 日。',
      '11 月 10 日这一截止时间，也为双方在 10 月底 APEC 会议期间可能举行的元首会晤设定了谈判窗口。',
    );
    expect(has(f, 'CONSTRAINS', '关税休战', '谈判窗口')).toBe(true);
    expect(has(f, 'CONSTRAINS', 'APEC会议', '谈判窗口')).toBe(false);
  });
});

describe('English cue words that are no verbs', () => {
  it("reads 'limited restrictions' opening a clause as an adjective, not a constraint (USTR ship fees release)", () => {
    const f = extractText(
      'USTR Section 301 Action\n\nApril 17, 2025\n\nTo incentivize U.S.-built liquified natural gas (LNG) vessels, limited restrictions on transporting LNG via foreign vessels. These restrictions will increase incrementally over 22 years.\n',
      { name: 'ustr' },
    );
    // Only the restrictions constrain (what they are on); nothing before 'limited' does.
    const there = causal(f).filter((e) => e.evidence.some((x) => x.text.includes('limited restrictions')));
    expect(there.every((e) => e.from === named(f, 'restrictions')?.id)).toBe(true);
  });
});

describe('relations Chinese states by a set shape', () => {
  it('reads X 对 Y 的约束 as X constraining Y (出口管制对中国先进算力的约束)', () => {
    const f = daily('分析人士指出，EDA 和 H20 的松动是伦敦框架的交换结果，但美方仍保留收回许可的能力，出口管制对中国先进算力的约束并未根本改变。');
    expect(has(f, 'CONSTRAINS', '出口管制', '算力')).toBe(true);
  });
  it('reads A 的扩张，与 B 和 C 的带动密切相关 as B and C causing A', () => {
    const f = daily('从新质生产力的视角看，高技术制造业和装备制造业的持续扩张，与大规模设备更新和消费品以旧换新政策的带动密切相关。');
    expect(has(f, 'CAUSES', '大规模设备更新', '高技术制造业')).toBe(true);
    expect(has(f, 'CAUSES', '消费品以旧换新政策', '装备制造业')).toBe(true);
  });
  it('reads Y 因此被纳入限制范围 as the rule of the clause before constraining Y', () => {
    const f = daily('闻泰科技已于去年 12 月被列入美国实体清单，美国商务部工业与安全局（BIS）9 月 29 日发布的“50% 规则”又把实体清单限制扩展到其持股 50% 及以上的子公司，安世半导体因此被纳入限制范围。');
    expect(has(f, 'CONSTRAINS', '50% 规则', '安世半导体')).toBe(true);
  });
  it('reads 若 X 兑现，Y 可能承压 as X constraining Y', () => {
    const f = daily('不过，若 100% 关税威胁兑现，第四季度出口可能明显承压。');
    expect(hasLike(f, 'CONSTRAINS', '关税', '出口')).toBe(true);
  });
  it('reads …构筑新的保护主义壁垒，中方因而不得不采取对等限制措施 as the protectionism the clause before names causing the measure', () => {
    const f = daily('商务部新闻发言人 7 月 6 日表示，欧方仍一意孤行，构筑新的保护主义壁垒，中方因而不得不采取对等限制措施。');
    expect(has(f, 'CAUSES', '保护主义', '限制措施')).toBe(true);
  });
  it('makes a company involve its IPO tutor (辅导机构为中信证券)', () => {
    const f = daily('据中国经营报报道，杭州宇树科技股份有限公司（Unitree）已在浙江证监局办理首次公开发行股票并上市辅导备案，辅导机构为中信证券。');
    expect(has(f, 'INVOLVES', '杭州宇树科技股份有限公司', '中信证券')).toBe(true);
  });
  it('names a subject by its phrase before a change verb (小型企业景气度下滑可能制约就业…) and the object after the last 的 (…之间的供货中断)', () => {
    const f = daily(
      '但在外需不确定的背景下，小型企业景气度下滑可能制约就业和居民收入的改善。',
      '业内担心，控制权之争可能导致安世中国工厂与荷兰总部之间的供货中断。',
    );
    expect(has(f, 'CONSTRAINS', '小型企业景气度', '就业')).toBe(true);
    expect(has(f, 'CAUSES', '控制权之争', '供货中断')).toBe(true);
  });
});

describe('who issues what, read from the structure of the sentence', () => {
  it('makes the executive order 他已签署 a Policy issued by the person the sentence named', () => {
    const f = daily('特朗普 8 月 11 日在 Truth Social 上表示，他已签署行政命令，将对华加征的 24% 额外关税继续暂停至 11 月 10 日。');
    expect(has(f, 'ISSUED_BY', '行政命令', '特朗普')).toBe(true);
  });
  it('has a product named with its maker (Nvidia H20) issued by that maker', () => {
    const f = daily('美国商务部已开始向 Nvidia H20 和 AMD MI308 发放对华出口许可。');
    expect(has(f, 'ISSUED_BY', 'Nvidia H20', 'Nvidia')).toBe(true);
  });
  it('reads 援引《货物供应法》，对安世半导体行使干预权 as the law cited constraining the company', () => {
    const f = daily('荷兰经济事务部 10 月 12 日晚宣布，已于 9 月 30 日援引《货物供应法》（Goods Availability Act），对安世半导体（Nexperia）行使干预权，理由是公司治理存在"严重缺陷"。');
    expect(has(f, 'CONSTRAINS', '货物供应法', '安世半导体')).toBe(true);
    expect(causal(f).some((e) => e.type === 'CAUSES' && e.to === named(f, '安世半导体')?.id)).toBe(false);
  });
});
