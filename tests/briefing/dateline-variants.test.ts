// The briefing date from every dateline form, on real stories rewritten: eval-dev4's wire story
// (`WASHINGTON, Aug 11, 2025 - …`) and eval-holdout's markdown briefing (2026-05-29). A yearless
// dateline takes its year from the nearest printed evidence, never from today.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseBriefing } from '../../src/briefing/index.js';

const TITLE = 'US takes 15% cut of Nvidia, AMD China chip sales in export licence deal';
const LEAD =
  'Nvidia Corp and Advanced Micro Devices Inc have agreed to pay the U.S. government 15% of the revenue they earn from selling certain artificial-intelligence chips in China, in exchange for export licences, according to officials familiar with the arrangement.';
const MORE =
  'The Commerce Department began granting licences for H20 shipments late last week. Sales had stopped in April, when the administration told Nvidia that every H20 export would need a licence, a restriction it reversed last month.';
/** A later paragraph naming older dates and years, as stories do. */
const HISTORY = 'The rules were first drawn up in October 2022 and tightened on Dec. 2, 2024. Analysts expect the market to reach $50 billion by 2027.';
const story = (head: string, history = true) => `${TITLE}\n\n${head}\n\n${MORE}${history ? `\n\n${HISTORY}` : ''}\n`;

describe('English datelines', () => {
  it.each([
    ['`WASHINGTON, Aug 11 (Reuters) -` (no year)', `WASHINGTON, Aug 11 (Reuters) - ${LEAD}`],
    ['`WASHINGTON, Aug. 11, 2025 (Reuters) —`', `WASHINGTON, Aug. 11, 2025 (Reuters) — ${LEAD}`],
    ['`BEIJING/WASHINGTON, August 11 -`', `BEIJING/WASHINGTON, August 11 - ${LEAD}`],
    ['`Aug 11 (Reuters) -` with no city', `Aug 11 (Reuters) - ${LEAD}`],
    ['`SANTA CLARA, Calif., Aug 11 (Reuters) -`', `SANTA CLARA, Calif., Aug 11 (Reuters) - ${LEAD}`],
    ['`WASHINGTON, Monday, Aug 11 (Reuters) -`', `WASHINGTON, Monday, Aug 11 (Reuters) - ${LEAD}`],
    ['`NEW DELHI, Aug 11: …`', `NEW DELHI, Aug 11: ${LEAD}`],
    ['`By Name | August 11, 2025`', `By Karen Freifeld and Fanny Potkin | August 11, 2025\n\n${LEAD}`],
    ['`Published August 11, 2025 5:02 PM EDT`', `Published August 11, 2025 5:02 PM EDT\n\n${LEAD}`],
    ['`Updated: 11 August 2025`', `Updated: 11 August 2025\n\n${LEAD}`],
    ['`2025-08-11T09:30:00Z`', `2025-08-11T09:30:00Z\n\n${LEAD}`],
    ['a byline line, then the yearless dateline', `By Karen Freifeld and Fanny Potkin\n\nWASHINGTON, Aug 11 (Reuters) - ${LEAD}`],
    ['a byline, a date line, then the yearless dateline', `By Karen Freifeld\nAugust 11, 2025 7:45 PM UTC\n\nWASHINGTON, Aug 11 (Reuters) - ${LEAD}`],
    ['the yearless dateline on a line of its own', `WASHINGTON, Aug 11 (Reuters) -\n\n${LEAD}`],
    ['`WASHINGTON, AUG. 11 (Reuters) -` in capitals', `WASHINGTON, AUG. 11 (Reuters) - ${LEAD}`],
    ['`*WASHINGTON*, Aug 11 (Reuters) --` (emphasis, a double hyphen)', `*WASHINGTON*, Aug 11 (Reuters) -- ${LEAD}`],
    ['`WASHINGTON, Aug 11 (Reuters) ‐` (a Unicode hyphen)', `WASHINGTON, Aug 11 (Reuters) ‐ ${LEAD}`],
  ])('reads %s as 2025-08-11', (_, head) => {
    expect(parseBriefing(story(head)).date).toBe('2025-08-11');
  });

  it('takes the dateline’s day over a page timestamp a day off above it (`August 12, 2025 2:05 AM GMT+8`)', () => {
    const b = parseBriefing(story(`By Karen Freifeld\nAugust 12, 2025 2:05 AM GMT+8 Updated 2 hours ago\n\nWASHINGTON, Aug 11 (Reuters) - ${LEAD}`));
    expect(b.date).toBe('2025-08-11');
  });

  it('keeps a digest’s own date line over the dateline of its first story', () => {
    expect(parseBriefing(`China Tech Daily\nAugust 12, 2025\n\nWASHINGTON, Aug 11 (Reuters) - ${LEAD}\n`).date).toBe('2025-08-12');
  });
});

describe('the year of a yearless dateline', () => {
  const yearless = `WASHINGTON, Aug 11 (Reuters) - ${LEAD}`;

  it('comes from a full date in the first lines before the file name', () => {
    const b = parseBriefing(story(`${yearless} The deal follows a July 14, 2025 meeting at the White House.`, false), { name: 'en_wire_2026-08-11.txt' });
    expect(b.date).toBe('2025-08-11');
  });

  it('comes from the file name (`…_2025-08-11.txt`) when the story prints no full date near the top', () => {
    expect(parseBriefing(story(yearless, false), { name: 'en_wire_nvidia_amd_licences_2025-08-11.txt' }).date).toBe('2025-08-11');
    // A story dated Dec 31 in a file named for Jan 2 is from the year before.
    const dec = story(`WASHINGTON, Dec 31 (Reuters) - ${LEAD}`, false);
    expect(parseBriefing(dec, { name: 'wire_2026-01-02.txt' }).date).toBe('2025-12-31');
  });

  it('comes from the latest dated reference when neither the story nor the file name has one', () => {
    const text = `${story(yearless, false)}\nSources\n\n1. Financial Times, 2025-08-10, "Nvidia and AMD to pay US government 15% of China chip sales", https://www.ft.com/content/x\n`;
    expect(parseBriefing(text, { name: 'wire.txt' }).date).toBe('2025-08-11');
  });

  it('is never guessed: with no year printed anywhere, the text has no date (pass --date)', () => {
    const bare = `${TITLE}\n\nWASHINGTON, Aug 11 (Reuters) - ${LEAD}\n`;
    expect(() => parseBriefing(bare, { name: 'wire.txt' })).toThrow(InputError);
    expect(() => parseBriefing(bare, { name: 'wire.txt' })).toThrow(/pass --date YYYY-MM-DD/);
    expect(parseBriefing(bare, { name: 'wire.txt', date: '2025-08-11' }).date).toBe('2025-08-11');
  });
});

describe('Chinese datelines', () => {
  const issue = (head: string) =>
    `# 新质生产力每日动态\n\n${head}\n\n## 摘要\n\n2026年5月28日，欧盟成员国首次就《工业加速器法案》进行部长级辩论，德国、法国、意大利等六国接受法案总体框架。\n\n## 1 欧盟《工业加速器法案》首次辩论\n\n据南华早报（SCMP）5 月 28 日报道，欧盟成员国当天首次就《工业加速器法案》展开辩论。\n`;
  it.each([
    '2026年5月29日 星期五',
    '2026.05.29',
    '2026/5/29',
    '第 45 期 | 2026-05-29',
    '发布时间：2026-05-29 10:21',
    '2026年第45期 | 5月29日 星期五',
    '**日期：** 2026-05-29',
    '> 2026年5月29日',
  ])('reads `%s` as 2026-05-29, not the date the summary opens with', (head) => {
    const b = parseBriefing(issue(head));
    expect([b.date, b.title]).toEqual(['2026-05-29', '新质生产力每日动态']);
  });
});
