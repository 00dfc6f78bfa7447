// English (and numeric) date forms: 2026-11-10, 2026/5/12, May 14-15, 2026, Feb. 20, 2026,
// 20 February 2026, November 2026, Q1 2026, the first quarter, last October, next month, on Tuesday.
// Each starts at a number or at the word that makes it a date (October, quarter, month, Tuesday);
// the words before that (last, the first, in, on) are read by lookbehind.

import { addDays, addMonths, weekday, type Parts } from './calendar.js';
import { DASH, NB, NE, NUM2, S, YEAR4, num, parts, type Form, type Group, type Reading } from './form.js';
import { lexicon as L, wordsPattern } from './lexicon.js';

const monthNames = Object.keys(L.englishMonths);
/** Feb, Sept: a name of a month that has a longer one. Only these take a full stop (Feb. 20). */
const abbreviations = monthNames.filter((a) => monthNames.some((b) => b.length > a.length && b.startsWith(a)));
/** Month names are capitalised on purpose: `May 14`, never the verb `may`. */
const MONTH =
  `(?:(?:${wordsPattern(abbreviations)})\\.?` +
  `|${wordsPattern(monthNames.filter((n) => !abbreviations.includes(n)))})`;
const WEEKDAY = `(?:${wordsPattern(Object.keys(L.englishWeekdays))})`;
const SHIFT = wordsPattern(Object.keys(L.englishShift), true);
const ORDINAL = wordsPattern(Object.keys(L.ordinals).filter((k) => /[a-z]/.test(k)), true);
const ORD_SUFFIX = '(?:st|nd|rd|th)?';
const TO = `(?:${DASH}|to|through|until|and)`;
const MONTH_WORDS = monthNames;
const WEEKDAY_WORDS = Object.keys(L.englishWeekdays);
/** today, yesterday, tomorrow: the English ones among relativeDays. */
const dayWords = Object.keys(L.relativeDays).filter((w) => /^[a-z]/.test(w));
const DAY_WORDS = wordsPattern(dayWords);
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
/** Words that lead into a month or year without being part of it: in October, by 2030. */
const before = (words: string[]) => `(?<=(?:${wordsPattern(words, true)})\\s+)`;

const monthOf = (name: string | undefined) => L.englishMonths[(name ?? '').replace(/\.$/, '')];

/** Month name + day(s), or day(s) + month name, with or without a year. */
function readMonthDays(g: Group): Reading {
  const y = num(g('y'));
  const m = monthOf(g('mo'));
  const from = parts(y, m, num(g('d')));
  const dd = num(g('dd'));
  if (dd === undefined) return { from, kind: 'point', relative: y === undefined };
  const m2 = g('mo2') !== undefined ? monthOf(g('mo2')) : undefined;
  return { from, to: parts(undefined, m2, dd), kind: 'range', relative: y === undefined };
}

const iso: Form = {
  name: 'iso',
  startsAt: { digits: true },
  pattern: `${NB}(?<y>${YEAR4})(?:-(?<m>\\d{2})-(?<d>\\d{2})|/(?<m2>${NUM2})/(?<d2>${NUM2}))(?![\\d/-])`,
  read: (g) => ({
    from: parts(num(g('y')), num(g('m') ?? g('m2')), num(g('d') ?? g('d2'))),
    kind: 'point',
    relative: false,
  }),
};

const monthDay: Form = {
  name: 'enmd',
  startsAt: { words: MONTH_WORDS },
  pattern:
    `(?<mo>${MONTH})${S}${NB}(?<d>${NUM2})${ORD_SUFFIX}${NE}` +
    `(?:${S}${TO}${S}(?:(?<mo2>${MONTH})${S})?${NB}(?<dd>${NUM2})${ORD_SUFFIX}${NE})?` +
    `(?:,?${S}(?<y>${YEAR4})${NE})?`,
  read: readMonthDays,
};

const dayMonth: Form = {
  name: 'endm',
  startsAt: { digits: true },
  pattern:
    `${NB}(?<d>${NUM2})${ORD_SUFFIX}(?:${S}${DASH}${S}(?<dd>${NUM2})${ORD_SUFFIX})?${S}(?:of\\s+)?` +
    `(?<mo>${MONTH})(?:,?${S}(?<y>${YEAR4})${NE})?`,
  read: readMonthDays,
};

const monthYear: Form = {
  name: 'enmy',
  startsAt: { words: MONTH_WORDS },
  pattern: `(?<mo>${MONTH}),?${S}(?<y>${YEAR4})${NE}`,
  read: (g) => ({ from: parts(num(g('y')), monthOf(g('mo'))), kind: 'point', relative: false }),
};

/** Q1 2026, 2026 Q1, the first quarter (of 2026), Q1, H1 2026, the first half (of 2026). */
const quarterOrHalf: Form = {
  name: 'enpart',
  startsAt: { digits: true, words: ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'quarter', 'half'] },
  pattern:
    `Q(?<q>[1-4])${S},?${S}(?<y>${YEAR4})${NE}|(?<y2>${YEAR4})${S}-?${S}Q(?<q2>[1-4])\\b` +
    `|Q(?<q3>[1-4])\\b|H(?<h>[12])${S}(?<hy>${YEAR4})${NE}` +
    `|(?<=(?<lead>\\b(?:[Tt]he\\s+)?(?<o>${ORDINAL})\\s+))(?<unit>quarter|half)(?:\\s+of\\s+(?:(?<uy>${YEAR4})${NE}|(?<us>${SHIFT})\\s+year\\b))?`,
  read(g, today) {
    // the first half of next year: the year the shift names.
    const shifted = g('us') !== undefined ? today.y + L.englishShift[(g('us') ?? '').toLowerCase()] : undefined;
    const y = num(g('y') ?? g('y2') ?? g('hy') ?? g('uy')) ?? shifted;
    const ordinal = L.ordinals[g('o')?.toLowerCase() ?? ''];
    const q = num(g('q') ?? g('q2') ?? g('q3')) ?? (g('unit') === 'quarter' ? ordinal : undefined);
    const h = num(g('h')) ?? (g('unit') === 'half' && ordinal <= 2 ? ordinal : undefined);
    if (q === undefined && h === undefined) return undefined;
    const [first, last] = q !== undefined ? [q * 3 - 2, q * 3] : [(h ?? 1) * 6 - 5, (h ?? 1) * 6];
    return { from: parts(y, first), to: parts(y, last), kind: 'period', relative: y === undefined || shifted !== undefined };
  },
};

/** today, yesterday, the same day; last/this/next week, month, year, October, Tuesday. */
const relative: Form = {
  name: 'enrel',
  startsAt: {
    words: [...dayWords, ...dayWords.map(capitalised), 'week', 'month', 'year', 'day', ...MONTH_WORDS, ...WEEKDAY_WORDS],
  },
  pattern:
    // Lower case, or capitalised at the start of a sentence, after a dateline ("WASHINGTON – Today,")
    // or after a lead-in ("ADJUSTING IMPORTS: Today,"): "Markets Today" is an outlet.
    `(?<w>${DAY_WORDS}|(?<=(?:^|\\n|[.!?]\\s+|[–—]\\s+|\\s-\\s+|:\\s+))(?:${wordsPattern(dayWords, true)}))` +
    `|(?<=(?<lead>\\b(?:(?<same>[Tt]he\\s+same)|(?<s>${SHIFT}))\\s+))` +
    `(?:(?<unit>week|month|year|day)\\b|(?<mo>${MONTH})|(?<wd>${WEEKDAY}))`,
  read(g, today) {
    const w = g('w')?.toLowerCase();
    if (w !== undefined) return { from: addDays(today, L.relativeDays[w]), kind: 'point', relative: true };
    const unit = g('unit');
    // the same day is 同日; the same month, last day are no dates.
    if ((g('same') !== undefined) !== (unit === 'day')) return undefined;
    if (unit === 'day') return { from: today, kind: 'point', relative: true, sameDay: true };
    const shift = L.englishShift[(g('s') ?? '').toLowerCase()];
    if (unit === 'year') return { from: { y: today.y + shift }, kind: 'point', relative: true };
    if (unit === 'month') return { from: addMonths(today.y, today.m ?? 1, shift), kind: 'point', relative: true };
    const monday = addDays(today, 7 * shift - (weekday(today) - 1));
    if (unit === 'week') return { from: monday, to: addDays(monday, 6), kind: 'period', relative: true };
    const wd = g('wd');
    if (wd !== undefined) {
      return { from: addDays(monday, L.englishWeekdays[wd] - 1), kind: 'point', relative: true };
    }
    return { from: shiftedMonth(monthOf(g('mo')), shift, today), kind: 'point', relative: true };
  },
};

/** last October: the latest October before this month; next October: the first after it. */
function shiftedMonth(m: number, shift: number, today: Parts): Parts {
  const tm = today.m ?? 1;
  if (shift < 0) return { y: m < tm ? today.y : today.y - 1, m };
  if (shift > 0) return { y: m > tm ? today.y : today.y + 1, m };
  return { y: today.y, m };
}

/** on Tuesday: the nearest Tuesday, its side of the briefing date settled by the cue words. */
const onWeekday: Form = {
  name: 'enwd',
  startsAt: { words: WEEKDAY_WORDS },
  pattern: `${before(['on'])}(?<wd>${WEEKDAY})`,
  read: (g) => ({ from: {}, kind: 'point', relative: true, weekday: L.englishWeekdays[g('wd') ?? ''] }),
};

/** in October, since March, mid-May, a May letter: a month name after a preposition or before its noun, without a year. */
const bareMonth: Form = {
  name: 'enmonth',
  startsAt: { words: MONTH_WORDS },
  pattern:
    `(?:${before(L.englishMonthPrepositions)}|(?<=\\bmid-))(?<mo>${MONTH})(?!${S}\\d)` +
    // in a May letter, the April announcement: a month before the noun it dates (a lower-case word
    // that is not a preposition or verb: the May of "a May on which" is no noun's).
    `|(?<=\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+)(?<mn>${MONTH})(?=\\s+[a-z]{3,})` +
    `(?!\\s+(?:${wordsPattern(L.englishNotNouns)}))`,
  read: (g) => ({ from: parts(undefined, monthOf(g('mo') ?? g('mn'))), kind: 'point', relative: true }),
};

/** in 2026, by 2030: a bare year only after a preposition (1440 drugs is a count). */
const bareYear: Form = {
  name: 'enyear',
  startsAt: { digits: true },
  pattern: `(?:${before(L.englishYearPrepositions)}|(?<=\\bmid-))(?<y>${YEAR4})(?![\\d/-]|\\.\\d)`,
  read: (g) => ({ from: parts(num(g('y'))), kind: 'point', relative: false }),
};

/** 12/3/2025: a US date, month first; 25/3/2025 can only be day first. */
const usNumeric: Form = {
  name: 'usnum',
  startsAt: { digits: true },
  pattern: `${NB}(?<a>${NUM2})/(?<b>${NUM2})/(?<y>${YEAR4})(?![\\d/])`,
  read(g) {
    const [a, b] = [num(g('a')) as number, num(g('b')) as number];
    const [m, d] = a > 12 && b <= 12 ? [b, a] : [a, b];
    return { from: parts(num(g('y')), m, d), kind: 'point', relative: false };
  },
};

/** FY2025, FY25, fiscal 2025, fiscal year 2025: named by the year it ends in, kept to the year. */
const fiscalYear: Form = {
  name: 'enfy',
  startsAt: { words: ['FY', 'fiscal', 'Fiscal'] },
  pattern: `FY${S}-?(?:(?<y>${YEAR4})|(?<yy>\\d{2}))(?![\\d.])|[Ff]iscal(?:\\s+|-)(?:year\\s+)?(?<y2>${YEAR4})${NE}`,
  read(g) {
    const y = num(g('y') ?? g('y2')) ?? 2000 + (num(g('yy')) as number);
    return { from: { y }, kind: 'point', relative: false };
  },
};

/** Monday, June 2 / Tuesday, Dec. 2, 2025: one date; the weekday settles a missing year. */
const weekdayDate: Form = {
  name: 'enwdate',
  startsAt: { words: WEEKDAY_WORDS },
  pattern: `(?<wd>${WEEKDAY}),?${S}(?<mo>${MONTH})${S}${NB}(?<d>${NUM2})${ORD_SUFFIX}${NE}(?:,?${S}(?<y>${YEAR4})${NE})?`,
  read(g) {
    const r = readMonthDays(g);
    return r.from.y === undefined ? { ...r, weekdayOfDate: L.englishWeekdays[g('wd') ?? ''] } : r;
  },
};

/**
 * The weekday of wire copy without "on": "said Tuesday", "late Monday", "Wednesday's announcement".
 * Only after a lower-case verb in -ed/said or a part of the day, or before 's: Super Tuesday is no date.
 */
const bareWeekday: Form = {
  name: 'enbarewd',
  startsAt: { words: WEEKDAY_WORDS },
  pattern:
    `(?<=\\b(?:said|says|told|${wordsPattern(L.englishWeekdayLeads)}|[a-z]{2,}ed)\\s+)(?<wd>${WEEKDAY})(?![\\w-])` +
    `|(?<wd2>${WEEKDAY})(?=['’]s\\s)`,
  read: (g) => ({ from: {}, kind: 'point', relative: true, weekday: L.englishWeekdays[g('wd') ?? g('wd2') ?? ''] }),
};

/** over the weekend, last weekend: Saturday and Sunday; the last one unless next/this. */
const weekend: Form = {
  name: 'enweekend',
  startsAt: { words: ['weekend'] },
  pattern: `(?<=(?<lead>\\b(?:(?:over|at|during|on)\\s+the|(?<s>${SHIFT}))\\s+))weekend\\b`,
  read(g, today) {
    const monday = addDays(today, 1 - weekday(today));
    const s = g('s')?.toLowerCase();
    // over the weekend: the one running on a Saturday or Sunday, else the one just past.
    const offset = s === undefined ? (weekday(today) >= 6 ? 5 : -2) : { last: -2, this: 5, next: 12 }[s] ?? -2;
    const from = addDays(monday, offset);
    return { from, to: addDays(from, 1), kind: 'period', relative: true };
  },
};

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** two weeks ago, a year ago, 3 days ago: as precise as its unit (a week ago is that week). */
const ago: Form = {
  name: 'enago',
  startsAt: { words: ['ago'] },
  // up 5% from a year ago: a comparison base, not when anything happened.
  pattern: `(?<=(?<!\\b(?:from|than|with|over|since|versus|vs\\.?)\\s+)(?<lead>\\b(?<n>\\d{1,2}|${wordsPattern(Object.keys(NUMBER_WORDS), true)})\\s+(?<unit>day|week|month|year)s?\\s+))ago\\b`,
  read(g, today) {
    const n = NUMBER_WORDS[(g('n') ?? '').toLowerCase()] ?? (num(g('n')) as number);
    const unit = g('unit');
    if (unit === 'day') return { from: addDays(today, -n), kind: 'point', relative: true };
    if (unit === 'month') return { from: addMonths(today.y, today.m ?? 1, -n), kind: 'point', relative: true };
    if (unit === 'year') return { from: { y: today.y - n }, kind: 'point', relative: true };
    const monday = addDays(today, -7 * n - (weekday(today) - 1));
    return { from: monday, to: addDays(monday, 6), kind: 'period', relative: true };
  },
};

/** by the end of the year, at the start of the month: this year or month. */
const partOfThis: Form = {
  name: 'enpartof',
  startsAt: { words: ['year', 'month'] },
  pattern: `(?<=\\b(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+(?<lead>the\\s+))(?<unit>year|month)\\b`,
  read: (g, today) => ({ from: g('unit') === 'year' ? { y: today.y } : { y: today.y, m: today.m }, kind: 'point', relative: true }),
};

/** the past two weeks, over the last three months, in the past week: the span up to the briefing date. */
const pastSpan: Form = {
  name: 'enpastspan',
  startsAt: { words: ['past', 'last', 'Past', 'Last'] },
  pattern: `(?<=\\b(?:the|over|in|during|for)\\s+)(?<pw>[Pp]ast|[Ll]ast)\\s+(?:(?<n>\\d{1,2}|${wordsPattern(Object.keys(NUMBER_WORDS), true)})\\s+)?(?<unit>day|week|month|year)s?\\b`,
  read(g, today) {
    const n = g('n') === undefined ? 1 : NUMBER_WORDS[(g('n') ?? '').toLowerCase()] ?? (num(g('n')) as number);
    const unit = g('unit');
    // "last week" / "last year" alone are the calendar week or year (relative): only a count makes a span.
    if (g('n') === undefined && !/^past$/i.test(g('pw') ?? '')) return undefined;
    // As precise as its unit: the past three months from that month, the past two years from that year.
    if (unit === 'month') return { from: addMonths(today.y, today.m ?? 1, -n), to: { y: today.y, m: today.m }, kind: 'period', relative: true };
    if (unit === 'year') return { from: { y: today.y - n }, to: { y: today.y }, kind: 'period', relative: true };
    return { from: addDays(today, -(unit === 'day' ? n : 7 * n)), to: today, kind: 'period', relative: true };
  },
};

/** by year-end, at year-end: the end of this year. */
const yearEnd: Form = {
  name: 'enyearend',
  startsAt: { words: ['year-end'] },
  pattern: `(?<=\\b(?:by|at|before|until|through|around|after)\\s+)year-end\\b`,
  read: (_g, today) => ({ from: { y: today.y }, kind: 'point', relative: true }),
};

export const englishForms: Form[] = [
  iso, usNumeric, fiscalYear, monthDay, dayMonth, monthYear, quarterOrHalf, weekdayDate, relative, onWeekday, bareWeekday,
  weekend, ago, pastSpan, yearEnd, partOfThis, bareMonth, bareYear,
];
