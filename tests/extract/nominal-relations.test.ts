// Relations stated by the shape of a noun phrase, with no verb between the two names
// (src/extract/rules/nominal-relations.ts): roles, places inside places, where a company is based,
// ownership and membership of a class. Sentences from wire copy and Chinese news, most of them from
// texts no rule was written for; each block also says which edges the shape must not give.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { has, named } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'nominal', date: '2026-06-26' });
const partOf = (s: string) => read(s).edges.filter((e) => e.type === 'PART_OF');

describe('role apposition: the person is PART_OF the organisation', () => {
  it('reads ORG + role + PERSON (Texas Instruments senior vice president Gregg Lowe)', () => {
    const f = read(
      'The company bought a 200mm wafer facility in the southwestern Chinese city of Chengdu and will use it to make analog chips, Texas Instruments senior vice president Gregg Lowe said in a telephone interview.',
    );
    expect(has(f, 'PART_OF', 'Gregg Lowe', 'Texas Instruments')).toBe(true);
  });
  it('reads PERSON, role of ORG (Mike Burns, chairman of Ideal Semiconductor)', () => {
    const f = read('Mike Burns, chairman of Ideal Semiconductor, said fabs typically give a little of runtime.');
    expect(has(f, 'PART_OF', 'Mike Burns', 'Ideal Semiconductor')).toBe(true);
  });
  it('reads "Its president, PERSON" as the organisation the sentence before opened with', () => {
    const f = read(
      'The European steel association Eurofer had asked for exactly this combination: halved quotas and a 50% out-of-quota rate. Its president, Henrik Adam, said last week that the message had been understood.',
    );
    expect(has(f, 'PART_OF', 'Henrik Adam', 'Eurofer')).toBe(true);
  });
  it('reads a role with modifiers the shorter role list lacks (欧盟委员会执行副主席塞茹尔内)', () => {
    const f = read('负责产业战略的欧盟委员会执行副主席塞茹尔内此前已向欧洲钢铁协会（Eurofer）和工会通报方案要点。');
    expect(has(f, 'PART_OF', '塞茹尔内', '欧盟委员会')).toBe(true);
  });
  it('reads 其 + role + PERSON as the organisation before it (闻泰科技…，其董事长张学政)', () => {
    const f = read('闻泰科技发布公告称，其董事长张学政已被暂停职务。');
    expect(has(f, 'PART_OF', '张学政', '闻泰科技')).toBe(true);
  });
  it('gives no organisation to a role after a country (U.K. Business Secretary Kwasi Kwarteng)', () => {
    expect(partOf('U.K. Business Secretary Kwasi Kwarteng initially approved the sale of Newport Wafer Fab.')).toEqual([]);
  });
});

describe('places: the smaller place is PART_OF the larger, a company INVOLVES where it is based', () => {
  it('reads "in X, on the northern island of Y"', () => {
    const f = read('Rapidus will start running the pilot line at its plant in Chitose, on the northern island of Hokkaido, in April.');
    expect(has(f, 'PART_OF', 'Chitose', 'Hokkaido')).toBe(true);
  });
  it('reads "in X, Y" after a locative (another facility in Richardson, Texas, near its headquarters)', () => {
    const f = read(
      'The purchase adds to an expansion push by Texas Instruments that included buying plants and equipment in Japan and fitting out another facility in Richardson, Texas, near its headquarters.',
    );
    expect(has(f, 'PART_OF', 'Richardson', 'Texas')).toBe(true);
    expect(has(f, 'PART_OF', 'Japan', 'Richardson')).toBe(false);
  });
  it('reads "X, based in Y, Z" as the company involving Y and Y inside Z', () => {
    const f = read('A spokesperson for Nexperia, based in Nijmegen, Netherlands, and owned by a Chinese company, said the company had not been given an explanation.');
    expect(has(f, 'INVOLVES', 'Nexperia', 'Nijmegen')).toBe(true);
    expect(has(f, 'PART_OF', 'Nijmegen', 'Netherlands')).toBe(true);
  });
  it('reads "X, which is itself building plants in Y" as the company involving Y', () => {
    const f = read(
      'A working line could win customers that now buy chips from Taiwan Semiconductor Manufacturing Co (TSMC), which is itself building plants in Kumamoto with up to 476 billion yen of Japanese subsidies.',
    );
    expect(has(f, 'INVOLVES', 'TSMC', 'Kumamoto')).toBe(true);
  });
  it('makes no part of a list of places (to China, Japan and South Korea; to Vietnam, Thailand)', () => {
    expect(partOf('Exports rose to China, Japan and South Korea, while shipments to Vietnam, Thailand fell.')).toEqual([]);
  });
  it('reads 总部位于 Y 省 Z 市: the company involves Y, Z is PART_OF Y', () => {
    const f = read('华为技术有限公司总部位于广东省深圳市龙岗区。');
    expect(has(f, 'INVOLVES', 'Huawei', 'Guangdong')).toBe(true);
    expect(has(f, 'PART_OF', 'Shenzhen', 'Guangdong')).toBe(true);
  });
});

describe('ownership: the unit is PART_OF its owner', () => {
  it('reads X…，是 Y 旗下子公司 (the subject of the sentence)', () => {
    const f = read('安世半导体总部位于荷兰奈梅亨，是闻泰科技旗下子公司，主要生产分立器件。');
    expect(has(f, 'PART_OF', '安世半导体', '闻泰科技')).toBe(true);
    expect(has(f, 'PART_OF', '奈梅亨', 'Netherlands')).toBe(true);
  });
  it('reads "X, owned by Y-headquartered Z"', () => {
    const f = read(
      'Ideal Semiconductor wanted silicon wafers processed at the Newport Wafer Fab until the fab was acquired by Dutch firm Nexperia, owned by Shanghai-headquartered Wingtech Technologies.',
    );
    const wingtech = f.edges.find((e) => e.type === 'PART_OF' && e.from === named(f, 'Nexperia')?.id);
    expect(f.nodes.find((n) => n.id === wingtech?.to)?.name).toMatch(/Wingtech/);
  });
});

describe('membership: each item of "CATEGORY such as A, B" / "A、B等C" is PART_OF the category', () => {
  it('reads every item after "like"', () => {
    const f = read('Rare earths like neodymium, praseodymium, and dysprosium are essential for magnets in EV motors and wind turbines.');
    for (const x of ['neodymium', 'praseodymium', 'dysprosium']) expect(has(f, 'PART_OF', x, 'rare earths')).toBe(true);
  });
  it('reads a bracketed 如 list (高纯化学品（如高纯氢氟酸、高纯氨水）)', () => {
    const f = read('中国也在同步推进硅片制造设备（如线切割机、研磨抛光设备）和高纯化学品（如高纯氢氟酸、高纯氨水）的国产化。');
    expect(f.edges.filter((e) => e.type === 'PART_OF').map((e) => named(f, '高纯化学品')?.id === e.to)).toContain(true);
  });
  it('takes no item that is only the start of a longer name (weapons of mass destruction, 稀土 of 稀土矿产品)', () => {
    expect(partOf('These items and capabilities are used by the PRC to produce advanced military systems including weapons of mass destruction.')).toEqual([]);
    expect(partOf('国家对稀土开采(含稀土矿产品等)的冶炼分离实行总量调控管理。')).toEqual([]);
  });
  it('makes no industry a member of an index (铁路运输、航空运输等行业商务活动指数)', () => {
    expect(partOf('从服务业行业看，铁路运输、航空运输、邮政、住宿、文化体育娱乐等行业商务活动指数均位于60.0%以上。')).toEqual([]);
  });
  it('makes nothing a member of a one-word generic class (companies like MP Materials, technologies such as AI)', () => {
    expect(partOf('The Pentagon has backed domestic projects by companies like MP Materials and Lynas to reduce dependence on Chinese supply chains.')).toEqual([]);
    expect(partOf('The rule controls items needed to produce technologies, such as artificial intelligence (AI), used in military applications.')).toEqual([]);
  });
});
