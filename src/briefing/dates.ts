// Full calendar dates as briefings print them (datelines, reference dates): 2026 年 5 月 8 日,
// 2026-05-08, May 8, 2026, 8 May 2026, 2026, May 8 (APA), 二〇二六年五月八日, 05/08/2026 after a date label.
// Relative and partial dates inside sentences (去年 10 月) are extract's job; this stage needs only dates
// that stand on their own.
import { InputError } from '../errors.js';
import type { IsoDate } from '../model/index.js';

export interface DateMatch {
  iso: IsoDate;
  /** Offsets into the searched string. */
  start: number;
  end: number;
}

const MONTH_NAMES =
  'January|February|March|April|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const D = '[0-9０-９]';
// Official documents print the zero of 二○二六年 as ○ (a circle) or Ｏ as often as 〇.
const HAN_DIGITS = '〇○Ｏ零一二三四五六七八九十';

type Reader = (m: RegExpExecArray) => [number, number, number];

// Each form is its own regex: simple alternatives, no nested quantifiers, so a scan stays linear.
const FORMS: Array<{ re: RegExp; read: Reader }> = [
  {
    re: new RegExp(`(${D}{4})\\s*年\\s*(${D}{1,2})\\s*月\\s*(${D}{1,2})\\s*[日号]`, 'g'),
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    re: new RegExp(`(?<![0-9０-９.])(${D}{4})([-/.．])(${D}{1,2})\\2(${D}{1,2})(?![0-9０-９])`, 'g'),
    read: (m) => [num(m[1]), num(m[3]), num(m[4])],
  },
  {
    // `July 10, 20255:06 PM EDT`: a page copied from the browser may glue the time to the year.
    re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\b|(?=\\d{1,2}:\\d{2}))`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  {
    // APA style: (2026, May 8)
    re: new RegExp(`\\b(\\d{4}),\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})\\b`, 'gi'),
    read: (m) => [Number(m[1]), monthNumber(m[2]), Number(m[3])],
  },
  {
    // A compact 20251009 only after a date label (【发文日期】20251009, 发布日期：20251009, Date: 20250730):
    // elsewhere eight digits are a number, not a date.
    re: new RegExp(`(?<=(?:日期|时间|[Dd]ate[d]?)\\s*[】\\]]?\\s*[:：]?\\s*)(${D}{4})(${D}{2})(${D}{2})(?![0-9０-９])`, 'g'),
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    // US month/day/year only after a date label or `on` (`Publication Date: 04/16/2025`, `A Rule by the … on
    // 12/15/2008`): elsewhere 04/05/2025 may be day first.
    re: /(?<=(?:\b(?:[Dd]ate[ds]?|[Pp]ublished|[Pp]osted|[Uu]pdated|[Ff]iled|on)|[Dd]ate of [Pp]ublication)\s*[:：]?\s*)(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    read: (m) => [Number(m[3]), Number(m[1]), Number(m[2])],
  },
  {
    re: new RegExp(`([${HAN_DIGITS}]{4})\\s*年\\s*([${HAN_DIGITS}]{1,3})\\s*月\\s*([${HAN_DIGITS}]{1,3})\\s*日`, 'g'),
    read: (m) => [hanYear(m[1]), hanNumber(m[2]), hanNumber(m[3])],
  },
];

/** All real full dates in `s`, in order of position. `2026 年 2 月 30 日` is not a date and is skipped. */
export function findFullDates(s: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read } of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const iso = isoFromParts(...read(m));
      if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first real full date in `s`, if any. */
export function firstFullDate(s: string): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { re, read } of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (best && m.index >= best.start) break;
      const iso = isoFromParts(...read(m));
      if (iso) {
        best = { iso, start: m.index, end: m.index + m[0].length };
        break;
      }
    }
  }
  return best;
}

/** `YYYY-MM-DD` for a real calendar date, else undefined. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Validates a caller-given date (`--date`): a real calendar date written `YYYY-MM-DD`. */
export function parseDateOption(value: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const iso = m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!iso) {
    throw new InputError(`invalid --date "${value}": expected a real calendar date written YYYY-MM-DD, e.g. 2026-05-08`, 'date');
  }
  return iso;
}

/** A year-month `2026-05` or full date found in a reference entry, when no full date is there. */
export function firstYearMonth(s: string): IsoDate | undefined {
  const m = new RegExp(`(${D}{4})\\s*(?:年\\s*|[-/.])(${D}{1,2})(?:\\s*月|(?![0-9０-９]))`).exec(s);
  // `March 2026`, `Mar. 2026`: the English way to print a month.
  const en = m ? null : ENGLISH_MONTH_YEAR.exec(s);
  const year = m ? num(m[1]) : en ? Number(en[2]) : NaN;
  const month = m ? num(m[2]) : en ? monthNumber(en[1]) : NaN;
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}

const ENGLISH_MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'i');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses ASCII or full-width digits. */
export function num(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

function monthNumber(name: string): number {
  return MONTH_NUMBER[name.slice(0, 3).toLowerCase()] ?? 0;
}

function hanDigit(ch: string): number {
  return '〇○Ｏ零'.includes(ch) ? 0 : '一二三四五六七八九'.indexOf(ch) + 1;
}

/** 二〇二六 → 2026 (digit by digit). */
function hanYear(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + hanDigit(ch);
  return n;
}

/** 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
function hanNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return hanDigit(s);
  const tens = ten === 0 ? 1 : hanDigit(s[ten - 1]);
  const units = ten === s.length - 1 ? 0 : hanDigit(s[ten + 1]);
  return tens * 10 + units;
}
