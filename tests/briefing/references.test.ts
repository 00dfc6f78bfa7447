import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf, type Briefing } from '../../src/briefing/index.js';

/** A short briefing with the given reference list under the given heading. */
const withReferences = (heading: string, list: string): Briefing =>
  parseBriefing(
    [
      '新质生产力每日动态',
      '',
      '2026 年 5 月 8 日',
      '',
      '1 稀土监管',
      '',
      '据 Reuters 5 月 7 日报道，工信部发布稀土生产加工监管框架草案[1]。商务部 5 月 6 日表示将完善出口管制[2]。',
      '',
      heading,
      '',
      list,
      '',
      '联系我们，请扫描二维码',
      '',
    ].join('\n'),
  );

const REUTERS = {
  outlet: 'Reuters',
  date: '2026-05-07',
  title: 'China tightens rare earth oversight with new draft rules',
};
const MOFCOM = {
  outlet: '商务部',
  date: '2026-05-06',
  title: '商务部新闻发言人就出口管制答记者问',
};

describe('reference lists in every layout', () => {
  it('reads `1. Outlet (2026-05-07): Title`', () => {
    const b = withReferences('参考文献', `1. ${REUTERS.outlet} (2026-05-07): ${REUTERS.title}\n2. 商务部 (2026-05-06): ${MOFCOM.title}`);
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...MOFCOM },
    ]);
  });

  it('reads `[1] Outlet (2026-05-07): Title` under References', () => {
    const b = withReferences('References', `[1] Reuters (2026-05-07): ${REUTERS.title}\n[2] 商务部 (2026-05-06): ${MOFCOM.title}`);
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...MOFCOM },
    ]);
  });

  it('reads `Outlet | Title | 2026-05-07 | 用途` lines under 参考资料', () => {
    const b = withReferences(
      '参考资料',
      `Reuters | ${REUTERS.title} | 2026-05-07 | 稀土监管草案的发布与内容\n商务部 | ${MOFCOM.title} | 2026-05-06 | 出口管制表态`,
    );
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, ...REUTERS, purpose: '稀土监管草案的发布与内容' },
      { index: 2, ...MOFCOM, purpose: '出口管制表态' },
    ]);
  });

  it('reads a markdown table with a header row, by the header’s column names', () => {
    const b = withReferences(
      '参考资料',
      `| 序号 | 来源 | 日期 | 标题 |\n|---|---|---|---|\n| 1 | Reuters | 2026-05-07 | ${REUTERS.title} |\n| 2 | 商务部 | 2026-05-06 | ${MOFCOM.title} |`,
    );
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, ...REUTERS },
      { index: 2, ...MOFCOM },
    ]);
  });

  it('reads `Outlet，《Title》，2026年5月7日。用途：… 链接：https://…` with 用途/链接 on their own lines', () => {
    const b = withReferences(
      '参考资料',
      [
        `1. 路透社，《${REUTERS.title}》，2026年5月7日。用途：稀土监管草案的发布与内容。链接：https://www.reuters.com/world/china/rare-earth-draft-2026-05-07/`,
        `2. 商务部，《${MOFCOM.title}》，2026年5月6日。`,
        '用途：出口管制表态',
        '链接：<https://www.mofcom.gov.cn/xwfb/2026/art_0506.html>',
      ].join('\n'),
    );
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      {
        index: 1,
        ...REUTERS,
        outlet: '路透社',
        purpose: '稀土监管草案的发布与内容',
        url: 'https://www.reuters.com/world/china/rare-earth-draft-2026-05-07/',
      },
      { index: 2, ...MOFCOM, purpose: '出口管制表态', url: 'https://www.mofcom.gov.cn/xwfb/2026/art_0506.html' },
    ]);
    expect(b.references[1].raw.text.split('\n')).toHaveLength(3);
  });

  it('reads `- Outlet, "Title", May 7, 2026, https://…` under Sources', () => {
    const b = withReferences(
      'Sources',
      `- Reuters, "${REUTERS.title}", May 7, 2026, https://www.reuters.com/world/china/rare-earth-draft-2026-05-07/\n- 商务部, "${MOFCOM.title}", May 6, 2026`,
    );
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, ...REUTERS, url: 'https://www.reuters.com/world/china/rare-earth-draft-2026-05-07/' },
      { index: 2, ...MOFCOM },
    ]);
  });

  it('keeps entries separated by blank lines, and stops at the footer', () => {
    const b = withReferences('参考文献', `1. Reuters (2026-05-07): ${REUTERS.title}\n\n2. 商务部 (2026-05-06): ${MOFCOM.title}`);
    expect(b.references).toHaveLength(2);
    expect(b.references[1].raw.text).toBe(`2. 商务部 (2026-05-06): ${MOFCOM.title}`);
  });

  it('never reads a reference line as a sentence', () => {
    const b = withReferences('参考文献', `1. Reuters (2026-05-07): ${REUTERS.title}`);
    expect(sentencesOf(b).map((s) => s.text)).toEqual([
      '据 Reuters 5 月 7 日报道，工信部发布稀土生产加工监管框架草案[1]。',
      '商务部 5 月 6 日表示将完善出口管制[2]。',
    ]);
  });
});

describe('in-text citations', () => {
  const list = `1. Reuters (2026-05-07): ${REUTERS.title}\n2. 商务部 (2026-05-06): ${MOFCOM.title}\n3. Caixin (2026-05-05): Rare earth prices climb\n4. Bloomberg (2026-05-05): China's rare earth exports fall\n5. 新华社 (2026-05-04): 稀土行业高质量发展`;

  it('resolves [1] and a 据 X 报道 to the same reference, and 商务部 … 表示 by name', () => {
    const [first, second] = sentencesOf(withReferences('参考文献', list));
    expect(first.citedRefs).toEqual([0]);
    expect(first.attributedOutlets).toEqual(['Reuters']);
    expect(second.citedRefs).toEqual([1]);
  });

  it('resolves [1][4] and [2,5] and [3-5] markers to 0-based indices', () => {
    const b = parseBriefing(
      `简报\n\n2026-05-08\n\n稀土价格上涨[1][4]。出口下降[2,5]。多方分析[3-5]。\n\n参考文献\n\n${list}\n`,
    );
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0, 3], [1, 4], [2, 3, 4]]);
  });

  it('resolves an alias (路透社 ↔ Reuters, 彭博 ↔ Bloomberg, 新华社 ↔ Xinhua) case-insensitively', () => {
    const b = parseBriefing(
      `简报\n\n2026-05-08\n\n据路透社及彭博 5 月 5 日报道，中国稀土出口下降。REUTERS 报道称价格上涨。\n\n参考资料\n\n1. Reuters (2026-05-07): A\n2. Bloomberg (2026-05-05): B\n3. Xinhua (2026-05-04): C\n`,
    );
    const [a, c] = sentencesOf(b);
    expect(a.attributedOutlets).toEqual(['路透社', '彭博']);
    expect(a.citedRefs).toEqual([0, 1]);
    expect(c.citedRefs).toEqual([0]);
  });
});
