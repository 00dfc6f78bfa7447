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

// The ISO-date helpers live in src/model (shared with the API); re-exported for the store modules.
export { isIsoDate, firstDay, lastDay } from '../model/index.js';

/** 4 for a year, 7 for a month, 10 for a day: the longer, the more precise. */
export function precision(d: IsoDate): number {
  return d.length;
}
