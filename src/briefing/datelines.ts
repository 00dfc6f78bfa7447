// Wire datelines at the start of a story, which often print no year:
//   BEIJING, June 3 (Reuters) - …     WASHINGTON, May 9, 2024 — …     新华社北京6月3日电 …
// The year, when missing, comes from what is printed nearest: a year in the lines above the dateline
// (`China rare earths brief — 2026`) or beside it (`2026年第45期 | 5月29日`), else the full dates of the
// story's first lines, else a date in the file name (`…_2026-01-14.txt`), else the latest dated
// reference, else the story's full dates, else the year the story names most; never today's year.
// For the full dates: the year that puts the most of them in the twelve months up to the dateline
// (news looks back).
// With no dateline at all, the signature date closing an official text (`商务部` ⏎ `2026年2月24日`).
import { findFullDates, firstFullDate, isoFromParts, type DateMatch } from './dates.js';
import { looksLikeHeadingText } from './headings.js';
import type { Line } from './lines.js';
import { isPageChrome } from './page-chrome.js';

const MONTH_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** Month names as wires print them, `JAN.` in capitals too. */
const MONTHS = `${MONTH_WORDS}|${MONTH_WORDS.toUpperCase()}`;
/** The dash after a dateline: hyphen, en and em dash, the Unicode hyphens and minus, a double hyphen. */
const DASH = '(?:--|[-–—‐‑‒−])';
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** `BEIJING, June 3 (Reuters) -`, `SHANGHAI/BEIJING, Jun 3 -`, `Washington, May 9, 2024 —`, `NEW DELHI, Aug 11: …`. */
const EN_WIRE = new RegExp(
  `^([A-Z][A-Za-z .'/-]{1,40}?)(?:,\\s*[A-Z][A-Za-z.]{1,15})?,\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+)?(${MONTHS})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([A-Za-z][\\w .&'-]{0,30}\\)\\s*)?(?:${DASH}|:\\s)`,
);
/** `June 3 (Reuters) -` with no city: the agency in brackets makes it a dateline. */
const EN_AGENCY = new RegExp(`^(${MONTHS})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*\\([A-Za-z][\\w .&'-]{0,30}\\)\\s*${DASH}`);
/** `新华社北京6月3日电`, `本报北京 6 月 3 日讯`, `中新网6月3日电（记者 …）`. */
const ZH_WIRE = /^[^。，,\s]{0,16}?\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)/;
/** A head line that is only a month and day, maybe with the weekday: `6月3日 星期三`, `Wednesday, June 3`. */
const ZH_HEAD = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$/;
const EN_HEAD = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(${MONTHS})\\.?\\s+(\\d{1,2})$`);
const LOOK_LINES = 12;
/** Lines after the dateline still counted as the story's first lines. */
const FIRST_LINES_AFTER = 3;
const SIGNATURE_TAIL = 6;
const DAY = 86_400_000;

/** What else may give a yearless dateline its year: the file name and the reference list's dates. */
export interface YearHints {
  name?: string;
  referenceDates?: string[];
}

/** The wire dateline of the story's first lines, its year taken from the story when not printed. */
export function findWireDateline(
  text: string,
  lines: Line[],
  hints: YearHints = {},
): (DateMatch & { yearPrinted: boolean; english: boolean }) | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LOOK_LINES; i++) {
    const { clean, start } = lines[i];
    // Page furniture (分享到 打印, a breadcrumb) is not one of the story's first lines.
    if (clean === '' || isPageChrome(clean)) continue;
    seen++;
    // `2026年第45期 | 5月29日 星期五`: the month and day one part of a head line, the year maybe another.
    const parts = clean.split(/\s*[|｜·•]\s*/);
    const part = parts.length > 1 ? parts.findIndex((p) => ZH_HEAD.test(p) || EN_HEAD.test(p)) : -1;
    // `*WASHINGTON*, Jan 14 -`: emphasis single marks the city.
    const d = part >= 0 ? monthDay(parts[part]) : monthDay(clean.replace(/^[*_]+([A-Z][^*_]{0,40})[*_]+/, '$1'));
    if (!d) continue;
    const beside = part >= 0 ? new RegExp(STORY_YEAR.source).exec(parts.filter((_, k) => k !== part).join(' ')) : null;
    const year = d.year ?? (beside ? Number(beside[1]) : yearFromStory(text, lines, i, d.month, d.day, hints));
    const iso = year === undefined ? undefined : isoFromParts(year, d.month, d.day);
    if (iso) return { iso, start, end: start + clean.length, yearPrinted: d.year !== undefined, english: part < 0 && (EN_WIRE.test(clean) || EN_AGENCY.test(clean)) };
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

/**
 * A year that may date the story: not one written as the time of something (`2027年量产`, `将于2026年在…`,
 * `2030年后`: targets and annual figures, 年 followed by a word), while `2026年第120期`, `2026年5月`,
 * `— 2026` and `2025广州车展` (the event under way) still count.
 */
const STORY_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?![ \t]*年[ \t]*[\u4e00-\u9fff](?<![第月度]))/g;

/** The year of a yearless dateline on line `at`, from the nearest printed evidence (see the file's head). */
function yearFromStory(text: string, lines: Line[], at: number, month: number, day: number, hints: YearHints): number | undefined {
  for (const l of lines.slice(0, at)) {
    const y = new RegExp(STORY_YEAR.source).exec(l.clean);
    if (y) return Number(y[1]);
  }
  const firstLines = lines.slice(0, at + 1 + FIRST_LINES_AFTER).map((l) => l.clean).join('\n');
  const fromHead = lookingBack(findFullDates(firstLines).map((d) => d.iso), month, day);
  if (fromHead !== undefined) return fromHead;
  const named = hints.name ? firstFullDate(hints.name.replace(/_/g, ' ')) : undefined;
  if (named) return nearestYear(named.iso, month, day);
  const latest = (hints.referenceDates ?? []).filter((d) => d.length === 10).sort().at(-1);
  if (latest) return lookingBack([latest], month, day);
  const fromStory = lookingBack(findFullDates(text).map((d) => d.iso), month, day);
  if (fromStory !== undefined) return fromStory;
  const story = [...text.matchAll(STORY_YEAR)];
  const years = (story.length > 0 ? story : [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)]).map((m) => Number(m[1]));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  // The year named most; on a tie, the one named first.
  return [...counts].sort((a, b) => b[1] - a[1] || years.indexOf(a[0]) - years.indexOf(b[0]))[0]?.[0];
}

/** The year that puts the most of `dates` in the twelve months up to the month and day (news looks back); on a tie the later. */
function lookingBack(isoDates: string[], month: number, day: number): number | undefined {
  const dates = isoDates.map((d) => Date.parse(d));
  let best: { year: number; count: number } | undefined;
  for (const year of new Set(isoDates.map((d) => Number(d.slice(0, 4))))) {
    for (const y of [year, year + 1]) {
      const at = Date.UTC(y, month - 1, day);
      const count = dates.filter((d) => d > at - 366 * DAY && d <= at + 7 * DAY).length;
      if (!best || count > best.count || (count === best.count && y > best.year)) best = { year: y, count };
    }
  }
  return best && best.count > 0 ? best.year : undefined;
}

/** The year that puts the month and day nearest to `iso` (a file named `…_2026-01-02` and a dateline `Dec 31` → 2025). */
function nearestYear(iso: string, month: number, day: number): number {
  const y = Number(iso.slice(0, 4));
  const t = Date.parse(iso);
  return [y - 1, y, y + 1].sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - t) - Math.abs(Date.UTC(b, month - 1, day) - t))[0];
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
