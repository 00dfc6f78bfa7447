import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf, type Briefing, type Reference } from '../../src/briefing/index.js';
import { extractBriefing } from '../../src/extract/index.js';

/** A 新质生产力每日动态 issue citing [1] and [2], with the given reference list under the given heading. */
const issue = (heading: string, list: string): Briefing =>
  parseBriefing(
    [
      '新质生产力每日动态',
      '',
      '2026 年 6 月 3 日',
      '',
      '1 稀土总量控制',
      '',
      '据路透社 6 月 2 日报道，工信部下达 2026 年第一批稀土开采总量控制指标[1]。财新同日报道，氧化镨钕价格连续第三周上涨[2]。',
      '',
      heading,
      '',
      list,
      '',
      '联系我们，请扫描二维码',
      '',
    ].join('\n'),
  );

const fields = (b: Briefing) => b.references.map(({ raw, ...r }): Omit<Reference, 'raw'> => r);
const REUTERS = { outlet: '路透社', date: '2026-06-02', title: '中国下达2026年第一批稀土开采总量控制指标' };
const CAIXIN = { outlet: '财新', date: '2026-06-02', title: '氧化镨钕价格连续第三周上涨' };
const REUTERS_EN = { outlet: 'Reuters', date: '2026-06-02', title: 'China issues first batch of 2026 rare earth mining quotas' };
const CAIXIN_EN = { outlet: 'Caixin', date: '2026-06-02', title: 'Praseodymium-neodymium oxide prices rise for third week' };
const citesOf = (b: Briefing) => new Set(extractBriefing(b).edges.filter((e) => e.type === 'CITES').map((e) => e.to)).size;

describe('reference entries, item by item', () => {
  it.each([
    ['`1、路透社 2026年6月2日《标题》` (date between outlet and title)', '参考资料', `1、路透社 2026年6月2日《${REUTERS.title}》\n2、财新 2026年6月2日《${CAIXIN.title}》`],
    ['`[1] 路透社：《标题》（2026年6月2日）`', '参考文献', `[1] 路透社：《${REUTERS.title}》（2026年6月2日）\n[2] 财新：《${CAIXIN.title}》（2026年6月2日）`],
    ['`（1）路透社：标题（2026-06-02）` under 信息来源', '信息来源', `（1）路透社：${REUTERS.title}（2026-06-02）\n（2）财新：${CAIXIN.title}（2026-06-02）`],
    ['`① 路透社，《标题》，2026年6月2日`', '参考资料', `① 路透社，《${REUTERS.title}》，2026年6月2日\n② 财新，《${CAIXIN.title}》，2026年6月2日`],
    ['`1. 标题 - 路透社 - 2026-06-02` (outlet after the title)', '资料来源', `1. ${REUTERS.title} - 路透社 - 2026-06-02\n2. ${CAIXIN.title} - 财新 - 2026-06-02`],
    ['`1. 来源：路透社；标题：…；日期：…` on one line', '参考资料', `1. 来源：路透社；标题：${REUTERS.title}；日期：2026-06-02\n2. 来源：财新；标题：${CAIXIN.title}；日期：2026-06-02`],
    ['`[1] 路透社. 标题[N/OL]. (2026-06-02)[2026-06-03].` (GB/T 7714)', '参考文献', `[1] 路透社. ${REUTERS.title}[N/OL]. (2026-06-02)[2026-06-03].\n[2] 财新. ${CAIXIN.title}[EB/OL]. (2026-06-02).`],
  ])('reads %s', (_, heading, list) => {
    expect(fields(issue(heading, list))).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...CAIXIN },
    ]);
  });

  it.each([
    ['`• Reuters｜2026-06-02｜Title` (full-width bars)', 'Sources', `• Reuters｜2026-06-02｜${REUTERS_EN.title}\n• Caixin｜2026-06-02｜${CAIXIN_EN.title}`],
    ['`[1] Reuters (June 2, 2026). Title.`', 'References', `[1] Reuters (June 2, 2026). ${REUTERS_EN.title}.\n[2] Caixin (June 2, 2026). ${CAIXIN_EN.title}.`],
    ['`1. Reuters – Title – 2 June 2026`', 'Further reading', `1. Reuters – ${REUTERS_EN.title} – 2 June 2026\n2. Caixin – ${CAIXIN_EN.title} – 2 June 2026`],
    ['`1. Reuters, June 2, 2026: "Title"`', 'References', `1. Reuters, June 2, 2026: "${REUTERS_EN.title}"\n2. Caixin, June 2, 2026: "${CAIXIN_EN.title}"`],
    ['`- Reuters. Title. 2026-06-02.`', 'Sources', `- Reuters. ${REUTERS_EN.title}. 2026-06-02.\n- Caixin. ${CAIXIN_EN.title}. 2026-06-02.`],
    ['`Reuters: Title (June 2, 2026)` without numbers', 'Sources', `Reuters: ${REUTERS_EN.title} (June 2, 2026)\nCaixin: ${CAIXIN_EN.title} (June 2, 2026)`],
  ])('reads %s', (_, heading, list) => {
    expect(fields(issue(heading, list))).toEqual([
      { index: 1, ...REUTERS_EN },
      { index: 2, ...CAIXIN_EN },
    ]);
  });

  it('reads `财新6月2日报道：标题` and `彭博社（6月1日）：标题` (no year: the briefing’s), and takes a link’s host for an entry naming no outlet', () => {
    const b = issue('参考资料', `1. 《${REUTERS.title}》 https://www.reuters.com/markets/commodities/quota-2026-06-02/\n2. 财新6月2日报道：${CAIXIN.title}\n3. 彭博社（6月1日）：美国拟收紧AI芯片出口管制`);
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS, outlet: 'Reuters', url: 'https://www.reuters.com/markets/commodities/quota-2026-06-02/' },
      { index: 2, ...CAIXIN },
      { index: 3, outlet: '彭博社', date: '2026-06-01', title: '美国拟收紧AI芯片出口管制' },
    ]);
  });

  it('reads a markdown link `[Title](https://…) — Reuters, 2026-06-02`', () => {
    const url = 'https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/';
    const b = issue('参考链接', `- [${REUTERS_EN.title}](${url}) — Reuters, 2026-06-02\n- [${CAIXIN_EN.title}](https://www.caixinglobal.com/2026-06-02/prices.html) — Caixin, 2026-06-02`);
    expect(fields(b)[0]).toEqual({ index: 1, ...REUTERS_EN, url });
    expect(fields(b)[1]).toMatchObject(CAIXIN_EN);
  });
});

describe('the series’ own entry `Invezz (2026-05-07): Title` written other ways', () => {
  const INVEZZ = { outlet: 'Invezz', date: '2026-05-07', title: 'Trump-Xi summit: trade, Taiwan, AI talks in focus' };
  const NYT = { outlet: 'NYT', date: '2026-05-04', title: 'White House Considers Vetting A.I. Models Before They Are Released' };
  it.each([
    ['with markdown emphasis', `1. **Invezz** (2026-05-07): *${INVEZZ.title}*\n2. **NYT** (2026-05-04): _${NYT.title}_`],
    ['with full-width brackets and colon', `1. Invezz（2026-05-07）：${INVEZZ.title}\n2. NYT（2026-05-04）：${NYT.title}`],
    ['as `Title (Outlet, date)`', `1. ${INVEZZ.title} (Invezz, 2026-05-07)\n2. ${NYT.title} (NYT, 2026-05-04)`],
    ['as `Outlet, date, Title`', `1. Invezz, 2026-05-07, ${INVEZZ.title}\n2. NYT, 2026-05-04, ${NYT.title}`],
    ['as `Outlet date Title`', `1. Invezz 2026-05-07 ${INVEZZ.title}\n2. NYT 2026-05-04 ${NYT.title}`],
  ])('reads it %s', (_, list) => {
    expect(fields(issue('### 5 参考文献', list))).toEqual([
      { index: 1, ...INVEZZ },
      { index: 2, ...NYT },
    ]);
  });

  it('reads it wrapped whole in a markdown link', () => {
    const url = 'https://invezz.com/news/2026/05/07/trump-xi-summit/';
    expect(fields(issue('参考文献', `1. [Invezz (2026-05-07): ${INVEZZ.title}](${url})`))).toEqual([{ index: 1, ...INVEZZ, url }]);
  });
});

describe('reference lists laid out in blocks and lines', () => {
  it('reads blocks of `标题：` / `来源：` / `发布日期：` / `链接：` lines separated by blank lines', () => {
    const b = issue(
      '参考链接',
      [
        `标题：${REUTERS.title}`,
        '来源：路透社',
        '发布日期：2026年6月2日',
        '链接：https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/',
        '',
        `标题：${CAIXIN.title}`,
        '媒体：财新',
        '日期：2026-06-02',
        'URL: https://www.caixin.com/2026-06-02/102345678.html',
      ].join('\n'),
    );
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS, url: 'https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/' },
      { index: 2, ...CAIXIN, url: 'https://www.caixin.com/2026-06-02/102345678.html' },
    ]);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0], [1]]);
  });

  it('reads numbered entries whose 媒体 / 标题 / 日期 / 用途 stand on lines of their own, with no links', () => {
    const b = issue(
      '参考资料',
      [`1. 媒体：路透社`, `标题：${REUTERS.title}`, '日期：2026年6月2日', '用途：指标数量', `2. 媒体：财新`, `标题：${CAIXIN.title}`, '日期：2026年6月2日', '用途：价格走势'].join('\n'),
    );
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS, purpose: '指标数量' },
      { index: 2, ...CAIXIN, purpose: '价格走势' },
    ]);
  });

  it('reads unnumbered blocks of outlet, title and date lines separated by blank lines', () => {
    const b = issue('参考资料', `路透社\n${REUTERS.title}\n2026-06-02\n\n财新\n${CAIXIN.title}\n2026-06-02`);
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...CAIXIN },
    ]);
  });

  it('takes each bare URL line as a Source named after its host and path', () => {
    const b = issue('References', 'https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/\nhttps://www.caixin.com/2026-06-02/neodymium-prices-rise.html');
    expect(fields(b)).toEqual([
      { index: 1, outlet: 'Reuters', date: '2026-06-02', title: 'china rare earth quota', url: 'https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/' },
      { index: 2, outlet: 'Caixin', date: '2026-06-02', title: 'neodymium prices rise', url: 'https://www.caixin.com/2026-06-02/neodymium-prices-rise.html' },
    ]);
    expect(citesOf(b)).toBe(2);
  });

  it('joins a URL that PDF conversion broke across two lines', () => {
    const b = issue(
      'References',
      `[1] Reuters (2026-06-02): ${REUTERS_EN.title}. https://www.reuters.com/markets/commodities/china-rare-\nearth-quota-2026-06-02/\n[2] Caixin (2026-06-02): ${CAIXIN_EN.title}. https://www.caixinglobal.com/\n2026-06-02/prices.html`,
    );
    expect(b.references.map((r) => [r.title, r.url])).toEqual([
      [REUTERS_EN.title, 'https://www.reuters.com/markets/commodities/china-rare-earth-quota-2026-06-02/'],
      [CAIXIN_EN.title, 'https://www.caixinglobal.com/2026-06-02/prices.html'],
    ]);
  });

  it('joins a link broken right after `https://` and one broken inside a date in its path', () => {
    const b = issue('参考资料', `1. 路透社，《${REUTERS.title}》，2026年6月2日。链接：https://\nwww.reuters.com/markets/commodities/quota-2026-06-02/\n2. 财新，《${CAIXIN.title}》，2026年6月2日。链接：https://www.caixin.com/2026-06-\n02/102345678.html`);
    expect(b.references.map((r) => r.url)).toEqual(['https://www.reuters.com/markets/commodities/quota-2026-06-02/', 'https://www.caixin.com/2026-06-02/102345678.html']);
  });

  it('makes one Source per distinct article: the same outlet twice is two, a repeated entry one', () => {
    const b = issue(
      '参考文献',
      `1. Reuters (2026-06-02): ${REUTERS_EN.title}\n2. Reuters (2026-06-01): China rare earth prices climb to two-year high\n3. Caixin (2026-06-02): ${CAIXIN_EN.title}\n4. Reuters (2026-06-02): ${REUTERS_EN.title}`,
    );
    expect(b.references).toHaveLength(4);
    expect(citesOf(b)).toBe(3);
  });

  it('makes one Source of one article listed once as 路透社 and once as Reuters', () => {
    const b = issue('参考文献', `1. 路透社 (2026-06-02): ${REUTERS_EN.title}\n2. Caixin (2026-06-02): ${CAIXIN_EN.title}\n3. Reuters (2026-06-02): ${REUTERS_EN.title}`);
    expect(citesOf(b)).toBe(2);
  });
});

describe('reference lists around PDF and newsletter artefacts', () => {
  const list = `1. Reuters (2026-06-02): ${REUTERS_EN.title}\n2. Caixin (2026-06-02): ${CAIXIN_EN.title}`;

  it.each(['▍参考资料', '参考资料（共 2 条）', 'References (2)'])('reads a list under the decorated or counted heading %s', (heading) => {
    expect(fields(issue(heading, list))).toEqual([
      { index: 1, ...REUTERS_EN },
      { index: 2, ...CAIXIN_EN },
    ]);
  });

  it('reads on across a page break (page number and running head) inside a numbered list', () => {
    const b = issue('参考文献', `1. Reuters (2026-06-02): ${REUTERS_EN.title}\n\n- 5 -\n\n新质生产力每日动态\n\n2. Caixin (2026-06-02): ${CAIXIN_EN.title}`);
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS_EN },
      { index: 2, ...CAIXIN_EN },
    ]);
  });

  it('reads `1 Reuters (…)` numbers whose dot PDF conversion lost, and a link written as `[https://…](https://…)`', () => {
    const b = issue('参考文献', `1 Reuters (2026-06-02): ${REUTERS_EN.title} [https://www.reuters.com/a](https://www.reuters.com/a)\n2 Caixin (2026-06-02): ${CAIXIN_EN.title}`);
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS_EN, url: 'https://www.reuters.com/a' },
      { index: 2, ...CAIXIN_EN },
    ]);
  });

  it('keeps a wrapped title line that starts with a number (`15 companies …`) in its entry', () => {
    const b = issue('参考文献', `1. Reuters (2026-06-02): China issues rare earth quotas to\n15 companies in the sector\n2. Caixin (2026-06-02): ${CAIXIN_EN.title}`);
    expect(b.references.map((r) => r.title)).toEqual(['China issues rare earth quotas to 15 companies in the sector', CAIXIN_EN.title]);
  });

  it('joins an unnumbered entry wrapped onto a line starting in lower case', () => {
    const b = issue('Sources', `Reuters: China issues first batch of 2026 rare earth\nmining quotas (June 2, 2026)\nCaixin: ${CAIXIN_EN.title} (June 2, 2026)`);
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS_EN, title: 'China issues first batch of 2026 rare earth mining quotas' },
      { index: 2, ...CAIXIN_EN },
    ]);
  });

  it('takes `上海有色网（SMM）：氧化镨钕价格周报` as outlet then title, the Latin name in brackets being part of the outlet', () => {
    const b = issue('参考资料', '1. 上海有色网（SMM）：氧化镨钕价格周报，2026年6月2日\n2. 工信部官网：《关于下达2026年第一批稀土开采总量控制指标的通知》，2026年6月2日');
    expect(fields(b)).toEqual([
      { index: 1, outlet: '上海有色网（SMM）', title: '氧化镨钕价格周报', date: '2026-06-02' },
      { index: 2, outlet: '工信部官网', title: '关于下达2026年第一批稀土开采总量控制指标的通知', date: '2026-06-02' },
    ]);
  });
});

describe('citation marks in the text', () => {
  const list = `1. SIA (2026-06-02): Global Semiconductor Sales April 2026\n2. Nikkei Asia (2026-06-01): Chip tool exports fall\n3. Reuters (2026-06-01): Chipmakers brace for new rules`;
  const brief = (body: string, refs = list) => parseBriefing(`China tech brief\n\nJune 3, 2026\n\n${body}\n\nReferences\n\n${refs}\n`);

  it('reads `^1`, `^[2]`, `[^3]` and `¹` markers, and ends the sentence after them', () => {
    const b = brief('Global chip sales rose 25% in April.^1 Exports of chipmaking tools fell.^[2] New rules loom [^3]. 芯片销售增长。¹');
    expect(sentencesOf(b).map((s) => [s.text, s.citedRefs])).toEqual([
      ['Global chip sales rose 25% in April.^1', [0]],
      ['Exports of chipmaking tools fell.^[2]', [1]],
      ['New rules loom [^3].', [2]],
      ['芯片销售增长。¹', [0]],
    ]);
  });

  it('reads `【2】` and `[1，3]` markers', () => {
    const b = brief('芯片设备出口下降【2】。全球芯片销售增长[1，3]。');
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[1], [0, 2]]);
  });

  it('reads ② and （2） as citations only where the list is numbered so, and never `km²`', () => {
    const circled = brief('芯片设备出口下降②。\n\n新厂占地 12 km²，全球芯片销售增长（1）。', list.replace(/^(\d)\. /gm, (_, n: string) => String.fromCharCode(0x245f + Number(n)) + ' '));
    expect(sentencesOf(circled).map((s) => s.citedRefs)).toEqual([[1], []]);
    const parenthesised = brief('主要措施包括：（1）扩大产能，（2）加强合作。\n\n全球芯片销售增长（1）。', list.replace(/^(\d)\. /gm, '（$1）'));
    expect(sentencesOf(parenthesised).map((s) => s.citedRefs)).toEqual([[], [0]]);
  });
});

describe('reference list headings', () => {
  it.each(['参考资料', '参考文献', '资料来源', '信息来源', '参考链接', '延伸阅读', 'References', 'Sources', 'Further reading', '## 参考链接', '**References:**'])(
    'reads a list under %s and never as body text',
    (heading) => {
      const b = issue(heading, `1. 路透社 (2026-06-02): ${REUTERS.title}\n2. 财新 (2026-06-02): ${CAIXIN.title}`);
      expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '财新']);
      expect(sentencesOf(b).some((s) => s.text.includes(REUTERS.title))).toBe(false);
    },
  );

  it('reads a contents list without a 目录 heading whose last line is 参考资料 as no reference list', () => {
    const b = parseBriefing(
      '新质生产力每日动态\n2026年6月3日\n\n一、稀土总量控制指标下达\n二、美国拟收紧 AI 芯片出口\n参考资料\n\n一、稀土总量控制指标下达\n\n工信部下达稀土开采总量控制指标[1]。\n\n二、美国拟收紧 AI 芯片出口\n\n美国拟收紧 AI 芯片出口[2]。\n\n参考资料\n\n1. 路透社 (2026-06-02): 中国下达2026年第一批稀土开采总量控制指标\n2. 彭博社 (2026-06-01): 美国拟收紧AI芯片出口管制\n',
    );
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '彭博社']);
    expect(sentencesOf(b).map((s) => [s.text, s.citedRefs])).toEqual([
      ['工信部下达稀土开采总量控制指标[1]。', [0]],
      ['美国拟收紧 AI 芯片出口[2]。', [1]],
    ]);
  });

  it('skips a contents list numbered 1 2 3 with no 目录 heading and no page numbers, and takes the outlet, not the author, of `Jane Doe, Reuters, "Title"`', () => {
    const b = parseBriefing(
      '新质生产力每日动态\n2026年6月3日\n\n1 稀土总量控制指标下达\n2 美国拟收紧 AI 芯片出口\n3 参考文献\n\n1 稀土总量控制指标下达\n\n工信部下达稀土开采总量控制指标[1]。\n\n2 美国拟收紧 AI 芯片出口\n\n美国拟收紧 AI 芯片出口[2]。\n\n3 参考文献\n\n1. Jane Doe, Reuters, "China issues first batch of rare earth quotas", June 2, 2026\n2. 彭博社 (2026-06-01): 美国拟收紧AI芯片出口管制\n',
    );
    expect(b.sections.map((s) => [s.number, s.paragraphs.length])).toEqual([['1', 1], ['2', 1]]);
    expect(fields(b)).toEqual([
      { index: 1, outlet: 'Reuters', date: '2026-06-02', title: 'China issues first batch of rare earth quotas' },
      { index: 2, outlet: '彭博社', date: '2026-06-01', title: '美国拟收紧AI芯片出口管制' },
    ]);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0], [1]]);
  });

  it('reads markdown footnote definitions (`[^1]: …`) as the reference list, with no heading', () => {
    const b = parseBriefing(
      `# 新质生产力每日动态\n\n2026年6月3日\n\n## 一、稀土\n\n工信部下达稀土开采总量控制指标[^1]。氧化镨钕价格上涨[^2]。\n\n[^1]: 路透社，《${REUTERS.title}》，2026年6月2日\n\n[^2]: 财新，《${CAIXIN.title}》，2026年6月2日\n`,
    );
    expect(fields(b)).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...CAIXIN },
    ]);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0], [1]]);
  });

  it('cites nothing and still reads the briefing when there is no reference list', () => {
    const b = parseBriefing('新质生产力每日动态\n\n2026 年 6 月 3 日\n\n1 稀土总量控制\n\n工信部下达 2026 年第一批稀土开采总量控制指标。\n\n联系我们，请扫描二维码\n');
    expect([b.references, citesOf(b), sentencesOf(b).length]).toEqual([[], 0, 1]);
  });
});

describe('the Sources a sentence’s evidence cites', () => {
  it('gives the evidence of a `[1][3]` sentence both Sources, and one of `^2` its one', () => {
    const b = parseBriefing(
      `China tech brief\n\nJune 3, 2026\n\n1. Chips\n\nNvidia said demand for its chips stayed strong in China [1][3]. Tokyo Electron said chip tool exports fell.^2\n\nReferences\n\n1. Reuters (2026-06-01): Nvidia sees strong demand\n2. Nikkei Asia (2026-06-01): Chip tool exports fall\n3. Bloomberg (2026-06-02): Nvidia demand holds up in China\n`,
    );
    const f = extractBriefing(b);
    const sourceOf = (title: string) => f.nodes.find((n) => n.label === 'Source' && n.source?.title === title)?.id;
    const citedBy = (fragment: string) =>
      new Set(f.edges.flatMap((e) => e.evidence ?? []).filter((ev) => ev.text.includes(fragment)).flatMap((ev) => ev.sources ?? []));
    expect(citedBy('Nvidia said demand')).toEqual(new Set([sourceOf('Nvidia sees strong demand'), sourceOf('Nvidia demand holds up in China')]));
    expect(citedBy('Tokyo Electron said')).toEqual(new Set([sourceOf('Chip tool exports fall')]));
  });

  it('issues 上海有色网（SMM） by one outlet, but 南国都市报（新华社） by the paper and the agency it carried', () => {
    const b = issue('参考资料', '1. 上海有色网（SMM）：氧化镨钕价格周报，2026年6月2日\n2. 南国都市报（新华社），《稀土开采总量控制指标下达》，2026年6月2日');
    const f = extractBriefing(b);
    const name = (id: string) => f.nodes.find((n) => n.id === id)?.name;
    const issuers = (title: string) => {
      const source = f.nodes.find((n) => n.label === 'Source' && n.source?.title === title)?.id;
      return f.edges.filter((e) => e.type === 'ISSUED_BY' && e.from === source).map((e) => name(e.to));
    };
    expect(issuers('氧化镨钕价格周报')).toHaveLength(1);
    expect(issuers('稀土开采总量控制指标下达')).toHaveLength(2);
  });

  it('keeps untitled entries of one outlet and day apart by their links', () => {
    const b = issue('参考资料', '1. Reuters, 2026-06-02, https://www.reuters.com/world/china/quota-12345\n2. Reuters, 2026-06-02, https://www.reuters.com/markets/prices-67890');
    expect(citesOf(b)).toBe(2);
  });
});

describe('sources given per story', () => {
  it('resolves [1] to the reference list that follows its section when each section has its own list', () => {
    const b = parseBriefing(
      '新质生产力每日动态\n2026年6月3日\n\n一、稀土\n\n工信部下达稀土开采总量控制指标[1]。氧化镨钕价格上涨[2]。\n\n参考资料：\n1. 路透社 (2026-06-02): 中国下达2026年第一批稀土开采总量控制指标\n2. 财新 (2026-06-02): 氧化镨钕价格连续第三周上涨\n\n二、芯片\n\n美国拟收紧 AI 芯片出口[1]。\n\n参考资料：\n1. 彭博社 (2026-06-01): 美国拟收紧AI芯片出口管制\n',
    );
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '财新', '彭博社']);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0], [1], [2]]);
    expect(citesOf(b)).toBe(3);
  });

  it('reads `来源：路透社、财新` and `（来源：彭博社，2026年6月1日）` notes as the Sources of the story above them, not as text', () => {
    const b = parseBriefing(
      '新质生产力每日动态\n2026年6月3日\n\n一、稀土\n\n工信部下达稀土开采总量控制指标。氧化镨钕价格上涨。\n\n来源：路透社、财新\n\n二、芯片\n\n美国拟收紧 AI 芯片出口。（来源：彭博社，2026年6月1日）\n',
    );
    expect(b.references.map((r) => [r.outlet, r.date])).toEqual([['路透社', undefined], ['财新', undefined], ['彭博社', '2026-06-01']]);
    expect(sentencesOf(b).map((s) => [s.text, s.citedRefs])).toEqual([
      ['工信部下达稀土开采总量控制指标。', [0, 1]],
      ['氧化镨钕价格上涨。', [0, 1]],
      ['美国拟收紧 AI 芯片出口。', [2]],
    ]);
    expect(citesOf(b)).toBe(3);
  });

  it('reads a one-line `参考资料：路透社、彭博社、财新` as three Sources', () => {
    const b = parseBriefing('新质生产力每日动态\n2026年6月3日\n\n一、稀土\n\n工信部下达稀土开采总量控制指标。\n\n参考资料：路透社、彭博社、财新\n\n联系我们，请扫描二维码\n');
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '彭博社', '财新']);
    expect(citesOf(b)).toBe(3);
  });

  it('reads an English `Source: Semiconductor Industry Association, June 2, 2026` line', () => {
    const b = parseBriefing('China tech brief\nJune 3, 2026\n\nChips\n\nGlobal chip sales rose 25% in April.\n\nSource: Semiconductor Industry Association, June 2, 2026\n');
    expect(fields(b)).toEqual([{ index: 1, outlet: 'Semiconductor Industry Association', date: '2026-06-02' }]);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0]]);
  });
});
