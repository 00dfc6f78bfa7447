import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findTemporalExpressions, resolveDate, type TemporalExpression } from '../../src/extract/dates.js';

// The three real briefings and their dates (the date printed at the head of each).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/briefings/${name}`, import.meta.url), 'utf8');
const MAY_8 = { text: fixture('000_dc3a894c5b6cdd65.txt'), date: '2026-05-08' };
const MAY_7 = { text: fixture('001_3be0362cfeeaa2b1.txt'), date: '2026-05-07' };
const MAY_6 = { text: fixture('002_9371488c945bfa01.txt'), date: '2026-05-06' };

/** The one expression whose text is `text` in `sentence`; fails if there is none or several. */
function the(sentence: string, text: string, date: string): TemporalExpression {
  const hits = findTemporalExpressions(sentence, date).filter((e) => e.text === text);
  expect(hits, `${text} in ${sentence}`).toHaveLength(1);
  return hits[0];
}

const values = (sentence: string, date: string) => findTemporalExpressions(sentence, date).map((e) => e.value);

describe('Chinese dates with a year', () => {
  it('reads 2026 年 11 月 10 日 (spaces between digits and 年/月/日) as 2026-11-10', () => {
    const s = '美方关税框架计划于 2026 年 11 月 10 日到届，为双方设定了关键谈判时间窗口。';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '2026 年 11 月 10 日', MAY_8.date)).toMatchObject({ value: { start: '2026-11-10' }, kind: 'point', relative: false });
  });

  it('reads 2026年11月10日 written without spaces the same way', () => {
    expect(values('美方关税框架计划于2026年11月10日到届', MAY_8.date)).toEqual([{ start: '2026-11-10' }]);
  });

  it('reads full-width ２０２６年１１月１０日 and keeps offsets into the original text', () => {
    const s = '关税框架于２０２６年１１月１０日到期';
    const [e] = findTemporalExpressions(s, MAY_8.date);
    expect(e.value).toEqual({ start: '2026-11-10' });
    expect(e.text).toBe('２０２６年１１月１０日');
    expect(s.slice(e.start, e.end)).toBe(e.text);
  });

  it('reads 2026 年 11 月 as the month 2026-11', () => {
    const s = '这一“恐怖平衡”使得釜山休战（将于 2026 年 11 月到期）有较大概率延续。';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '2026 年 11 月', MAY_7.date).value).toEqual({ start: '2026-11' });
  });

  it('reads 2025 年 as the year 2025', () => {
    const s = 'Brookings 中国问题专家 Ryan Hass 指出, 2025 年的核心教训是”双方都能伤害对方, 但代价是招致痛苦的报复”';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '2025 年', MAY_7.date).value).toEqual({ start: '2025' });
  });

  it('reads 2024 年 4 月以来 as 2024-04 with cue starts', () => {
    const s = '新出口订单指数升至 50.3，为 2024 年 4 月以来最高水平；';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '2024 年 4 月', MAY_8.date)).toMatchObject({ value: { start: '2024-04' }, cue: 'starts' });
  });
});

describe('Chinese ranges', () => {
  it('reads 5 月 14-15 日 as the range 2026-05-14..2026-05-15', () => {
    const s = '特朗普-习近平北京峰会（5 月 14-15 日）进入倒计时一周';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '5 月 14-15 日', MAY_8.date)).toMatchObject({
      value: { start: '2026-05-14', end: '2026-05-15' },
      kind: 'range',
      relative: true,
    });
  });

  it('reads 5 月 14 日至 15 日 as the range 2026-05-14..2026-05-15, scheduled and expected', () => {
    const s = '美国总统特朗普将于 5 月 14 日至 15 日访问北京, 与中国国家主席习近平举行会晤。';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '5 月 14 日至 15 日', MAY_7.date)).toMatchObject({
      value: { start: '2026-05-14', end: '2026-05-15' },
      kind: 'range',
      cue: 'scheduled',
      modality: 'expected',
    });
  });

  it('reads 5 月 7 日至 8 日 as the range 2026-05-07..2026-05-08, published', () => {
    const s = '据 Yahoo Finance 及 Markets Today 5 月 7 日至 8 日报道，美国劳工统计局将于今日发布 4 月非农就业报告';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '5 月 7 日至 8 日', MAY_8.date)).toMatchObject({
      value: { start: '2026-05-07', end: '2026-05-08' },
      cue: 'published',
    });
  });

  it('reads 4 月 29 日至 5 月初 as the range 2026-04-29..2026-05', () => {
    const s = '据 Discovery Alert 及 Rare Earth Exchanges 4 月 29 日至 5 月初报道';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '4 月 29 日至 5 月初', MAY_7.date)).toMatchObject({ value: { start: '2026-04-29', end: '2026-05' }, kind: 'range' });
  });

  it('reads 12 月 28 日至 1 月 3 日 as running into the next year', () => {
    expect(values('双方谈判定于 12 月 28 日至 1 月 3 日举行', '2026-12-01')).toEqual([{ start: '2026-12-28', end: '2027-01-03' }]);
  });

  it('reads 2024-2026 年 as a range of years', () => {
    expect(values('2024-2026 年稀土出口配额', MAY_7.date)).toEqual([{ start: '2024', end: '2026' }]);
  });
});

describe('Chinese dates without a year', () => {
  it('reads 6月9日 as 2026-06-09 in a May 2026 briefing', () => {
    expect(values('商务部将于6月9日公布稀土出口许可细则', MAY_7.date)).toEqual([{ start: '2026-06-09' }]);
  });

  it('reads 5 月初, 5 月中旬 and 5 月底 as the month 2026-05', () => {
    const s = '据 Reuters 4 月 30 日独家报道及 Benzinga、TNW 5 月初跟进分析';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '5 月初', MAY_7.date).value).toEqual({ start: '2026-05' });
    expect(values('峰会定于 5 月中旬举行', MAY_7.date)).toEqual([{ start: '2026-05' }]);
    expect(values('草案征求意见至 5 月底', MAY_7.date)).toEqual([{ start: '2026-05' }]);
  });

  it('reads 11 月到期 in a 2026-05-08 briefing as the coming 2026-11, an expiry', () => {
    const s = '关税框架 11 月到期设定谈判时间窗口。';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '11 月', MAY_8.date)).toMatchObject({ value: { start: '2026-11' }, cue: 'expires', relative: true });
  });

  it('reads 延续至 11 月到期后 as the coming November too', () => {
    const s = '釜山休战能否延续至 11 月到期后？';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '11 月', MAY_8.date)).toMatchObject({ value: { start: '2026-11' }, cue: 'expires' });
  });

  it('reads 4 月 30 日报道 in a 2026-05-08 briefing as the past 2026-04-30, published', () => {
    const s = 'Reuters 4 月 30 日报道，中美经济主管在峰会前进行了”坦率”通话';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '4 月 30 日', MAY_8.date)).toMatchObject({ value: { start: '2026-04-30' }, cue: 'published' });
  });

  it('reads 12 月 with no cue in a May 2026 briefing as the nearer 2025-12', () => {
    expect(values('稀土出口许可在 12 月大幅收紧', MAY_8.date)).toEqual([{ start: '2025-12' }]);
  });

  it('reads 2 月 (最高法院 2 月裁定) in a May 2026 briefing as 2026-02, occurred', () => {
    const s = '最高法院 2 月裁定 IEEPA 关税违宪后，特朗普政府正在重建关税体系';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '2 月', MAY_7.date)).toMatchObject({ value: { start: '2026-02' }, cue: 'occurred' });
  });

  it('reads 2 月 20 日 as 2026-02-20 in May 2026', () => {
    expect(values('美国最高法院于 2 月 20 日裁定 IEEPA 不授权总统征收关税', MAY_7.date)).toEqual([{ start: '2026-02-20' }]);
  });
});

describe('Chinese dates relative to the briefing date', () => {
  it('resolves 去年 10 月 in a 2026-05-07 briefing to 2025-10', () => {
    const s = '核心目标是维持去年 10 月釜山贸易休战的脆弱平衡';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '去年 10 月', MAY_7.date)).toMatchObject({ value: { start: '2025-10' }, relative: true });
  });

  it('resolves 去年 11 月 in a 2026-05-07 briefing to 2025-11', () => {
    const s = '虽然中国在去年 11 月釜山峰会后名义上暂停了对美国的稀土出口限制';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '去年 11 月', MAY_7.date).value).toEqual({ start: '2025-11' });
  });

  it('resolves 今年 2 月 to 2026-02 and 明年 to 2027', () => {
    expect(values('最高法院今年 2 月裁定 IEEPA 关税违宪', MAY_7.date)).toEqual([{ start: '2026-02' }]);
    expect(values('釜山休战明年能否延续仍不确定', MAY_7.date)).toEqual([{ start: '2027' }]);
  });

  it('resolves 今日 and 今天 to the briefing date', () => {
    const s = '美国 4 月非农就业报告今日发布';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '今日', MAY_8.date)).toMatchObject({ value: { start: '2026-05-08' }, relative: true, cue: 'published' });
    expect(values('白宫今天宣布前沿模型审查计划', MAY_8.date)).toEqual([{ start: '2026-05-08' }]);
  });

  it('resolves 同日 with no date before it to the briefing date', () => {
    const s = 'ITIF 同日举办“应对中国技术经济攻势”研讨会';
    expect(MAY_6.text).toContain(s);
    expect(the(s, '同日', MAY_6.date).value).toEqual({ start: '2026-05-06' });
  });

  it('resolves 同日 and 当日 to the day mentioned just before them', () => {
    expect(values('ITIF 5 月 5 日发布报告，并于同日举办研讨会', MAY_6.date)).toEqual([{ start: '2026-05-05' }, { start: '2026-05-05' }]);
    expect(values('美国劳工统计局当日发布 4 月非农就业报告', MAY_8.date)[0]).toEqual({ start: '2026-05-08' });
  });

  it('resolves 昨天 and 昨日 to the day before the briefing', () => {
    expect(values('白宫昨天表示将审查前沿 AI 模型', MAY_8.date)).toEqual([{ start: '2026-05-07' }]);
    expect(values('Daily Signal 昨日分析指出', MAY_8.date)).toEqual([{ start: '2026-05-07' }]);
  });

  it('resolves 上月, 本月 and 下月 to the months around the briefing', () => {
    const s = '中小企业 PMI 分别为 50.5 和 50.1，较上月分别上升 1.5 和 0.8 个百分点。';
    expect(MAY_8.text).toContain(s);
    expect(values(s, MAY_8.date)).toEqual([{ start: '2026-04' }]);
    expect(values('本月中美经贸磋商', MAY_8.date)).toEqual([{ start: '2026-05' }]);
    expect(values('下月将公布稀土出口数据', MAY_8.date)).toEqual([{ start: '2026-06' }]);
  });

  it('resolves 上周 in a Friday 2026-05-08 briefing to the week of Monday 2026-04-27', () => {
    const [e] = findTemporalExpressions('白宫上周与三家 AI 企业签署安全测试协议', MAY_8.date);
    expect(e).toMatchObject({ text: '上周', value: { start: '2026-04-27', end: '2026-05-03' }, kind: 'period' });
  });

  it('resolves 上半年 and 下半年 to the halves of the briefing year', () => {
    expect(values('上半年出口订单回暖', MAY_8.date)).toEqual([{ start: '2026-01', end: '2026-06' }]);
    expect(values('下半年关税框架到期', MAY_8.date)).toEqual([{ start: '2026-07', end: '2026-12' }]);
    expect(values('2025 年下半年稀土出口下降', MAY_8.date)).toEqual([{ start: '2025-07', end: '2025-12' }]);
  });
});

describe('quarters', () => {
  it('reads 2026 年第一季度 as one period 2026-01..2026-03, not 2026 plus a quarter', () => {
    const s = '据 SIA（美国半导体行业协会）5 月 5 日报告，2026 年第一季度全球半导体销售额同比增长 25%';
    expect(MAY_6.text).toContain(s);
    const found = findTemporalExpressions(s, MAY_6.date);
    expect(found.map((e) => e.text)).toEqual(['5 月 5 日', '2026 年第一季度']);
    expect(found[1]).toMatchObject({ value: { start: '2026-01', end: '2026-03' }, kind: 'period', relative: false });
  });

  it('reads 第一季度 in a 2026 briefing as 2026-01..2026-03', () => {
    expect(the('第一季度全球半导体销售额同比增长 25%', '第一季度', MAY_6.date)).toMatchObject({
      value: { start: '2026-01', end: '2026-03' },
      relative: true,
    });
  });

  it('reads Q1 2026 in Chinese text as 2026-01..2026-03', () => {
    const s = 'SIA 报告全球芯片销售 Q1 2026 同比增 25%';
    expect(MAY_6.text).toContain(s);
    expect(the(s, 'Q1 2026', MAY_6.date).value).toEqual({ start: '2026-01', end: '2026-03' });
  });

  it('reads 2026 年 Q1 as 2026-01..2026-03, and 前三季度 as the first three quarters, not the third', () => {
    expect(values('SIA 报告 2026 年 Q1 全球芯片销售同比增 25%', MAY_6.date)).toEqual([{ start: '2026-01', end: '2026-03' }]);
    expect(values('前三季度全球芯片销售同比增长', MAY_6.date)).toEqual([{ start: '2026-01-01', end: '2026-09-30' }]);
  });

  it('reads H1 2026 and the first half of 2026 as 2026-01..2026-06', () => {
    expect(values('Chip sales in H1 2026 are on track for a record.', MAY_6.date)).toEqual([{ start: '2026-01', end: '2026-06' }]);
    expect(values('Sales in the first half of 2026 rose 25%.', MAY_6.date)).toEqual([{ start: '2026-01', end: '2026-06' }]);
  });

  it('reads 2026 Q1 and a bare Q1 in a 2026 briefing as 2026-01..2026-03', () => {
    expect(values('Global chip sales rose 25% in 2026 Q1', MAY_6.date)).toEqual([{ start: '2026-01', end: '2026-03' }]);
    const s = '全球半导体销售 Q1 同比增 25%';
    expect(MAY_6.text).toContain(s);
    expect(values(s, MAY_6.date)).toEqual([{ start: '2026-01', end: '2026-03' }]);
  });
});

describe('numeric dates', () => {
  it('reads 2026-05-12 and 2026/5/12 as 2026-05-12', () => {
    expect(values('Invezz (2026-05-12): Trump-Xi summit', MAY_8.date)).toEqual([{ start: '2026-05-12' }]);
    expect(values('发布时间：2026/5/12', MAY_8.date)).toEqual([{ start: '2026-05-12' }]);
  });

  it('reads the reference line date (2026-05-07) of a real reference list', () => {
    const s = '1. Invezz (2026-05-07): Trump-Xi summit: trade, Taiwan, AI talks in focus';
    expect(MAY_8.text).toContain(s);
    expect(the(s, '2026-05-07', MAY_8.date)).toMatchObject({ value: { start: '2026-05-07' }, relative: false });
  });
});

describe('cues and modality', () => {
  it('marks 将于 2026 年 11 月 10 日到期 as an expected expiry', () => {
    expect(the('釜山休战将于 2026 年 11 月 10 日到期', '2026 年 11 月 10 日', MAY_8.date)).toMatchObject({
      value: { start: '2026-11-10' },
      cue: 'expires',
      modality: 'expected',
    });
  });

  it('marks 计划于 2026 年 11 月 10 日到届 (as the briefing writes it) as an expected expiry', () => {
    const s = '美方关税框架计划于 2026 年 11 月 10 日到届';
    expect(the(s, '2026 年 11 月 10 日', MAY_8.date)).toMatchObject({ cue: 'expires', modality: 'expected' });
  });

  it('marks 暂停期至 2026 年 11 月 as an end', () => {
    const s = '（暂停期至 2026 年 11 月）';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '2026 年 11 月', MAY_7.date).cue).toBe('ends');
  });

  it('marks 已于 5 月 5 日…签署 as occurred, and 5 月 7 日分析 as published', () => {
    const signed = 'Google DeepMind、Microsoft 和 xAI 已于 5 月 5 日与商务部 AI 标准与创新中心签署安全测试协议。';
    expect(MAY_8.text).toContain(signed);
    expect(the(signed, '5 月 5 日', MAY_8.date)).toMatchObject({ cue: 'occurred' });
    expect(the(signed, '5 月 5 日', MAY_8.date).modality).toBeUndefined();
    const analysed = 'Daily Signal 5 月 7 日分析指出，这标志着特朗普政府从”亲产业、轻监管”立场发生重大转向。';
    expect(MAY_8.text).toContain(analysed);
    expect(the(analysed, '5 月 7 日', MAY_8.date).cue).toBe('published');
  });

  it('marks 有望 as possible', () => {
    const s = 'SIA 预测，按照当前增速，2026 年全年全球半导体销售额有望突破 1 万亿美元';
    expect(MAY_6.text).toContain(s);
    expect(the(s, '2026 年', MAY_6.date).modality).toBe('possible');
  });

  it('does not take 起 out of 崛起 as a start', () => {
    const s = '“同日发布”美国科技公司应留在中国”和”如何限制中国技术崛起”两份报告';
    expect(the(s, '同日', MAY_6.date).cue).toBe('published');
  });
});

describe('English dates', () => {
  it('reads May 14-15, 2026 as the range 2026-05-14..2026-05-15', () => {
    expect(the('Trump will visit Beijing on May 14-15, 2026 to meet Xi Jinping.', 'May 14-15, 2026', MAY_7.date)).toMatchObject({
      value: { start: '2026-05-14', end: '2026-05-15' },
      kind: 'range',
      relative: false,
      modality: 'expected',
    });
  });

  it('reads May 14–15 (en dash, no year) in a May 2026 briefing as 2026-05-14..2026-05-15', () => {
    expect(values('The Trump-Xi summit, scheduled for May 14–15, is expected to extend the truce.', MAY_7.date)).toEqual([
      { start: '2026-05-14', end: '2026-05-15' },
    ]);
  });

  it('reads the reference title 14-15 May Summit as 2026-05-14..2026-05-15', () => {
    const s = 'What To Expect From The Trump-Xi Jinping 14-15 May Summit?';
    expect(MAY_7.text).toContain(s);
    expect(the(s, '14-15 May', MAY_7.date).value).toEqual({ start: '2026-05-14', end: '2026-05-15' });
  });

  it('reads Feb. 20, 2026, February 20 and 20 February 2026 as 2026-02-20', () => {
    expect(values('The Supreme Court struck down the IEEPA tariffs on Feb. 20, 2026.', MAY_7.date)).toEqual([{ start: '2026-02-20' }]);
    expect(values('The Supreme Court ruled on February 20 that IEEPA does not authorize tariffs.', MAY_7.date)).toEqual([{ start: '2026-02-20' }]);
    expect(values('In its ruling of 20 February 2026, the court struck down the tariffs.', MAY_7.date)).toEqual([{ start: '2026-02-20' }]);
  });

  it('reads Nov. 10 and November 2026 around the truce', () => {
    expect(the('The tariff truce expires Nov. 10.', 'Nov. 10', MAY_8.date)).toMatchObject({ value: { start: '2026-11-10' }, cue: 'expires' });
    expect(values('The rare-earth export pause lasts until November 2026.', MAY_7.date)).toEqual([{ start: '2026-11' }]);
  });

  it('marks expires on November 10 as an expiry in 2026', () => {
    expect(the('The Busan truce expires on November 10.', 'November 10', MAY_8.date)).toMatchObject({
      value: { start: '2026-11-10' },
      cue: 'expires',
    });
  });

  it('reads Q1 2026 and the first quarter as 2026-01..2026-03', () => {
    const s = '6. SIA (2026-05-05): Global Semiconductor Sales Q1 2026 Report — Up 25% Year-Over-Year';
    expect(MAY_6.text).toContain(s);
    expect(the(s, 'Q1 2026', MAY_6.date).value).toEqual({ start: '2026-01', end: '2026-03' });
    expect(the('Chip sales rose 25% in the first quarter.', 'the first quarter', MAY_6.date).value).toEqual({
      start: '2026-01',
      end: '2026-03',
    });
  });

  it('resolves last October in a 2026-05-07 briefing to 2025-10, and next month to 2026-06', () => {
    expect(the('Trump and Xi agreed a trade truce in Busan last October.', 'last October', MAY_7.date)).toMatchObject({
      value: { start: '2025-10' },
      relative: true,
    });
    expect(values('Beijing will publish the final rare-earth rules next month.', MAY_7.date)).toEqual([{ start: '2026-06' }]);
  });

  it('resolves on Tuesday to the nearest Tuesday, the past one when it reports', () => {
    // 2026-05-07 is a Thursday.
    expect(values('Reuters reported on Tuesday that prices of the B300 had doubled.', MAY_7.date)).toEqual([{ start: '2026-05-05' }]);
    expect(values('The panel will meet on Tuesday.', MAY_7.date)).toEqual([{ start: '2026-05-12' }]);
  });

  it('resolves last week, this year and the same day against the briefing date', () => {
    expect(the('The White House mulled AI vetting rules last week.', 'last week', MAY_8.date)).toMatchObject({
      value: { start: '2026-04-27', end: '2026-05-03' },
      kind: 'period',
    });
    expect(values('Global chip sales are on track for $1 trillion this year.', MAY_6.date)).toEqual([{ start: '2026' }]);
    expect(values('ITIF published a report on May 4 and held a panel the same day.', MAY_6.date)).toEqual([
      { start: '2026-05-04' },
      { start: '2026-05-04' },
    ]);
  });

  it('reads 2026-11-10 as 2026-11-10', () => {
    expect(values('The truce expires 2026-11-10.', MAY_8.date)).toEqual([{ start: '2026-11-10' }]);
  });

  it('does not read the outlet Markets Today as a date', () => {
    expect(findTemporalExpressions('据 Yahoo Finance 及 Markets Today 报道', MAY_8.date)).toEqual([]);
  });
});

describe('what is not a date', () => {
  it('does not read 2 月 30 日, 13 月 or 5 月 32 日 as dates, nor a piece of them', () => {
    expect(findTemporalExpressions('会议定于 2 月 30 日举行', MAY_8.date)).toEqual([]);
    expect(findTemporalExpressions('数据显示 13 月出口增长', MAY_8.date)).toEqual([]);
    expect(findTemporalExpressions('报告将于 5 月 32 日发布', MAY_8.date)).toEqual([]);
    expect(findTemporalExpressions('February 30, 2026', MAY_8.date)).toEqual([]);
  });

  it('does not read 11.7 年 as a date', () => {
    const s = '十五五规划中”劳动年龄人口平均受教育年限提高到 11.7 年”的目标';
    expect(MAY_8.text).toContain(s);
    expect(findTemporalExpressions(s, MAY_8.date)).toEqual([]);
  });

  it('does not read 50.3, 16.5 万人, 100+, 12 英寸, 1440 种 or 6-3 as dates', () => {
    const numbers: [string, string][] = [
      ['中国 4 月官方制造业 PMI 为 50.3，连续第二个月维持在扩张区间', '50.3'],
      ['市场预期新增 16.5 万人（前值 17.5 万人），失业率预计维持在 4.4% 左右。', '16.5'],
      ['发布 100+ 政策建议限制中国企业在国家力量产业的成功。', '100'],
      ['其目标月产能为 120 万片 12 英寸硅片', '12'],
      ['略低于美国 1440 种，超过欧盟', '1440'],
      ['在 Learning Resources, Inc. v. Trump 案中以 6-3 裁定', '6-3'],
    ];
    for (const [s, n] of numbers) {
      expect([MAY_8.text, MAY_7.text, MAY_6.text].some((t) => t.includes(s)), s).toBe(true);
      const at = s.indexOf(n);
      const covering = findTemporalExpressions(s, MAY_8.date).filter((e) => e.start < at + n.length && e.end > at);
      expect(covering, s).toEqual([]);
    }
    expect(findTemporalExpressions('略低于美国 1440 种，超过欧盟', MAY_8.date)).toEqual([]);
  });

  it('does not read 如今年轻, 目前天然气 or 以上周期 as 今年, 前天 or 上周', () => {
    expect(findTemporalExpressions('如今年轻人就业承压，目前天然气价格回落，以上周期性因素', MAY_8.date)).toEqual([]);
  });
});

describe('over whole briefings', () => {
  const all = [MAY_8, MAY_7, MAY_6];

  it('gives every expression as the exact text at its offsets, in order and never overlapping', () => {
    for (const b of all) {
      const found = findTemporalExpressions(b.text, b.date);
      expect(found.length).toBeGreaterThan(20);
      let end = 0;
      for (const e of found) {
        expect(b.text.slice(e.start, e.end)).toBe(e.text);
        expect(e.start).toBeGreaterThanOrEqual(end);
        end = e.end;
      }
    }
  });

  it('finds the summit, the truce expiry and the jobs report of the 2026-05-08 briefing', () => {
    const found = findTemporalExpressions(MAY_8.text, MAY_8.date);
    expect(found.find((e) => e.text === '5 月 14-15 日')?.value).toEqual({ start: '2026-05-14', end: '2026-05-15' });
    expect(found.filter((e) => e.cue === 'expires').map((e) => e.value.start)).toEqual(
      expect.arrayContaining(['2026-11', '2026-11-10']),
    );
    expect(found.find((e) => e.text === '今日')?.value).toEqual({ start: '2026-05-08' });
  });

  it('keeps offsets exact and results apart on any text', () => {
    const pieces = fc.constantFrom('2026', ' 年', '年', '月', '日', '至', '-', '5', '14', '去年', '上月', 'Q1', 'May ', '到期', '.', '同日', ' ', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (chunks) => {
        const text = chunks.join('');
        let end = 0;
        for (const e of findTemporalExpressions(text, MAY_8.date)) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(end);
          expect(e.value.start).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          end = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveDate', () => {
  it('resolves one expression against the briefing date', () => {
    expect(resolveDate('去年 10 月', '2026-05-07')).toEqual({ start: '2025-10' });
    expect(resolveDate('5 月 14-15 日', '2026-05-07')).toEqual({ start: '2026-05-14', end: '2026-05-15' });
    expect(resolveDate('11 月到期', '2026-05-08')).toEqual({ start: '2026-11' });
    expect(resolveDate('Q1 2026', '2026-05-06')).toEqual({ start: '2026-01', end: '2026-03' });
  });

  it('gives undefined for text without a date', () => {
    expect(resolveDate('新出口订单创两年新高', '2026-05-08')).toBeUndefined();
  });

  it('rejects a briefing date that is not YYYY-MM-DD with an InputError naming it', () => {
    expect(() => resolveDate('去年 10 月', '2026-5-7')).toThrow(InputError);
    expect(() => findTemporalExpressions('去年 10 月', '2026-02-30')).toThrow(/briefingDate/);
  });
});
