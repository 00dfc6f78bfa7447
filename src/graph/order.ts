// Orderings and date keys both stores share, so their answers compare equal with toEqual.
// Strings compare by UTF-16 code units (never locale), the same in every process.

import type { IsoDate } from '../model/index.js';

export function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares arrays element by element, shorter first on a common prefix. */
export function cmpArrays(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmp(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

/** 4 for a year, 7 for a month, 10 for a day: the longer, the more precise. */
export function precision(d: IsoDate): number {
  return d.length;
}
