// Chinese entities the lexicon does not know, found by their form: concepts of official Chinese by
// their domain head, activities, “X+” campaign fields, listed items (…等行业) and addressee lines.
// Each rule is shown on real sentences (the State Council “人工智能+” opinion, the NBS PMI release,
// the seed briefings).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { found } from './fixtures.js';

/** The top-level mentions of one Chinese sentence, as [name, label]. */
const names = (sentence: string) => found(sentence).map(([n]) => n);

describe('noun compounds ending in a domain head (…经济/社会/治理/范式/理念/现代化/发展/终端)', () => {
  it('finds 新发展理念 and 中国式现代化 in the guiding clause of an opinion', () => {
    const n = names('完整准确全面贯彻新发展理念，坚持以人民为中心的发展思想，更好服务中国式现代化建设。');
    expect(n).toContain('新发展理念');
    expect(n).toContain('中国式现代化');
    // 服务 is the verb here, and 发展思想 is no named thing.
    expect(n.some((x) => x.startsWith('服务'))).toBe(false);
  });
  it('finds 智能经济 and 智能社会, and 人机协同, in a list of goals', () => {
    const n = names('加快形成人机协同、跨界融合、共创分享的智能经济和智能社会新形态，现提出如下意见。');
    expect(n).toEqual(expect.arrayContaining(['人机协同', '智能经济', '智能社会']));
  });
  it('reads 新一代智能终端 as a Product and 公共治理 as a Concept', () => {
    const f = found('新一代智能终端、智能体等应用普及率超70%，人工智能在公共治理中的作用明显增强。');
    expect(f).toContainEqual(['新一代智能终端', 'Product']);
    expect(f).toContainEqual(['公共治理', 'Concept']);
  });
  it('finds 高质量发展 and 新型科研范式', () => {
    expect(names('到2030年，我国人工智能全面赋能高质量发展。')).toContain('高质量发展');
    expect(names('加快探索人工智能驱动的新型科研范式，加速“从0到1”重大科学发现进程。')).toContain('新型科研范式');
  });
  it('makes no compound of two heads side by side (经济社会) nor of a verb’s object (开放合作体系)', () => {
    expect(names('推动人工智能与经济社会各行业各领域广泛深度融合。')).not.toContain('经济社会');
    expect(names('人工智能开放合作体系不断完善。')).not.toContain('合作体系');
  });
  it('does not make a development of a known concept a second node (新质生产力发展, 新质生产力稳步发展)', () => {
    const n = names('这一政策有助于新质生产力稳步发展，推动新质生产力发展。');
    expect(n.filter((x) => x.endsWith('发展'))).toEqual([]);
  });
  it('reads the heading 二、加快实施重点行动 as the Policy 重点行动', () => {
    expect(found('二、加快实施重点行动')).toContainEqual(['重点行动', 'Policy']);
  });
});

describe('activities and campaign fields', () => {
  it('names 稀土开采 by the thing mined and the verb-noun after it', () => {
    expect(names('国家对稀土开采和稀土冶炼分离实行总量调控管理。')).toContain('稀土开采');
  });
  it('reads (一)“人工智能+”科学技术 as one Policy of the campaign', () => {
    expect(found('(一)“人工智能+”科学技术')).toContainEqual(['人工智能+科学技术', 'Policy']);
  });
});

describe('lists: items before 等行业/等领域 and addressee lines', () => {
  const pmi = '从服务业行业看 ,铁路运输、航空运输、邮政、住宿 、文化体育娱乐等行业商务活动指数均位于60.0%及以上高位景气区间;保险、房地产等行业商务活动指数均低于临界点 。';
  it('makes each industry listed before 等行业 a Concept, two-character ones too', () => {
    const f = found(pmi);
    for (const item of ['铁路运输', '航空运输', '邮政', '住宿', '文化体育娱乐', '保险', '房地产']) expect(f).toContainEqual([item, 'Concept']);
  });
  it('keeps only the specific items of a 等领域 list (全球合作, not 科技 or 民生)', () => {
    const n = names('以科技、产业、消费、民生、治理、全球合作等领域为重点，深入实施“人工智能+”行动。');
    expect(n).toContain('全球合作');
    expect(n).not.toContain('民生');
  });
  it('splits the last item of a list joined by 和 (大模型、智能终端和智能机器人等领域)', () => {
    const n = names('展会集中展出 3000 余项前沿展品，涵盖大模型、智能终端和智能机器人等领域。');
    expect(n).toEqual(expect.arrayContaining(['智能终端', '智能机器人']));
    expect(n).not.toContain('智能终端和智能机器人');
  });
  it('reads an addressee line as one Organization per comma-separated group', () => {
    const f = found('各省、自治区、直辖市人民政府,国务院各部委、各直属机构:');
    expect(f).toContainEqual(['各省、自治区、直辖市人民政府', 'Organization']);
    expect(f).toContainEqual(['国务院各部委、各直属机构', 'Organization']);
  });
  it('reads no addressee line in an ordinary sentence closed by a colon', () => {
    expect(found('商务部新闻发言人表示:').filter(([, l]) => l === 'Organization').map(([n]) => n)).not.toContain('商务部新闻发言人表示');
  });
});

describe('what a statistics release measures (国家统计局 规模以上工业增加值)', () => {
  it('makes each industry whose change is given a Concept, its official long name whole', () => {
    const f = found('分三大门类看，9月份，采矿业增加值同比增长6.4%，制造业增长7.3%，电力、热力、燃气及水生产和供应业增长0.6%。');
    expect(f).toContainEqual(['制造业', 'Concept']);
    expect(f).toContainEqual(['电力、热力、燃气及水生产和供应业', 'Concept']);
  });
  it('makes an ownership class with its change an Organization class (股份制企业, 私营企业)', () => {
    const f = found('分经济类型看，9月份，国有控股企业增加值同比增长6.5%；股份制企业增长6.8%，外商及港澳台投资企业增长5.8%；私营企业增长4.6%。');
    for (const c of ['股份制企业', '外商及港澳台投资企业', '私营企业']) expect(f).toContainEqual([c, 'Organization']);
  });
  it('makes a product with a physical unit a Product and a …量 an Indicator', () => {
    const f = found('其中，钢材12421万吨，同比增长5.1%；十种有色金属695万吨，增长2.9%；发电量8262亿千瓦时，增长1.5%；原油加工量6269万吨，增长6.8%。');
    expect(f).toContainEqual(['钢材', 'Product']);
    expect(f).toContainEqual(['十种有色金属', 'Product']);
    expect(f).toContainEqual(['发电量', 'Indicator']);
    expect(f).toContainEqual(['原油加工量', 'Indicator']);
  });
  it('makes a flow with a unit an Indicator, not a Product (汽车出口 65 万辆)', () => {
    expect(found('据海关数据，9 月汽车出口 65 万辆，同比增长 21%。')).toContainEqual(['汽车出口', 'Indicator']);
  });
  it('names nothing in a clause whose figure is a share of a count (41个大类行业中有36个行业…)', () => {
    expect(names('分行业看，9月份，41个大类行业中有36个行业增加值保持同比增长。').some((n) => n.includes('个'))).toBe(false);
  });
});

describe('titles ending in 建议', () => {
  it('reads 《中共中央关于制定…规划的建议》 as a Policy, so its issuer 中共中央 becomes an Organization', () => {
    const s = '根据《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》,国务院编制了规划纲要草案。';
    expect(found(s)).toContainEqual(['中共中央关于制定国民经济和社会发展第十五个五年规划的建议', 'Policy']);
    const f = extractText(['新质生产力每日动态', '2026 年 5 月 9 日', '1 十五五规划', s].join('\n\n'), { name: 'cpc' });
    expect(f.nodes.find((n) => n.name === '中共中央')?.label).toBe('Organization');
  });
});
