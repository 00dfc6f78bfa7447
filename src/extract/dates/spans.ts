// Two dates joined into one span: "from April through December 2025", "between April 1, 2025 and
// December 31, 2025", "March to May". Each end is found as a date on its own; joined, the first
// takes the year the second gives (April … December 2025 is April 2025), and whole months run from
// the first day of the first to the last day of the last.

import type { Found } from './scan.js';
import type { Reading } from './form.js';

/** What may stand between the two ends of a span. `and` only after `between`. */
const JOINER = /^\s*(?:to|through|thru|until|till|and|[-–—~～]|至|到)\s*$/i;
const BETWEEN = /\bbetween\s+$/i;
const AND = /^\s*and\s*$/i;

const joinable = (r: Reading) => r.kind === 'point' && !r.sameDay && r.weekday === undefined && (r.from.m !== undefined || r.from.y !== undefined);

/** The found dates with each joined pair made one span (text from the first to the second). */
export function joinSpans(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    const between = b && text.slice(a.end, b.start);
    if (
      !b ||
      between === undefined ||
      !JOINER.test(between) ||
      !joinable(a.reading) ||
      !joinable(b.reading) ||
      (AND.test(between) && !BETWEEN.test(text.slice(Math.max(0, a.start - 10), a.start)))
    ) {
      out.push(a);
      continue;
    }
    const reading = join(a.reading, b.reading);
    if (!reading) {
      out.push(a);
      continue;
    }
    out.push({ start: a.start, end: b.end, reading });
    i++;
  }
  return out;
}

function join(a: Reading, b: Reading): Reading | undefined {
  const from = { ...a.from };
  const to = { ...b.from };
  // Both ends must be written to the same precision kind: a month with a month, a day with a day.
  if ((from.m === undefined) !== (to.m === undefined)) return undefined;
  let relative = b.relative;
  if (from.y === undefined && to.y !== undefined) {
    const later = (from.m ?? 0) > (to.m ?? 0) || (from.m === to.m && (from.d ?? 0) > (to.d ?? 0));
    from.y = later ? to.y - 1 : to.y;
  } else {
    relative ||= a.relative;
  }
  const wholeMonths = from.m !== undefined && from.d === undefined && to.d === undefined;
  return { from, to, kind: wholeMonths ? 'period' : 'range', relative, ...(wholeMonths ? { wholeMonths } : {}) };
}
