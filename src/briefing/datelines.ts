// Wire datelines at the start of a story, which often print no year:
//   BEIJING, June 3 (Reuters) - …     WASHINGTON, May 9, 2024 — …     新华社北京6月3日电 …
// The year, when missing, comes from what is printed nearest: a year in the lines above the dateline
// (`China rare earths brief — 2026`) or beside it (`2026年第45期 | 5月29日`), else the full dates of the
// story's first lines, else a date in the file name (`…_2026-01-14.txt`), else the latest dated
// reference, else the story's full dates, else the year the story names most; never today's year.
// For the full dates: the year that puts the most of them in the twelve months up to the dateline
// (news looks back).
//
// What dates the briefing, strongest first (`briefingDate`):
//   1. a release or publication line or a dateline in the head (`发布时间：2025-10-12 10:30`, `July 30, 2025`
//      under a release's title, the Federal Register issue `Federal Register / Vol. 90, No. 72 / Wednesday,
//      April 16, 2025`, `BEIJING, June 3 (Reuters) -`), a labelled release line anywhere else (a 发布时间
//      line below the title or at the foot of the page);
//   2. a date in the file name (`…_2025-04-16.txt`), then a date inside the title (`Executive Order 14316
//      of July 7, 2025`);
//   3. a Federal Register filing (`[FR Doc. 2025-06587 Filed 4-15-25; 8:45 am]`: the next weekday's issue);
//   4. a signature (`商务部` ⏎ `2026年2月24日`, `Dated: April 11, 2025.`) or another line that is only a date;
//   5. the latest full date in the text that is no deadline (`on or before June 11, 2018`, `自…起施行`).
// A date named in the body (an answer of a Q&A page, a DATES: comment deadline) never outranks 1–4.
import type { IsoDate } from '../model/index.js';
import { findFullDates, firstFullDate, isoFromParts, type DateMatch } from './dates.js';
import { looksLikeHeadingText } from './headings.js';
import type { Layout } from './layout.js';
import type { Line } from './lines.js';
import { fieldDate, isPageChrome, isUpdateLabel, metaFields } from './page-chrome.js';
import words from './page-words.json' with { type: 'json' };

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
  const fromHead = lookingBack(pastDates(firstLines), month, day);
  if (fromHead !== undefined) return fromHead;
  const named = hints.name ? firstFullDate(hints.name.replace(/_/g, ' ')) : undefined;
  if (named) return nearestYear(named.iso, month, day);
  const latest = (hints.referenceDates ?? []).filter((d) => d.length === 10).sort().at(-1);
  if (latest) return lookingBack([latest], month, day);
  const fromStory = lookingBack(pastDates(text), month, day);
  if (fromStory !== undefined) return fromStory;
  const story = [...text.matchAll(STORY_YEAR)];
  const years = (story.length > 0 ? story : [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)]).map((m) => Number(m[1]));
  const weekday = yearOfWeekday(lines[at]?.clean ?? '', years, month, day);
  if (weekday !== undefined) return weekday;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  // The year named most; on a tie, the one named first.
  return [...counts].sort((a, b) => b[1] - a[1] || years.indexOf(a[0]) - years.indexOf(b[0]))[0]?.[0];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ON_WEEKDAY = new RegExp(`\\b(?:on|late|early)\\s+(${WEEKDAYS.join('|')})\\b`, 'g');
/** `said on Monday`, `announced late Tuesday`: the weekday of the reporting verb is the news day's. */
const SAID_ON_WEEKDAY = new RegExp(`\\b(?:${words.reportingVerbs.join('|')})\\s+(?:on|late|early)\\s+(${WEEKDAYS.join('|')})\\b`, 'g');

/**
 * `TOKYO, March 31 (Reuters) - … the ministry said on Monday`: a wire's lead names the dateline's day by
 * its weekday (the reporting verb's when it has one). The one year from the first the story names to the
 * year after the last whose month and day fall on a weekday the lead names, when exactly one does (over
 * a span of many years several do, and the weekday tells nothing).
 */
function yearOfWeekday(lead: string, years: number[], month: number, day: number): number | undefined {
  const said = [...lead.matchAll(SAID_ON_WEEKDAY)];
  const named = new Set((said.length > 0 ? said : [...lead.matchAll(ON_WEEKDAY)]).map((m) => WEEKDAYS.indexOf(m[1])));
  if (named.size === 0) return undefined;
  if (years.length === 0) return undefined;
  const span = Array.from({ length: Math.max(...years) + 2 - Math.min(...years) }, (_, k) => Math.min(...years) + k);
  const fits = span.filter((y) => named.has(new Date(Date.UTC(y, month - 1, day)).getUTCDay()));
  return fits.length === 1 ? fits[0] : undefined;
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

/** The briefing's date by the ranking in this file's head; undefined when nothing in the text or its name dates it. */
export function briefingDate(text: string, lines: Line[], layout: Layout, hints: YearHints): IsoDate | undefined {
  const wire = findWireDateline(text, lines, hints);
  const ownHead = layout.dateline && !layout.datelineInTitle ? layout.dateline.iso : undefined;
  // A dateline of its own outranks a date inside the title; a wire dateline without a year does not.
  // The wire dateline opening the story names the news day: a page's timestamp above it may be a day
  // off (`January 15, 2026 2:05 AM GMT+8` over `WASHINGTON, Jan 14 (Reuters) -`).
  const storyStart = Math.min(...[...layout.summary, ...layout.sections.flatMap((s) => s.paragraphs)].map((p) => p.start));
  const stamp = layout.dateline && lines.find((l) => l.start <= layout.dateline!.start && layout.dateline!.start < l.end)?.clean;
  const timestamp = stamp !== undefined && /\d{1,2}:\d{2}|\b(?:Updated|Published|Posted)\b/i.test(stamp);
  const newsDay = wire?.english && ownHead && timestamp && wire.start <= storyStart && daysApart(wire.iso, ownHead) <= 2 ? wire.iso : undefined;
  const head = ownHead ?? (wire?.yearPrinted ? undefined : layout.dateline?.iso);
  return (
    newsDay ??
    head ??
    wire?.iso ??
    releaseLineDate(lines) ??
    nameDate(hints.name) ??
    layout.dateline?.iso ??
    recordFilingDate(lines) ??
    signedDate(lines) ??
    layout.standaloneDate?.iso ??
    latestDate(lines)
  );
}

/** An archive's file name that carries the day (`mofcom_notice_2025-10-09.txt`, `…_20251009.txt`). */
export function nameDate(name: string | undefined): IsoDate | undefined {
  const m = name ? /(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])|(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])/.exec(name) : null;
  if (m?.[4]) return isoFromParts(Number(m[4]), Number(m[5]), Number(m[6]));
  return m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * A release line outside the head (`发布时间：2016-02-26` under the answers, `Publication Date: 12/03/2018`,
 * `2021-04-10 08:36:00 来源：央视新闻`, `日期：2025-10-12`): the document's own date field first. A page prints
 * one release date; lines giving several (a digest's items, each with its posting line) date none.
 */
function releaseLineDate(lines: Line[]): IsoDate | undefined {
  const posted = new Set<IsoDate>();
  for (const { clean } of lines) {
    if (clean === '' || clean.length > 120) continue;
    for (const f of metaFields(clean)) {
      const d = fieldDate(f);
      if (d && f.kind === 'ownDate') return d.iso;
      // An update (`更新时间：…`) is no release.
      if (d && !isUpdateLabel(f.label)) posted.add(d.iso);
    }
    const d = clean.length <= 80 ? firstFullDate(clean) : undefined;
    if (d && RELEASE_LINE.test(clean.slice(0, d.start)) && RELEASE_TAIL.test(clean.slice(d.end))) posted.add(d.iso);
  }
  return posted.size === 1 ? [...posted][0] : undefined;
}

/** What may stand around the date of a release line: a bare date label before it; a time, the source or the author after it. */
const RELEASE_LINE = new RegExp(`^\\s*(?:(?:${words.releaseLabels.join('|')})\\s*[:：]\\s*)?$`, 'i');
const RELEASE_TAIL = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:来源|作者|编辑|责任编辑|Source)\s*[:：].*)?$/;

/**
 * `[FR Doc. 2018-26213 Filed 11-30-18; 8:45 am]`: a document filed for public inspection at 8:45 am
 * appears in the next day's Federal Register, the next weekday (federal holidays are not known here).
 */
function recordFilingDate(lines: Line[]): IsoDate | undefined {
  for (const { clean } of lines) {
    const m = /^\[?FR Doc\.?\s+[\d-]+\s+Filed\s+(\d{1,2})-(\d{1,2})-(\d{2}|\d{4});\s*8:45\s*am\]?$/i.exec(clean);
    if (!m) continue;
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const filed = isoFromParts(year, Number(m[1]), Number(m[2]));
    if (!filed) continue;
    let t = Date.parse(filed) + DAY;
    while ([0, 6].includes(new Date(t).getUTCDay())) t += DAY;
    return new Date(t).toISOString().slice(0, 10);
  }
  return undefined;
}

const SIGNED = new RegExp(`^(?:${words.signatureLabels.join('|')})\\s*[:：]?\\s*`, 'i');

/** The last signature line with a date (`Dated: April 11, 2025.`, `Signed: …`, `签发日期：…`). */
function signedDate(lines: Line[]): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const { clean } of lines) {
    const m = clean.length <= 60 ? SIGNED.exec(clean) : null;
    const d = m ? firstFullDate(clean.slice(m[0].length)) : undefined;
    if (d && d.start === 0) last = d.iso;
  }
  return last;
}

const DUE_BEFORE = new RegExp(`(?:${words.dueDateCues.before.join('|')})\\s*(?:the\\s+)?$`, 'i');
const DUE_AFTER = new RegExp(`^\\s*(?:${words.dueDateCues.after.join('|')})`);

/**
 * The latest full date the text names that is no deadline or date of effect (`on or before June 11, 2018`,
 * `2026年11月1日起实施`); when it names only such dates, the first of them.
 */
function latestDate(lines: Line[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  let first: IsoDate | undefined;
  for (const { clean } of lines) {
    for (const d of findFullDates(clean)) {
      first ??= d.iso;
      if (!isDue(clean, d) && (latest === undefined || d.iso > latest)) latest = d.iso;
    }
  }
  return latest ?? first;
}

/** Whether a date in `s` is a deadline or a date of effect: it tells what is to come, not when the text was written. */
function isDue(s: string, d: DateMatch): boolean {
  return DUE_BEFORE.test(s.slice(Math.max(0, d.start - 24), d.start)) || DUE_AFTER.test(s.slice(d.end, d.end + 8));
}

/** The full dates of `s` that look back (no deadlines, no dates of effect). */
function pastDates(s: string): IsoDate[] {
  return findFullDates(s).flatMap((d) => (isDue(s, d) ? [] : [d.iso]));
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
}
