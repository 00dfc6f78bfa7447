// Date forms a new day of 新质生产力每日动态, an NBS release or English wire news contains, each on
// a real sentence (from the dev texts under tests/fixtures, or real public texts).
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, type TemporalExpression } from '../../src/extract/dates.js';

/** The one expression whose text is `text` in `sentence`; fails if there is none or several. */
function the(sentence: string, text: string, date: string): TemporalExpression {
  const hits = findTemporalExpressions(sentence, date).filter((e) => e.text === text);
  expect(hits, `${text} in ${sentence}`).toHaveLength(1);
  return hits[0];
}
const texts = (sentence: string, date: string) => findTemporalExpressions(sentence, date).map((e) => e.text);

describe('spans written as two dates', () => {
  it('reads "Between April 1, 2025 and December 31, 2025" as one span 2025-04-01..2025-12-31', () => {
    const s = 'Between April 1, 2025 and December 31, 2025, the trade deficit in goods has declined 17%.';
    expect(the(s, 'April 1, 2025 and December 31, 2025', '2026-02-20')).toMatchObject({
      value: { start: '2025-04-01', end: '2025-12-31' },
      kind: 'range',
    });
  });

  it('reads "from April through December 2025" as the whole months 2025-04-01..2025-12-31', () => {
    const s = 'from April through December 2025 the trade deficit fell';
    expect(the(s, 'April through December 2025', '2026-02-20')).toMatchObject({
      value: { start: '2025-04-01', end: '2025-12-31' },
      kind: 'period',
    });
  });

  it('does not join two dates with "and" unless "between" opens them', () => {
    expect(texts('Talks were held on June 9 and a deal was reached on June 10.', '2025-07-21')).toEqual(['June 9', 'June 10']);
  });
});

describe('Chinese periods of statistics and plans', () => {
  it('reads 1—9月份 and 2025年1-9月 as the whole months from January through September', () => {
    expect(the('1—9月份，规模以上工业增加值同比增长6.2%。', '1—9月份', '2025-10-20').value).toEqual({ start: '2025-01-01', end: '2025-09-30' });
    expect(the('2025年1-9月，全国规模以上工业企业实现利润总额53732亿元', '2025年1-9月', '2025-10-27').value).toEqual({
      start: '2025-01-01',
      end: '2025-09-30',
    });
  });

  it('reads 前三季度 as the first three quarters and 2025年前10个月 as January through October', () => {
    expect(the('前三季度，国内生产总值同比增长5.2%。', '前三季度', '2025-10-20').value).toEqual({ start: '2025-01-01', end: '2025-09-30' });
    expect(the('2025年前10个月，货物贸易进出口总值增长3.6%', '2025年前10个月', '2025-11-07').value).toEqual({
      start: '2025-01-01',
      end: '2025-10-31',
    });
  });

  it('reads 10月份 in a release of 2025-10-31 as the month 2025-10', () => {
    expect(the('10月份 ,制造业采购经理指数(PMI)为49.0%,比上月下降0.8个百分点', '10月份', '2025-10-31').value).toEqual({ start: '2025-10' });
  });
});

describe('Chinese words for this year, this month, recently', () => {
  it('reads 年内 as this year and 年底前 as an end within it', () => {
    expect(the('为年内可能举行的元首会晤预留了空间', '年内', '2025-08-15').value).toEqual({ start: '2025' });
    expect(the('相关细则力争年底前出台', '年底', '2025-08-15')).toMatchObject({ value: { start: '2025' }, cue: 'ends' });
  });

  it('reads 月底前 as this month, an end', () => {
    expect(the('企业须在月底前完成申报', '月底', '2025-10-15')).toMatchObject({ value: { start: '2025-10' }, cue: 'ends' });
  });

  it('does not read 三年内, 去年底 or 每年年底 as this year', () => {
    expect(texts('三年内完成改造', '2025-08-15')).toEqual([]);
    expect(texts('每年年底公布', '2025-08-15')).toEqual([]);
    expect(the('截至去年底，装机容量达到1.2亿千瓦', '去年底', '2025-08-15').value).toEqual({ start: '2024' });
  });

  it('reads 日前 and 近日 opening a sentence as the briefing date, marked vague', () => {
    expect(the('日前，工业和信息化部等三部门联合印发《稀土开采和稀土冶炼分离总量调控管理暂行办法》。', '日前', '2025-08-22')).toMatchObject({
      value: { start: '2025-08-22' },
      vague: true,
    });
    expect(the('近日，国务院印发《关于深入实施“人工智能+”行动的意见》。', '近日', '2025-08-26')).toMatchObject({ vague: true });
  });

  it('does not read 节日前 or 最近日 as 日前 or 近日', () => {
    expect(texts('节日前后客流明显增加', '2025-10-01')).toEqual([]);
    expect(texts('最近日均成交额回升', '2025-10-01')).toEqual([]);
  });

  it('marks 同日 with no day before it vague, and not when a day comes first', () => {
    expect(the('ITIF 同日举办研讨会', '同日', '2026-05-06').vague).toBe(true);
    expect(the('中美互征特别港务费于 10 月 14 日同步生效，商务部同日宣布采取反制措施', '同日', '2025-10-15')).not.toHaveProperty('vague');
  });
});

describe('days and weekdays written alone', () => {
  it('reads 当地时间30日 as the 30th of the briefing month, the nearest such day', () => {
    expect(the('美联储当地时间30日宣布维持利率不变', '30日', '2025-10-31').value).toEqual({ start: '2025-10-30' });
    expect(the('美联储当地时间30日宣布维持利率不变', '30日', '2025-11-02').value).toEqual({ start: '2025-10-30' });
  });

  it('reads 14-15日 as a range of days in the briefing month', () => {
    expect(the('特朗普14-15日访华', '14-15日', '2026-05-08').value).toEqual({ start: '2026-05-14', end: '2026-05-15' });
  });

  it('does not read 30日内, 为期30日, 第61号 or 100日元 as days', () => {
    for (const s of ['须在30日内补正材料', '为期30日的公示', '根据第61号公告', '售价100日元']) expect(texts(s, '2025-10-15'), s).toEqual([]);
  });

  it('reads 周四 and "on Tuesday" as the last such day unless the words look ahead', () => {
    // 2025-08-15 is a Friday.
    expect(the('美国财政部周四公布数据', '周四', '2025-08-15').value).toEqual({ start: '2025-08-14' });
    expect(the('双方将于周二举行新一轮会谈', '周二', '2025-08-15').value).toEqual({ start: '2025-08-19' });
    expect(the('The Commerce Department said on Tuesday it would add 37 entities.', 'Tuesday', '2025-08-15').value).toEqual({ start: '2025-08-12' });
  });
});

describe('English deadlines and periods', () => {
  it('reads "by the end of 2026" as an end', () => {
    expect(the('Beijing aims to cut reliance on foreign chips by the end of 2026.', '2026', '2025-10-15')).toMatchObject({
      value: { start: '2026' },
      cue: 'ends',
    });
  });

  it('reads "takes effect on June 1" as a start and "expires on November 10" as an expiry', () => {
    expect(the('The rule takes effect on June 1.', 'June 1', '2026-05-07').cue).toBe('starts');
    expect(the('The truce expires on November 10.', 'November 10', '2025-08-15')).toMatchObject({ value: { start: '2025-11-10' }, cue: 'expires' });
  });
});

describe('which way a date without a year leans', () => {
  it('keeps 8 月 11 日 in the past when 将 belongs to a later verb (先后宣布将…延长)', () => {
    const s = '中美双方于 8 月 11 日至 12 日先后宣布将关税休战再延长 90 天，新的截止时间为 11 月 10 日。';
    expect(the(s, '8 月 11 日至 12 日', '2025-08-15').value).toEqual({ start: '2025-08-11', end: '2025-08-12' });
    expect(the(s, '11 月 10 日', '2025-08-15')).toMatchObject({ value: { start: '2025-11-10' }, cue: 'expires' });
  });

  it('reads 原定于 8 月 12 日到期 as the past deadline, and 10 月底…可能举行 as the coming October', () => {
    expect(the('原有的休战原定于美国东部时间 8 月 12 日凌晨到期', '8 月 12 日凌晨', '2025-08-15').value).toEqual({ start: '2025-08-12' });
    expect(the('双方在 10 月底 APEC 会议期间可能举行的元首会晤', '10 月底', '2025-08-15')).toMatchObject({
      value: { start: '2025-10' },
      modality: 'possible',
    });
  });

  it('does not read 前往 after a date as "before" it', () => {
    expect(the('特朗普 5月14日前往北京', '5月14日', '2026-05-08')).not.toHaveProperty('cue');
  });
});

describe('quarters and halves without a year', () => {
  it('reads "the first half" and 第四季度 as periods of the briefing year once begun, else of the year before', () => {
    expect(the('In the first half, China’s exports grew 5.9%.', 'the first half', '2025-10-15').value).toEqual({ start: '2025-01', end: '2025-06' });
    expect(the('第四季度国内生产总值同比增长5.0%', '第四季度', '2026-01-17').value).toEqual({ start: '2025-10', end: '2025-12' });
    expect(the('预计下半年经济将保持平稳', '下半年', '2025-05-10').value).toEqual({ start: '2025-07', end: '2025-12' });
  });
});

describe('the day written beside its relative word (Taiwan and Hong Kong news)', () => {
  // 中央社 / 經濟日報 style, read through the simplified view: 經濟部今（16）日宣布…; 商務部昨（9日）發布….
  it('reads 今（16）日, 昨（15）日 and 明（17）日 as those days of the briefing month', () => {
    expect(the('经济部今（16）日宣布出口管制新措施', '今（16）日', '2025-06-16').value).toEqual({ start: '2025-06-16' });
    expect(the('商务部昨（15）日发布两项公告', '昨（15）日', '2025-06-16').value).toEqual({ start: '2025-06-15' });
    expect(the('新规明（17）日起实施', '明（17）日', '2025-06-16').value).toEqual({ start: '2025-06-17' });
  });

  it('takes the month before when the day is past the briefing day (昨（30）日 on the 1st)', () => {
    expect(the('商务部昨（30）日发布公告', '昨（30）日', '2025-07-01').value).toEqual({ start: '2025-06-30' });
  });
});
