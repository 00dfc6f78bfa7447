import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';

describe('briefings of other layouts', () => {
  it('reads an English briefing: bold title, Summary, Contents with dot leaders, `## 1.` headings, [n] markers, © footer', () => {
    const b = parseBriefing(`**Daily China Tech Brief**
Policy Desk, Example Institute
Published: 7 May 2026

Summary

Beijing tightened rare-earth oversight while chip sales hit a record [1][2].

Contents
1. Rare earths ........ 2
2. Chips ........ 3

## 1. Rare earths

MIIT published draft rules on April 29 [1]. The draft covers mining and processing. According to Reuters, exports fell 12% y/y.

## 2. Chips

Global chip sales rose 25% in Q1, the SIA said [2]. Shipments of 300mm wafers grew as well.

## References

[1] Reuters (2026-04-29): China drafts tighter rare earth rules
[2] SIA (2026-05-05): Global Semiconductor Sales Q1 2026

© 2026 Example Institute. All rights reserved.
`);
    expect([b.title, b.date, b.language]).toEqual(['Daily China Tech Brief', '2026-05-07', 'en']);
    expect(b.summary?.text).toBe('Beijing tightened rare-earth oversight while chip sales hit a record [1][2].');
    expect(b.summary?.sentences[0].citedRefs).toEqual([0, 1]);
    expect(b.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['1 Rare earths', '2 Chips']);
    expect(sentencesOf(b).map((s) => [s.text, s.citedRefs, s.citationInherited ?? false])).toEqual([
      ['Beijing tightened rare-earth oversight while chip sales hit a record [1][2].', [0, 1], false],
      ['MIIT published draft rules on April 29 [1].', [0], false],
      ['The draft covers mining and processing.', [0], true],
      ['According to Reuters, exports fell 12% y/y.', [0], false],
      ['Global chip sales rose 25% in Q1, the SIA said [2].', [1], false],
      ['Shipments of 300mm wafers grew as well.', [1], true],
    ]);
    expect(b.references.map((r) => r.outlet)).toEqual(['Reuters', 'SIA']);
  });

  it('reads a 目录 with Han numbers and dot leaders, 《》 references without numbers, and a QR footer', () => {
    const b = parseBriefing(`产业观察周报

第 12 期  2026年5月6日

目录
一、芯片…………………………2
二、稀土…………………………3

一、芯片

据彭博社 5 月 5 日报道，全球芯片销售额同比增长 25%。业内认为增长将持续。

二、稀土

工信部发布稀土监管框架草案，进一步收紧管控。

参考资料

彭博社，《全球芯片销售创新高》，2026年5月5日。用途：芯片销售数据
工信部，《稀土管理条例征求意见稿》，2026年4月29日。用途：监管草案

扫码关注我们
`);
    expect([b.title, b.date]).toEqual(['产业观察周报', '2026-05-06']);
    expect(b.sections.map((s) => `${s.number} ${s.heading} ${s.paragraphs.length}`)).toEqual(['一 芯片 1', '二 稀土 1']);
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, outlet: '彭博社', title: '全球芯片销售创新高', date: '2026-05-05', purpose: '芯片销售数据' },
      { index: 2, outlet: '工信部', title: '稀土管理条例征求意见稿', date: '2026-04-29', purpose: '监管草案' },
    ]);
    expect(sentencesOf(b)[0].citedRefs).toEqual([0]);
    expect(sentencesOf(b).some((s) => s.text.includes('扫码'))).toBe(false);
  });

  it('keeps a hard-wrapped paragraph whole and offsets right with CRLF line ends', () => {
    const text = '关于推动新质生产力发展的通知\r\n\r\n2026年5月6日\r\n\r\n为加快培育新质生产力，\r\n现就有关事项通知如下。各地区要结合实际\r\n抓好贯彻落实。\r\n';
    const b = parseBriefing(text);
    const sentences = sentencesOf(b);
    expect(sentences.map((s) => s.text)).toEqual(['为加快培育新质生产力，\r\n现就有关事项通知如下。', '各地区要结合实际\r\n抓好贯彻落实。']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads 【摘要】 on the summary’s own line, and joins a paragraph across a page number and running head', () => {
    const b = parseBriefing(`新质生产力每日动态
2026年5月9日

【摘要】本期关注稀土监管与芯片出口管制。美国商务部拟收紧 AI 芯片出口。

1 稀土监管

工信部 5 月 8 日发布稀土管理办法，明确总量控制指标的分配规则，并要求企业建立产品

- 2 -

新质生产力每日动态

流向记录制度。

2 芯片出口管制

据 Bloomberg 报道，美国商务部拟收紧 AI 芯片出口。
`);
    expect(b.summary?.text).toBe('本期关注稀土监管与芯片出口管制。美国商务部拟收紧 AI 芯片出口。');
    expect(b.sections.map((s) => s.number)).toEqual(['1', '2']);
    const joined = b.sections[0].paragraphs[0].sentences;
    expect(joined).toHaveLength(1);
    expect(joined[0].text.startsWith('工信部 5 月 8 日发布稀土管理办法')).toBe(true);
    expect(joined[0].text.endsWith('并要求企业建立产品\n\n- 2 -\n\n新质生产力每日动态\n\n流向记录制度。')).toBe(true);
  });

  it('reads an English article with plain subheads and APA-style sources', () => {
    const b = parseBriefing(`Chip curbs tighten as summit nears

May 9, 2026

The Commerce Department is weighing new limits on AI chip exports, people familiar with the matter told Bloomberg. The rules would close gaps in earlier controls.

What changes

Under the draft, licences would be needed for shipments to third countries. Nvidia declined to comment.

Why it matters

China has stepped up purchases ahead of the curbs, Reuters reported on May 8.

Sources
Bloomberg. (2026, May 8). US weighs new AI chip curbs. https://www.bloomberg.com/news/ai-chip-curbs
Reuters. (2026, May 8). Chinese buyers rush for Nvidia chips.
`);
    expect(b.sections.map((s) => s.heading)).toEqual(['', 'What changes', 'Why it matters']);
    expect(b.references.map(({ raw, ...r }) => r)).toEqual([
      { index: 1, outlet: 'Bloomberg', date: '2026-05-08', title: 'US weighs new AI chip curbs', url: 'https://www.bloomberg.com/news/ai-chip-curbs' },
      { index: 2, outlet: 'Reuters', date: '2026-05-08', title: 'Chinese buyers rush for Nvidia chips' },
    ]);
    const [told, , , , reported] = sentencesOf(b);
    expect([told.attributedOutlets, told.citedRefs]).toEqual([['Bloomberg'], [0]]);
    expect([reported.attributedOutlets, reported.citedRefs]).toEqual([['Reuters'], [1]]);
  });
});


describe('footers', () => {
  it('leaves out a publisher’s self-description after the last section even without 联系我们', () => {
    const b = parseBriefing(`新质生产力每日动态

2026 年 5 月 8 日

1 稀土监管

工信部发布稀土监管框架草案。

新质生产力工作委员会：

中国高技术产业发展促进会新质生产力工作委员会，专注于推动工业人工智能、智能制造、数字化转型等前沿技术发展。
`);
    expect(b.sections).toHaveLength(1);
    expect(b.sections[0].paragraphs.map((p) => p.text)).toEqual(['工信部发布稀土监管框架草案。']);
  });

  it('keeps a sentence that uses 专注于 inside the body', () => {
    const b = parseBriefing(`简报

2026 年 5 月 8 日

1 芯片

寒武纪专注于 AI 芯片研发。

2 稀土

工信部发布稀土监管框架草案。
`);
    expect(b.sections[0].paragraphs[0].text).toBe('寒武纪专注于 AI 芯片研发。');
  });
});
