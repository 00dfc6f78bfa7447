// Calendar arithmetic on partial dates (a year, a month of a year, or a day), and the choice of
// year for a date written without one. All in UTC day numbers, so no time zone can shift a day.

import type { IsoDate } from '../../model/index.js';

/** A date of the precision written: year only, year + month, or year + month + day. */
export interface Parts {
  y: number;
  m?: number;
  d?: number;
}

/** A date as written, whose year may still be missing (5 月 14 日, Nov. 10, Q1). */
export type Unanchored = Omit<Parts, 'y'> & { y?: number };

/** Which way a date without a year leans: the next such date, the last one, or the nearest. */
export type Tense = 'future' | 'past' | 'nearest';

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return MONTH_DAYS[m - 1] ?? 31;
}

export function isValid(p: Parts): boolean {
  if (p.m === undefined) return p.d === undefined;
  if (!Number.isInteger(p.m) || p.m < 1 || p.m > 12) return false;
  if (p.d === undefined) return true;
  return Number.isInteger(p.d) && p.d >= 1 && p.d <= daysInMonth(p.y, p.m);
}

/**
 * Day number (days since 1970-01-01) of the first or last day y[-m[-d]] covers. A day past the
 * month's end (2 月 29 日 in a year without one) counts as its last day: this only weighs which
 * year is meant; isValid decides whether it is a date.
 */
export function dayOf(y: number, m: number | undefined, d: number | undefined, edge: 'first' | 'last'): number {
  const month = m ?? (edge === 'first' ? 1 : 12);
  const length = daysInMonth(y, month);
  const day = d === undefined ? (edge === 'first' ? 1 : length) : Math.min(d, length);
  return Date.UTC(y, month - 1, day) / DAY_MS;
}

export function dayNumber(p: Parts, edge: 'first' | 'last'): number {
  return dayOf(p.y, p.m, p.d, edge);
}

export function fromDayNumber(n: number): Parts {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(p: Parts, days: number): Parts {
  return fromDayNumber(dayNumber(p, 'first') + days);
}

/** The month `shift` months away from year y, month m. */
export function addMonths(y: number, m: number, shift: number): Parts {
  const i = y * 12 + (m - 1) + shift;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(p: Parts): number {
  return ((new Date(dayNumber(p, 'first') * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

export function toIso(p: Parts): IsoDate {
  const y = String(p.y).padStart(4, '0');
  if (p.m === undefined) return y;
  const m = String(p.m).padStart(2, '0');
  if (p.d === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(p.d).padStart(2, '0')}`;
}

/** Orders two partial dates by the first day each covers. */
export function compareFirst(a: Parts, b: Parts): number {
  return dayNumber(a, 'first') - dayNumber(b, 'first');
}

/**
 * The year for a date written without one (5 月 14 日, 11 月, Q1, Nov. 10), from the briefing date.
 * `spanIn(y)` is the first and last day number the expression covers if its year is y.
 * Future picks the first such span not yet over on the briefing date, past the last one already
 * begun, nearest the one closest to it (ties go to the briefing's own year).
 */
export function chooseYear(spanIn: (y: number) => [number, number], today: Parts, tense: Tense): number {
  const t = dayNumber(today, 'first');
  const candidates = [today.y - 1, today.y, today.y + 1];
  if (tense === 'future') {
    for (const y of candidates) if (spanIn(y)[1] >= t) return y;
  } else if (tense === 'past') {
    for (const y of [...candidates].reverse()) if (spanIn(y)[0] <= t) return y;
  }
  let best = today.y;
  let bestGap = Infinity;
  for (const y of candidates) {
    const [a, b] = spanIn(y);
    const gap = t < a ? a - t : t > b ? t - b : 0;
    if (gap < bestGap || (gap === bestGap && y === today.y)) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The month for a day written alone (30 日, 当地时间 30 日): this month, the last or the next, as
 * chooseYear picks years. A month the day does not exist in (31 日 in April) is passed over.
 */
export function chooseMonth(d: number, today: Parts, tense: Tense): Parts | undefined {
  const t = dayNumber(today, 'first');
  const candidates = [-1, 0, 1]
    .map((shift) => ({ ...addMonths(today.y, today.m ?? 1, shift), d }))
    .filter((p) => d <= daysInMonth(p.y, p.m as number));
  if (tense === 'future') return candidates.find((p) => dayNumber(p, 'first') >= t);
  if (tense === 'past') return [...candidates].reverse().find((p) => dayNumber(p, 'first') <= t);
  let best: Parts | undefined;
  for (const p of candidates) {
    const gap = Math.abs(dayNumber(p, 'first') - t);
    if (!best || gap < Math.abs(dayNumber(best, 'first') - t)) best = p;
  }
  return best;
}

/** Reads an IsoDate of any precision (`2026`, `2026-05`, `2026-05-07`); undefined if malformed. */
export function parseIso(s: string): Parts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const p: Parts = { y: Number(m[1]) };
  if (m[2] !== undefined) p.m = Number(m[2]);
  if (m[3] !== undefined) p.d = Number(m[3]);
  return isValid(p) ? p : undefined;
}
