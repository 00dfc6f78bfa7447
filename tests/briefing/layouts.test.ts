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
});
