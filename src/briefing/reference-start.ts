// Where a reference list starts when its heading is not one of the known words: a short line with a
// reference word (引用来源, 信源, Reference list) over lines shaped like entries, or no heading at
// all — a run of entries (`[1] Outlet, 2026-03-08, "Title", https://…`) closing the text.
import words from './layout-words.json' with { type: 'json' };
import { findFullDates, firstYearMonth } from './dates.js';
import { headingKey, type Line } from './lines.js';
import { cells, FIELD_ROLES } from './reference-entry.js';
import { REFERENCE_CONTINUATION, REFERENCE_MARKER } from './references.js';

const STEMS = new RegExp(words.referenceStems.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
const URL = /https?:\/\/|\bwww\.[\w-]+\./i;
const QUOTED = /《[^》]+》|“[^”]+”|"[^"]+"|「[^」]+」|\[[^\]]+\]\(/;
/** `[1]`, `【1】`, `〔1〕`, `[^1]:`: bracketed numbers, which body lists never use. */
const BRACKETED = /^(?:[[［【〔]\^?\d{1,3}[\]］】〕]|\[\^\d{1,3}\]:?)/;
const LOOK_AHEAD = 3;

/** How much a line looks like a reference entry: 2 with a link or a footnote marker, 1 with a date and a quoted title or short fields, else 0. */
export function entryShape(clean: string): 0 | 1 | 2 {
  // `| 1 | Reuters | 2026-03-08 | Title | https://… |`: a table row is an entry by the same signs.
  const m = /^[|｜]/.test(clean) ? /^/.exec(clean) : REFERENCE_MARKER.exec(clean);
  if (!m) return 0;
  const rest = clean.slice(m[0].length);
  if (/^\[\^\d/.test(clean)) return 2;
  // Several sentences are body text, whatever their number.
  if (/[。！？!?]\s*\S.*[。！？!?]/.test(rest)) return 0;
  if (URL.test(rest)) return 2;
  const dated = findFullDates(rest).length > 0 || firstYearMonth(rest) !== undefined;
  if (dated && (QUOTED.test(rest) || (rest.length <= 160 && /[,，]/.test(rest)))) return 1;
  return 0;
}

/** A table's header row of field names (`| 序号 | 来源 | 标题 |`) or the rule under it. */
function isTableHead(clean: string): boolean {
  if (!/^[|｜]/.test(clean)) return false;
  const row = cells(clean).filter((c) => c !== '');
  return row.every((c) => /^:?-{2,}:?$/.test(c) || FIELD_ROLES[c.toLowerCase()] !== undefined);
}

/** A short line naming no known heading but with a reference word in it (`## 引用来源`, `信源：`). */
function isLooseReferenceHeading(line: Line): boolean {
  const key = headingKey(line.clean);
  return key.length >= 2 && key.length <= 24 && !/[。，,；;！？!?]/.test(key) && STEMS.test(key) && !REFERENCE_MARKER.test(line.clean);
}

/** Whether the lines after `i` open with entries: two of the next three non-blank lines (a bare link line aside), or the only one left. */
function entriesFollow(lines: Line[], i: number, end: number): boolean {
  let seen = 0;
  let entries = 0;
  for (let k = i + 1; k < end && seen < LOOK_AHEAD; k++) {
    const { clean } = lines[k];
    if (clean === '' || REFERENCE_CONTINUATION.test(clean) || isTableHead(clean)) continue;
    seen++;
    if (entryShape(clean) > 0) entries++;
    else if (seen === 1) return false;
  }
  return entries >= 2 || (entries === 1 && seen === 1);
}

/**
 * Whether line `i` is a reference list heading by shape: a reference word over entries, with no
 * heading after it (an unknown heading's list closes the text; a section `## 政策来源` over dated items does not).
 */
export function opensLooseReferences(lines: Line[], i: number, end: number): boolean {
  return isLooseReferenceHeading(lines[i]) && entriesFollow(lines, i, end) && !lines.slice(i + 1, end).some((l) => l.marked && entryShape(l.clean) === 0);
}

/**
 * A reference list printed with no heading: the run of entries that closes the content (before
 * `end`, the footer), two or more, numbered from 1 in brackets or each with a link. Returns its
 * first line, or -1.
 */
export function findHeadlessList(lines: Line[], end: number): number {
  let first = -1;
  let entries = 0;
  let linked = 0;
  for (let k = end - 1; k >= 0; k--) {
    const { clean } = lines[k];
    if (clean === '' || REFERENCE_CONTINUATION.test(clean)) continue;
    if (isTableHead(clean)) {
      if (entries > 0) first = k; // the list starts at the table's header row
      continue;
    }
    const shape = entryShape(clean);
    if (shape === 0) break;
    first = k;
    entries++;
    if (shape === 2) linked++;
  }
  if (first < 0 || entries < 2) return -1;
  const m = REFERENCE_MARKER.exec(lines[first].clean);
  const number = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6]) : NaN;
  const fromOne = number === 1 || (m?.[5] !== undefined && m[5] === '\u2460');
  if (BRACKETED.test(lines[first].clean) && fromOne) return first;
  return linked === entries && (fromOne || !/\d/.test(m?.[0] ?? '')) ? first : -1;
}
