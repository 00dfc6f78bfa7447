// Names in Chinese business news that no lexicon holds: a company declared once in full with the
// short form the story uses after (（以下简称“优必选”）, （下称中国船舶，600150.SH）), a listed company
// named with its stock code, a group a story keeps coming back to (鞍钢集团, 本钢集团), and people after
// the titles of company and party news (党委书记, CTO). Sentences are from real stories of 21世纪经济报道,
// 新民晚报, 中国经济网, 证券时报-style wire copy and company announcements (2016–2026).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { found, named } from './fixtures.js';

const news = (...paragraphs: string[]) => extractText(`2025年9月12日\n\n${paragraphs.join('\n')}\n`, { name: 'news' });
const orgs = (f: ReturnType<typeof news>) => f.nodes.filter((n) => n.label === 'Organization').map((n) => n.name);

describe('a company declared with its short form', () => {
  it('merges the short form with the full name, and later uses of it are the same company', () => {
    const f = news(
      '中国船舶工业股份有限公司(下称中国船舶,600150.SH )与中国船舶重工股份有限公司(下称中国重工,601989.SH)的换股吸收合并事项已正式实施完成。',
      '本次重大资产重组交易完成后,中国重工将依法终止上市并注销法人资格,中国船舶将全面承继及承接中国重工的全部资产。',
    );
    expect(named(f, '中国船舶')?.name).toBe('中国船舶工业股份有限公司');
    expect(named(f, '中国重工')?.name).toBe('中国船舶重工股份有限公司');
    expect(orgs(f).filter((n) => n.startsWith('中国船舶') || n.startsWith('中国重工'))).toHaveLength(2);
  });
  it('reads the quoted short form after 以下简称 as the company, not a Concept', () => {
    const f = news(
      '在2025世界机器人大会上,深圳市优必选科技股份有限公司(以下简称“优必选”)携五大人形机器人产品亮相。',
      '北京人形机器人创新中心总经理、优必选CTO熊友军表示:“我们具有后发优势。”',
    );
    const ubtech = named(f, '优必选');
    expect(ubtech).toMatchObject({ label: 'Organization', name: '深圳市优必选科技股份有限公司' });
    expect(f.nodes.filter((n) => n.aliases.includes('优必选'))).toHaveLength(1);
  });
  it('takes the short form only when it abbreviates the full name (（以下简称“公司”） names nothing)', () => {
    const f = news('宁德时代新能源科技股份有限公司(以下简称“公司”)于2022年4月20日召开第三届董事会第三次会议。');
    expect(named(f, '公司')).toBeUndefined();
  });
  it('leaves a longer name that only starts with the short form (中国船舶集团, 原中国船舶工业总公司)', () => {
    const f = news(
      '中国船舶工业股份有限公司(下称中国船舶,600150.SH )发布公告。',
      '回溯历史,1999年,原中国船舶工业总公司实施分拆。2019年10月,“南北船”共同组建成立了中国船舶集团。',
    );
    expect(named(f, '中国船舶')?.aliases).not.toContain('中国船舶集团');
    expect(f.nodes.filter((n) => n.aliases.includes('中国船舶')).map((n) => n.name)).toEqual(['中国船舶工业股份有限公司']);
  });
});

describe('a registered name used by its opening words, undeclared', () => {
  it('reads 中国宝武 as 中国宝武钢铁集团有限公司 where the story names it so', () => {
    const f = news(
      '经报国务院批准,中国宝武钢铁集团有限公司与中国中钢集团有限公司实施重组。',
      '随着近年来联合重组、受托管理业内多家重要企业,中国宝武联合重组和专业化整合的成果受到了市场检验。',
    );
    expect(named(f, '中国宝武')?.name).toBe('中国宝武钢铁集团有限公司');
  });
  it('takes no opening word the story uses only inside longer names (山东钢铁集团旗下)', () => {
    const f = news('资料显示,山东钢铁集团有限公司成立,其子公司包括济钢、莱钢。山东钢铁集团旗下两家上市公司发布公告。');
    expect(f.nodes.some((n) => n.aliases.includes('山东钢铁'))).toBe(false);
  });
});

describe('a listed company named with its stock code', () => {
  it('reads the name before a code as a company, and the exchange letters as none', () => {
    const f = news('2025年8月4日晚,中国船舶(600150.SH)与中国重工(601989.SH)发布公告,确认交易已获中国证监会批复。');
    expect(orgs(f)).toEqual(expect.arrayContaining(['中国船舶', '中国重工']));
    expect(orgs(f)).not.toContain('SH');
  });
  it('reads a bare six-digit code after a name in a list (济南钢铁(600022)、莱钢股份(600102))', () => {
    const f = news('本报讯 山东钢铁集团旗下两家上市公司济南钢铁(600022)、莱钢股份(600102)周日同时发布停牌公告。');
    expect(orgs(f)).toEqual(expect.arrayContaining(['济南钢铁', '莱钢股份']));
    expect(orgs(f).some((n) => n.includes('上市公司'))).toBe(false);
  });
  it('reads a Hong Kong code and makes no HK organisation', () => {
    const f = news('2026年1月1日,优必选(09880.HK)在哔哩哔哩直播平台发布一条长达40秒的视频。');
    expect(orgs(f)).toContain('优必选');
    expect(orgs(f)).not.toContain('HK');
  });
});

describe('a group the story comes back to', () => {
  it('reads a short name before 集团 used twice as the group, inside a clause too', () => {
    const f = news(
      '本钢板材4月15日突发公告,公司接间接控股股东本钢集团通知,获悉鞍钢集团正在筹划重组本钢集团事项。',
      '近日,鞍钢集团董事长、党委书记谭成旭表示,鞍钢将按照总体思路推进。',
    );
    expect(orgs(f)).toEqual(expect.arrayContaining(['鞍钢集团', '本钢集团']));
  });
  it('reads 中钢集团 after 与 and a verb (jieba cuts 中/钢)', () => {
    const f = news('中国宝武与中钢集团重组启动大会昨天在北京和上海举行。', '自中国宝武托管中钢集团两年以来,中钢集团企业改革发展成效显著。');
    expect(orgs(f)).toContain('中钢集团');
    expect(orgs(f).some((n) => n.includes('与'))).toBe(false);
  });
  it('takes no kind of group for a name (两大集团, 企业集团)', () => {
    const f = news('两大集团重组后,企业集团数量减少。两大集团将共享资源,企业集团改革加快。');
    expect(orgs(f).filter((n) => n.endsWith('集团'))).toEqual([]);
  });
});

describe('a Latin product line', () => {
  it('reads a Latin model name before 系列 as a Product, not an Organization', () => {
    const f = found('2025年的优必选交出了硬核答卷，Walker S系列已成为全球进入最多车厂实训的工业人形机器人。');
    expect(f).toContainEqual(['Walker S', 'Product']);
    expect(f).not.toContainEqual(['Walker S', 'Organization']);
  });
});

describe('people after the titles of company and party news', () => {
  it('reads the name after the last of a list of titles, and the title is no person', () => {
    const f = found('近日,鞍钢集团董事长、党委书记谭成旭表示,鞍钢将按照总体思路推进。');
    expect(f).toContainEqual(['谭成旭', 'Person']);
    expect(f.filter(([, l]) => l === 'Person').map(([n]) => n)).not.toContain('董事长');
  });
  it('reads the name after a Latin title (CTO)', () => {
    expect(found('北京人形机器人创新中心总经理、优必选CTO熊友军表示:“我们具有后发优势。”')).toContainEqual(['熊友军', 'Person']);
  });
});
