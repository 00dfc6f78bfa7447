// The head of a text: its title, publisher lines and dateline, before the first content. Pages and
// official records print more there (a metadata block, widgets, a Federal Register head); page-chrome.ts
// tells those apart, this file decides what the title and the date are.
import { firstFullDate, type DateMatch } from './dates.js';
import { looksLikeHeadingText } from './headings.js';
import type { Layout } from './layout.js';
import {
  endsSentence,
  inlineSummaryStart,
  isBareListNumber,
  isByline,
  isCoverStamp,
  isFooterCue,
  isPageNumber,
  scriptCounts,
  specialHeading,
  withoutListNumber,
  type Line,
} from './lines.js';
import { federalRegisterHead, fieldDate, isCopyStamp, isPageChrome, isPostingLine, isQaTurn, isRecordLine, isUpdateLabel, metaFields, PUBLISHED_AT } from './page-chrome.js';

const HEAD_MAX_LINES = 8;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The head: title, publisher lines and dateline, before the first content. Head lines are short and
 * do not end like sentences; the head stops at 摘要, a section heading or the first real paragraph.
 */
export function readHead(text: string, lines: Line[], layout: Layout): number {
  const record = federalRegisterHead(lines);
  if (record) return readRecordHead(text, lines, layout, record);
  let seen = 0;
  let i = 0;
  // How well the dateline taken so far dates the text itself: 3 its own date (成文日期), 2 a date line,
  // 1 the page's posting time (`2025-10-09 15:30 来源：…`, `Updated …`, a running head).
  let rank = 0;
  let titleField = false;
  const takeDate = (line: Line, date: DateMatch, r: number) => {
    if (layout.dateline && !layout.datelineInTitle && r <= rank) return false;
    const { clean } = line;
    const at = text.indexOf(clean.slice(date.start, date.end), line.start);
    layout.dateline = { iso: date.iso, start: at >= 0 ? at : line.start, end: at >= 0 ? at + date.end - date.start : line.end };
    layout.datelineInTitle = false;
    rank = r;
    return true;
  };
  for (; i < lines.length && seen < HEAD_MAX_LINES; i++) {
    const { clean } = lines[i];
    // A bare number (a list number parted from its item, a page number) is never the title.
    if (clean === '' || isBareListNumber(clean) || isPageNumber(clean)) continue;
    // Page furniture is no title, but a running head still dates the page. It counts as a head line:
    // past the head, lines wrapped short (a PDF's) would pass for head lines.
    if (isPageChrome(clean)) {
      const d = isCopyStamp(clean) ? undefined : firstFullDate(clean);
      if (d) isRecordLine(clean) ? takeDate(lines[i], d, 2) : takeDate(lines[i], ...posting(clean, d));
      seen++;
      continue;
    }
    // A metadata block: 标题 names the text, 成文日期 dates it over 发布日期; the other fields are no title.
    const fields = metaFields(clean);
    if (fields.length > 0) {
      for (const f of fields) {
        if (f.kind === 'title' && f.value.length >= 2 && !titleField) {
          layout.title = f.value;
          titleField = true;
        }
        const d = fieldDate(f);
        if (d) takeDate(lines[i], d, f.kind === 'ownDate' ? 3 : isUpdateLabel(f.label) ? UPDATE_RANK : 1);
      }
      continue;
    }
    if (isFooterCue(clean) && !specialHeading(clean)) {
      // A posting line that names the editor (`2025-03-04 08:30 来源：新华网 责任编辑：李四`) still dates the page.
      const d = clean.length <= 80 ? firstFullDate(clean) : undefined;
      if (!d) break;
      takeDate(lines[i], ...posting(clean, d));
      seen++;
      continue;
    }
    if (specialHeading(clean) || isQaTurn(clean) || inlineSummaryStart(text.slice(lines[i].start, lines[i].end)) !== undefined) break;
    const date = firstFullDate(clean);
    // A dateline is a short line with a date, not a sentence that happens to hold one.
    // … nor a title that names a date inside its words (`关于2025年12月1日起施行的…`).
    const embedded = date !== undefined && WORD_CHAR.test(clean[date.start - 1] ?? '') && WORD_CHAR.test(clean[date.end] ?? '');
    const isDateLine = date !== undefined && !embedded && (clean.length <= 80 || (clean.length <= 120 && isPostingLine(clean))) && !/[。；]/.test(clean) && !endsSentence(clean);
    if (!isDateLine && !looksLikeHeadLine(clean)) break;
    if (seen > 0 && !isDateLine && /^\d{1,2}(?:\.\d)*\s|^[一二三四五六七八九十]{1,3}、/.test(clean)) break;
    // A date line of its own (`发布时间：2026-06-03`) outranks a date inside the title above it.
    if (isDateLine) isPostingLine(clean) ? takeDate(lines[i], ...posting(clean, date)) : takeDate(lines[i], date, 2);
    const titlePart = isDateLine ? withoutDate(clean, date) : withoutListNumber(withoutIssue(clean));
    // `Press Release | July 30, 2025`: a page label beside the date is no title.
    if (layout.title === undefined && titlePart !== undefined && !isPageChrome(titlePart) && !isByline(clean) && !isCoverStamp(clean)) {
      layout.title = titlePart;
      if (isDateLine && layout.dateline?.start === lines[i].start + date.start && /\s/.test(layout.title)) layout.datelineInTitle = true;
    }
    seen++;
  }
  // A head with no dateline and nothing after its first line is just a title line.
  return i;
}

/** A Federal Register head: the title is the block right above `AGENCY:`, the date the issue's (running head); the text starts at `AGENCY:`. */
function readRecordHead(text: string, lines: Line[], layout: Layout, record: { agency: number; title: Line[] }): number {
  const titleLines = new Set(record.title);
  for (const line of lines.slice(0, record.agency)) {
    const d = titleLines.has(line) ? undefined : firstFullDate(line.clean);
    if (!d) continue;
    const at = text.indexOf(line.clean.slice(d.start, d.end), line.start);
    layout.dateline = { iso: d.iso, start: at >= 0 ? at : line.start, end: at >= 0 ? at + d.end - d.start : line.end };
    break;
  }
  if (record.title.length > 0) layout.title = record.title.map((l) => l.clean).join(' ');
  return record.agency;
}

/** An update (`Updated …`, `更新时间：…`) dates the page below any publication line. */
const UPDATE_RANK = 0.5;

/**
 * The date and rank of a posting line: `Updated 4:02 PM EST, Wed February 19, 2025` ranks below a
 * publication line; `Updated … Published 3:41 PM EST, Tue February 18, 2025` gives the publication's date.
 */
function posting(clean: string, date: DateMatch): [DateMatch, number] {
  if (!isUpdateLabel(clean.trimStart())) return [date, 1];
  const published = PUBLISHED_AT.exec(clean);
  const at = published ? published.index + published[0].length : -1;
  const d = at >= 0 ? firstFullDate(clean.slice(at)) : undefined;
  return d ? [{ iso: d.iso, start: d.start + at, end: d.end + at }, 1] : [date, UPDATE_RANK];
}

/** `新质生产力每日动态 | 2026.06.03 | 第 120 期` → `新质生产力每日动态`: the title part of a head line that also holds the date. */
function withoutDate(clean: string, date: DateMatch): string | undefined {
  const rest = (clean.slice(0, date.start) + clean.slice(date.end))
    .replace(ISSUE, '|')
    .replace(/(?:星期|周|礼拜)[一二三四五六日天]|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, '')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+-]?\d*|UTC|BST|EDT|EST))*/gi, '')
    .replace(/^\s*(?:发布时间|发布日期|日期|时间|Published|Updated|Date|Posted)\s*[:：]?/i, '')
    .replace(/[（(]\s*[,，]?\s*[)）]/g, '')
    // `2025-10-09 15:30 来源：商务部网站` names the site, `Executive Order 14363 of November 24, 2025` keeps no dangling `of`.
    .replace(/(?:信息)?来源\s*[:：].*$/, '')
    .replace(/\s+(?:of|on|dated)\s*$/i, '');
  return rest
    .split(/\s*(?:[|｜·•]|\s[-–—]\s)\s*/)
    .map((x) => x.replace(/^[\s,，:：[\]]+|[\s,，:：[\]]+$/g, ''))
    .find((x) => x.length >= 4 || (x.length >= 2 && /\p{Script=Han}/u.test(x)));
}

/** `（2026年第120期）`, `第 120 期（总第 300 期）`: the issue number printed with a title. */
const ISSUE = /[（(]?\s*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]?总第\s*\d{1,5}\s*期[)）]?)?\s*[)）]?/g;

function withoutIssue(clean: string): string {
  const rest = clean.replace(ISSUE, ' ').trim();
  return rest.length >= 2 ? rest : clean;
}

export function looksLikeHeadLine(clean: string): boolean {
  if (!looksLikeHeadingText(clean)) return false;
  const { han, latin } = scriptCounts(clean);
  return clean.length <= (han >= latin / 3 ? 60 : 160);
}
