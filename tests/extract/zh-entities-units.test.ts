// Names built on a name already known (rules/zh-name-units.ts, names.ts, zh-product-phrase.ts; words in
// zh-names.json units, zh-shapes.json subUnits and listItems): a company's unit in a country, foreign
// names after a role word or joined by ·, department units and their heads, plans a body puts forward,
// and the items of an official list. Sentences are from MOFCOM, Xinhua-style news and our briefings.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { found } from './fixtures.js';

const names = (s: string) => found(s).map(([n]) => n);

describe('a company and a country after it', () => {
  const text = [
    '安世半导体总部位于荷兰奈梅亨。作为回应，商务部10月4日发布出口管制措施，限制安世中国及其分包商出口部分成品。',
    '10月26日，安世荷兰宣布停止向安世（中国）东莞工厂供应晶圆。',
  ].join('\n');
  it('reads the company named elsewhere with its trade (安世半导体) and a country as its unit there (安世中国, 安世荷兰, 安世（中国）)', () => {
    const f = extractText(text, { date: '2025-11-20' });
    const orgs = f.nodes.filter((n) => n.label === 'Organization').map((n) => n.name);
    expect(orgs).toEqual(expect.arrayContaining(['安世中国', '安世荷兰']));
    expect(f.nodes.find((n) => n.name === '安世中国')?.aliases).toContain('安世（中国）');
  });
  it('takes no unit where the country modifies a noun after it (特斯拉中国区总经理, 英伟达中国市场)', () => {
    expect(names('特斯拉中国区总经理王昊表示，英伟达中国市场份额下降。')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:特斯拉中国|英伟达中国)$/)]));
  });
});

describe('foreign names', () => {
  it('reads transliteration sounds after a role word as a Person (委员谢夫乔维奇, 执行副主席塞茹尔内)', () => {
    expect(found('7月22日，商务部部长王文涛与欧盟委员会贸易和经济安全委员谢夫乔维奇举行视频会谈。')).toContainEqual(['谢夫乔维奇', 'Person']);
    expect(found('负责产业战略的欧盟委员会执行副主席塞茹尔内此前已向欧洲钢铁协会通报方案要点。')).toContainEqual(['塞茹尔内', 'Person']);
  });
  it('reads sounds joined by · as one Person, never cut at the dot or inside a word (大使马克斯·鲍克斯, 斯蒂夫·班农及)', () => {
    const f = names('俄媒发布了对美国前驻华大使马克斯·鲍克斯的采访。');
    expect(f).toContain('马克斯·鲍克斯');
    expect(f).not.toContain('马克斯');
    expect(names('包括威尔伯·罗斯(商务部长)、女婿贾里德·库什纳、斯蒂夫·班农及女儿伊万卡等都出席了晚宴。')).toEqual(
      expect.arrayContaining(['威尔伯·罗斯', '贾里德·库什纳']),
    );
    expect(names('斯蒂夫·班农及女儿出席了晚宴。')).not.toContain('斯蒂夫·班');
  });
  it('leaves a dotted company name to its suffix (洛克希德·马丁公司)', () => {
    expect(found('洛克希德·马丁公司表示将继续供货。')).not.toContainEqual(['洛克希德·马丁', 'Person']);
  });
});

describe('departments and their heads', () => {
  it('reads a department after a ministry abbreviation with its head title after it (工信部科技司副司长杜广达)', () => {
    const f = found('今年 3 月，工信部科技司副司长杜广达在一次行业活动上提出，人形机器人是关键载体。');
    expect(f).toContainEqual(['工信部科技司', 'Organization']);
    expect(f).toContainEqual(['杜广达', 'Person']);
  });
  it('keeps a name cut at its 和 or its opening 中 whole (工业和信息化部…委员会, 中电信量子…有限公司)', () => {
    expect(names('工业和信息化部人形机器人与具身智能标准化技术委员会 9 月 26 日在京成立。')).toContain('工业和信息化部人形机器人与具身智能标准化技术委员会');
    expect(names('11月18日，中电信量子信息科技集团有限公司发布量子计算云平台。')).toContain('中电信量子信息科技集团有限公司');
  });
});

describe('plans a body puts forward', () => {
  it('reads nouns closed by 方案 after a verb of proposing as a Policy (提出一项长期钢铁进口管理方案)', () => {
    expect(found('欧盟委员会本周二提出一项长期钢铁进口管理方案，拟将免税进口配额削减 47%。')).toContainEqual(['钢铁进口管理方案', 'Policy']);
  });
  it('names nothing by a bare plan word (提出解决方案)', () => {
    expect(found('双方同意尽快提出解决方案。').filter(([, l]) => l === 'Policy')).toEqual([]);
  });
});

describe('items of an official list', () => {
  const list = [
    '(二)3B901.a.用于制造可充放电锂离子电池的设备:',
    '1. 卷绕机(参考税则号列:84798999);',
    '2. 叠片机(参考税则号列:84798999);',
    '5. 化成分容系统;',
    '二、正极材料相关物项',
    'a. 镍钴锰氢氧化物(参考税则号列:28539030);',
    '(三)3C901.a.3.富锂锰基正极材料。',
    '1.辊道窑;',
  ].join('\n');
  it('reads machines, hydroxides and coded items as Products, a customs reference after them set aside', () => {
    const f = extractText(list, { date: '2025-10-09' });
    const products = f.nodes.filter((n) => n.label === 'Product').map((n) => n.name);
    expect(products).toEqual(expect.arrayContaining(['卷绕机', '叠片机', '化成分容系统', '正极材料相关物项', '镍钴锰氢氧化物', '富锂锰基正极材料', '辊道窑']));
  });
});

describe('members of a 、-list in running text', () => {
  const products = (t: string) => found(t).filter(([, l]) => l === 'Product').map(([n]) => n);
  it('takes the kind after 等 when it closes on a product head (卷绕机、叠片机、注液机等电池制造设备)', () => {
    expect(products('管制范围覆盖卷绕机、叠片机、注液机等电池制造设备。')).toEqual(expect.arrayContaining(['卷绕机', '叠片机', '注液机']));
    expect(products('生产这些材料所需的辊道窑、高速混料机、砂磨机等关键设备同样受到限制。')).toEqual(expect.arrayContaining(['辊道窑', '高速混料机', '砂磨机']));
  });
  it('types every member a Product when a sibling is one (分立器件、逻辑芯片和MOSFET) or all end in a machine head', () => {
    expect(products('主要生产分立器件、逻辑芯片和MOSFET等基础半导体元件。')).toEqual(expect.arrayContaining(['分立器件', '逻辑芯片', 'MOSFET']));
    expect(products('用于制造可充放电锂离子电池的设备(包括卷绕机、叠片机、化成分容系统、分容柜)')).toEqual(expect.arrayContaining(['卷绕机', '化成分容系统', '分容柜']));
  });
  it('leaves a list of trades or places alone (铁路运输、航空运输、邮政、住宿等行业; 美国、日本、荷兰等国家)', () => {
    expect(products('铁路运输、航空运输、邮政、住宿等行业商务活动指数位于扩张区间。')).toEqual([]);
    expect(products('美国、日本、荷兰等国家相继收紧出口管制。')).toEqual([]);
    expect(products('化学原料及化学制品、非金属矿物制品等传统行业的供需则继续偏弱。')).toEqual([]);
  });
  it('names no bare head and no list cut short by Latin (…生产设备、测试设备和材料; 半导体、物理 AI)', () => {
    expect(products('制造上述制程半导体的生产设备、测试设备和材料,或者研发。')).not.toContain('材料');
    expect(products('聚焦半导体、物理 AI 和 AI 数据中心三大领域。')).not.toContain('物理');
  });
  it('reads a term jieba does not know after a verb of supply as a Product (供应晶圆，), no common noun (生产成本)', () => {
    expect(products('安世荷兰宣布停止向安世（中国）东莞工厂供应晶圆，导致后者生产受阻。')).toContain('晶圆');
    expect(products('出口数据显示，生产成本上升，供应紧张。')).toEqual([]);
  });
});

describe('units are no names', () => {
  it('reads a short Latin word after a number as its unit (300 Wh/kg, 156 mAh/g)', () => {
    expect(names('重量能量密度大于等于300 Wh/kg且克容量大于等于156 mAh/g的材料。').join()).not.toMatch(/Wh|mAh/);
  });
});
