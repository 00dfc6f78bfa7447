import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';

const texts = (text: string) => sentencesOf(parseBriefing(text)).map((s) => s.text);

describe('the briefing date, from datelines in every form', () => {
  it.each([
    ['`2026年6月3日 星期三` under the committee line', '新质生产力每日动态\n中国高技术产业发展促进会新质生产力工作委员会\n2026年6月3日 星期三\n\n1 稀土总量控制\n\n工信部 2025 年 12 月 1 日发布稀土管理办法。'],
    ['`2026.06.03` inside a title line with the issue number', '新质生产力每日动态 | 2026.06.03 | 第 120 期\n\n1 稀土总量控制\n\n工信部于 2025 年 12 月 1 日发布稀土管理办法。'],
    ['`发布时间：2026-06-03 08:00`', '新质生产力每日动态\n发布时间：2026-06-03 08:00\n\n1 稀土总量控制\n\n工信部于 2025 年 12 月 1 日发布稀土管理办法。'],
    ['`6月3日 星期三` with the year only in the title', '新质生产力每日动态（2026年第120期）\n6月3日 星期三\n\n1 稀土总量控制\n\n据财新报道，2025 年 12 月 1 日起稀土价格上涨。'],
    ['a cover page in 二〇二六年六月三日 and a 目录 with dot leaders', '内部资料 注意保存\n\n新质生产力每日动态\n\n第 120 期（总第 300 期）\n\n二〇二六年六月三日\n\n目  录\n\n一、稀土监管 ........................ 1\n二、芯片管制 ........................ 2\n\n一、稀土监管\n\n工信部于 2025 年 12 月 1 日发布稀土管理办法。\n\n二、芯片管制\n\n美国商务部于 2024 年 12 月 2 日发布新规。'],
    ['`BEIJING, June 3 (Reuters) -` with no year, an earlier full date in the story', "China sets first rare earth quota\nBy Jane Doe\nBEIJING, June 3 (Reuters) - China's industry ministry on Wednesday issued the first batch of 2026 rare earth mining quotas, months after rules announced on December 1, 2025."],
    ['`BEIJING, June 3 (Reuters) -` with the year only in the title line', "China rare earths brief — 2026\nBEIJING, June 3 (Reuters) - China's industry ministry on Wednesday issued the first batch of rare earth mining quotas."],
    ['`Beijing, June 3 (Reuters) -` in mixed case', "China rare earths brief — 2026\nBeijing, June 3 (Reuters) - China's industry ministry on Wednesday issued the first batch of rare earth mining quotas."],
    ['`June 3 (Reuters) -` with no city', "China rare earths brief — 2026\nJune 3 (Reuters) - China's industry ministry on Wednesday issued the first batch of rare earth mining quotas."],
    ['`新华社北京6月3日电` with the year from the story', '工信部下达稀土开采总量控制指标\n新华社北京6月3日电（记者张三）工业和信息化部3日下达2026年第一批稀土开采总量控制指标，此前的管理办法自2025年12月1日起施行。'],
  ])('reads 2026-06-03 from %s', (_, text) => {
    expect(parseBriefing(text).date).toBe('2026-06-03');
  });

  it('reads `WASHINGTON, May 9, 2024 —` over an older date in the title', () => {
    const b = parseBriefing('Update to the rule of October 7, 2022\nWASHINGTON, May 9, 2024 — The Department of Commerce added 37 entities to the Entity List, effective May 13, 2024.');
    expect(b.date).toBe('2024-05-09');
  });

  it('reads the 发布时间 line, not a date named inside the title (`关于2025年12月1日起施行的…`)', () => {
    const b = parseBriefing('关于2025年12月1日起施行的稀土管理办法的解读\n发布时间：2026-06-03 08:00  来源：工业和信息化部\n\n工信部有关负责人就稀土管理办法答记者问。');
    expect([b.date, b.title]).toEqual(['2026-06-03', '关于2025年12月1日起施行的稀土管理办法的解读']);
  });

  it('takes the title from a line that is title and date together (`新质生产力每日动态 2026年6月3日`)', () => {
    const b = parseBriefing('新质生产力每日动态 2026年6月3日\n\n1 稀土\n\n工信部于 2025 年 12 月 1 日发布稀土管理办法。');
    expect([b.date, b.title]).toEqual(['2026-06-03', '新质生产力每日动态']);
  });

  it('takes the title without the date, weekday or issue number printed with it, and never a cover stamp', () => {
    expect(parseBriefing('新质生产力每日动态 | 2026.06.03 | 第 120 期\n\n1 稀土\n\n工信部发布稀土管理办法。').title).toBe('新质生产力每日动态');
    expect(parseBriefing('内部资料 注意保存\n\n新质生产力每日动态\n\n2026年6月3日\n\n1 稀土\n\n工信部发布稀土管理办法。').title).toBe('新质生产力每日动态');
    expect(parseBriefing('FOR IMMEDIATE RELEASE | Wednesday, June 3, 2026\n\nCommerce Tightens Chip Rules\n\nWASHINGTON – The Department of Commerce today tightened chip rules.').title).toBe('Commerce Tightens Chip Rules');
  });
});

describe('the signature date of an official announcement', () => {
  const announcement = (signature: string, body = '根据《中华人民共和国出口管制法》有关规定，决定自2026年3月1日起对部分中重稀土相关物项实施出口管制。') =>
    parseBriefing(`关于对部分中重稀土相关物项实施出口管制的公告\n\n${body}\n\n${signature}\n`);

  it.each([
    ['`商务部` ⏎ `2026年2月24日`', '商务部\n2026年2月24日'],
    ['`商务部 海关总署` ⏎ `二○二六年二月二十四日` (the zero a circle)', '商务部 海关总署\n二○二六年二月二十四日'],
    ['`商务部` ⏎ `二〇二六年二月二十四日` followed by `（此件公开发布）`', '商务部\n二〇二六年二月二十四日\n\n（此件公开发布）'],
  ])('dates the text by %s when its head has no date', (_, signature) => {
    expect(announcement(signature).date).toBe('2026-02-24');
  });

  it('takes the signature date over a date line of the body above it', () => {
    const b = announcement('商务部\n2026年2月24日', '一、背景\n\n2025年10月9日\n\n商务部发布公告，对部分稀土相关技术实施出口管制。');
    expect(b.date).toBe('2026-02-24');
  });
});

describe('a text cut from the middle of a list', () => {
  it('never takes a bare list number as the title or a sentence (`16.` ⏎ `某某株式会社` opening the excerpt)', () => {
    const b = parseBriefing('16.\n某某株式会社\n\n该公司于 2026 年 5 月 12 日宣布扩大在华稀土磁材产能，预计年产能提升 30%。\n');
    expect(b.title).toBe('某某株式会社');
    expect(sentencesOf(b).map((s) => s.text)).toEqual(['该公司于 2026 年 5 月 12 日宣布扩大在华稀土磁材产能，预计年产能提升 30%。']);
  });

  it('takes `16. 某某株式会社` without its number as the title, and reads `17. …` after it as the next section', () => {
    const b = parseBriefing('16. 某某株式会社\n\n该公司于 2026 年 5 月 12 日宣布扩大在华稀土磁材产能。\n\n17. 另一家电子株式会社\n\n该公司表示将在 2026 年下半年减少对中国稀土的采购。\n');
    expect(b.title).toBe('某某株式会社');
    expect(b.sections.map((s) => [s.number, s.heading])).toEqual([['', ''], ['17', '另一家电子株式会社']]);
    expect(sentencesOf(b).map((s) => s.text)).toEqual(['该公司于 2026 年 5 月 12 日宣布扩大在华稀土磁材产能。', '该公司表示将在 2026 年下半年减少对中国稀土的采购。']);
  });

  it('takes `（十六）稀土永磁材料` without its number as the title', () => {
    expect(parseBriefing('（十六）稀土永磁材料\n\n2026年5月12日，某某株式会社宣布扩大在华稀土磁材产能。\n').title).toBe('稀土永磁材料');
  });

  it('never ends a sentence at a list number running on in a paragraph (`…30%。17. 另一家…`)', () => {
    const b = parseBriefing('日本企业动态\n2026年5月12日\n\n某某株式会社扩大在华产能。17. 另一家电子株式会社表示将减少采购。\n');
    expect(sentencesOf(b).map((s) => s.text)).toEqual(['某某株式会社扩大在华产能。', '17. 另一家电子株式会社表示将减少采购。']);
  });
});

describe('footers never become content', () => {
  it('leaves out a wire story’s `Reporting by …; Editing by …` and `Our Standards` lines', () => {
    expect(
      texts("China sets rare earth quota\nBEIJING, June 3 (Reuters) - China issued the first batch of 2026 rare earth mining quotas.\n\nReporting by Jane Doe; Editing by John Smith\nOur Standards: The Thomson Reuters Trust Principles."),
    ).toEqual(["BEIJING, June 3 (Reuters) - China issued the first batch of 2026 rare earth mining quotas."]);
  });

  it('leaves out （完）, 编辑/审核 credits and 阅读原文 prompts after the last section', () => {
    expect(texts('新质生产力每日动态\n2026年6月3日\n\n1 稀土\n\n据财新报道，稀土价格上涨。\n\n（完）\n\n编辑：张三 | 审核：李四\n欢迎转发分享\n点击阅读原文')).toEqual(['据财新报道，稀土价格上涨。']);
  });

  it('leaves out a 主办/地址/电话 block after Han-numbered sections, but keeps a cover page’s 主办 line from cutting the text', () => {
    const footer = '新质生产力每日动态\n2026年6月3日\n\n一、稀土监管\n\n工信部发布稀土管理办法。\n\n二、芯片管制\n\n美国商务部发布新规。\n\n主办：中国高技术产业发展促进会新质生产力工作委员会\n地址：北京市海淀区\n电话：010-12345678';
    expect(texts(footer)).toEqual(['工信部发布稀土管理办法。', '美国商务部发布新规。']);
    const cover = '新质生产力每日动态\n主办：中国高技术产业发展促进会新质生产力工作委员会\n2026年6月3日\n\n工信部发布稀土管理办法，明确总量控制指标的分配规则。';
    expect(texts(cover)).toEqual(['工信部发布稀土管理办法，明确总量控制指标的分配规则。']);
  });

  it('leaves out an English disclaimer after the sources, and `- END -`', () => {
    const b = parseBriefing(
      'China Tech Brief\nJune 3, 2026\n\n1. Chips\n\nGlobal chip sales rose 25% in April, the SIA said.\n\n- END -\n\nSources\n\n1. SIA (2026-06-02): Global Semiconductor Sales April 2026\n\nDisclaimer: This brief is for information only and does not constitute investment advice.\nUnsubscribe | Manage preferences',
    );
    expect(sentencesOf(b).map((s) => s.text)).toEqual(['Global chip sales rose 25% in April, the SIA said.']);
    expect(b.references.map((r) => r.outlet)).toEqual(['SIA']);
  });
});

describe('an English newsletter', () => {
  it('reads subheads set right on top of their paragraphs, (n) markers into a (n)-numbered list, and leaves out the email footer', () => {
    const b = parseBriefing(`Weekly China Tech Brief
Issue 22 | 3 June 2026

Rare earths
China issued its first 2026 mining quotas, Reuters reported (1). Prices of NdPr oxide rose for a third week (2).

Chips
Washington is weighing tighter curbs on AI chip exports (3).

Sources
(1) Reuters, "China sets first rare earth mining quota of 2026", 3 June 2026, https://www.reuters.com/markets/commodities/china-quota-2026-06-03/
(2) SMM, "NdPr oxide weekly", 2 June 2026
(3) Bloomberg, "US weighs tighter AI chip curbs", 1 June 2026

You received this email because you subscribed to Weekly China Tech Brief.
`);
    expect([b.date, b.title]).toEqual(['2026-06-03', 'Weekly China Tech Brief']);
    expect(b.sections.map((s) => s.heading)).toContain('Chips');
    expect(sentencesOf(b).map((s) => [s.text, s.citedRefs])).toEqual([
      ['China issued its first 2026 mining quotas, Reuters reported (1).', [0]],
      ['Prices of NdPr oxide rose for a third week (2).', [1]],
      ['Washington is weighing tighter curbs on AI chip exports (3).', [2]],
    ]);
    expect(b.references.map((r) => r.outlet)).toEqual(['Reuters', 'SMM', 'Bloomberg']);
  });
});
