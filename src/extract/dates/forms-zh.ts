// Chinese date forms: 2026 年 11 月 10 日, 5 月 14-15 日, 5 月 14 日至 15 日, 4 月 29 日至 5 月初,
// 去年 10 月, 上月, 2026 年第一季度, 今年上半年, 上周, 今日, 同日 …

import { addDays, addMonths, weekday, type Parts, type Unanchored } from './calendar.js';
import { DASH, NB, NUM2, S, YEAR4, num, parts, type Form, type Group, type Reading } from './form.js';
import { chineseWord, hasCjk, lexicon as L, wordsPattern } from './lexicon.js';

const YEAR_SHIFT = Object.keys(L.chineseYearShift)
  .map((k) => chineseWord(`${k}年`, k))
  .join('|');
const SHIFT = Object.keys(L.chineseShift).join('|');
const MONTH_PART = `(?:${wordsPattern(L.chineseMonthParts)})(?!步)`;
const YEAR_PART = `(?:${wordsPattern(L.chineseYearParts)})(?!步)`;
const RANGE_SEP = `(?:${DASH}|至|到)`;
const WEEKDAYS = Object.keys(L.chineseWeekdays).join('');
const SHIFTS = Object.keys(L.chineseShift);
/** The words the forms start at, besides numbers. */
const YEAR_WORDS = Object.keys(L.chineseYearShift).map((k) => `${k}年`);
const MONTH_WORDS = SHIFTS.flatMap((k) => [`${k}月`, `${k}个月`]);
const WEEK_WORDS = SHIFTS.flatMap((k) => ['周', '星期', '礼拜'].flatMap((w) => [`${k}${w}`, `${k}个${w}`]));
const QUARTER_WORDS = ['第', ...['一', '二', '三', '四'].map((n) => `${n}季度`)];

/** `2026 年` or `去年`; groups `<g>` (the year) or `<g>s` (the shift from the briefing's year). */
const year = (g: string) => `(?:${NB}(?<${g}>${YEAR4})${S}年|(?<${g}s>${YEAR_SHIFT})年)`;
/** `11 月` or `上月`; groups `<g>` or `<g>s`. */
const month = (g: string) => `(?:${NB}(?<${g}>${NUM2})${S}月份?|(?<${g}s>${SHIFT})个?月)`;
const day = (g: string) => `${NB}(?<${g}>${NUM2})${S}[日号]`;

/** Year, month (and day) as written, with shifts (去年, 上月) applied to the briefing date. */
function readYmd(g: Group, today: Parts, yName: string, mName: string, d: number | undefined) {
  let relative = false;
  let y = num(g(yName));
  const ys = g(`${yName}s`);
  if (ys !== undefined) {
    y = today.y + L.chineseYearShift[ys];
    relative = true;
  }
  let m = num(g(mName));
  const ms = g(`${mName}s`);
  if (ms !== undefined) {
    const shifted = addMonths(today.y, today.m ?? 1, L.chineseShift[ms]);
    y = shifted.y;
    m = shifted.m;
    relative = true;
  }
  return { p: parts(y, m, d), relative };
}

const date: Form = {
  name: 'zhdate',
  startsAt: { digits: true, words: [...YEAR_WORDS, ...MONTH_WORDS] },
  pattern:
    `(?:(?:${year('y')}${S})?${month('m')}(?:${S}(?:${NB}(?<da>${NUM2})${S}${RANGE_SEP}${S}(?<db>${NUM2})${S}[日号]` +
    `|${day('d')}|${MONTH_PART}))?|${year('yo')}(?:${S}${YEAR_PART})?)` +
    `(?:${S}${RANGE_SEP}${S}(?:(?:${year('ry')}${S})?${month('rm')}(?:${S}(?:${day('rd')}|${MONTH_PART}))?` +
    `|${day('rdo')}|${year('ryo')}(?:${S}${YEAR_PART})?))?`,
  read(g, today) {
    const da = num(g('da'));
    const left =
      g('m') !== undefined || g('ms') !== undefined
        ? readYmd(g, today, 'y', 'm', da ?? num(g('d')))
        : readYmd(g, today, 'yo', 'none', undefined);
    let to: Unanchored | undefined;
    let relative = left.relative || left.p.y === undefined;
    if (da !== undefined) {
      to = parts(undefined, undefined, num(g('db')));
    } else if (g('rm') !== undefined || g('rms') !== undefined) {
      const right = readYmd(g, today, 'ry', 'rm', num(g('rd')));
      to = right.p;
      relative ||= right.relative;
    } else if (g('rdo') !== undefined) {
      to = parts(undefined, undefined, num(g('rdo')));
    } else if (g('ryo') !== undefined || g('ryos') !== undefined) {
      const right = readYmd(g, today, 'ryo', 'none', undefined);
      to = right.p;
      relative ||= right.relative;
    }
    return { from: left.p, to, kind: to ? 'range' : 'point', relative };
  },
};

const yearSpan: Form = {
  name: 'zhyears',
  startsAt: { digits: true },
  pattern: `${NB}(?<a>${YEAR4})${S}${RANGE_SEP}${S}(?<b>${YEAR4})${S}年`,
  read: (g) => ({ from: parts(num(g('a'))), to: parts(num(g('b'))), kind: 'range', relative: false }),
};

/** A quarter or half of a year, as the months it covers, in the year written (or none yet). */
function yearPart(g: Group, today: Parts, firstMonth: number, lastMonth: number): Reading {
  const { p, relative } = readYmd(g, today, 'y', 'none', undefined);
  return {
    from: { ...p, m: firstMonth },
    to: { ...p, m: lastMonth },
    kind: 'period',
    relative: relative || p.y === undefined,
  };
}

const quarter: Form = {
  name: 'zhquarter',
  startsAt: { digits: true, words: [...YEAR_WORDS, ...QUARTER_WORDS] },
  // (?<!前): 前三季度 is the first three quarters, not the third.
  pattern: `(?:${year('y')}${S})?(?:第${S})?(?<!前)(?<q>[一二三四]|${NB}[1-4])${S}季度`,
  read(g, today) {
    const q = L.ordinals[g('q') ?? ''];
    return q ? yearPart(g, today, q * 3 - 2, q * 3) : undefined;
  },
};

const yearQuarter: Form = {
  name: 'zhyearq',
  startsAt: { digits: true, words: YEAR_WORDS },
  pattern: `${year('y')}${S}Q(?<q>[1-4])(?!\\d)`,
  read: (g, today) => {
    const q = Number(g('q'));
    return yearPart(g, today, q * 3 - 2, q * 3);
  },
};

const half: Form = {
  name: 'zhhalf',
  startsAt: { digits: true, words: [...YEAR_WORDS, ...Object.keys(L.chineseHalves)] },
  // 2027 财年下半年 is a half of a fiscal year, whose months are not the calendar's.
  pattern: `(?<!财年${S})(?:${year('y')}${S})?(?<h>${Object.keys(L.chineseHalves).join('|')})`,
  read(g, today) {
    const h = L.chineseHalves[g('h') ?? ''];
    return yearPart(g, today, h * 6 - 5, h * 6);
  },
};

const week: Form = {
  name: 'zhweek',
  startsAt: { words: WEEK_WORDS },
  // 以上周期 / 以下周边 are not weeks.
  pattern: `(?<w>${SHIFT})个?(?:周|星期|礼拜)(?:(?<wd>[${WEEKDAYS}])|(?![期边围转刊长岁年]))`,
  read(g, today) {
    const monday = addDays(today, 7 * L.chineseShift[g('w') ?? ''] - (weekday(today) - 1));
    const wd = g('wd');
    if (wd !== undefined) {
      return { from: addDays(monday, L.chineseWeekdays[wd] - 1), kind: 'point', relative: true };
    }
    return { from: monday, to: addDays(monday, 6), kind: 'period', relative: true };
  },
};

/** 1-9 月, 2025 年 1—9 月, 1 至 9 月: the months from the first through the last, whole. */
const monthSpan: Form = {
  name: 'zhmonths',
  startsAt: { digits: true, words: YEAR_WORDS },
  pattern: `(?:${year('y')}${S})?${NB}(?<a>${NUM2})${S}(?:${DASH}|至|到)${S}(?<b>${NUM2})${S}月份?`,
  read(g, today) {
    const { p, relative } = readYmd(g, today, 'y', 'none', undefined);
    const [a, b] = [Number(g('a')), Number(g('b'))];
    if (a < 1 || b > 12 || a >= b) return undefined;
    return { from: { ...p, m: a }, to: { ...p, m: b }, kind: 'period', relative: relative || p.y === undefined, wholeMonths: true };
  },
};

/** 前三季度 (the first three quarters), 2025 年前 10 个月: from January through their last month. */
const firstPart: Form = {
  name: 'zhfirst',
  startsAt: { digits: true, words: [...YEAR_WORDS, '前'] },
  pattern:
    `(?:${year('y')}${S})?前${S}(?<q>[一二两三]|[1-3])${S}(?:个${S})?季度` +
    `|${year('ym')}${S}前${S}(?<n>${NUM2}|[一二两三四五六七八九十]|十[一二])${S}个${S}月`,
  read(g, today) {
    const q = g('q');
    const n = g('n');
    const count = q !== undefined ? (L.ordinals[q] ?? (q === '两' ? 2 : undefined)) : (num(n) ?? L.chineseNumbers[n ?? '']);
    const last = q !== undefined && count !== undefined ? count * 3 : count;
    if (last === undefined || last < 1 || last > 12) return undefined;
    const { p, relative } = q !== undefined ? readYmd(g, today, 'y', 'none', undefined) : readYmd(g, today, 'ym', 'none', undefined);
    return { from: { ...p, m: 1 }, to: { ...p, m: last }, kind: 'period', relative: relative || p.y === undefined, wholeMonths: true };
  },
};

/** 年内, 年底前, 月底: this year or this month, when no number or other word owns the 年/月. */
const thisYearOrMonth: Form = {
  name: 'zhthis',
  startsAt: { words: ['年内', '年底', '年末', '月底', '月末'] },
  pattern: `(?<![${L.chineseNotThis}])(?:(?<y>年内|年底|年末)|(?<m>月底|月末))`,
  read: (g, today) => ({ from: g('m') !== undefined ? { y: today.y, m: today.m } : { y: today.y }, kind: 'point', relative: true }),
};

/** 30 日, 当地时间 14-15 日: a day of this month (or the one before or after), as the words lean. */
const bareDay: Form = {
  name: 'zhbareday',
  startsAt: { digits: true },
  pattern: `(?<![\\d月第每期续达约满共超过逾近数])${NB}(?<d>${NUM2})(?:${S}(?:${DASH}|至)${S}(?<dd>${NUM2}))?${S}日(?![内前后以之间元本])`,
  read(g) {
    const [d, dd] = [num(g('d')), num(g('dd'))];
    if (d === undefined || d < 1 || d > 31 || (dd !== undefined && (dd <= d || dd > 31))) return undefined;
    return { from: { d }, ...(dd !== undefined ? { to: { d: dd } } : {}), kind: dd !== undefined ? 'range' : 'point', relative: true };
  },
};

/**
 * 今（16）日, 昨（15）日, 明（17）日: Taiwan and Hong Kong news write the day beside its relative word;
 * the number is the day (of this month, or the one before or after, as for 30 日).
 */
const dayAside: Form = {
  name: 'zhdayaside',
  startsAt: { words: ['今', '昨', '明', '前', '後', '后'] },
  pattern: `[今昨明前後后]${S}[（(]${S}(?<d>${NUM2})${S}日?${S}[）)]${S}日?`,
  read(g) {
    const d = num(g('d'));
    return d === undefined || d < 1 || d > 31 ? undefined : { from: { d }, kind: 'point', relative: true };
  },
};

/** 周四, 星期四: the weekday, the last one unless the words look ahead (see dates.ts). */
const bareWeekday: Form = {
  name: 'zhweekday',
  startsAt: { words: ['周', '星期', '礼拜'] },
  pattern: `(?<![上本下这个每一])(?:周|星期|礼拜)(?<wd>[${WEEKDAYS}])`,
  read: (g) => ({ from: {}, kind: 'point', relative: true, weekday: L.chineseWeekdays[g('wd') ?? ''] }),
};

const zhDayWords = [...Object.keys(L.relativeDays), ...L.sameDay].filter(hasCjk);

const relativeDay: Form = {
  name: 'zhday',
  startsAt: { words: zhDayWords },
  pattern: `(?<w>${zhDayWords.map((w) => chineseWord(w)).join('|')})`,
  read(g, today) {
    const w = g('w') ?? '';
    if (L.sameDay.includes(w)) return { from: today, kind: 'point', relative: true, sameDay: true };
    return { from: addDays(today, L.relativeDays[w]), kind: 'point', relative: true, ...(L.vagueDays.includes(w) ? { vague: true } : {}) };
  },
};

/**
 * “十四五”期间 / 十五五时期: the years of a five-year plan (the k-th from 1981 on: 六五 1981–1985,
 * 十四五 2021–2025). Only with 期间/时期: 十四五规划 names the plan, no span of its own.
 */
const fiveYearPlan: Form = {
  name: 'zhplan',
  startsAt: { words: ['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `十${n}五`) },
  pattern: `十(?<n>[一二三四五六七八九])五[”"’]?${S}(?:规划)?(?:期间|时期)`,
  read(g) {
    const n = L.chineseNumbers[g('n') ?? ''];
    if (n === undefined) return undefined;
    const first = 2001 + 5 * n;
    return { from: parts(first), to: parts(first + 4), kind: 'period', relative: false };
  },
};

/** In the order tried at one position: the longer reading first (2026 年第一季度 before 2026 年). */
export const chineseForms: Form[] = [
  dayAside,
  fiveYearPlan,
  yearSpan, monthSpan, firstPart, yearQuarter, quarter, half, date, week, relativeDay, thisYearOrMonth, bareDay, bareWeekday,
];
