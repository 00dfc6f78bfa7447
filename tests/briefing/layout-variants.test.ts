// One real markdown briefing (eval-holdout's 2026-05-29 issue, cut to three stories) rewritten in the
// layouts real briefings use: reference-list headings, entry formats, citation markers and markdown
// noise. Whatever the layout, the same three Sources are read and each sentence cites its own.
import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf, type Briefing } from '../../src/briefing/index.js';
import { extractBriefing } from '../../src/extract/index.js';

interface Ref {
  n: number;
  outlet: string;
  date: string;
  title: string;
  url: string;
}
const REFS: Ref[] = [
  { n: 1, outlet: 'CnEVPost', date: '2026-02-11', title: 'VW Cupra Tavascan exempted from EU tariffs on Chinese EVs', url: 'https://cnevpost.com/2026/02/11/vw-cupra-tavascan-exempted-from-eu-tariffs-on-chinese-evs' },
  { n: 2, outlet: 'Reuters', date: '2026-02-13', title: 'China Biotechs Enjoy Surge in Licensing to Foreign Pharmaceutical Firms', url: 'http://en.ccceu.eu/2026-02/21/c_4870.htm' },
  { n: 3, outlet: '21世纪经济报道', date: '2026-01-04', title: '宇树科技回应绿色通道传闻', url: 'https://reportify.cn/news/1205335801999790080' },
];
const SENTENCES = [
  '欧盟委员会已接受大众汽车（安徽）有限公司就纯电动汽车出口提交的价格承诺，其在中国生产的 Cupra Tavascan 车型因此免缴反补贴税[1]。',
  '去年大中华区药企签署的对外授权交易总额达 1377 亿美元，较 2021 年增长近十倍，数据来自医药魔方（Pharmcube）[2]。',
  '1 月 4 日，有媒体称宇树科技 A 股上市的“绿色通道”被叫停，宇树科技当晚发布声明予以否认，上市工作正常推进[3]。',
];
const FOOTER = '# 联系我们，请扫描二维码\n\n新质生产力工作委员会\n官方公众号\n\n网站地址：<https://gyznsw.cn>\n';

const zhDate = (d: string) => d.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');
const circled = (n: number) => String.fromCharCode(0x2460 + n - 1);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDate = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}, ${d.slice(0, 4)}`;

interface Layout {
  heading?: string;
  blank?: boolean;
  rule?: boolean;
  entry?: (r: Ref) => string;
  /** Rewrites the body (head, headings and the stories). */
  body?: (b: string) => string;
}

const BODY = [
  '# 新质生产力每日动态',
  '',
  '2026年5月29日',
  '',
  '## 1 电动汽车“价格承诺”通道打开',
  '',
  SENTENCES[0],
  '',
  '## 2 创新药对外授权',
  '',
  SENTENCES[1],
  '',
  '## 3 人形机器人',
  '',
  SENTENCES[2],
  '',
].join('\n');

function briefing(l: Layout = {}): Briefing {
  const entry = l.entry ?? ((r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}", ${r.url}`);
  const heading = l.heading ?? '## 4 参考文献';
  const list = REFS.map(entry).join('\n');
  const text = `${(l.body ?? ((b) => b))(BODY)}\n${l.rule ? '---\n\n' : ''}${heading}${heading ? '\n' : ''}${l.blank === false ? '' : '\n'}${list}\n\n${FOOTER}`;
  return parseBriefing(text, { name: 'zh_briefing_markdown_2026-05-29.txt' });
}

const fields = (b: Briefing) => b.references.map((r) => ({ n: r.index, outlet: r.outlet, date: r.date, title: r.title, url: r.url }));
/** Per story sentence, the printed numbers of the entries it cites itself. */
const cites = (b: Briefing) =>
  sentencesOf(b)
    .filter((s) => !s.citationInherited && s.citedRefs.length > 0)
    .map((s) => s.citedRefs.map((i) => b.references[i].index));

describe('a reference list under any heading', () => {
  const headings = ['## 参考资料', '**参考文献**', '### References', '【参考资料】', '参考资料：', '## Sources', '参考来源', '资料来源：', '### 信息来源', '**参考资料：**'];
  // Headings no word list names, read by their shape: a reference word over lines shaped like entries.
  const unlisted = ['## 引用来源', '信源：', '**本期参考资料**', '附：参考资料', '—— 参 考 文 献 ——', '参考资料（按引用顺序）', '### 参考链接与来源', '## References & Notes', '### Reference list'];
  const cases = [...headings, ...unlisted].flatMap((h) => [true, false].flatMap((blank) => [false, true].map((rule) => [h, blank, rule] as const)));

  it.each(cases)('reads the list under `%s` (blank line after: %s, `---` before: %s)', (heading, blank, rule) => {
    const b = briefing({ heading, blank, rule });
    expect(fields(b)).toEqual(REFS);
    expect(cites(b)).toEqual([[1], [2], [3]]);
    expect(b.sections.map((s) => s.heading)).toEqual(['电动汽车“价格承诺”通道打开', '创新药对外授权', '人形机器人']);
  });

  it('reads entries closing the text with no heading at all, numbered from [1]', () => {
    const b = briefing({ heading: '', rule: true });
    expect(fields(b)).toEqual(REFS);
    expect(cites(b)).toEqual([[1], [2], [3]]);
  });

  it('keeps every story when the list heading is unknown and the body says 致力于 (a publisher cue inside a sentence is no footer)', () => {
    const body = (t: string) => t.replace(/^## \d /gm, '## ').replace('上市工作正常推进[3]。', '上市工作正常推进[3]。宇树科技致力于人形机器人的研发。');
    const b = briefing({ heading: '## 信源', body });
    expect(fields(b)).toEqual(REFS);
    expect(sentencesOf(b).map((s) => s.text).at(-1)).toBe('宇树科技致力于人形机器人的研发。');
    expect(extractBriefing(b).edges.filter((e) => e.type === 'CITES')).toHaveLength(3);
  });

  it('never takes a section with a reference word for the list when a heading follows it (`## 政策来源` over dated items)', () => {
    const items = '## 政策来源\n\n1. 2026年2月9日，欧盟委员会发布《价格承诺接受决定》，次日在公报公布。\n2. 2026年1月12日，中欧双方发布《价格承诺一般性指导文件》。\n\n## 3 人形机器人';
    const b = briefing({ body: (t) => t.replace('## 3 人形机器人', items) });
    expect(fields(b)).toEqual(REFS);
    expect(sentencesOf(b).map((s) => s.text)).toContain('2. 2026年1月12日，中欧双方发布《价格承诺一般性指导文件》。');
  });

  it('never takes a numbered list in the body for references (`1. 欧盟…` items with dates, no links)', () => {
    const body = (t: string) => t.replace('## 3 人形机器人', '1. 欧盟委员会于 2026 年 2 月 9 日接受价格承诺，次日公布。\n2. 中欧双方于 2026 年 1 月 12 日就价格承诺达成共识。\n\n## 3 人形机器人');
    const b = briefing({ heading: '## 4 参考文献', body });
    expect(fields(b)).toEqual(REFS);
    expect(sentencesOf(b).map((s) => s.text)).toContain('2. 中欧双方于 2026 年 1 月 12 日就价格承诺达成共识。');
  });
});

describe('reference entries in every format', () => {
  const url = (r: Ref) => r.url;
  it.each([
    ['`[1] Outlet，2026年2月11日，《Title》，URL`', (r: Ref) => `[${r.n}] ${r.outlet}，${zhDate(r.date)}，《${r.title}》，${url(r)}`],
    ['`1. Outlet：《Title》（2026-02-11）URL`', (r: Ref) => `${r.n}. ${r.outlet}：《${r.title}》（${r.date}）${url(r)}`],
    ['`1、Outlet：《Title》（2026-02-11）URL`', (r: Ref) => `${r.n}、${r.outlet}：《${r.title}》（${r.date}）${url(r)}`],
    ['`（1）Outlet：《Title》（2026-02-11）URL`', (r: Ref) => `（${r.n}）${r.outlet}：《${r.title}》（${r.date}）${url(r)}`],
    ['`- [Title](URL) — Outlet, 2026-02-11`', (r: Ref) => `- [${r.title}](${url(r)}) — ${r.outlet}, ${r.date}`],
    ['`[^1]: Outlet, "Title", date, URL`', (r: Ref) => `[^${r.n}]: ${r.outlet}, "${r.title}", ${r.date}, ${url(r)}`],
    ['`① Outlet，《Title》，date，URL`', (r: Ref) => `${circled(r.n)} ${r.outlet}，《${r.title}》，${r.date}，${url(r)}`],
    ['the URL on a line of its own', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}"\n${url(r)}`],
    ['the URL in `<…>` on a line of its own', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}"\n<${url(r)}>`],
    ['the URL in `<…>`', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}", <${url(r)}>`],
    ['a markdown link for the title', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, [${r.title}](${url(r)})`],
    ['curly quotes “Title”', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, “${r.title}”, ${url(r)}`],
    ['`Outlet (2026-02-11) “Title” URL`', (r: Ref) => `[${r.n}] ${r.outlet} (${r.date}) “${r.title}” ${url(r)}`],
    ['`1. **Outlet**（date）：[Title](URL)`', (r: Ref) => `${r.n}. **${r.outlet}**（${r.date}）：[${r.title}](${url(r)})`],
    ['`- [1] Outlet, …` (a bullet before the number)', (r: Ref) => `- [${r.n}] ${r.outlet}, ${r.date}, "${r.title}", ${url(r)}`],
    ['`[1] [Outlet：Title](URL)（date）` (the outlet in the link text)', (r: Ref) => `[${r.n}] [${r.outlet}：${r.title}](${url(r)})（${r.date}）`],
    ['an HTML anchor before the number (`<a id="ref1"></a>[1] …`)', (r: Ref) => `<a id="ref${r.n}"></a>[${r.n}] ${r.outlet}, ${r.date}, "${r.title}", ${url(r)}`],
    ['`[1] Outlet, date, <a href="URL">Title</a>`', (r: Ref) => `[${r.n}] ${r.outlet}, ${r.date}, <a href="${url(r)}">${r.title}</a>`],
    ['a table row with the number in the first cell', (r: Ref) => `| ${r.n} | ${r.outlet} | ${r.date} | ${r.title} | ${url(r)} |`],
    ['`[1] Outlet. "Title." February 11, 2026. URL` (Chicago)', (r: Ref) => `[${r.n}] ${r.outlet}. "${r.title}." ${enDate(r.date)}. ${url(r)}`],
    ['`1. Outlet. (2026-02-11). Title. URL` (APA)', (r: Ref) => `${r.n}. ${r.outlet}. (${r.date}). ${r.title}. ${url(r)}`],
    ['`1. [Title](URL)（Outlet，date）`', (r: Ref) => `${r.n}. [${r.title}](${url(r)})（${r.outlet}，${r.date}）`],
    ['`[1] Outlet, *Title*, date, URL` (the title in italics)', (r: Ref) => `[${r.n}] ${r.outlet}, *${r.title}*, ${r.date}, ${url(r)}`],
    ['`[1] Outlet - Title - date - URL`', (r: Ref) => `[${r.n}] ${r.outlet} - ${r.title} - ${r.date} - ${url(r)}`],
  ])('reads %s', (_, entry) => {
    const b = briefing({ entry });
    expect(fields(b)).toEqual(REFS);
    expect(cites(b)).toEqual([[1], [2], [3]]);
  });

  it.each([
    ['in brackets after the outlet (`Wikborg Rein (2026-03) “Title”`)', '[1] Wikborg Rein (2026-03) “From Made in China to Made in EU: Industrial Accelerator Act” https://www.wr.no/en/news/x'],
    ['as a field of its own (`Wikborg Rein：Title，2026-03，URL`)', '[1] Wikborg Rein：From Made in China to Made in EU: Industrial Accelerator Act，2026-03，https://www.wr.no/en/news/x'],
    ['in English (`Wikborg Rein, March 2026, "Title", URL`)', '[1] Wikborg Rein, March 2026, "From Made in China to Made in EU: Industrial Accelerator Act", https://www.wr.no/en/news/x'],
  ])('reads a year-month %s as the date, no part of the name or title', (_, entry) => {
    const b = parseBriefing(`简报\n2026年5月29日\n\n法案拟对来自中国的投资设定严格条件[1]。\n\n参考资料\n\n${entry}\n`);
    expect(fields(b)).toEqual([{ n: 1, outlet: 'Wikborg Rein', date: '2026-03', title: 'From Made in China to Made in EU: Industrial Accelerator Act', url: 'https://www.wr.no/en/news/x' }]);
  });

  it.each([
    ['under a known heading', '## 参考资料'],
    ['under a heading by shape', '## 信源'],
    ['with no heading', ''],
  ])('reads a table of entries with a header row (`| 序号 | 来源 | 日期 | 标题 | 链接 |`) %s', (_, heading) => {
    const table = (r: Ref) => `${r.n === 1 ? '| 序号 | 来源 | 日期 | 标题 | 链接 |\n| --- | --- | --- | --- | --- |\n' : ''}| ${r.n} | ${r.outlet} | ${r.date} | ${r.title} | ${r.url} |`;
    const b = briefing({ heading, rule: heading === '', entry: table });
    expect(fields(b)).toEqual(REFS);
    expect(cites(b)).toEqual([[1], [2], [3]]);
    expect(sentencesOf(b).map((s) => s.text)).not.toContain('序号');
  });

  it('reads entries numbered `[ 1 ]` with spaces inside the brackets', () => {
    expect(fields(briefing({ entry: (r) => `[ ${r.n} ] ${r.outlet}, ${r.date}, "${r.title}", ${r.url}` }))).toEqual(REFS);
  });

  it('reads entries that `<br>` parts on one line', () => {
    const b = briefing({ entry: (r) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}", ${r.url}<br>` });
    expect(fields(b)).toEqual(REFS);
    const oneLine = parseBriefing(`简报\n2026年5月29日\n\n${SENTENCES.join('')}\n\n参考资料\n\n${REFS.map((r) => `[${r.n}] ${r.outlet}, ${r.date}, "${r.title}", ${r.url}`).join('<br>')}\n`);
    expect(fields(oneLine)).toEqual(REFS);
  });
});

describe('citation markers in every form', () => {
  const marked = (mark: (n: string) => string, entry?: (r: Ref) => string) =>
    briefing({ entry, body: (t) => t.replace(/\[(\d)\]/g, (_, n: string) => mark(n)) });
  it.each([
    ['`[^1]`', (n: string) => `[^${n}]`],
    ['`【1】`', (n: string) => `【${n}】`],
    ['`〔1〕`', (n: string) => `〔${n}〕`],
    ['`^1^`', (n: string) => `^${n}^`],
    ['superscript `¹`', (n: string) => '⁰¹²³'[Number(n)]],
    ['a markdown link `[[1]](#ref1)`', (n: string) => `[[${n}]](#ref${n})`],
    ['HTML `<sup>[1]</sup>`', (n: string) => `<sup>[${n}]</sup>`],
    ['HTML `<sup>1</sup>`', (n: string) => `<sup>${n}</sup>`],
    ['`[1]` after the full stop', (n: string) => `[${n}]`],
  ])('reads %s', (_, mark) => {
    expect(cites(marked(mark))).toEqual([[1], [2], [3]]);
  });

  it('reads `[1][2]`, `[1,2]`, `[1-3]`, `[1、3]` as citing each entry named', () => {
    const b = briefing({ body: (t) => t.replace('[3]', '[1、3]').replace('[2]', '[1-3]').replace('[1]', '[1][2]') });
    expect(cites(b)).toEqual([[1, 2], [1, 2, 3], [1, 3]]);
    expect(cites(briefing({ body: (t) => t.replace('[1]', '[1,2]') })).at(0)).toEqual([1, 2]);
  });

  it('reads `①` and `（1）` as markers where the list is numbered so', () => {
    expect(cites(marked((n) => circled(Number(n)), (r) => `${circled(r.n)} ${r.outlet}，《${r.title}》，${r.date}，${r.url}`))).toEqual([[1], [2], [3]]);
    expect(cites(marked((n) => `（${n}）`, (r) => `（${r.n}）${r.outlet}：《${r.title}》（${r.date}）${r.url}`))).toEqual([[1], [2], [3]]);
  });
});

describe('markdown noise around the stories', () => {
  const han = '一二三';
  it.each([
    ['`**一、标题**` headings', (t: string) => t.replace(/^## (\d) (.+)$/gm, (_, n: string, h: string) => `**${han[Number(n) - 1]}、${h}**`)],
    ['`####` headings', (t: string) => t.replace(/^## /gm, '#### ')],
    ['unnumbered `##` headings', (t: string) => t.replace(/^## \d /gm, '## ')],
    ['`> ` quoted paragraphs', (t: string) => t.replace(/^(欧盟委员会|去年|1 月)/gm, '> $1')],
    ['`- ` and `* ` bullets', (t: string) => t.replace(/^(欧盟委员会|1 月)/gm, '- $1').replace(/^去年/m, '* 去年')],
    ['`***` and `---` rules between stories', (t: string) => t.replace(/^## 2/m, '***\n\n## 2').replace(/^## 3/m, '---\n## 3')],
    ['`<br>` after sentences', (t: string) => t.replace(/。\n/g, '。<br>\n')],
    ['HTML `<b>` emphasis', (t: string) => t.replace('欧盟委员会', '<b>欧盟委员会</b>')],
  ])('reads the stories and their citations through %s', (_, body) => {
    const b = briefing({ body });
    expect(fields(b)).toEqual(REFS);
    expect(cites(b)).toEqual([[1], [2], [3]]);
    expect(b.sections.filter((s) => s.paragraphs.length > 0)).toHaveLength(3);
    for (const s of sentencesOf(b)) expect(s.text).not.toMatch(/^(?:[>*-]|<br>)/);
  });

  it('reads a table’s cells as text of their own: no sentence holds a pipe or the rule under the header', () => {
    const table = '| 指标 | 数值 |\n| --- | ---: |\n| 标准关税 | 10% |\n| 反补贴税 | 20.7% |\n';
    const b = briefing({ body: (t) => t.replace('## 2 ', `${table}\n## 2 `) });
    const texts = sentencesOf(b).map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['标准关税', '10%', '反补贴税', '20.7%']));
    expect(texts.filter((x) => /[|]|---/.test(x))).toEqual([]);
    expect(cites(b)).toEqual([[1], [2], [3]]);
  });
});
