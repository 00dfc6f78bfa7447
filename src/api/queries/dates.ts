// ISO dates of the precision known (`2026`, `2026-11`, `2026-11-10`) compared as ranges: a date's
// first day is where it sorts, its last day is how far a bound written with it reaches.
import { InputError } from '../../errors.js';
import { firstDay, isIsoDate, lastDay, type IsoDate } from '../../model/index.js';

/** Validates an optional date argument; the error names the argument and shows the accepted forms. */
export function dateArg(value: string | null | undefined, argument: string): IsoDate | undefined {
  if (value === null || value === undefined) return undefined;
  const date = value.trim();
  if (!isIsoDate(date)) {
    throw new InputError(`${argument} must be an ISO date such as 2026, 2026-11 or 2026-11-10; got "${value}"`, argument);
  }
  return date;
}

export { firstDay, lastDay };

/** Whether `date` (by its first day) lies in [from, to], each bound reaching as far as its precision. */
export function inRange(date: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  const d = firstDay(date);
  return (from === undefined || d >= firstDay(from)) && (to === undefined || d <= lastDay(to));
}

/** Today in UTC as YYYY-MM-DD. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
