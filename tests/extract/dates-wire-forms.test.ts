// Wire and US date forms, each on a real sentence from outlets other than our fixtures: a weekday
// without "on" (said Friday), a weekday with its date (Tuesday, Feb. 4), US numeric dates,
// fiscal years, weekends, "… ago" and "the end of the year".
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/extract/dates.js';

const read = (sentence: string, date: string) =>
  findTemporalExpressions(sentence, date).map((e) => [e.text, e.value.end ? `${e.value.start}..${e.value.end}` : e.value.start]);

describe('weekdays in wire copy', () => {
  it('a weekday after "said" is the last such day up to the dateline (Roll Call, Fri 2022-10-07)', () => {
    const s = 'The Biden administration said Friday it will update export controls to limit China’s ability to purchase certain high-end chips.';
    expect(read(s, '2022-10-07')).toEqual([['Friday', '2022-10-07']]);
  });
  it('a weekday after a verb in -ed (AP, Sat 2025-02-01: "moved forward Saturday")', () => {
    const s = 'President Donald Trump moved forward Saturday with his plans for tariffs on Canada, Mexico and China.';
    expect(read(s, '2025-02-01')).toEqual([['Saturday', '2025-02-01']]);
  });
  it('a weekday written with its date is one date, the weekday choosing the year ("by Tuesday, Feb. 4")', () => {
    const s = 'The duties on all three countries will be fully in force by Tuesday, Feb. 4, according to the orders.';
    expect(read(s, '2025-02-01')).toEqual([['Tuesday, Feb. 4', '2025-02-04']]);
    // In a December text, Feb. 4 alone would be the nearer 2026 one; Tuesday says 2025.
    expect(read(s, '2025-09-01')).toEqual([['Tuesday, Feb. 4', '2025-02-04']]);
  });
  it('a possessive weekday dates its noun ("in Tuesday’s press briefing", CNBC, Wed 2025-04-02)', () => {
    const s = 'Leavitt noted in Tuesday’s press briefing that Trump “said last night he has made a decision”.';
    expect(read(s, '2025-04-02')[0]).toEqual(['Tuesday', '2025-04-01']);
  });
  it('leaves a weekday that names something alone (Super Tuesday, Black Friday)', () => {
    expect(read('Sales rose on Black Friday and after Super Tuesday.', '2025-12-10')).toEqual([]);
  });
});

describe('numeric and fiscal forms', () => {
  it('reads 12/3/2025 month first, and 25/3/2025 day first', () => {
    expect(read('The notice was posted 12/3/2025.', '2025-12-10')).toEqual([['12/3/2025', '2025-12-03']]);
    expect(read('Effective 25/3/2025.', '2025-12-10')).toEqual([['25/3/2025', '2025-03-25']]);
  });
  it('reads FY2025, FY25 and fiscal 2026 as their years', () => {
    expect(read('Revenue for FY2025 rose while FY25 margins fell; fiscal 2026 guidance was cut.', '2025-12-10')).toEqual([
      ['FY2025', '2025'],
      ['FY25', '2025'],
      ['fiscal 2026', '2026'],
    ]);
  });
});

describe('periods relative to the dateline', () => {
  it('over the weekend / last weekend is the Saturday and Sunday just past; this weekend the coming one', () => {
    expect(read('Beijing announced the measures over the weekend.', '2025-12-10')).toEqual([['over the weekend', '2025-12-06..2025-12-07']]);
    expect(read('Talks are set for this weekend.', '2025-12-10')).toEqual([['this weekend', '2025-12-13..2025-12-14']]);
  });
  it('"two weeks ago" is that week, "3 days ago" that day; "from a year ago" is a comparison, no date', () => {
    expect(read('Two weeks ago, the ministry issued a notice.', '2025-12-10')).toEqual([['Two weeks ago', '2025-11-24..2025-11-30']]);
    expect(read('The rule was issued 3 days ago.', '2025-12-10')).toEqual([['3 days ago', '2025-12-07']]);
    expect(read('Exports rose 5% from a year ago.', '2025-12-10')).toEqual([]);
  });
  it('"by the end of the year" is this year, "at the end of June" June, "in mid-2026" the year', () => {
    expect(read('The rule will be final by the end of the year.', '2025-12-10')).toEqual([['the year', '2025']]);
    expect(read('Stocks ran low at the end of June and recover in mid-2026.', '2025-12-10')).toEqual([
      ['June', '2025-06'],
      ['2026', '2026'],
    ]);
  });
});
