// Structural Chinese relations by shape (src/extract/rules/zh-participants.ts): a person's role in an
// organisation, an event's venue, what a measure is part of, the signature of an official notice and
// the organisation before a headline's colon. Sentences from the eval texts.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { has } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'participants', date: '2026-06-26' });

describe('ORG ROLE PERSON: the person is part of the organisation', () => {
  it('reads 宇树科技 CEO 王兴兴 as 王兴兴 PART_OF 宇树科技', () => {
    const f = read('宇树科技 CEO 王兴兴在春晚演出后对 36 氪表示，今年全球人形机器人出货量可能达到“数万台”。');
    expect(has(f, 'PART_OF', '王兴兴', '宇树科技')).toBe(true);
  });
  it('reads a minister after his ministry (商务部部长王文涛)', () => {
    const f = read('该决定由商务部部长王文涛签署，自即日起施行。');
    expect(has(f, 'PART_OF', '王文涛', '商务部')).toBe(true);
  });
  it('gives a head of state no organisation: 韩国总统李在明 names a country', () => {
    const f = read('韩国总统李在明 6 月 29 日主持发布会。');
    expect(f.edges.some((e) => e.type === 'PART_OF')).toBe(false);
  });
});

describe('EVENT 在 PLACE 举行: the event involves its venue', () => {
  it('links the conference to the city it is held in', () => {
    const f = read('世界人工智能大会将于 7 月 17 日至 20 日在上海举行。');
    expect(has(f, 'INVOLVES', '世界人工智能大会', '上海')).toBe(true);
  });
  it('reads 在 PLACE 举行的 EVENT too', () => {
    const f = read('在上海举行的世界人工智能大会吸引了大批企业。');
    expect(has(f, 'INVOLVES', '世界人工智能大会', '上海')).toBe(true);
  });
});

describe('X 是 Y 的一部分 / 旗舰立法: X is part of Y', () => {
  it('carries the subject of the clause before a clause opening with 是', () => {
    const f = read(
      '据南华早报 5 月 28 日报道，欧盟成员国当天首次就《工业加速器法案》展开辩论。该法案由欧盟委员会于 3 月 4 日提出，是“清洁工业协议”（Clean Industrial Deal）的旗舰立法。',
    );
    expect(has(f, 'PART_OF', '工业加速器法案', 'Clean Industrial Deal')).toBe(true);
    expect(has(f, 'ISSUED_BY', '工业加速器法案', '欧盟委员会')).toBe(true);
  });
  it('says nothing for 不是…的一部分', () => {
    const f = read('《工业加速器法案》不是“清洁工业协议”（Clean Industrial Deal）的一部分。');
    expect(f.edges.some((e) => e.type === 'PART_OF')).toBe(false);
  });
});

describe('an official notice: headline subject and signature', () => {
  const notice = [
    '商务部:将20家日本实体列入关注名单',
    '根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》等法律法规有关规定,决定将斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的20家日本实体列入关注名单。',
    '本公告自公布之日起正式实施。',
    '附件:关注名单(2026年2月24日)',
    '商务部',
    '2026年2月24日',
  ];
  it('has the organisation before the headline colon issue the list', () => {
    const f = read(notice.slice(0, 2).join('\n'));
    expect(has(f, 'ISSUED_BY', '关注名单', '商务部')).toBe(true);
  });
  it('has the signer on the line before the closing date issue the list the notice announced', () => {
    const f = read(notice.slice(1).join('\n'));
    expect(has(f, 'ISSUED_BY', '关注名单', '商务部')).toBe(true);
    // The law it cites is not the signer's.
    expect(has(f, 'ISSUED_BY', '中华人民共和国出口管制法', '商务部')).toBe(false);
  });
});

describe('a project, plan or undertaking involves the people and organisations of its clause', () => {
  it('links the project a president presents to him', () => {
    const f = read('韩国总统李在明 6 月 29 日主持“三极大跃进超大型项目”发布会。');
    expect(has(f, 'INVOLVES', '三极大跃进超大型项目', '李在明')).toBe(true);
  });
  it('links an undertaking to the body that accepts it and the company that submits it', () => {
    const f = read('据 CnEVPost 2 月 11 日报道，欧盟委员会已接受大众汽车（安徽）有限公司就纯电动汽车出口提交的价格承诺。');
    expect(has(f, 'INVOLVES', '价格承诺', '欧盟委员会')).toBe(true);
    expect(has(f, 'INVOLVES', '价格承诺', '大众汽车（安徽）有限公司')).toBe(true);
  });
});

describe('a numbered notice named after its issuers', () => {
  it('is issued by the organisation opening its name and the one written before it', () => {
    const f = read(
      '商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定\n【发布文号】商务部 海关总署公告2025年第18号\n根据《中华人民共和国出口管制法》有关规定,经国务院批准,决定对下列物项实施出口管制。',
    );
    expect(has(f, 'ISSUED_BY', '海关总署公告2025年第18号', '海关总署')).toBe(true);
    expect(has(f, 'ISSUED_BY', '海关总署公告2025年第18号', '商务部')).toBe(true);
  });
});

describe('a list of a country’s entities', () => {
  it('involves the country whose entities it names', () => {
    const f = read('商务部将 MP Materials、USA Rare Earth 等 10 家美国实体列入出口管制管控名单。');
    expect(has(f, 'INVOLVES', '出口管制管控名单', '美国')).toBe(true);
  });
});

describe('X 由 … 发布: the makers named between 由 and the verb', () => {
  it('takes the organisation named there', () => {
    const f = read('“祖冲之三号”由中国科学技术大学潘建伟、朱晓波、彭承志等团队于今年 3 月 3 日发布，量子比特数目增至 105 个。');
    expect(has(f, 'ISSUED_BY', '祖冲之三号', '中国科学技术大学')).toBe(true);
  });
  it('takes the person when no organisation is named', () => {
    const f = read('《芯片安全法》由参议员 Tom Cotton 于 5 月提出，要求对出口芯片进行位置验证。');
    expect(has(f, 'ISSUED_BY', '芯片安全法', 'Tom Cotton')).toBe(true);
  });
  it('reads no agent into 由于', () => {
    const f = read('英伟达 H20 芯片由于美国商务部发布新规而停售。');
    expect(has(f, 'ISSUED_BY', 'H20', '美国商务部')).toBe(false);
  });
});

describe('a heading TOPIC：… — the project before the colon involves who the rest names', () => {
  it('links the project to the companies of the heading', () => {
    const f = read('韩国“三极大跃进超大型项目”：三星与 SK 海力士押注存储芯片\n\n韩国总统李在明主持发布会。');
    expect(has(f, 'INVOLVES', '三极大跃进超大型项目', '三星')).toBe(true);
  });
});

describe('该决定由 PERSON 签署 with no 决定 named', () => {
  it('has the signer issue the list the sentence before put companies on', () => {
    const f = read(
      '依据《中华人民共和国反外国制裁法》，经国家反外国制裁工作协调机制批准，商务部将 Hanwha Shipping LLC、Hanwha Philly Shipyard Inc. 列入反制清单，禁止中国境内的组织和个人与其进行交易、合作等活动。该决定由商务部部长王文涛签署，自即日起施行。',
    );
    expect(has(f, 'ISSUED_BY', '反制清单', '王文涛')).toBe(true);
    expect(has(f, 'ISSUED_BY', '中华人民共和国反外国制裁法', '王文涛')).toBe(false);
  });
});

describe('ORG 颁发的 X / A 与 B 获得 X', () => {
  const f = read(
    '企业层面，今年 3 月 28 日，广东亿航通用航空有限公司与合肥合翼航空有限公司同日获得中国民用航空局颁发的首批载人类民用无人驾驶航空器运营合格证（OC），亿航智能由此集齐 TC、PC、AC、OC 四证。',
  );
  it('has the organisation before 颁发的 issue the licence', () => {
    expect(has(f, 'ISSUED_BY', '运营合格证', '中国民用航空局')).toBe(true);
  });
  it('reads ORG 牵头的 X like 颁发的', () => {
    expect(has(read('国家发展改革委牵头的《低空经济发展行动计划》正式印发。'), 'ISSUED_BY', '低空经济发展行动计划', '国家发展改革委')).toBe(true);
  });
  it('has the licence involve each company that obtained it', () => {
    expect(has(f, 'INVOLVES', '运营合格证', '广东亿航通用航空有限公司')).toBe(true);
    expect(has(f, 'INVOLVES', '运营合格证', '合肥合翼航空有限公司')).toBe(true);
  });
});
