// Layouts of official and news pages read for the first time: what dates them, what titles them and
// what is their text. Excerpts follow real pages (thefederalregister.org and federalregister.gov
// notices, whitehouse.gov orders and statements, 证监会/商务部 答记者问 pages, 市场监管总局 and news
// pages with their widgets, CNN and Bloomberg heads); the sentences are shortened.
// The ranking they check is datelines.ts's: release line or dateline > file name > Federal Register
// filing > signature > the latest date that is no deadline.
import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';

const texts = (text: string, name?: string) => sentencesOf(parseBriefing(text, name ? { name } : {})).map((s) => s.text);
const dated = (text: string, name?: string) => parseBriefing(text, name ? { name } : {}).date;

describe('a Federal Register notice', () => {
  // thefederalregister.org: the site's head (citation, issue, page range, abstract), then the GPO text.
  const site = [
    '83 FR 22112 - WTO Dispute Settlement Proceeding: United States Countervailing Measures on Certain Hot-Rolled Carbon Steel Flat Products From India',
    '',
    'OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE',
    '',
    'Federal Register Volume 83, Issue 92 (May 11, 2018)',
    '',
    'Page Range22112-22113',
    'FR Document2018-10055',
    '',
    'The Office of the United States Trade Representative (USTR) is providing notice that India has requested the establishment of a dispute settlement panel.',
    '',
    'Federal Register, Volume 83 Issue 92 (Friday, May 11, 2018)',
    '[Federal Register Volume 83, Number 92 (Friday, May 11, 2018)]',
    '[Notices]',
    '[Pages 22112-22113]',
    '[FR Doc No: 2018-10055]',
    '',
    'OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE',
    '',
    '[Docket Number USTR-2018-0011; Dispute Number WT/DS436]',
    '',
    'WTO Dispute Settlement Proceeding: United States Countervailing ',
    'Measures on Certain Hot-Rolled Carbon Steel Flat Products From India',
    '',
    'AGENCY: Office of the United States Trade Representative.',
    '',
    'ACTION: Notice with request for comments.',
    '',
    'SUMMARY: The Office of the United States Trade Representative (USTR) is ',
    'providing notice that India has requested the establishment of a ',
    'dispute settlement panel.',
    '',
    'DATES: Comments should be submitted on or before June 11, 2018, to be ',
    'assured of timely consideration by USTR.',
    '',
    '    Dated: May 7, 2018.',
    'Juan Millan,',
    'Acting Assistant United States Trade Representative for Monitoring and ',
    'Enforcement.',
    '[FR Doc. 2018-10055 Filed 5-10-18; 8:45 am]',
    ' BILLING CODE 3290-F8-P',
  ].join('\n');

  it('is dated by its issue (May 11), not by the `Dated:` signature, the `Filed` day or the DATES: deadline', () => {
    expect(dated(site)).toBe('2018-05-11');
  });

  it('takes the title above AGENCY:, never the abstract the site prints above the record or the `83 FR 22112 -` citation line', () => {
    expect(parseBriefing(site).title).toBe('WTO Dispute Settlement Proceeding: United States Countervailing Measures on Certain Hot-Rolled Carbon Steel Flat Products From India');
    expect(texts(site).join('|')).not.toMatch(/Page Range|FR Document|Volume 83|83 FR 22112/);
  });

  // The GPO text alone: no issue line, only the signature and the public-inspection filing.
  const gpo = 'DEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\nInitiation of Five-Year (Sunset) Reviews\n\nAGENCY: Enforcement and Compliance, International Trade Administration, \nDepartment of Commerce.\n\nACTION: Notice.\n\nSUMMARY: In accordance with the Tariff Act of 1930, as amended (the \nAct), the Department of Commerce (Commerce) is automatically initiating \nthe five-year reviews (Sunset Reviews) of the antidumping and \ncountervailing duty (AD/CVD) order(s) listed below.\n\nDATES: Applicable (December 1, 2018).\n\n    Dated: November 26, 2018.\nJames Maeder,\nAssociate Deputy Assistant Secretary for Antidumping and Countervailing \nDuty Operations.\n[FR Doc. 2018-26213 Filed 11-30-18; 8:45 am]\nBILLING CODE 3510-DS-P\n';

  it('without the issue line, is dated by the issue after its filing (filed Friday 8:45 am → Monday’s issue), not by DATES:', () => {
    expect(dated(gpo)).toBe('2018-12-03');
  });

  it('takes a date in the file name over the filing and the signature', () => {
    expect(dated(gpo, 'ita_sunset_reviews_2018-12-03.txt')).toBe('2018-12-03');
    expect(dated(gpo.replace(/\[FR Doc\.[^\]]*\]/, ''), 'ita_sunset_reviews_20181203.txt')).toBe('2018-12-03');
  });

  it('with neither, is dated by its `Dated:` signature, not by the DATES: block', () => {
    expect(dated(gpo.replace(/\[FR Doc\.[^\]]*\]/, ''))).toBe('2018-11-26');
  });

  // federalregister.gov: a document-details block with a US-style `Publication Date: 12/03/2018`.
  const details = 'Initiation of Five-Year (Sunset) Reviews\n\nDocument Details\nPrinted version: PDF\nPublication Date: 12/03/2018\nAgencies: International Trade Administration\nDocument Type: Notice\nDocument Citation: 83 FR 62296\nDocument Number: 2018-26213\n\nStart Preamble\n\nAGENCY:\n\nEnforcement and Compliance, International Trade Administration, Department of Commerce.\n\nACTION:\n\nNotice.\n\nSUMMARY:\n\nThe Department of Commerce is automatically initiating the five-year reviews (Sunset Reviews) of the antidumping and countervailing duty orders listed below.\n\nDATES:\n\nApplicable (December 1, 2018).\n\nStart Signature\n\nDated: November 26, 2018.\n\nEnd Signature';

  it('reads `Publication Date: 12/03/2018` (month first) for the date, and keeps the document-details fields out of the title and the text', () => {
    const b = parseBriefing(details);
    expect([b.date, b.title]).toEqual(['2018-12-03', 'Initiation of Five-Year (Sunset) Reviews']);
    expect(texts(details).join('|')).not.toMatch(/Document Details|Printed version|Document Citation|Agencies:/);
    expect(texts(details)).toContain('The Department of Commerce is automatically initiating the five-year reviews (Sunset Reviews) of the antidumping and countervailing duty orders listed below.');
  });
});

describe('a White House page', () => {
  it('dates a statement by the line under its title, past `Briefings & Statements` and `For Immediate Release`, and not by a date its text names', () => {
    const page = 'Briefings & Statements\nStatement from the Press Secretary on Critical Minerals\nThe White House\nAugust 12, 2025\nFor Immediate Release\n\nToday, the United States and its partners agreed to coordinate stockpiles of critical minerals.\n\nThe agreement follows export restrictions announced by China on October 9, 2024.\n\n###\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-08-12', 'Statement from the Press Secretary on Critical Minerals']);
    expect(texts(page)).toEqual([
      'Today, the United States and its partners agreed to coordinate stockpiles of critical minerals.',
      'The agreement follows export restrictions announced by China on October 9, 2024.',
    ]);
  });

  it('takes no page label printed beside the date (`Press Release | July 30, 2025`) for the title', () => {
    const page = 'Press Release | July 30, 2025\nCommerce Announces Copper Investigation Results\n\nThe Department of Commerce announced the results of its Section 232 investigation on Wednesday.\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-07-30', 'Commerce Announces Copper Investigation Results']);
  });

  it('keeps the turns of a transcript (`Q: …`, `A: …`) as text', () => {
    const page = 'Remarks by Secretary Lutnick\nJuly 30, 2025\n\nQ: Will the tariffs apply to copper scrap?\n\nA: Copper scrap is not subject to the tariff.\n';
    expect(texts(page)).toEqual(['Q: Will the tariffs apply to copper scrap?', 'A: Copper scrap is not subject to the tariff.']);
  });

  it('dates an executive order by the date under its title, not by an order it cites or a deadline', () => {
    const page = 'Presidential Actions\nExtending the Modification of the Reciprocal Tariff Rates\nExecutive Orders\nJuly 7, 2025\n\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\n\nIn Executive Order 14257 of April 2, 2025, I declared a national emergency. The suspension shall be extended until August 1, 2025.\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-07-07', 'Extending the Modification of the Reciprocal Tariff Rates']);
  });
});

describe('a Chinese government or regulator page', () => {
  it('reads 发布时间 and 来源 under the title, and leaves out 字号/打印本页/关闭窗口/分享到/责任编辑/浏览次数', () => {
    const page = '首页 > 新闻发布 > 政策解读\n市场监管总局发布《电动自行车用锂离子蓄电池安全技术规范》\n发布时间：2025-10-12 10:30 来源：市场监管总局\n字号：大 中 小\n打印本页 关闭窗口\n\n近日，市场监管总局批准发布强制性国家标准《电动自行车用锂离子蓄电池安全技术规范》，将于2026年11月1日起实施。\n\n【打印】【关闭】\n分享到：\n责任编辑：王五\n浏览次数：1234\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-10-12', '市场监管总局发布《电动自行车用锂离子蓄电池安全技术规范》']);
    expect(texts(page)).toEqual(['近日，市场监管总局批准发布强制性国家标准《电动自行车用锂离子蓄电池安全技术规范》，将于2026年11月1日起实施。']);
  });

  // 证监会新闻发言人答记者问: numbered questions, the release line at the foot of the page.
  const qa = '证监会新闻发言人邓舸答记者问\n1、问：有市场传言称，自3月1日起创业板将全面停止审核，请问是否属实？\n答：我会强烈谴责这些不负责任的虚假传言，根本不存在3月1日创业板全面停止审核的安排。\n2、问：能否再介绍一下注册制的最新进展情况？\n答：据向方正证券了解，2016年2月24日，公司通过网站告知客户，拟于2月29日起解除此前融券交易的临时性限制措施。\n发布时间：2016-02-26\n';

  it('dates a Q&A page by its 发布时间 line below the answers, not by a date named in an answer', () => {
    expect(dated(qa)).toBe('2016-02-26');
  });

  it('keeps a numbered question (`1、问：…？`) as text, never as the head or a section heading', () => {
    const b = parseBriefing(qa);
    expect(b.title).toBe('证监会新闻发言人邓舸答记者问');
    expect(b.sections.map((s) => s.heading)).toEqual(['']);
    expect(texts(qa)[0]).toBe('1、问：有市场传言称，自3月1日起创业板将全面停止审核，请问是否属实？');
  });

  it('dates a page by a posting line set at its foot (`2025-10-12 10:30:00 来源：中国政府网`), over a date in the file name', () => {
    const page = '关于进一步优化外商投资环境加大吸引外商投资力度的意见\n\n各省、自治区、直辖市人民政府：为进一步优化外商投资环境，经国务院同意，现提出如下意见。\n\n一、提高利用外资质量\n\n支持外商投资企业参与2025年12月1日起实施的重大项目。\n\n2025-10-12 10:30:00 来源：中国政府网\n';
    expect(dated(page, 'gov_foreign_investment_2025-10-13.txt')).toBe('2025-10-12');
  });

  it('takes no release date from a digest whose items each print their own posting line: the file name dates it', () => {
    const digest = '产业动态汇编\n\n一、稀土\n\n工信部发布稀土管理条例实施细则。\n2025-10-10 08:30 来源：新华网\n\n二、芯片\n\n商务部就出口管制答记者问。\n2025-10-12 09:00 来源：人民网\n';
    expect(dated(digest, 'digest_2025-10-13.txt')).toBe('2025-10-13');
  });

  it('dates a Q&A page with no release line by its file name, not by the date a question names', () => {
    const page = '商务部新闻发言人就美将7家中国机构列入出口管制“实体清单”答记者问\n\n问：美国商务部于2021年4月8日宣布将7家中国机构列入出口管制“实体清单”，请问商务部有何评论？\n\n答：美方将7家中国相关机构列入出口管制“实体清单”，中方对此坚决反对。\n';
    expect(dated(page, 'mofcom_qa_entity_list_2021-04-09.txt')).toBe('2021-04-09');
  });

  it('leaves out a reporters’ credit in brackets (`（总台央视记者 刘颖 戈晓威）`)', () => {
    const page = '商务部新闻发言人就美将7家中国机构列入出口管制“实体清单”答记者问\n2021-04-10 08:36:00来源:央视新闻\n\n有记者问：美国商务部于当地时间4月8日宣布将7家中国机构列入出口管制“实体清单”，请问商务部有何评论？\n\n答：美方将7家中国相关机构列入出口管制“实体清单”，中方对此坚决反对。\n\n（总台央视记者 刘颖 戈晓威）\n编辑：姚思寒\n';
    expect(dated(page)).toBe('2021-04-10');
    expect(texts(page)).toEqual([
      '有记者问：美国商务部于当地时间4月8日宣布将7家中国机构列入出口管制“实体清单”，请问商务部有何评论？',
      '答：美方将7家中国相关机构列入出口管制“实体清单”，中方对此坚决反对。',
    ]);
  });
});

describe('a news page', () => {
  it('reads `Published 3:41 PM EST, Tue February 18, 2025` under a byline, and the byline and read time are no text', () => {
    const page = 'Trump’s latest tariff threat could make your life a lot more expensive\nBy Jane Doe and John Roe, CNN\n5 minute read\nPublished 3:41 PM EST, Tue February 18, 2025\nUpdated 4:02 PM EST, Wed February 19, 2025\n\nPresident Donald Trump is eyeing a “25% or higher” tariff on all semiconductor chips the United States imports, he told reporters on Tuesday.\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-02-18', 'Trump’s latest tariff threat could make your life a lot more expensive']);
    expect(texts(page)).toEqual(['President Donald Trump is eyeing a “25% or higher” tariff on all semiconductor chips the United States imports, he told reporters on Tuesday.']);
  });

  it('dates a page by its publication, not by an update printed above or beside it (`Updated …`, `更新时间：…`, `Last updated: 03/02/2025`)', () => {
    const body = '\n\nPresident Donald Trump is eyeing a tariff on all semiconductor chips, he told reporters on Tuesday.\n';
    expect(dated(`Trump’s latest tariff threat\nBy Jane Doe, CNN\nUpdated 4:02 PM EST, Wed February 19, 2025\nPublished 3:41 PM EST, Tue February 18, 2025${body}`)).toBe('2025-02-18');
    expect(dated(`Trump’s latest tariff threat\nUpdated 4:02 PM EST, Wed February 19, 2025 Published 3:41 PM EST, Tue February 18, 2025${body}`)).toBe('2025-02-18');
    expect(dated('稀土新规出台\n更新时间：2025-10-13 09:00\n发布时间：2025-10-12 10:30\n\n工业和信息化部12日发布稀土管理条例实施细则。\n')).toBe('2025-10-12');
    expect(dated('Export controls guidance\nLast updated: 03/02/2025\nPublished: 01/15/2025\n\nThe Bureau of Industry and Security published guidance on advanced computing items.\n')).toBe('2025-01-15');
  });

  it('reads `May 29, 2025 at 8:01 AM GMT+8` and leaves out `Reporting by …; Editing by …` and `Our Standards:`', () => {
    const page = 'Nvidia Lays Out Worst-Case Scenario in Bid to Open China Market\nBy Ian King\nMay 29, 2025 at 8:01 AM GMT+8\n\nNvidia Corp. Chief Executive Officer Jensen Huang criticized US export controls for cutting off sales of its H20 chip to China.\n\nReporting by Ian King; Editing by Jane Roe\nOur Standards: The Thomson Reuters Trust Principles.\n';
    expect(dated(page)).toBe('2025-05-29');
    expect(texts(page)).toEqual(['Nvidia Corp. Chief Executive Officer Jensen Huang criticized US export controls for cutting off sales of its H20 chip to China.']);
  });

  it('reads `2023年07月06日 15:49  来源：第一财经`, keeps the 【环球网报道】 lead with its sentence, and leaves out 作者 and 编辑 lines', () => {
    const page = '商务部：出口管制不是禁止出口\n2023年07月06日 15:49  来源：第一财经\n作者：张三\n\n【环球网报道 记者 倪浩】商务部新闻发言人束珏婷表示，对镓、锗相关物项实施出口管制是国际通行做法。\n\n她续称，出口管制不是禁止出口。\n\n（编辑：李四）\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2023-07-06', '商务部：出口管制不是禁止出口']);
    expect(texts(page)).toEqual(['【环球网报道 记者 倪浩】商务部新闻发言人束珏婷表示，对镓、锗相关物项实施出口管制是国际通行做法。', '她续称，出口管制不是禁止出口。']);
  });

  it('gives `本报北京7月6日电` the year of the dates its story looks back to, not of a date of effect (`自2023年8月1日起实施`)', () => {
    const page = '商务部：出口管制不是禁止出口\n\n本报北京7月6日电（记者 张三）商务部新闻发言人束珏婷6日表示，对镓、锗相关物项实施出口管制是国际通行做法。\n\n她续称，商务部已于2023年7月3日发布公告，自2023年8月1日起实施。\n';
    expect(dated(page)).toBe('2023-07-06');
  });

  it('gives `TOKYO, March 31 (Reuters) -` the one year whose March 31 falls on the weekday its lead says (`said on Monday` → 2025), over the years the story names', () => {
    const page = 'Japan adds 802.5 billion yen for Rapidus as 2-nanometre pilot line nears start\n\nTOKYO, March 31 (Reuters) - Japan will give chipmaker Rapidus Corp up to 802.5 billion yen in fresh subsidies for the fiscal year that begins on Tuesday, the Ministry of Economy, Trade and Industry said on Monday.\n\nThe new money lifts the government\'s total support for Rapidus since fiscal 2022 to about 1.72 trillion yen. Rapidus aims to begin mass production in 2027. Eight companies founded the firm in 2022.\n';
    expect(dated(page)).toBe('2025-03-31');
  });
});

describe('a page printed or saved from a browser', () => {
  it('takes neither the print header (`12/7/25, 3:41 PM <title> | <site>`) nor an `Accessed:` line for the title or the date, and drops the `https://… 1/2` footer', () => {
    const page = '12/7/25, 3:41 PM Commerce Adds Entities to the Entity List | Bureau of Industry and Security\nCommerce Adds Entities to the Entity List\nAccessed: December 1, 2025\nSeptember 12, 2025\n\nThe Bureau of Industry and Security added 32 entities to the Entity List on Friday.\n\nhttps://www.bis.gov/press-release/commerce-adds-entities 1/2\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-09-12', 'Commerce Adds Entities to the Entity List']);
    expect(texts(page)).toEqual(['The Bureau of Industry and Security added 32 entities to the Entity List on Friday.']);
  });

  it('keeps a posting line with slashes (`2025/10/12 15:41 来源：商务部`) dating the page, and `Printed circuit boards …` as text', () => {
    const page = '商务部公告\n2025/10/12 15:41 来源：商务部\n\n商务部12日发布公告。\n\nPrinted circuit boards are made in Taiwan.\n';
    expect(dated(page)).toBe('2025-10-12');
    expect(texts(page)).toContain('Printed circuit boards are made in Taiwan.');
  });
});
