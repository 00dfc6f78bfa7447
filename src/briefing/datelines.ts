// Wire datelines at the start of a story, which often print no year:
//   BEIJING, June 3 (Reuters) - …     WASHINGTON, May 9, 2024 — …     新华社北京6月3日电 …
// The year, when missing, comes from the story itself: a year in the lines above the dateline
// (`China rare earths brief — 2026`), else the year that puts the most of the story's full dates in
// the twelve months up to the dateline (news looks back), else the year the story names most.
// With no dateline at all, the signature date closing an official text (`商务部` ⏎ `2026年2月24日`).
import { findFullDates, firstFullDate, isoFromParts, type DateMatch } from './dates.js';
import { looksLikeHeadingText } from './headings.js';
import type { Line } from './lines.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** `BEIJING, June 3 (Reuters) -`, `SHANGHAI/BEIJING, Jun 3 -`, `Washington, May 9, 2024 —`. */
const EN_WIRE = new RegExp(
  `^([A-Z][A-Za-z .'/-]{1,40}?)(?:,\\s*[A-Z][A-Za-z.]{1,15})?,\\s+(${MONTHS})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([A-Za-z][\\w .&'-]{0,30}\\)\\s*)?[-–—]`,
);
/** `June 3 (Reuters) -` with no city: the agency in brackets makes it a dateline. */
const EN_AGENCY = new RegExp(`^(${MONTHS})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*\\([A-Za-z][\\w .&'-]{0,30}\\)\\s*[-–—]`);
/** `新华社北京6月3日电`, `本报北京 6 月 3 日讯`, `中新网6月3日电（记者 …）`. */
const ZH_WIRE = /^[^。，,\s]{0,16}?\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)/;
/** A head line that is only a month and day, maybe with the weekday: `6月3日 星期三`, `Wednesday, June 3`. */
const ZH_HEAD = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$/;
const EN_HEAD = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(${MONTHS})\\.?\\s+(\\d{1,2})$`);
const LOOK_LINES = 12;
const SIGNATURE_TAIL = 6;
const DAY = 86_400_000;

/** The wire dateline of the story's first lines, its year taken from the story when not printed. */
export function findWireDateline(text: string, lines: Line[]): (DateMatch & { yearPrinted: boolean }) | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LOOK_LINES; i++) {
    const { clean, start } = lines[i];
    if (clean === '') continue;
    seen++;
    const d = monthDay(clean);
    if (!d) continue;
    const year = d.year ?? yearFromStory(text, lines.slice(0, i), d.month, d.day);
    const iso = year === undefined ? undefined : isoFromParts(year, d.month, d.day);
    if (iso) return { iso, start, end: start + clean.length, yearPrinted: d.year !== undefined };
  }
  return undefined;
}

/** The month, day and (when printed) year of a wire dateline or a head line that is only a month and day. */
function monthDay(clean: string): { month: number; day: number; year?: number } | undefined {
  const monthOf = (name: string) => MONTH_NUMBER[name.slice(0, 3).toLowerCase()];
  let m = EN_WIRE.exec(clean);
  if (m) return { month: monthOf(m[2]), day: Number(m[3]), ...(m[4] && { year: Number(m[4]) }) };
  m = EN_AGENCY.exec(clean);
  if (m) return { month: monthOf(m[1]), day: Number(m[2]), ...(m[3] && { year: Number(m[3]) }) };
  m = EN_HEAD.exec(clean);
  if (m) return { month: monthOf(m[1]), day: Number(m[2]) };
  m = ZH_WIRE.exec(clean);
  if (m) return { month: Number(m[2]), day: Number(m[3]), ...(m[1] && { year: Number(m[1]) }) };
  m = ZH_HEAD.exec(clean);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  return undefined;
}

function yearFromStory(text: string, above: Line[], month: number, day: number): number | undefined {
  for (const l of above) {
    const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(l.clean);
    if (y) return Number(y[1]);
  }
  const dates = findFullDates(text).map((d) => Date.parse(d.iso));
  let best: { year: number; count: number } | undefined;
  for (const year of new Set(findFullDates(text).map((d) => Number(d.iso.slice(0, 4))))) {
    for (const y of [year, year + 1]) {
      const at = Date.UTC(y, month - 1, day);
      const count = dates.filter((d) => d > at - 366 * DAY && d <= at + 7 * DAY).length;
      if (!best || count > best.count || (count === best.count && y > best.year)) best = { year: y, count };
    }
  }
  if (best && best.count > 0) return best.year;
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  // The year named most; on a tie, the one named first.
  return [...counts].sort((a, b) => b[1] - a[1] || years.indexOf(a[0]) - years.indexOf(b[0]))[0]?.[0];
}

/**
 * A line that is only a date: the signature date closing an official text (`商务部` ⏎ `2026年2月24日`,
 * the issuer's line right above it) when there is one, else the first such line anywhere.
 */
export function findStandaloneDate(lines: Line[], footerStart: number): DateMatch | undefined {
  let first: DateMatch | undefined;
  let signature: DateMatch | undefined;
  let above = '';
  for (let i = 0; i < lines.length; i++) {
    const { clean } = lines[i];
    if (clean === '') continue;
    const d = clean.length <= 24 ? firstFullDate(clean) : undefined;
    if (d && clean.length - (d.end - d.start) <= 4) {
      const at: DateMatch = { iso: d.iso, start: lines[i].start + d.start, end: lines[i].start + d.end };
      if (i < footerStart) first ??= at;
      if (isIssuerLine(above)) signature = at;
    }
    above = clean;
  }
  // A signature closes the text: at most a few lines (抄送, 此件公开发布) follow it.
  const signedAt = signature?.end ?? 0;
  const after = signature ? lines.filter((l) => l.start > signedAt && l.clean !== '').length : 0;
  return (after <= SIGNATURE_TAIL ? signature : undefined) ?? first;
}

/** `商务部`, `商务部 海关总署`, `Ministry of Commerce`: a short line naming who signs, with no sentence punctuation. */
function isIssuerLine(clean: string): boolean {
  return clean.length >= 2 && clean.length <= 40 && !/[。！？；，,:：.!?;、\d]/.test(clean) && looksLikeHeadingText(clean);
}
