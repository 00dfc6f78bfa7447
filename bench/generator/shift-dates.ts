// Moves a text written on one day to another: every date it states moves with its dateline, so what
// was "in a week" stays in a week. Dates with a day move by the same number of days; a month named
// without a day moves to the month its middle (the 15th) lands in, the closest a month can follow a
// move of days; quarters likewise; bare years by the years the dateline moved. Relative words (今日,
// 本周) are kept; 去年/今年/明年 are re-chosen where the move changes which one is right. The
// patterns cover the forms the seed briefings and eval texts use.
import {
  addDays, daysBetween, MONTHS, nearestYear, pad, parseIso, toIso, weekday, type Day,
} from './calendar.js';

export interface DateShift {
  from: Day;
  to: Day;
  days: number;
  years: number;
}

export function dateShift(fromIso: string, toIso: string): DateShift {
  const from = parseIso(fromIso);
  const to = parseIso(toIso);
  return { from, to, days: daysBetween(from, to), years: to.year - from.year };
}

/** Where a month named without a day goes: the month its 15th lands in. */
function moveMonth(year: number, month: number, s: DateShift): { year: number; month: number } {
  const d = addDays({ year, month, day: 15 }, s.days);
  return { year: d.year, month: d.month };
}

const MONTH_NAME = MONTHS.join('|');
const WEEKDAY_NAME = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const RELATIVE_YEARS: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2 };
const RELATIVE_WORD = Object.keys(RELATIVE_YEARS).join('|');
const S = '[ \\t\\u00a0]*';

// One alternation, longest forms first, applied in a single pass so a moved date is never moved again.
const PATTERN = new RegExp(
  [
    // 2026 年 11 月 10 日, 2025年10月09日
    `(?<zhFull>(?<zfY>\\d{4})(?<zfS1>${S})年(?<zfS2>${S})(?<zfM>\\d{1,2})(?<zfS3>${S})月(?<zfS4>${S})(?<zfD>\\d{1,2})(?<zfS5>${S})日)`,
    // 2026-05-07 (not inside a longer number or URL path)
    `(?<iso>(?<![\\d/])(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?!\\d))`,
    // 2024 年 4 月
    `(?<zhYM>(?<zymY>\\d{4})(?<zymS1>${S})年(?<zymS2>${S})(?<zymM>\\d{1,2})(?<zymS3>${S})月(?!${S}\\d))`,
    // 去年 10 月 (with or without a day)
    `(?<zhRel>(?<zrW>${RELATIVE_WORD})(?<zrS1>${S})(?<zrM>\\d{1,2})(?<zrS2>${S})月(?:(?<zrS3>${S})(?<zrD>\\d{1,2})(?<zrS4>${S})日)?)`,
    // 5 月 14-15 日, 5 月 7 日至 8 日, 5 月 7 日
    `(?<zhMD>(?<![\\d年])(?<zmdM>\\d{1,2})(?<zmdS1>${S})月(?<zmdS2>${S})(?<zmdD>\\d{1,2})(?:(?<zmdSep>${S}[-–~]${S})(?<zmdE>\\d{1,2}))?(?<zmdS3>${S})日(?:(?<zmdTo>${S}至${S})(?<zmdE2>\\d{1,2})(?<zmdS4>${S})日)?)`,
    // 11 月 (a month alone; 3 个月 is a duration and never matches)
    `(?<zhM>(?<![\\d年])(?<zmM>\\d{1,2})(?<zmS>${S})月(?!${S}\\d))`,
    // 2024 年
    `(?<zhY>(?<![\\d])(?<zyY>(?:19|20)\\d{2})(?<zyS>${S})年)`,
    // 一季度 / 第三季度
    `(?<zhQ>(?<zqN>[一二三四])季度)`,
    // Friday, October 7, 2022 / October 7, 2022 / May 14 / May 14-15
    `(?<enFull>(?:(?<efW>${WEEKDAY_NAME}),\\s+)?(?<efM>${MONTH_NAME})\\s+(?<efD>\\d{1,2})(?:(?<efSep>[-–])(?<efE>\\d{1,2}))?(?:,\\s+(?<efY>\\d{4}))?(?![\\d:]))`,
    // October 2025
    `(?<enMY>(?<emyM>${MONTH_NAME})\\s+(?<emyY>\\d{4}))`,
    // Q1 2026, Q1
    `(?<q>\\bQ(?<qN>[1-4])(?:(?<qS>\\s+)(?<qY>\\d{4}))?\\b)`,
    // July (alone; "May" alone is usually the verb, so it is left out)
    `(?<enM>\\b(?<emM>${MONTHS.filter((m) => m !== 'May').join('|')})\\b)`,
    // 2026 in Latin text (a year, not 2026 种 or a port :2027)
    `(?<year>(?<![\\d:./-])(?<yY>(?:19[5-9]|20[0-4])\\d)(?![\\d年种万亿家人个项%.]))`,
  ].join('|'),
  'g',
);

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

type Groups = Record<string, string | undefined>;

/** The text with every date it states moved by `shift`. */
export function shiftDates(text: string, shift: DateShift): string {
  if (shift.days === 0) return text;
  return text.replace(PATTERN, (match: string, ...args: unknown[]) => {
    const g = args[args.length - 1] as Groups;
    return rewrite(match, g, shift);
  });
}

function rewrite(match: string, g: Groups, s: DateShift): string {
  const n = (k: string) => Number(g[k]);
  const sp = (k: string) => g[k] ?? '';
  if (g.zhFull) {
    const d = addDays({ year: n('zfY'), month: n('zfM'), day: n('zfD') }, s.days);
    // 10月09日 keeps its leading zero, 5 月 8 日 stays unpadded.
    const padded = Boolean(g.zfM?.startsWith('0') || g.zfD?.startsWith('0'));
    const pm = padded ? pad : String;
    const pd = padded ? pad : String;
    return `${d.year}${sp('zfS1')}年${sp('zfS2')}${pm(d.month)}${sp('zfS3')}月${sp('zfS4')}${pd(d.day)}${sp('zfS5')}日`;
  }
  if (g.iso) return toIso(addDays({ year: n('isoY'), month: n('isoM'), day: n('isoD') }, s.days));
  if (g.zhYM) {
    const m = moveMonth(n('zymY'), n('zymM'), s);
    return `${m.year}${sp('zymS1')}年${sp('zymS2')}${m.month}${sp('zymS3')}月`;
  }
  if (g.zhRel) return relative(g, s);
  if (g.zhMD) return monthDay(g, s);
  if (g.zhM) {
    if (n('zmM') < 1 || n('zmM') > 12) return match;
    return `${moveMonth(nearestYear(n('zmM'), 15, s.from), n('zmM'), s).month}${sp('zmS')}月`;
  }
  if (g.zhY) return `${n('zyY') + s.years}${sp('zyS')}年`;
  if (g.zhQ) {
    const q = '一二三四'.indexOf(g.zqN as string) + 1;
    return `${'一二三四'[quarterOf(moveMonth(s.from.year, q * 3 - 1, s).month) - 1]}季度`;
  }
  if (g.enFull) return english(g, s);
  if (g.enMY) {
    const m = moveMonth(n('emyY'), MONTHS.indexOf(g.emyM as (typeof MONTHS)[number]) + 1, s);
    return `${MONTHS[m.month - 1]} ${m.year}`;
  }
  if (g.q) {
    // A quarter moves as its middle month does.
    const m = moveMonth(g.qY ? n('qY') : s.from.year, n('qN') * 3 - 1, s);
    const q = `Q${quarterOf(m.month)}`;
    return g.qY ? `${q}${sp('qS')}${m.year}` : q;
  }
  if (g.enM) {
    const month = MONTHS.indexOf(g.emM as (typeof MONTHS)[number]) + 1;
    return MONTHS[moveMonth(nearestYear(month, 15, s.from), month, s).month - 1];
  }
  if (g.year) return String(n('yY') + s.years);
  return match;
}

function monthDay(g: Groups, s: DateShift): string {
  const month = Number(g.zmdM);
  const day = Number(g.zmdD);
  if (month < 1 || month > 12 || day < 1 || day > 31) return g.zhMD as string;
  const start = { year: nearestYear(month, day, s.from), month, day };
  const a = addDays(start, s.days);
  const sp = (k: string) => g[k] ?? '';
  const head = `${a.month}${sp('zmdS1')}月${sp('zmdS2')}${a.day}`;
  const endDay = g.zmdE ?? g.zmdE2;
  if (endDay === undefined) return `${head}${sp('zmdS3')}日`;
  const b = addDays(start, s.days + Number(endDay) - day);
  const tail = b.month === a.month ? `${b.day}` : `${b.month}${sp('zmdS1')}月${sp('zmdS2')}${b.day}`;
  if (g.zmdE !== undefined) return `${head}${sp('zmdSep')}${tail}${sp('zmdS3')}日`;
  return `${head}${sp('zmdS3')}日${sp('zmdTo')}${tail}${sp('zmdS4')}日`;
}

function relative(g: Groups, s: DateShift): string {
  const sp = (k: string) => g[k] ?? '';
  const year = s.from.year + RELATIVE_YEARS[g.zrW as string];
  const month = Number(g.zrM);
  let moved: { year: number; month: number; day?: number };
  if (g.zrD !== undefined) moved = addDays({ year, month, day: Number(g.zrD) }, s.days);
  else moved = moveMonth(year, month, s);
  const offset = moved.year - s.to.year;
  const word = Object.keys(RELATIVE_YEARS).find((w) => RELATIVE_YEARS[w] === offset);
  const prefix = word ?? `${moved.year} 年`;
  const day = moved.day === undefined ? '' : `${sp('zrS3')}${moved.day}${sp('zrS4')}日`;
  return `${prefix}${sp('zrS1')}${moved.month}${sp('zrS2')}月${day}`;
}

function english(g: Groups, s: DateShift): string {
  const month = MONTHS.indexOf(g.efM as (typeof MONTHS)[number]) + 1;
  const day = Number(g.efD);
  const start = { year: g.efY ? Number(g.efY) : nearestYear(month, day, s.from), month, day };
  const a = addDays(start, s.days);
  let out = `${MONTHS[a.month - 1]} ${a.day}`;
  if (g.efE !== undefined) {
    const b = addDays(start, s.days + Number(g.efE) - day);
    out += b.month === a.month ? `${g.efSep}${b.day}` : `${g.efSep}${MONTHS[b.month - 1]} ${b.day}`;
  }
  if (g.efY) out += `, ${a.year}`;
  return g.efW ? `${weekday(a)}, ${out}` : out;
}
