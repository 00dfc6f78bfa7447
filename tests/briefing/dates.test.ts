import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseBriefing, parseDateOption } from '../../src/briefing/index.js';
import { findFullDates } from '../../src/briefing/dates.js';

const BODY = '\n\n中国 4 月官方制造业 PMI 为 50.3，连续第二个月维持在扩张区间。\n';
const dateOf = (head: string) => parseBriefing(`新质生产力每日动态\n\n${head}${BODY}`).date;

describe('the briefing date', () => {
  it.each([
    ['2026 年 5 月 8 日', '2026-05-08'],
    ['2026年5月8日', '2026-05-08'],
    ['2026-05-08', '2026-05-08'],
    ['2026/5/8', '2026-05-08'],
    ['May 8, 2026', '2026-05-08'],
    ['8 May 2026', '2026-05-08'],
    ['Friday, February 20th, 2026', '2026-02-20'],
    ['二〇二六年五月八日', '2026-05-08'],
    ['２０２６年５月８日', '2026-05-08'],
  ])('reads the dateline %s as %s', (dateline, iso) => {
    expect(dateOf(dateline)).toBe(iso);
  });

  it('prefers the dateline near the top to dates in the body', () => {
    const b = parseBriefing('新质生产力每日动态\n\n2026 年 5 月 7 日\n\n美方关税框架计划于 2026 年 11 月 10 日到期。\n');
    expect(b.date).toBe('2026-05-07');
  });

  it('without a dateline, takes the first full date in the text', () => {
    const b = parseBriefing('最高法院于 2026 年 2 月 20 日裁定 IEEPA 不授权总统征收关税。此前该案于 2025 年 11 月 5 日辩论。\n');
    expect(b.date).toBe('2026-02-20');
  });

  it('does not take 2 月 30 日 for a date', () => {
    const text = '2026 年 2 月 30 日与 2026-13-01 都不是日期，2028 年 2 月 29 日是';
    const start = text.indexOf('2028');
    expect(findFullDates(text)).toEqual([{ iso: '2028-02-29', start, end: start + '2028 年 2 月 29 日'.length }]);
  });

  it('uses the date option when given, over the dateline', () => {
    expect(parseBriefing(`新质生产力每日动态\n\n2026 年 5 月 8 日${BODY}`, { date: '2026-05-09' }).date).toBe('2026-05-09');
    expect(parseBriefing(`中国 4 月官方制造业 PMI 为 50.3。`, { date: '2026-04-30' }).date).toBe('2026-04-30');
  });

  it('refuses an invalid --date with an InputError naming it', () => {
    for (const bad of ['2026-02-30', '2026-5-8', 'May 8', '']) {
      expect(() => parseBriefing(`简报${BODY}`, { date: bad })).toThrow(InputError);
      expect(() => parseDateOption(bad)).toThrow(/invalid --date .*YYYY-MM-DD/);
    }
  });

  it('dates an official text by its labelled compact date (【发文日期】20251009)', () => {
    const text = '商务部 海关总署公告2025年第58号\n【发文机关】商务部 海关总署\n【发文日期】20251009\n\n根据《中华人民共和国出口管制法》，决定对锂电池实施出口管制。\n';
    expect(parseBriefing(text).date).toBe('2025-10-09');
  });

  it('never reads eight digits without a date label as a date', () => {
    expect(() => parseBriefing('出口额为 20251009 元，同比增长 3%。')).toThrow(/pass --date/);
  });

  it('falls back to a day printed in the file name when the text prints none', () => {
    const text = 'ADJUSTING IMPORTS: Today, President Trump signed a Proclamation imposing a 50 percent tariff on copper.\n';
    expect(parseBriefing(text, { name: 'copper_fact_sheet_2025-07-30.txt' }).date).toBe('2025-07-30');
    expect(() => parseBriefing(text, { name: 'copper_fact_sheet.txt' })).toThrow(/none in its file name/);
  });

  it('refuses a text with no date when none is given, telling to pass --date', () => {
    expect(() => parseBriefing('中国 4 月官方制造业 PMI 为 50.3，连续第二个月维持在扩张区间。')).toThrow(/pass --date YYYY-MM-DD/);
  });
});
