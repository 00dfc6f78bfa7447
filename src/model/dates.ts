// ISO dates of the precision known (`2026`, `2026-11`, `2026-11-10`), compared as ranges: a date's
// first day is where it sorts, its last day is how far a bound written with it reaches. Shared by
// the stores (date windows) and the API (date arguments) so both read a date the same way.
import type { IsoDate } from './index.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date at year, month or day precision (2026-02-30 and 2026-13 are not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return false;
  if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > daysInMonth(Number(m[1]), Number(m[2])))) return false;
  return true;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026` → `2026-01-01`, `2026-11` → `2026-11-01`: how a date prefix compares as a start. */
export function firstDay(d: IsoDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** `2026` → `2026-12-31`, `2026-02` → `2026-02-28`: how a date prefix compares as an upper bound. */
export function lastDay(d: IsoDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const dd = String(daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)))).padStart(2, '0');
    return `${d}-${dd}`;
  }
  return d;
}
