// ISO dates of the precision known (`2026`, `2026-11`, `2026-11-10`) compared as ranges: a date's
// first day is where it sorts, its last day is how far a bound written with it reaches.
import { InputError } from '../../errors.js';
import type { IsoDate } from '../../model/index.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Validates an optional date argument; the error names the argument and shows the accepted forms. */
export function dateArg(value: string | null | undefined, argument: string): IsoDate | undefined {
  if (value === null || value === undefined) return undefined;
  const m = ISO_DATE.exec(value.trim());
  const [year, month, day] = m ? [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1] : [0, 0, 0];
  const valid = m !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  if (!valid) {
    throw new InputError(`${argument} must be an ISO date such as 2026, 2026-11 or 2026-11-10; got "${value}"`, argument);
  }
  return value.trim();
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** '2026' → '2026-01-01', '2026-11' → '2026-11-01'. */
export function firstDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** '2026' → '2026-12-31', '2026-02' → '2026-02-28'. */
export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(daysIn(y, m)).padStart(2, '0')}`;
  }
  return date;
}

/** Whether `date` (by its first day) lies in [from, to], each bound reaching as far as its precision. */
export function inRange(date: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  const d = firstDay(date);
  return (from === undefined || d >= firstDay(from)) && (to === undefined || d <= lastDay(to));
}

/** Today in UTC as YYYY-MM-DD. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
