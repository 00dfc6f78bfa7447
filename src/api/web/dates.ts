// Dates arrive as ISO strings of the precision known (`2026`, `2026-11`, `2026-11-10`); on the axis a
// partial date sits at its first day, in the list it is shown exactly as precise as it is.

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Milliseconds (UTC) of the first day the date covers; NaN when it is not an ISO date. */
export function firstDay(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** `2026-05` for any date in May 2026: the list groups items by month. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-05` → `May 2026`, `2026` → `2026 (month unknown)`. */
export function monthHeading(month: string): string {
  const [y, m] = month.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : `${y} (month not stated)`;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Month starts (UTC ms) from the month of `from` through the month of `to`, for axis ticks. */
export function monthTicks(from: number, to: number): number[] {
  const d = new Date(from);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const out: number[] = [];
  while (t <= to && out.length < 240) {
    out.push(t);
    const c = new Date(t);
    t = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 1);
  }
  return out;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
