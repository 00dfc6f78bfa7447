// Names read by their written form in Chinese news: Latin names with accents, company names that
// mix a Latin short name with a Han trade word, people after the titles of companies and cabinets
// (Japanese names of 3–4 characters too), and institutions whose first word jieba reads as a verb.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { sentenceMentions } from '../../src/extract/mentions.js';
import { found } from './fixtures.js';

const names = (sentence: string) => found(sentence).map(([n]) => n);

describe('Latin names with accented letters', () => {
  it('reads Stéphane Séjourné whole, as a Person, not as St and phane S', () => {
    const f = found('欧盟委员会执行副主席 Stéphane Séjourné 周三在布鲁塞尔表示，欧方将加快关键原材料储备。');
    expect(f).toContainEqual(['Stéphane Séjourné', 'Person']);
    expect(f.map(([n]) => n)).not.toContain('St');
  });
  it('reads a known first name without its accent (José Núñez) as a Person', () => {
    expect(found('西班牙经济部官员 José Núñez 称，新规将于明年生效。')).toContainEqual(['José Núñez', 'Person']);
  });
});

describe('company names', () => {
  it('joins a Latin short name to its Han trade word (LG 新能源, TCL 科技)', () => {
    const f = found('LG 新能源与 TCL 科技同日宣布扩大在华电池产能。');
    expect(f).toContainEqual(['LG 新能源', 'Organization']);
    expect(f).toContainEqual(['TCL 科技', 'Organization']);
  });
  it('makes no second node of the Latin short name opening a company’s name (LG, TCL)', () => {
    const all = sentenceMentions('LG 新能源与 TCL 科技同日宣布扩大在华电池产能。', 0, 29, false).map((m) => m.name);
    expect(all).not.toContain('LG');
    expect(all).not.toContain('TCL');
  });
  it('reads a name ending in a model code as the product (AMD MI308)', () => {
    expect(found('美国商务部已开始向 AMD MI308 发放对华出口许可。')).toContainEqual(['AMD MI308', 'Product']);
  });
  it('joins an unknown Latin name to 集团 (Müller 集团)', () => {
    expect(found('德国 Müller 集团计划在华新建工厂。')).toContainEqual(['Müller 集团', 'Organization']);
  });
  it('reads drug makers by their trade (恒瑞医药, 信达生物), not sectors (中医药, 新能源汽车)', () => {
    const f = found('恒瑞医药和信达生物的创新药获批，中医药与新能源汽车板块走强。');
    expect(f).toContainEqual(['恒瑞医药', 'Organization']);
    expect(f).toContainEqual(['信达生物', 'Organization']);
    expect(f.filter(([, l]) => l === 'Organization').map(([n]) => n)).toEqual(['恒瑞医药', '信达生物']);
  });
  it('ends a company name at 与 before a second company (丰田株式会社)', () => {
    expect(names('石药集团制药与丰田株式会社均参与投资。')).toContain('丰田株式会社');
    expect(names('石药集团制药与丰田株式会社均参与投资。').some((n) => n.includes('与'))).toBe(false);
  });
  it('keeps 与 inside one name (中国物流与采购联合会)', () => {
    expect(names('中国物流与采购联合会发布数据。')).toContain('中国物流与采购联合会');
  });
});

describe('institutions by suffix', () => {
  it('reads a university whose first word jieba takes for a verb (防卫大学)', () => {
    expect(found('日本防卫大学将于明年开设网络安全课程。')).toContainEqual(['防卫大学', 'Organization']);
    expect(found('他进入大学后开始研究芯片。').filter(([, l]) => l === 'Organization')).toEqual([]);
  });
  it('reads an organisation’s centre (国家统计局服务业调查中心) as an Organization, not an Event', () => {
    expect(found('国家统计局服务业调查中心和中国物流与采购联合会发布了中国采购经理指数。')).toContainEqual([
      '国家统计局服务业调查中心',
      'Organization',
    ]);
    expect(found('该公司研发中心位于上海。').filter(([, l]) => l === 'Organization')).toEqual([]);
  });
  it('takes jieba’s 对外部 (对 + 外部) for no organisation', () => {
    expect(names('中国必须减少对外部供应链的依赖。')).not.toContain('对外部');
  });
});

describe('people after the titles of companies and cabinets', () => {
  it('reads the chairman of a company (会长李在镕) whole', () => {
    expect(found('三星电子会长李在镕周三会见了到访的美国商务部官员。')).toContainEqual(['李在镕', 'Person']);
  });
  it('reads the head of an academy (院长朱敏)', () => {
    expect(found('中国科学院院长朱敏出席开幕式。')).toContainEqual(['朱敏', 'Person']);
  });
  it('reads Japanese ministers’ names of 3–4 characters (大臣赤泽亮正, 首相石破茂)', () => {
    expect(found('日本经济再生大臣赤泽亮正表示，日美关税谈判仍有分歧。')).toContainEqual(['赤泽亮正', 'Person']);
    expect(found('日本首相石破茂称，将继续与美方沟通。')).toContainEqual(['石破茂', 'Person']);
  });
  it('takes no common word after a title for a name (部长会议表示, 发言人表示)', () => {
    expect(found('部长会议表示将加强协调，发言人表示欢迎。').filter(([, l]) => l === 'Person')).toEqual([]);
  });
});

describe('all-caps words decided by their sentence', () => {
  it('reads business and measure acronyms (IPO, PUE, PPA) and technologies (EDA) as no organisation', () => {
    const f = found('公司计划明年 IPO，数据中心 PUE 与 PPA 要求提高，EDA 软件受限。');
    expect(f.filter(([, l]) => l === 'Organization')).toEqual([]);
    expect(f).toContainEqual(['EDA', 'Concept']);
  });
  it('reads drug codes (PD-1, SSGJ-707) as Products', () => {
    const f = found('三生制药的 PD-1/VEGF 双抗 SSGJ-707 获批开展临床试验。');
    expect(f).toContainEqual(['SSGJ-707', 'Product']);
  });
  it('reads an acronym cited as a source or placed after a country as an Organization (据 CSIS 统计, 韩国 KBS)', () => {
    expect(found('据 CSIS 统计，美国造船产量占比不足 1%。')).toContainEqual(['CSIS', 'Organization']);
    expect(found('韩国 KBS 援引专家观点称，制裁影响有限。')).toContainEqual(['KBS', 'Organization']);
  });
});

describe('phrases cut from running text', () => {
  it('starts no phrase with a copula or a verb of saying (是欧盟…措施, 商务部宣布加强两用物项)', () => {
    const f = names('商务部宣布加强两用物项出口管制。这是欧盟对华电动汽车反补贴措施的延续。');
    expect(f.filter((n) => /^(?:是|宣布|加强)/.test(n) || n.includes('宣布'))).toEqual([]);
    expect(f).toContain('欧盟对华电动汽车反补贴措施');
  });
  it('reads a quoted name before 政策 or 关税 as one Policy (“反内卷”政策, “对等”关税)', () => {
    expect(found('“反内卷”政策持续发力，光伏价格企稳。')).toContainEqual(['反内卷政策', 'Policy']);
    expect(found('美方称“对等”关税将延续至年底。')).toContainEqual(['对等关税', 'Policy']);
  });
  it('reads a levy at a rate as a Policy (加征 100% 关税, 34% 的报复性关税)', () => {
    expect(found('特朗普威胁自 11 月 1 日起对华加征 100% 关税。')).toContainEqual(['100% 关税', 'Policy']);
    expect(found('中方宣布对美加征 34% 的报复性关税。')).toContainEqual(['34% 报复性关税', 'Policy']);
  });
});

describe('an instrument named only by its kind', () => {
  it('makes 行政命令 a Policy node, signed by the one who signs it, when no order was named before', () => {
    const f = extractText('新质生产力每日动态\n\n2026 年 5 月 8 日\n\n1 汽车关税\n\n特朗普称他已签署行政命令，对进口汽车加征关税。\n', { name: 'eo' });
    const order = f.nodes.find((n) => n.name === '行政命令');
    expect(order?.label).toBe('Policy');
  });
});
