// What a date form is: a regex fragment (compiled once, into one alternation with all the other
// forms) and a reader that turns its groups into a Reading. Also the fragments the forms share.

import type { Parts, Unanchored } from './calendar.js';

export type TemporalKind = 'point' | 'range' | 'period';

/** What an expression says before its year is settled and its cue words are read. */
export interface Reading {
  from: Unanchored;
  /** Range / period end; fields it lacks are those of `from` (5 月 14 日至 15 日). */
  to?: Unanchored;
  kind: TemporalKind;
  /** Anything in it came from the briefing date (去年, 今日, a month written without a year). */
  relative: boolean;
  /** 同日 / 当日: the day of the date mentioned just before, else the briefing date. */
  sameDay?: boolean;
  /** on Tuesday: the nearest such weekday (1 = Monday), on the side the cue words lean to. */
  weekday?: number;
  /** Monday, June 2: the weekday written with a date that lacks its year picks the year it falls on. */
  weekdayOfDate?: number;
  /**
   * from April through December 2025 / 1-9 月: whole months, so the span runs from the first day of
   * the first to the last day of the last (2025-04-01..2025-12-31), not from month to month.
   */
  wholeMonths?: boolean;
  /** 日前, 近日 (recently): the briefing date stands in for a day the text does not give. */
  vague?: boolean;
}

/** Reads one named group of the current match (names are local to the form). */
export type Group = (name: string) => string | undefined;

export interface Form {
  /** Unique, [a-z]+: prefixes the form's group names inside the combined regex. */
  name: string;
  /** Regex source, tried at the start point only; named groups local to the form. */
  pattern: string;
  /**
   * Where the form starts: at a number, or at one of `words` (去年, 第, October, quarter). The
   * text is searched for these cheaply; the form is tried only there. Words the form
   * needs before that point (the `last` of last October) it reads by lookbehind, in a group
   * named `lead` that the expression then takes in.
   */
  startsAt: { digits?: boolean; words?: string[] };
  read(g: Group, today: Parts): Reading | undefined;
}

/** Spaces inside a date, and at most one line break (pages break mid-sentence). */
export const S = '[ \\t]*(?:\\n[ \\t]*)?';
/** A number starts here: not in the middle of another number or a decimal (11.7 年). */
export const NB = '(?<![\\d.])';
/** A number ends here: not followed by more digits or a decimal part. */
export const NE = '(?!\\d|\\.\\d)';
/** A plausible calendar year; other four-digit numbers (1440 种) are counts. */
export const YEAR4 = '(?:1[89]|2[01])\\d{2}';
/** A day or month number. */
export const NUM2 = '\\d{1,2}';
/** Range separators written between two dates or days. */
export const DASH = '[-–—~～]';
/**
 * A number that may start a date: a year, or a number followed by 年/月/日/季度, a dash or slash
 * and a number, Q1, a month name, an ordinal suffix. Others (50.3, 16.5 万人) are passed over.
 */
export const DATE_NUMBER = `\\d+(?=${S}(?:[年月日号季]|${DASH}${S}\\d|/\\d|Q[1-4]|[A-Z][a-z]|(?:st|nd|rd|th)\\b))|\\d{4}`;

export function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Drops undefined fields so partial dates compare and print cleanly. */
export function parts(y: number | undefined, m?: number, d?: number): Unanchored {
  const p: Unanchored = {};
  if (y !== undefined) p.y = y;
  if (m !== undefined) p.m = m;
  if (d !== undefined) p.d = d;
  return p;
}
