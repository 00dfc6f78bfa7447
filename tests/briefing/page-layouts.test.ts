// Pages as they arrive copied from a browser or a records site: the metadata block of a Chinese
// government page, its widgets and breadcrumbs, a Federal Register head and its record lines, a White
// House fact sheet, and wire pages with bylines, captions and Related lists. Fixture shapes follow real
// pages (gov.cn and local-government policy pages, govinfo/GPO Federal Register texts, whitehouse.gov
// fact sheets as syndicated, Reuters and 人民日报 pages); the sentences are shortened.
import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';

const texts = (text: string) => sentencesOf(parseBriefing(text)).map((s) => s.text);
const spansExact = (text: string) => sentencesOf(parseBriefing(text)).every((s) => text.slice(s.start, s.end) === s.text);

describe('a Chinese government page: metadata block and chrome', () => {
  const govPage = [
    '首页 > 政策 > 国务院政策文件库 > 国务院文件',
    '',
    '索引号：000014349/2025-00101',
    '主题分类：工业、交通\\其他',
    '发文机关：国务院办公厅',
    '发布日期：2025年10月15日',
    '成文日期：2025年10月09日',
    '标题：国务院办公厅关于加快推进稀土产业高质量发展的意见',
    '发文字号：国办发〔2025〕35号',
    '',
    '国务院办公厅关于加快推进稀土产业高质量发展的意见',
    '',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '',
    '稀土是重要战略资源。经国务院同意，现提出以下意见。',
    '',
    '【我要纠错】 责任编辑：张三',
    '分享到',
    '【打印】【关闭】',
  ].join('\n');

  it('dates the page by 成文日期 (the document’s own date), not by 发布日期 (its posting)', () => {
    expect(parseBriefing(govPage).date).toBe('2025-10-09');
  });

  it('takes the 标题 field for the title, never the breadcrumb above it', () => {
    expect(parseBriefing(govPage).title).toBe('国务院办公厅关于加快推进稀土产业高质量发展的意见');
  });

  it('keeps no breadcrumb, metadata field, 纠错/分享/打印 widget or repeated title among the sentences', () => {
    const s = texts(govPage);
    expect(s.join('|')).not.toMatch(/首页|索引号|主题分类|发文字号|分享到|打印|关闭/);
    expect(s).toContain('稀土是重要战略资源。');
    expect(spansExact(govPage)).toBe(true);
  });

  it('reads `【发文日期】20251009` over the posting time line above it, and the widgets line is no content', () => {
    const page = [
      '商务部 海关总署公告2025年第58号 关于对锂电池和人造石墨负极材料相关物项实施出口管制的决定',
      '2025-10-10 15:30  来源：商务部网站',
      '字号：大 中 小  打印本页  关闭窗口',
      '浏览次数：12345',
      '',
      '【发布单位】商务部 海关总署',
      '【发布文号】商务部 海关总署公告2025年第58号',
      '【发文日期】20251009',
      '',
      '根据《中华人民共和国出口管制法》有关规定，决定对下列物项实施出口管制。',
      '',
      '商务部 海关总署',
      '2025年10月9日',
      '分享到：',
    ].join('\n');
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-10-09', '商务部 海关总署公告2025年第58号 关于对锂电池和人造石墨负极材料相关物项实施出口管制的决定']);
    expect(texts(page).join('|')).not.toMatch(/字号|浏览次数|发布单位|分享到/);
  });

  it('reads fields several to a line, with ASCII colons (`发布机构:… 文号:…`, `公开日期: 2018-03-05 有效性: 有效`)', () => {
    const page = '科技部关于印发《国家技术转移体系建设方案》的通知\n发布机构:科技部门户网站 文号:国科发专〔2017〕145号\n公开日期: 2018-03-05 有效性: 有效\n\n各省、自治区、直辖市科技厅（委、局）：\n\n现将方案印发给你们，请结合实际认真贯彻落实。';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2018-03-05', '科技部关于印发《国家技术转移体系建设方案》的通知']);
    expect(texts(page).join('|')).not.toMatch(/发布机构|有效性/);
  });

  it('reads a metadata table (`| 成文日期 | 2025年10月09日 |`) for the date and title', () => {
    const page = '| 索引号 | 000014349/2025-00101 | 主题分类 | 工业 |\n| 发文机关 | 国务院办公厅 | 成文日期 | 2025年10月09日 |\n| 标题 | 国务院办公厅关于加快推进稀土产业高质量发展的意见 |\n\n稀土是重要战略资源。经国务院同意，现提出以下意见。';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-10-09', '国务院办公厅关于加快推进稀土产业高质量发展的意见']);
  });

  it('never takes an effective date (`实施日期`) for the page’s date', () => {
    const page = '关于公布稀土管理条例实施细则的公告\n实施日期：2025年12月1日\n发布日期：2025年10月20日\n\n工业和信息化部发布稀土管理条例实施细则。';
    expect(parseBriefing(page).date).toBe('2025-10-20');
  });

  it('keeps a `来源：路透社` line under a story as a source note, not a metadata field', () => {
    const b = parseBriefing('稀土动态\n2025年10月10日\n\n1 稀土出口\n\n商务部宣布对稀土技术实施出口管制。\n来源：路透社\n');
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社']);
  });
});

describe('a Federal Register document', () => {
  const rule = [
    'Federal Register / Vol. 90, No. 187 / Tuesday, September 30, 2025 / Rules and Regulations',
    '',
    'DEPARTMENT OF COMMERCE',
    '',
    'Bureau of Industry and Security',
    '',
    '15 CFR Parts 734 and 744',
    '',
    '[Docket No. 250926-0161]',
    '',
    'RIN 0694-AJ97',
    '',
    'Expansion of End-User Controls To Cover',
    'Affiliates of Certain Listed Entities',
    '',
    'AGENCY: Bureau of Industry and Security, Department of Commerce.',
    '',
    'ACTION: Interim final rule.',
    '',
    'SUMMARY: The Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) to expand the restrictions on listed entities to their affiliates.',
    '',
    'DATES: This rule is effective September 29, 2025.',
    '',
    'Federal Register / Vol. 90, No. 187 / Tuesday, September 30, 2025 / Rules and Regulations',
    '',
    'SUPPLEMENTARY INFORMATION: BIS maintains the Entity List in supplement no. 4 to part 744 of the EAR.',
    '',
    '[FR Doc. 2025-19001 Filed 9-29-25; 8:45 am]',
    'BILLING CODE 3510-33-P',
  ].join('\n');

  it('takes the title from the lines right above AGENCY:, not the running head, department or docket lines', () => {
    expect(parseBriefing(rule).title).toBe('Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities');
  });

  it('dates it by the issue in its running head, not by the effective date', () => {
    expect(parseBriefing(rule).date).toBe('2025-09-30');
  });

  it('reads AGENCY:, ACTION: and the SUMMARY as text, and drops running heads, [FR Doc.] and BILLING CODE lines', () => {
    const s = texts(rule).join('|');
    expect(s).toContain('AGENCY: Bureau of Industry and Security, Department of Commerce.');
    expect(s).toContain('The Bureau of Industry and Security (BIS) amends the Export Administration Regulations');
    expect(s).not.toMatch(/Vol\. 90|FR Doc|BILLING CODE|Docket No|RIN 0694/);
    expect(spansExact(rule)).toBe(true);
  });

  it('ends the SUMMARY: at DATES:, so the summary is that one paragraph and the running head between parts stays out of every span', () => {
    const b = parseBriefing(rule);
    expect(b.summary?.text).toBe('The Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) to expand the restrictions on listed entities to their affiliates.');
    expect(sentencesOf(b).some((s) => s.text.startsWith('DATES: This rule is effective'))).toBe(true);
  });

  it('dates an executive order printed in the Federal Register (GPO text) by the issue, and drops `[[Page 30823]]`', () => {
    const eo = '[Federal Register Volume 90, Number 130 (Thursday, July 10, 2025)]\n[Presidential Documents]\n[Pages 30823-30824]\n\n                        Presidential Documents \n\nFederal Register / Vol. 90 , No. 130 / Thursday, July 10, 2025 / \nPresidential Documents\n\n[[Page 30823]]\n\n                Executive Order 14316 of July 7, 2025\n\nExtending the Modification of the Reciprocal \n                Tariff Rates\n\n                By the authority vested in me as President, I hereby determine and order:\n\n                Section 1. Background. The conditions found in Executive Order 14257 persist.';
    const b = parseBriefing(eo);
    expect(b.date).toBe('2025-07-10');
    expect(texts(eo).join('|')).not.toMatch(/\[\[Page|Presidential Documents|Vol\. 90/);
  });
});

describe('a Federal Register document copied from federalregister.gov', () => {
  const copy = 'Export Administration Regulations: Authority Citations Updates and Technical Corrections\n\nA Rule by the Industry and Security Bureau on 12/15/2008\n\nStart Preamble\n\nAGENCY:\n\nBureau of Industry and Security, Commerce.\n\nACTION:\n\nFinal rule.\n\nDATES:\n\nThis rule is effective December 15, 2008.\n\nEnd Preamble Start Supplemental Information\n\nSUPPLEMENTARY INFORMATION:\n\nThis rule updates authority citation paragraphs of the Export Administration Regulations.';

  it('finds the head with AGENCY: and ACTION: on lines of their own, and titles it past `Start Preamble` and `A Rule by the … on 12/15/2008`', () => {
    expect(parseBriefing(copy).title).toBe('Export Administration Regulations: Authority Citations Updates and Technical Corrections');
  });

  it('takes the title standing first, above the department, bureau, CFR part, docket and RIN lines', () => {
    const b = parseBriefing('Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities\n\nDepartment of Commerce\nBureau of Industry and Security\n  1. 15 CFR Parts 732, 734, 736, 744, and 748\n  2. [Docket No. 250509-0083]\n  3. RIN 0694-AK11\n\nAGENCY:\n\nBureau of Industry and Security, Department of Commerce.\n\nACTION:\n\nInterim final rule.\n\nThis rule is effective September 29, 2025.');
    expect([b.date, b.title]).toEqual(['2025-09-29', 'Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities']);
  });

  it('leaves the `Start …`/`End …` markers out of the text', () => {
    expect(texts(copy).join('|')).not.toMatch(/Preamble|Start Supplemental/);
  });
});

describe('a White House page', () => {
  const factSheet = 'The White House\nFact Sheets\nFact Sheet: President Donald J. Trump Adjusts Imports of Copper into the United States\nThe White House\nJuly 30, 2025\n\nADJUSTING IMPORTS OF COPPER: Today, President Donald J. Trump signed a Proclamation imposing a 50% tariff on imports of semi-finished copper products.\n\nPROTECTING AMERICA’S NATIONAL SECURITY: Copper is the second-most used material by the Department of Defense.\n\n###\n';

  it('takes the fact sheet’s headline for the title, not `The White House` or `Fact Sheets`', () => {
    const b = parseBriefing(factSheet);
    expect([b.date, b.title]).toEqual(['2025-07-30', 'Fact Sheet: President Donald J. Trump Adjusts Imports of Copper into the United States']);
  });

  it('keeps a paragraph opened by an ALL-CAPS lead-in whole, and leaves out the `###` that ends a release', () => {
    const s = texts(factSheet);
    expect(s[0]).toBe('ADJUSTING IMPORTS OF COPPER: Today, President Donald J. Trump signed a Proclamation imposing a 50% tariff on imports of semi-finished copper products.');
    expect(s).not.toContain('###');
  });
});

describe('a press release', () => {
  it('takes the headline for the title past FOR IMMEDIATE RELEASE, the office and the media contact, and leaves out ### and the Contact: line', () => {
    const page = 'FOR IMMEDIATE RELEASE\nJuly 30, 2025\nOffice of Congressional and Public Affairs\nMedia Contact: press@bis.doc.gov\n\nCommerce Adds 12 Entities to the Entity List\n\nWASHINGTON, D.C. — Today, the Bureau of Industry and Security added 12 entities to the Entity List.\n\n###\n\nContact: Office of Congressional and Public Affairs, (202) 482-2721\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-07-30', 'Commerce Adds 12 Entities to the Entity List']);
    expect(texts(page)).toEqual(['WASHINGTON, D.C. — Today, the Bureau of Industry and Security added 12 entities to the Entity List.']);
  });
});

describe('wire and news pages', () => {
  it('dates a yearless `NEW YORK, July 10 (Reuters) -` by the byline’s timestamp, and leaves out the Related list and the credits', () => {
    const page = 'Exclusive: US weighs new curbs on chip tools\nBy Jane Doe and John Roe\nJuly 10, 2025 5:06 PM EDT Updated 2 hours ago\n\nNEW YORK, July 10 (Reuters) - The U.S. Commerce Department is weighing new restrictions on exports of chipmaking tools to China, three people familiar with the matter said.\n\nRelated:\nUS adds dozens of Chinese firms to trade blacklist\nNvidia sees China sales slowing\n\nReporting by Jane Doe in New York; Editing by Chris Reese\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-07-10', 'Exclusive: US weighs new curbs on chip tools']);
    expect(texts(page)).toEqual(['NEW YORK, July 10 (Reuters) - The U.S. Commerce Department is weighing new restrictions on exports of chipmaking tools to China, three people familiar with the matter said.']);
  });

  it('leaves out photo captions (`图为…`, `新华社记者 李四 摄`, `(PHOTO: REUTERS)`, `… REUTERS/Florence Lo/Illustration`)', () => {
    const zh = '稀土行业迎来新规\n2025-03-04 08:30  来源：人民日报\n本报北京3月4日电  （记者张三）工业和信息化部3日发布稀土管理条例实施细则。\n\n图为江西赣州一家稀土企业生产车间。\n新华社记者 李四 摄\n\n据介绍，细则自2025年4月1日起施行。\n\n（完）\n【编辑：王五】\n';
    expect(texts(zh)).toEqual(['本报北京3月4日电  （记者张三）工业和信息化部3日发布稀土管理条例实施细则。', '据介绍，细则自2025年4月1日起施行。']);
    expect(parseBriefing(zh).date).toBe('2025-03-04');
    const en = 'China extends export controls on rare earths\nOctober 10, 2025\n\nA truck being loaded with rare earths at the Port of Lianyungang in Jiangsu province in 2013.\n(PHOTO: REUTERS)\nSemiconductor chips are seen on a circuit board in this illustration picture taken February 25, 2022. REUTERS/Florence Lo/Illustration\n\nChina has tightened its grip on rare earths, extending export controls beyond its borders for the first time.';
    expect(texts(en).join('|')).not.toMatch(/REUTERS/);
  });

  it('leaves out share counters and share buttons (`0` ⏎ `SHARES`, `Share on FacebookShare on Twitter`)', () => {
    const page = 'Home > Stock\n\nChina outlines more controls on exports of rare earths and technology\n\nOctober 10, 2025\n0\nSHARES\n0\nVIEWS\nShare on FacebookShare on Twitter\n\nHONG KONG — China outlined new curbs on exports of rare earths and related technologies on Thursday.';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-10-10', 'China outlines more controls on exports of rare earths and technology']);
    expect(texts(page)).toEqual(['HONG KONG — China outlined new curbs on exports of rare earths and related technologies on Thursday.']);
  });

  it('reads a posting line that names the editor (`… 来源：新华网 作者：张三 责任编辑：李四`) as the head, not as a footer swallowing the story', () => {
    const page = '稀土行业迎来新规\n2025-03-04 08:30:15 来源：新华网 作者：张三 责任编辑：李四\n【字体：大 中 小】\n\n新华社北京3月4日电 工业和信息化部3日发布稀土管理条例实施细则。\n\n细则自2025年4月1日起施行。';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-03-04', '稀土行业迎来新规']);
    expect(texts(page)).toEqual(['新华社北京3月4日电 工业和信息化部3日发布稀土管理条例实施细则。', '细则自2025年4月1日起施行。']);
  });

  it('leaves out credits printed in brackets (`(Reporting by …; Editing by …)`) and reads a timestamp glued to the year (`October 9, 20253:06 PM GMT+8`)', () => {
    const page = 'China tightens rare earth export controls\nBy Lewis Jackson\nOctober 9, 20253:06 PM GMT+8Updated 2 hours ago\n\nBEIJING (Reuters) - China tightened its rare earth export controls on Thursday, the commerce ministry said.\n\n(Reporting by Lewis Jackson in Beijing; Editing by Christian Schmollinger and Kate Mayberry)\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-10-09', 'China tightens rare earth export controls']);
    expect(texts(page)).toEqual(['BEIJING (Reuters) - China tightened its rare earth export controls on Thursday, the commerce ministry said.']);
  });

  it('reads a news page whose head holds a 您的位置 breadcrumb, a 扫一扫 prompt, the reporter and 原标题, and leaves out Advertisement and the 相关稿件 list', () => {
    const page = '您的位置：首页 > 新闻中心 > 产经\n工信部发布稀土新规\n2025年03月04日 08:30  来源：经济日报\n扫一扫在手机打开当前页\n本报记者 张三\n原标题：稀土管理迎来新规\n\n工业和信息化部3日发布稀土管理条例实施细则，明确稀土开采总量控制要求。\n\nAdvertisement\n\n细则自2025年4月1日起施行。\n\n相关稿件\n稀土价格持续上涨\n稀土出口数据公布\n\n[责任编辑：李四]\n';
    const b = parseBriefing(page);
    expect([b.date, b.title]).toEqual(['2025-03-04', '工信部发布稀土新规']);
    expect(texts(page)).toEqual(['工业和信息化部3日发布稀土管理条例实施细则，明确稀土开采总量控制要求。', '细则自2025年4月1日起施行。']);
  });

  it('keeps a briefing’s own section named like a page label (`一、政策解读`, `## Executive Orders`)', () => {
    const zh = '稀土周报\n2025年10月10日\n\n一、政策解读\n\n商务部宣布对稀土技术实施出口管制。\n\n二、市场动态\n\n稀土价格上涨。';
    expect(parseBriefing(zh).sections.map((s) => s.heading)).toEqual(['政策解读', '市场动态']);
    const en = 'Trade brief\nJuly 30, 2025\n\nCopper tariffs take effect on Friday.\n\n## Executive Orders\n\nThe President signed a proclamation on copper imports.';
    expect(parseBriefing(en).sections.map((s) => s.heading)).toEqual(['', 'Executive Orders']);
  });
});

