// Chinese names found by quotes, brand words and company shapes, and people named after their
// organisation. Sentences are from the eval-dev4 texts (a 新质生产力每日动态 briefing on quantum
// computing and the low-altitude economy, a news story on solid-state batteries) and the seeds.
import { describe, expect, it } from 'vitest';
import { dailyBriefing, found, named } from './fixtures.js';

const names = (s: string) => found(s).map(([n]) => n);

describe('quoted products', () => {
  it('reads a quoted model after its product noun (超导量子计算机“天衍—287”), not a quoted slogan (“全国产化”)', () => {
    expect(found('超导量子计算机“天衍—287”已完成系统搭建。')).toContainEqual(['天衍—287', 'Product']);
    const f = names('“全国产化”因此成为“天衍—287”最受关注的标签。');
    expect(f).toContain('天衍—287');
    expect(f).not.toContain('全国产化');
  });
  it('reads a quoted name and the product kind after it as one product (“天衍”量子计算云平台)', () => {
    expect(found('将接入“天衍”量子计算云平台并面向全球开放应用服务。')).toContainEqual(['天衍量子计算云平台', 'Product']);
  });
  it('reads a quoted name and number as a model (“祖冲之三号”), but not a quoted phrase before 的', () => {
    const f = found('该机搭载与“祖冲之三号”同款的芯片，这使“天衍”成为我国首个具备“量子计算优越性”的量子计算云平台。');
    expect(f).toContainEqual(['祖冲之三号', 'Product']);
    expect(f.map(([n]) => n)).not.toContain('量子计算优越性');
  });
  it('takes one common word in quotes before a kind for a slogan (“卡脖子”芯片)', () => {
    expect(names('中国企业推出“卡脖子”芯片替代方案。')).not.toContain('卡脖子芯片');
  });
  it('reads the brand before 品牌 when it is no common word (昊铂品牌; not 自主品牌)', () => {
    expect(found('按照计划，广汽将于2026年在昊铂品牌车型上开展小批量装车。')).toContainEqual(['昊铂', 'Product']);
    expect(names('自主品牌车型销量增长。')).not.toContain('自主');
  });
  it('reads the journal an article appears in as an organisation, not a report (发表于《物理评论快报》)', () => {
    expect(found('相关成果以封面论文形式发表于《物理评论快报》。')).toContainEqual(['物理评论快报', 'Organization']);
  });
});

describe('company names by shape', () => {
  it('runs a registered name back over a bracketed place (瑞固（衢州）新材料科技有限公司)', () => {
    expect(found('瑞固（衢州）新材料科技有限公司的硫化物固体电解质项目已于今年6月点火投产。')).toContainEqual([
      '瑞固（衢州）新材料科技有限公司',
      'Organization',
    ]);
  });
  it('runs a registered name back over a province and a verb inside it (广东亿航通用航空有限公司)', () => {
    const f = found('今年 3 月 28 日，广东亿航通用航空有限公司与合肥合翼航空有限公司同日获得运营合格证。');
    expect(f).toContainEqual(['广东亿航通用航空有限公司', 'Organization']);
    expect(f).toContainEqual(['合肥合翼航空有限公司', 'Organization']);
    expect(f.map(([n]) => n)).not.toContain('航空有限公司');
  });
  it('reads an unknown short name before 集团 as the group (广汽集团董事长, 上汽集团通过…)', () => {
    expect(found('广汽集团董事长冯兴亚昨日在2025广州车展上表示。')).toContainEqual(['广汽集团', 'Organization']);
    expect(found('本月21日，上汽集团通过投资者互动平台披露。')).toContainEqual(['上汽集团', 'Organization']);
  });
  it('reads a short name and trade as a company where it acts or is a partner (国盾量子公告, 与峰飞航空签署, 与清陶动力合作)', () => {
    expect(found('去年 3 月，国盾量子公告拟向中电信量子信息科技集团有限公司定向发行股份。')).toContainEqual(['国盾量子', 'Organization']);
    expect(found('4 月 2 日，合肥市与峰飞航空签署华东区域总部项目合作协议。')).toContainEqual(['峰飞航空', 'Organization']);
    expect(found('其与清陶动力合作在上海安亭建设的全固态电池产线已全线贯通。')).toContainEqual(['清陶动力', 'Organization']);
    expect(found('亿航智能由此集齐 TC、PC、AC、OC 四证。')).toContainEqual(['亿航智能', 'Organization']);
  });
  it('takes a technology word for no company (具身智能发布会, 与具身智能合作)', () => {
    expect(names('具身智能发布会上，人工智能推动产业升级。')).not.toContain('具身智能');
    expect(names('我们与具身智能合作。')).not.toContain('具身智能');
  });
  it('reads a place, a field and 大学 as a university (中国科学技术大学), not a kind of university (美国研究型大学)', () => {
    expect(found('“祖冲之三号”由中国科学技术大学潘建伟团队发布。')).toContainEqual(['中国科学技术大学', 'Organization']);
    expect(names('美国研究型大学也表示反对。')).not.toContain('美国研究型大学');
  });
  it('reads a model number with a suffix letter as a product (EH216-S)', () => {
    expect(found('EH216-S 得以开展商业载人飞行。')).toContainEqual(['EH216-S', 'Product']);
  });
});

describe('people without a role word before them', () => {
  it('reads names right after their organisation and the names listed with them (中国科学技术大学潘建伟、朱晓波、彭承志等)', () => {
    const f = found('“祖冲之三号”由中国科学技术大学潘建伟、朱晓波、彭承志等团队于今年 3 月 3 日发布。');
    for (const p of ['潘建伟', '朱晓波', '彭承志']) expect(f).toContainEqual([p, 'Person']);
  });
  it('reads names after a provincial or an officer title (省长施小琳, 首席技术官孙华军)', () => {
    expect(found('四川省省长施小琳为四川省低空经济产业研究院授牌。')).toContainEqual(['施小琳', 'Person']);
    expect(found('深圳市比亚迪锂电池有限公司首席技术官孙华军则透露。')).toContainEqual(['孙华军', 'Person']);
  });
});

describe('certificates glossed by an abbreviation', () => {
  it('reads 运营合格证（OC） as one Policy, and OC as no organisation', () => {
    const f = found('今年 3 月 28 日，两家公司获得中国民用航空局颁发的首批载人类民用无人驾驶航空器运营合格证（OC）。');
    expect(f).toContainEqual(['运营合格证', 'Policy']);
    expect(f).not.toContainEqual(['OC', 'Organization']);
  });
});

describe('phrases a relation rule cuts', () => {
  it('makes no node of a phrase no edge or mention needs (成本仍是, 行业)', () => {
    const f = dailyBriefing('2025 年 11 月 25 日', '行业加速的一个重要前提是标准先行。不过，成本仍是制约大规模应用的主要障碍。');
    expect(named(f, '成本仍是')).toBeUndefined();
    expect(named(f, '行业')).toBeUndefined();
  });
  it('makes no node of a word that only points back (推动这一增长 → no 这一)', () => {
    const f = dailyBriefing(
      '2025 年 11 月 25 日',
      '多家机构预计，全球固态电池出货量将从2024年的约50GWh增至2030年的500GWh，新能源汽车对续航和安全的需求是推动这一增长的主要原因。',
    );
    expect(named(f, '这一')).toBeUndefined();
  });
});
