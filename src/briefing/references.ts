// The reference list (参考文献 / 参考资料 / 参考链接 / References / Sources …) cut into entries:
// numbered (`1.` `1、` `[1]` `【1】` `（1）` `①` `[^1]:`), bulleted (`-` `•`), one entry a line, or
// blocks separated by blank lines (`标题：…` ⏎ `来源：…` ⏎ `链接：…`). A wrapped entry continues on
// unmarked lines; a URL broken across two lines by PDF conversion is joined again. Each entry's
// fields are read by `parseEntry`.
import { findFullDates, isoFromParts } from './dates.js';
import type { Line } from './lines.js';
import { cells, FIELD_ROLES, parseEntry, type Role } from './reference-entry.js';
import type { Reference } from './types.js';

/**
 * An entry's number or bullet at a line's start (`1 Reuters …` too: PDF conversion loses the dot).
 * A bullet in front of the number (`- [1] …`) is markdown list markup; `[1]: …` a link definition's number.
 */
export const REFERENCE_MARKER = /^(?:[-*+•·▪◦]\s+(?=[[［【〔(（]\^?\d|\d{1,3}[.、．)）]))?(?:[[［【〔]\s*(\d{1,3})\s*[\]］】〕]:?|\[\^(\d{1,3})\]:?|(\d{1,3})[.、．)）]|[（(](\d{1,3})[)）]|([\u2460-\u2473])|[-*•·▪◦]|(\d{1,3})\s+(?=[^\d\s]))\s*/;
/** A line that belongs to the entry above it (its purpose, its link, its access date). */
export const REFERENCE_CONTINUATION = /^(?:用途|链接|网址|原文链接|URL|Link|Purpose|Retrieved|Accessed|Available at|https?:\/\/|<https?:)/i;
const TABLE_RULE = /^\|?\s*:?-{3,}/;
const LABEL_AT_START = new RegExp(`^(${Object.keys(FIELD_ROLES).map((k) => k.replace(/[.#]/g, '\\$&')).join('|')})\\s*[:：]`, 'i');
const URL_AT_END = /https?:\/\/\S*$/;
/** The rest of a URL that a PDF line break cut: no spaces, no Han, some path. */
const URL_REST = /^[A-Za-z0-9\-._~%/?#=&+:]*[/_=&?.-][A-Za-z0-9\-._~%/?#=&+:]*$|^[A-Za-z0-9\-._~%/?#=&+:]+\/?$/;
const BARE_URL = /^<?https?:\/\/\S+>?$/;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** The printed number of a marker match: `[3]`, `3.`, `（3）`, `③`. */
export function markerNumber(m: RegExpExecArray): number {
  const digits = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6];
  if (digits) return Number(digits);
  return m[5] ? m[5].charCodeAt(0) - 0x2460 + 1 : NaN;
}

interface Entry {
  lines: Line[];
  /** Per line after the first, what joins it to the line above: nothing (a broken URL), a space (a wrapped line) or a line break (a field of its own). */
  glued: string[];
  labels: Set<string>;
}

/** Every reference list of the text (one, or one per section), each numbered on its own. */
export function parseReferences(text: string, lines: ReadonlyArray<{ line: Line; afterBlank?: boolean; list?: number }>): Reference[] {
  const lists = [...new Set(lines.map((l) => l.list ?? 0))];
  if (lists.length <= 1) return parseList(text, lines);
  return lists.flatMap((list) => parseList(text, lines.filter((l) => (l.list ?? 0) === list)).map((r) => ({ ...r, list })));
}

function parseList(text: string, lines: ReadonlyArray<{ line: Line; afterBlank?: boolean }>): Reference[] {
  const marked = lines.length > 0 && REFERENCE_MARKER.test(lines[0].line.clean);
  const blocks = !marked && isBlockList(lines);
  const entries: Entry[] = [];
  let columns: Role[] | undefined;
  for (const { line, afterBlank = false } of lines) {
    const clean = line.clean;
    if (TABLE_RULE.test(clean)) continue;
    if (clean.includes('|')) {
      const roles = headerRoles(cells(clean));
      if (roles) {
        columns = roles;
        continue;
      }
    }
    const current = entries.at(-1);
    const previous = current?.lines.at(-1);
    if (current && previous && continuesUrl(previous.clean, clean)) {
      current.lines.push(line);
      current.glued.push('');
      continue;
    }
    const label = LABEL_AT_START.exec(clean)?.[1].toLowerCase();
    const starts = !current || (marked ? startsMarked(clean, entries.length) : startsUnmarked(current, clean, label, afterBlank, blocks));
    if (starts) entries.push({ lines: [line], glued: [], labels: new Set(label ? [label] : []) });
    else if (current) {
      const wrapped = !blocks && !label && !REFERENCE_CONTINUATION.test(clean) && /[\p{L}\p{N}]$/u.test(previous?.clean ?? '');
      // A title wrapped inside a Chinese word (`…稀土开采总` ⏎ `量控制指标》`) joins with nothing between.
      const inWord = wrapped && HAN_END.test(previous?.clean ?? '') && HAN_START.test(clean);
      current.lines.push(line);
      current.glued.push(inWord ? '' : wrapped ? ' ' : '\n');
      if (label) current.labels.add(label);
    }
  }
  return entries
    .map((entry, i) => {
      const start = entry.lines[0].start;
      const end = entry.lines[entry.lines.length - 1].end;
      const body = entry.lines.map((l, k) => (k === 0 ? '' : entry.glued[k - 1]) + l.clean).join('');
      const m = REFERENCE_MARKER.exec(body);
      const printed = m ? markerNumber(m) : NaN;
      const fields = parseEntry(m ? body.slice(m[0].length) : body, columns);
      return { index: Number.isFinite(printed) ? printed : i + 1, ...fields, raw: { start, end, text: text.slice(start, end) } };
    })
    // A bare marker (a list cut off after `6.`) names nothing to cite.
    .filter((r) => r.outlet !== '' || r.title || r.date || r.url);
}

/** A numbered entry starts here; a bare number (`15 companies …`) only when it is the next number, else it is a wrapped title. */
function startsMarked(clean: string, count: number): boolean {
  const m = REFERENCE_MARKER.exec(clean);
  return m !== null && (m[6] === undefined || Number(m[6]) === count + 1);
}

/**
 * In a list without numbers: a `用途：`/link line continues its entry, and so does a `来源：` field the
 * entry does not have yet; in a list of blocks only a blank line starts a new entry, else every line does.
 */
function startsUnmarked(current: Entry, clean: string, label: string | undefined, afterBlank: boolean, blocks: boolean): boolean {
  if (BARE_URL.test(clean)) return hasUrl(current) || isBareUrlEntry(current);
  if (label) return current.labels.has(label) || (afterBlank && FIELD_ROLES[label] !== 'url' && FIELD_ROLES[label] !== 'purpose');
  // A wrapped entry: its next line starts in lower case (`mining quotas (June 2, 2026)`).
  if (REFERENCE_CONTINUATION.test(clean) || /^[a-z]/.test(clean)) return false;
  return blocks ? afterBlank : true;
}

/** Blocks separated by blank lines, each of several lines that are not whole entries each (`路透社` ⏎ `标题` ⏎ `2026-06-02`). */
function isBlockList(lines: ReadonlyArray<{ line: Line; afterBlank?: boolean }>): boolean {
  const groups: string[][] = [];
  for (const { line, afterBlank } of lines) {
    if (groups.length === 0 || afterBlank) groups.push([]);
    groups[groups.length - 1].push(line.clean);
  }
  return groups.length >= 2 && groups.every((g) => g.length >= 2 && g.filter(isWholeEntry).length <= 1);
}

/** A line that is an entry on its own: a date or link and some words besides. */
function isWholeEntry(clean: string): boolean {
  const d = findFullDates(clean)[0];
  const rest = d ? clean.slice(0, d.start) + clean.slice(d.end) : clean.replace(/https?:\/\/\S+/, '');
  return (d !== undefined || /https?:\/\//.test(clean)) && rest.replace(/[\s\p{P}]/gu, '').length >= 4;
}

function hasUrl(e: Entry): boolean {
  return e.lines.some((l) => /https?:\/\//.test(l.clean));
}

function isBareUrlEntry(e: Entry): boolean {
  return e.lines.length === 1 && BARE_URL.test(e.lines[0].clean);
}

/** `…https://example.com/news-` ⏎ `2026/rare-earths/` is one URL. */
function continuesUrl(previous: string, clean: string): boolean {
  if (!URL_AT_END.test(previous) || /^https?:/.test(clean) || REFERENCE_MARKER.test(clean) || clean.length > 120) return false;
  if (!URL_REST.test(clean) || !/[/A-Za-z]/.test(clean)) return false;
  const d = findFullDates(clean)[0];
  return !(d && d.start === 0 && d.end === clean.length);
}

function headerRoles(row: string[]): Role[] | undefined {
  const roles = row.map((c) => FIELD_ROLES[c.toLowerCase().replace(/[:：]$/, '')]);
  return roles.every((r) => r !== undefined) ? roles : undefined;
}

/** `财新6月2日报道`: an entry dated by month and day only takes the year that puts it on or before the briefing's date. */
export function dateYearless(references: Reference[], briefingDate: string): void {
  const year = Number(briefingDate.slice(0, 4));
  const today = briefingDate.slice(5);
  for (const r of references) {
    if (r.date) continue;
    const m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(r.raw.text);
    if (!m) continue;
    const md = `${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
    const iso = isoFromParts(md <= today ? year : year - 1, Number(m[1]), Number(m[2]));
    if (iso) r.date = iso;
  }
}
