// Temporal expressions in a briefing, resolved against the briefing's own date: 去年 10 月 in a
// 2026-05-07 briefing is 2025-10, 5 月 14-15 日 is 2026-05-14..2026-05-15, and 将于 2026 年 11 月
// 10 日到期 is an expected expiry. Chinese and English: one pass over the text finds the
// expressions (dates/scan.ts), one pass over them reads their cue words (dates/context.ts) and
// settles the years they leave out (dates/calendar.ts).
//
// The word lists live in src/extract/lexicon/temporal.json; the forms in dates/forms-*.ts.

import { InputError } from '../errors.js';
import type { IsoDate } from '../model/index.js';
import {
  addDays,
  chooseMonth,
  chooseYear,
  compareFirst,
  daysInMonth,
  dayNumber,
  dayOf,
  isValid,
  parseIso,
  toIso,
  weekday,
  type Parts,
  type Tense,
  type Unanchored,
} from './dates/calendar.js';
import { readContext, windows } from './dates/context.js';
import { scan } from './dates/scan.js';
import { joinSpans } from './dates/spans.js';
import type { Reading, TemporalKind } from './dates/form.js';
import type { TemporalCue, TemporalModality } from './dates/lexicon.js';

export type { TemporalCue, TemporalModality, TemporalKind };

/** An ISO date of the precision known ('2026', '2026-11', '2026-11-10'), and for spans its end. */
export interface TemporalValue {
  start: IsoDate;
  end?: IsoDate;
}

export interface TemporalExpression {
  /** Offsets into the input string: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  value: TemporalValue;
  /** point: one date of any precision; range: 5 月 14-15 日; period: Q1 2026, 第一季度, 上半年, 上周. */
  kind: TemporalKind;
  /** Resolved from the briefing date: 去年 10 月, 今日, 上月, or a date written without its year. */
  relative: boolean;
  /** What the date is for, from the words around it: 到期 → expires, 将于 → scheduled, 起 → starts. */
  cue?: TemporalCue;
  /** 将/计划/预计/拟 → expected; 可能/有望 → possible. Absent when stated as fact. */
  modality?: TemporalModality;
  /**
   * The briefing date standing in for a day the text does not give: 日前/近日 (recently), 同日 with
   * no day before it. A node dated so takes a real date found later.
   */
  vague?: true;
}

/**
 * How far back 同日 looks for the day it refers to. Not to the paragraph's start: pages break
 * paragraphs apart mid-sentence, and a briefing's own date heads its summary.
 */
const SAME_DAY_REACH = 300;

/**
 * Every date, range and period in `text`, in order, none overlapping (the longest reading at a
 * position wins: 2026 年第一季度 is one period, not 2026 plus a quarter). Numbers that are not
 * dates (50.3, 11.7 年, 1440 种, 6-3) and impossible dates (2 月 30 日, 13 月) are left out.
 * A date without a year takes the one that puts it nearest the briefing date, leaning to the
 * future when its words say so (11 月到期 in May 2026 is 2026-11) and to the past when they
 * report it (4 月 30 日报道). 同日/当日 is the day of the date (a single day) mentioned just
 * before it, within SAME_DAY_REACH characters, else the briefing date.
 */
export function findTemporalExpressions(text: string, briefingDate: IsoDate): TemporalExpression[] {
  if (typeof text !== 'string') throw new InputError('text must be a string', 'text');
  const today = parseBriefingDate(briefingDate);
  const found = joinSpans(text, scan(text, today));
  const out: TemporalExpression[] = [];
  let lastDay: { at: number; day: Parts } | undefined;
  // 同日 after 自 12 月 1 日起实施 in an October text is the day of the last act, not of that effect.
  let lastPastDay: { at: number; day: Parts } | undefined;
  for (let i = 0; i < found.length; i++) {
    const { start, end, reading } = found[i];
    const w = windows(text, start, end, i > 0 ? found[i - 1].end : 0, found[i + 1]?.start ?? text.length);
    const context = readContext(w.before, w.after, w.next);
    let anchor = today;
    const sameAs = context.tense === 'future' ? lastDay : lastPastDay;
    if (reading.sameDay && sameAs && start - sameAs.at <= SAME_DAY_REACH) anchor = sameAs.day;
    const value = monthOfSentence(reading, text, start, lastDay) ?? settle(reading, context.tense, today, anchor);
    if (!value) continue;
    const expr: TemporalExpression = {
      start,
      end,
      text: text.slice(start, end),
      value: { start: toIso(value.start), ...(value.end ? { end: toIso(value.end) } : {}) },
      kind: reading.kind,
      relative: reading.relative,
    };
    if (context.cue) expr.cue = context.cue;
    if (context.modality) expr.modality = context.modality;
    if (reading.vague || (reading.sameDay && anchor === today)) expr.vague = true;
    out.push(expr);
    if (reading.kind === 'point' && value.start.d !== undefined) lastDay = { at: end, day: value.start };
    if (reading.kind === 'point' && value.start.d !== undefined && compareFirst(value.start, today) <= 0) lastPastDay = { at: end, day: value.start };
  }
  return out;
}

/** Where a sentence ends: a bare day after it no longer belongs to the date before. */
const SENTENCE_END = /[。！？；;!?\n]/;

/**
 * 2027 年 5 月 20 日开幕，22 日闭幕: a bare day later in the month of a day named earlier in the same
 * sentence is of that month and year, not of the briefing's month.
 */
function monthOfSentence(r: Reading, text: string, start: number, last: { at: number; day: Parts } | undefined) {
  if (!last || r.sameDay || r.weekday !== undefined || r.from.m !== undefined || r.from.y !== undefined) return undefined;
  const d = r.from.d;
  const { y, m } = last.day;
  if (d === undefined || m === undefined || d <= (last.day.d ?? 0) || SENTENCE_END.test(text.slice(last.at, start))) return undefined;
  const from: Parts = { y, m, d };
  if (!isValid(from)) return undefined;
  if (r.to?.d === undefined) return { start: from };
  const end: Parts = { y, m, d: r.to.d };
  return isValid(end) ? { start: from, end } : undefined;
}

/**
 * The value of the first temporal expression in `expr` (`去年 10 月`, `5 月 14-15 日`, `Q1 2026`,
 * `11 月到期`), resolved against the briefing date; undefined when it holds none.
 */
export function resolveDate(expr: string, briefingDate: IsoDate): TemporalValue | undefined {
  return findTemporalExpressions(expr, briefingDate)[0]?.value;
}

function parseBriefingDate(briefingDate: IsoDate): Parts {
  const today = typeof briefingDate === 'string' ? parseIso(briefingDate) : undefined;
  if (!today || today.d === undefined) {
    throw new InputError(`briefingDate must be a day as YYYY-MM-DD, got ${JSON.stringify(briefingDate)}`, 'briefingDate');
  }
  return today;
}

/** Gives a reading its missing year (and 同日 its day), and checks it is a real date. */
function settle(r: Reading, tense: Tense, today: Parts, sameDay: Parts): { start: Parts; end?: Parts } | undefined {
  if (r.sameDay) return { start: sameDay };
  if (r.weekday !== undefined) return { start: nearestWeekday(r.weekday, today, tense) };
  if (r.weekdayOfDate !== undefined && r.from.y === undefined) {
    const y = yearOfWeekday(r.from, r.weekdayOfDate, today);
    if (y !== undefined) return settle({ ...r, from: { ...r.from, y }, ...(r.to ? { to: { y, ...r.to } } : {}) }, tense, today, sameDay);
  }
  if (r.from.y === undefined && r.from.m === undefined && r.from.d !== undefined) {
    const day = chooseMonth(r.from.d, today, tense);
    if (!day || r.to?.d === undefined) return day && { start: day };
    const end = { ...day, d: r.to.d };
    return isValid(end) ? { start: day, end } : undefined;
  }
  const { m, d } = r.from;
  const to = r.to;
  const spanIn = (y: number): [number, number] => [
    dayOf(y, m, d, 'first'),
    to ? dayNumber(inherit(to, { y, m, d }), 'last') : dayOf(y, m, d, 'last'),
  ];
  const y = r.from.y ?? (r.kind === 'period' ? periodYear(spanIn, today, tense) : chooseYear(spanIn, today, tense));
  const start: Parts = { y, m, d };
  if (!isValid(start)) return undefined;
  if (!r.to) return { start };
  const end = inherit(r.to, start);
  if (r.wholeMonths && end.m !== undefined) {
    start.d ??= 1;
    end.d ??= daysInMonth(end.y, end.m);
  }
  if (!isValid(end) || compareFirst(end, start) < 0) return undefined;
  return { start, end };
}

/**
 * The year of a quarter or half written without one (第三季度, the first half): news reports
 * periods begun or over, so this year's unless it has not begun (第四季度 in a January release is
 * last year's), or, when the words look ahead, the next one not yet over.
 */
function periodYear(spanIn: (y: number) => [number, number], today: Parts, tense: Tense): number {
  if (tense === 'future') return chooseYear(spanIn, today, tense);
  return spanIn(today.y)[0] > dayNumber(today, 'first') ? today.y - 1 : today.y;
}

/** Monday, June 2: the year, of the last, this and next, nearest the briefing in which that day is that weekday. */
function yearOfWeekday(from: Unanchored, wd: number, today: Parts): number | undefined {
  const t = dayNumber(today, 'first');
  const fits = [today.y, today.y - 1, today.y + 1].filter((y) => isValid({ ...from, y }) && weekday({ ...from, y }) === wd);
  fits.sort((a, b) => Math.abs(dayNumber({ ...from, y: a }, 'first') - t) - Math.abs(dayNumber({ ...from, y: b }, 'first') - t));
  return fits[0];
}

/** 5 月 14 日至 15 日: the end takes what it leaves out from the start, rolling over if needed. */
function inherit(to: Unanchored, start: Parts): Parts {
  const end: Parts = { y: to.y ?? start.y };
  if (to.m !== undefined) end.m = to.m;
  else if (to.d !== undefined) end.m = start.m;
  if (to.d !== undefined) end.d = to.d;
  if (to.y === undefined && compareFirst(end, start) < 0) {
    // 12 月 28 日至 1 月 3 日 runs into the next year; 5 月 30 日至 2 日 into the next month.
    if (to.m !== undefined) end.y += 1;
    else if (end.m !== undefined) Object.assign(end, end.m === 12 ? { y: end.y + 1, m: 1 } : { m: end.m + 1 });
  }
  return end;
}

/**
 * on Tuesday / 周二: news reports what happened, so the last such day (the briefing's own day
 * included) unless the words look ahead (will meet on Tuesday, 将于周二).
 */
function nearestWeekday(wd: number, today: Parts, tense: Tense): Parts {
  const back = (weekday(today) - wd + 7) % 7;
  const ahead = (wd - weekday(today) + 7) % 7;
  return tense === 'future' ? addDays(today, ahead) : addDays(today, -back);
}
