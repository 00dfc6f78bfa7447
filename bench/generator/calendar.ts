// Plain calendar arithmetic on UTC days, so a shifted briefing never depends on the machine's zone.

export interface Day {
  year: number;
  month: number; // 1..12
  day: number;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const DAY_MS = 86_400_000;

export function parseIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a full ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function toIso(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS);
}

export function weekday(d: Day): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/**
 * The year a yearless month-day in a text dated `dateline` most likely means: the candidate
 * (previous, same or next year) closest to the dateline (a 12-27 item in a 01-03 briefing is last year's).
 */
export function nearestYear(month: number, day: number, dateline: Day): number {
  let best = dateline.year;
  let bestGap = Infinity;
  for (const year of [dateline.year - 1, dateline.year, dateline.year + 1]) {
    const gap = Math.abs(daysBetween(dateline, { year, month, day }));
    if (gap < bestGap) [best, bestGap] = [year, gap];
  }
  return best;
}
