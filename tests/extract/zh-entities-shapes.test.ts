// Chinese names found by their shape (rules/zh-shapes.ts, rules/zh-nested.ts): places where a place
// stands, ministries ending in 省, numbered announcements, bans/undertakings/licences by their kind,
// chemical compounds, companies glossed in Latin or transliterated, and known names nested inside a
// longer one. Sentences are from real briefings and MOFCOM announcements.
import { describe, expect, it } from 'vitest';
import { sentenceMentions } from '../../src/extract/mentions.js';
import { found } from './fixtures.js';

const names = (s: string) => found(s).map(([n]) => n);

describe('places by position and ending', () => {
  it('reads a place jieba knows after 在 and before a verb (在光州新建, 在中卫投运)', () => {
    expect(found('三星电子拟在光州新建两座存储芯片晶圆厂，SK 海力士拟在全罗道周边新建两座晶圆厂。')).toContainEqual(['光州', 'Place']);
    expect(found('中国电信宁夏分公司在中卫投运了被官方媒体称为全国首个全绿电直连的 AI 数据中心。')).toContainEqual(['中卫', 'Place']);
  });
  it('reads a place listed beside a known place (内蒙古、宁夏等)', () => {
    expect(found('我国新建数据中心加速向内蒙古、宁夏等绿电富集地区布局。')).toContainEqual(['宁夏', 'Place']);
  });
  it('reads the place between a place and a facility (北海道千岁工厂), but no number of facilities', () => {
    const f = found('Rapidus 自去年 4 月起在北海道千岁工厂运行试产线。');
    expect(f).toContainEqual(['北海道', 'Place']);
    expect(f).toContainEqual(['千岁', 'Place']);
    expect(names('三星电子拟在光州新建两座存储芯片晶圆厂。')).not.toContain('两座');
  });
  it('takes no pair of country abbreviations or a verb jieba tags ns for a place (中美, 新建, 上市)', () => {
    const places = (s: string) => found(s).filter(([, l]) => l === 'Place').map(([n]) => n);
    expect(places('双方在中美经贸磋商机制框架下保持沟通。')).not.toContain('中美');
    expect(places('我国新建数据中心加速向内蒙古、宁夏等绿电富集地区布局。')).not.toContain('新建');
    expect(places('宇树科技已于去年 11 月完成 IPO 辅导，上市进程受关注。')).toEqual([]);
  });
});

describe('organisations by shape', () => {
  it('reads a Japanese ministry ending in 省 as an Organization (经济产业省, 日本外务省)', () => {
    expect(found('据时事通讯社报道，经济产业省在 2025 财年追加最多 8025 亿日元补贴后，对 Rapidus 的累计支持超过 2.9 万亿日元。')).toContainEqual([
      '经济产业省',
      'Organization',
    ]);
    expect(found('日本外务省亚洲大洋洲局局长金井正彰与中方举行磋商。')).toContainEqual(['日本外务省', 'Organization']);
  });
  it('takes a province for no ministry (人口大省河南省)', () => {
    expect(found('人口大省河南省今年新增数据中心机架 2 万个。').filter(([, l]) => l === 'Organization')).toEqual([]);
  });
  it('reads …设计院 and …人民政府 as organisations (华信设计院, 北京市人民政府)', () => {
    expect(found('据财联社 6 月 4 日报道，华信设计院咨询院院长朱敏表示，数据中心建设仍在加速。')).toContainEqual(['华信设计院', 'Organization']);
    expect(found('大会由北京市人民政府与工业和信息化部共同主办。')).toContainEqual(['北京市人民政府', 'Organization']);
  });
  it('reads a company glossed by its Latin name (三生制药（3SBio）), not the word before it (旗下)', () => {
    expect(found('去年 5 月，辉瑞（Pfizer）以 12.5 亿美元首付款获得三生制药（3SBio）PD-1/VEGF 双特异性抗体 SSGJ-707 的全球权利。')).toContainEqual([
      '三生制药',
      'Organization',
    ]);
    expect(names('荷兰政府援引《货物供应法》接管闻泰科技旗下安世半导体（Nexperia）的决定引发关注。')).not.toContain('旗下安世半导体');
  });
  it('reads a transliterated name acting as subject as an Organization (摩根士丹利将…), not a measured thing', () => {
    const f = found('宇树科技计划 2026 年出货至多 2 万台人形机器人，摩根士丹利将中国今年人形机器人销量预测上调至 2.8 万台。');
    expect(f).toContainEqual(['摩根士丹利', 'Organization']);
    expect(f.map(([n]) => n).filter((n) => n.includes('上调'))).toEqual([]);
  });
  it('reads a ·-joined transliteration before 公司 as the company (洛克希德·马丁公司)', () => {
    expect(found('美国国防部与洛克希德·马丁公司签署了价值数十亿美元的导弹合同。')).toContainEqual(['洛克希德·马丁公司', 'Organization']);
  });
});

describe('policies named by number or kind', () => {
  it('reads a numbered announcement with its year (2024 年第 46 号公告)', () => {
    expect(found('值得注意的是，商务部 2024 年第 46 号公告中对美出口镓、锗、锑、超硬材料的禁止性条款目前仍处于暂停状态。')).toContainEqual([
      '2024 年第 46 号公告',
      'Policy',
    ]);
  });
  it('reads a ban, an undertaking and licences by their kind (政府采购禁令, 价格承诺, 通用许可, 单项许可, 书面承诺)', () => {
    expect(found('一、中方对美出台两项清单措施：出口管制管控名单与政府采购禁令')).toContainEqual(['政府采购禁令', 'Policy']);
    expect(found('欧盟电动汽车反补贴税的“价格承诺”通道已有首例获批，更多中国车企正在评估申请。')).toContainEqual(['价格承诺', 'Policy']);
    const f = found(
      '出口经营者向上述实体出口两用物项,不得申请通用许可或者以登记填报信息方式获得出口凭证;申请单项许可时,应当提交对列入关注名单实体的风险评估报告,并提供不将两用物项用于一切有助于提升日本军事实力用途的书面承诺。',
    );
    expect(f).toContainEqual(['通用许可', 'Policy']);
    expect(f).toContainEqual(['单项许可', 'Policy']);
    expect(f).toContainEqual(['书面承诺', 'Policy']);
  });
  it('takes no verb of promising or of obtaining for a kind of policy (美国承诺将…, 获得许可)', () => {
    expect(names('企业承诺将加大在华投资。')).not.toContain('企业承诺');
    expect(found('美国承诺将在 90 天内取消相关关税。').filter(([, l]) => l === 'Policy').map(([n]) => n)).not.toContain('美国承诺');
    expect(names('企业须获得许可后方可出口。').filter((n) => n.endsWith('许可'))).toEqual([]);
  });
});

describe('numbered announcements, quoted programmes, indicators and end uses', () => {
  it('reads each number of a list of announcements, the year of the first for all (2026 年第 11 号、第 12 号公告)', () => {
    const f = found('2 月 24 日，商务部又以 2026 年第 11 号、第 12 号公告将日本实体列入出口管制管控名单和关注名单。');
    expect(f).toContainEqual(['2026 年第 11 号公告', 'Policy']);
    expect(f).toContainEqual(['2026 年第 12 号公告', 'Policy']);
    expect(found('商务部 10 月 9 日发布第 61 号、第 62 号公告，将稀土出口管制延伸至境外产品和相关技术。')).toContainEqual(['第 62 号公告', 'Policy']);
  });
  it('reads a quoted name ending in a word of campaign as a Policy (“三极大跃进超大型项目”)', () => {
    expect(found('韩国总统李在明 6 月 29 日主持“三极大跃进超大型项目”发布会，三星电子与 SK 海力士宣布合计约 80 万亿韩元投资。')).toContainEqual(['三极大跃进超大型项目', 'Policy']);
  });
  it('takes no count of programmes or a quoted kind for a programme (“三大超大型项目”, “国家项目”)', () => {
    expect(names('“三大超大型项目”的总投资规模预计超过 600 万亿韩元。')).not.toContain('三大超大型项目');
    expect(names('参照在于，韩国以“国家项目”形式把芯片、AI 和数据中心捆绑推进。')).not.toContain('国家项目');
  });
  it('reads an indicator named around a Latin acronym (综合 PMI 产出指数), and an acronym given a level (PUE 达到 1.15)', () => {
    expect(found('非制造业商务活动指数为 50.2%，综合 PMI 产出指数为 50.6%，均比上月上升 0.1 个百分点。')).toContainEqual(['综合 PMI 产出指数', 'Indicator']);
    expect(found('数据中心采用风电驱动的液冷方案，PUE 达到 1.15。')).toContainEqual(['PUE', 'Indicator']);
  });
  it('reads what an export control keeps goods from as a Concept (军事用户, 军事实力)', () => {
    const f = found('涉日本军事用户、军事用途,以及一切有助于提升日本军事实力的其他最终用户用途出口不予批准。');
    expect(f).toContainEqual(['军事用户', 'Concept']);
    expect(f).toContainEqual(['军事实力', 'Concept']);
  });
  it('starts a product phrase after a verb of control (限制先进芯片 → 先进芯片)', () => {
    expect(names('美国宣布限制先进芯片出口。')).not.toContain('限制先进芯片');
  });
  it('starts a product phrase after its subject and verb (海力士押注存储芯片 → 存储芯片), but keeps a kind of chip whole (边缘计算芯片)', () => {
    const f = names('二、韩国“三极大跃进超大型项目”：三星与 SK 海力士押注存储芯片');
    expect(f).toContain('存储芯片');
    expect(f.filter((n) => n.includes('押注'))).toEqual([]);
    expect(found('美国对华禁售的还包括边缘计算芯片和推理芯片。')).toContainEqual(['边缘计算芯片', 'Product']);
  });
  it('starts a company name after 称 (有报道称宇树科技…)', () => {
    expect(names('有报道称宇树科技将于年内冲刺科创板上市。')).not.toContain('称宇树科技');
  });
  it('reads a company whose legal form a PDF line broke (杭州宇树科技股份有⏎限公司)', () => {
    expect(found('据中国经营报报道，杭州宇树科技股份有\n限公司（Unitree）已在浙江证监局办理辅导备案。')).toContainEqual([
      '杭州宇树科技股份有限公司',
      'Organization',
    ]);
  });
  it('takes no 神州 of 百济神州 for a place', () => {
    expect(found('百济神州生物宣布完成融资。').filter(([, l]) => l === 'Place')).toEqual([]);
  });
});

describe('districts, departments, element forms and shows', () => {
  it('reads a city and its district where something is built as one place (在上海安亭建设, 位于广州番禺的)', () => {
    expect(found('9月21日，上汽集团通过投资者互动平台披露，其与清陶动力合作在上海安亭建设的全固态电池产线已全线贯通。')).toContainEqual(['上海安亭', 'Place']);
    expect(found('广汽集团董事长冯兴亚昨日在2025广州车展上表示，位于广州番禺的全固态电池中试线已经建成并投入生产。')).toContainEqual(['广州番禺', 'Place']);
  });
  it('takes a company’s region for no place (美银证券亚太区)', () => {
    expect(found('美银证券亚太区并购主管 Tom Barsha 表示，交易规模仍在扩大。').filter(([, l]) => l === 'Place')).toEqual([]);
  });
  it('takes no 新建 (newly built) for a place, though jieba tags it ns', () => {
    expect(found('三星电子拟在中国新建工厂。').filter(([, l]) => l === 'Place').map(([n]) => n)).not.toContain('新建');
  });
  it('reads a department after its organisation as one organisation (国家发展改革委低空经济发展司)', () => {
    expect(found('政策层面，国家发展改革委低空经济发展司于去年 12 月 27 日正式亮相，负责拟订并组织实施低空经济发展战略。')).toContainEqual([
      '国家发展改革委低空经济发展司',
      'Organization',
    ]);
  });
  it('reads a metal, an oxide, an alloy and the items of an element as Products (金属钐, 氧化钐, 钐钴合金, 钐相关物项)', () => {
    expect(found('(一)1C902.a 金属钐、含钐的合金及相关制品:')).toContainEqual(['金属钐', 'Product']);
    expect(found('(二)1C902.b氧化钐及其混合物(参考海关商品编号:、、)。')).toContainEqual(['氧化钐', 'Product']);
    expect(found('a. 钐钴合金;')).toContainEqual(['钐钴合金', 'Product']);
    expect(found('一、钐相关物项')).toContainEqual(['钐相关物项', 'Product']);
  });
  it('reads a motor show as an Event (2025广州车展)', () => {
    expect(found('广汽集团董事长冯兴亚昨日在2025广州车展上表示，全固态电池中试线已经建成。')).toContainEqual(['广州车展', 'Event']);
  });
});

describe('titles, document numbers and famous agencies', () => {
  it('labels a 《…通知》 broken across a PDF line inside its last word as a Policy', () => {
    expect(found('财政部 7 月 6 日发布《关于在政府采购活动中对自欧盟进口的医疗器械采取相关措施的通\n知》（财库〔2025〕19 号），规定采购人采购预算金额 4500 万元人民币以上的医疗器械时，确需采购进口产品的，应当排除欧盟企业参与。')).toContainEqual([
      '关于在政府采购活动中对自欧盟进口的医疗器械采取相关措施的通知',
      'Policy',
    ]);
  });
  it('starts a numbered document at its issuer, not at 根据', () => {
    const f = names('根据商务部公告2026年第11号，商务部将部分日本实体列入出口管制管控名单。');
    expect(f).toContain('商务部公告2026年第11号');
    expect(f.filter((n) => n.startsWith('根据'))).toEqual([]);
  });
  it('reads 美国财政部外国资产控制办公室 as OFAC, not as the Chinese Ministry of Finance', () => {
    const m = sentenceMentions('美国财政部外国资产控制办公室将其列入特别指定国民清单。', 0, 28, false).map((x) => x.name);
    expect(m).toContain('Office of Foreign Assets Control');
    expect(m).not.toContain('Ministry of Finance');
  });
});

describe('compounds', () => {
  it('reads a compound of numbered elements as a Product (二氯二氢硅)', () => {
    expect(found('商务部同时对原产于日本的二氯二氢硅发起反倾销调查。')).toContainEqual(['二氯二氢硅', 'Product']);
  });
});

describe('known names nested in a longer one', () => {
  const all = (s: string) => sentenceMentions(s, 0, s.length, false).map((m) => m.name);
  it('finds no 人大 across the words of 世界机器人大会', () => {
    expect(all('2025 世界机器人大会 8 月 12 日在北京闭幕，首届世界人形机器人运动会 8 月 14 日开幕。')).not.toContain("National People's Congress");
  });
  it('reads 美国商务部 as the US department alone, not also China’s Ministry of Commerce', () => {
    const m = all('美国商务部已开始向 Nvidia H20 发放出口许可。');
    expect(m).toContain('US Department of Commerce');
    expect(m).not.toContain('Ministry of Commerce');
  });
  it('keeps a known name that is a word of the longer one (美国商务部 in 美国商务部工业与安全局)', () => {
    expect(all('美国商务部工业与安全局（BIS）上周五已开始发放 H20 对华出口许可。')).toContain('US Department of Commerce');
  });
});
