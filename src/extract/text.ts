// Character-level helpers shared by the rules: folding for matching (width, case, dashes), script
// tests, and clause splitting. All work on the original string so offsets stay exact.
import { joinLines } from '../briefing/index.js';

/** Folds one character for matching: full-width → half-width, lower case, dash and quote variants unified. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code < 128) return c.toLowerCase();
  switch (c) {
    case '–':
    case '—':
    case '‐':
    case '‑':
      return '-';
    case '’':
    case '‘':
      return "'";
    case '“':
    case '”':
    case '„':
      return '"';
    case '·':
    case '•':
      return '·';
    default:
      return c;
  }
}

export const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || (c !== undefined && c > '~' && /\s/.test(c));
/** Latin letters and digits (half- or full-width) by char code. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}
/** Latin letters and digits (half- or full-width): a name may not end in the middle of such a run. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && isWordCode(c.charCodeAt(0));
const HAN_RE = /\p{Script=Han}/u;
/** Han by code point: the common blocks by range, anything else above U+2E7F by the Unicode property. */
function isHanCode(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return HAN_RE.test(String.fromCodePoint(code));
}
export const isHan = (c: string | undefined): boolean => c !== undefined && HAN_RE.test(c);

const folded = new Map<string, string>();

/** Folds a whole string for alias comparison: width, case, no spaces or punctuation (memoised: names repeat). */
export function foldKey(s: string): string {
  let out = folded.get(s);
  if (out !== undefined) return out;
  out = '';
  for (const c of s) if (!isSpace(c)) out += foldChar(c);
  out = out.replace(/[\p{P}\p{S}]/gu, '');
  if (folded.size > 50_000) folded.clear();
  folded.set(s, out);
  return out;
}

/** Collapses runs of whitespace (line breaks from PDF conversion) to one space and trims; a break inside a Chinese word (稀 ⏎ 土) leaves none. */
export function tidy(s: string): string {
  return joinLines(s);
}

/** True when the text is mostly Latin script: such sentences go through the English rules. */
export function isMostlyLatin(s: string, from = 0, to = s.length): boolean {
  let latin = 0;
  let han = 0;
  // By code point (a supplementary Han character counts once), without copying the span.
  for (let i = from; i < to; i++) {
    const code = s.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (isHanCode(code)) han++;
  }
  return latin > 20 && han * 4 < latin;
}

/** Characters and strings at which a clause ends (Chinese and English). */
const CLAUSE_RE = /[，,；;：:]|——|—|——|\s-\s/g;

export interface Clause {
  start: number;
  end: number;
}

/**
 * Splits [start, end) of `text` into clauses at commas, semicolons, colons and dashes — never inside
 * a 《title》 (《…实施方案（2024—2030 年）》 is one name) nor at a dash between years (2024—2030).
 */
export function clausesOf(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  let scanned = 0;
  let titleDepth = 0;
  CLAUSE_RE.lastIndex = 0;
  for (let m = CLAUSE_RE.exec(slice); m; m = CLAUSE_RE.exec(slice)) {
    for (; scanned < m.index; scanned++) {
      if (slice[scanned] === '《') titleDepth++;
      else if (slice[scanned] === '》' && titleDepth > 0) titleDepth--;
    }
    if (titleDepth > 0) continue;
    if (m[0] === '—' && /\d/.test(slice[m.index - 1] ?? '') && /\d/.test(slice[m.index + 1] ?? '')) continue;
    // A comma between digits (1,250) does not end a clause.
    if (m[0] === ',' && /\d/.test(slice[m.index - 1] ?? '') && /\d/.test(slice[m.index + 1] ?? '')) continue;
    // Nor does the comma of a company name (Learning Resources, Inc. v. Trump).
    if (m[0] === ',' && /^,\s*(?:Inc|Ltd|Corp|LLC|Jr)\b/.test(slice.slice(m.index, m.index + 8))) continue;
    if (m.index > last) out.push({ start: start + last, end: start + m.index });
    last = m.index + m[0].length;
  }
  if (last < slice.length) out.push({ start: start + last, end });
  return out;
}

/**
 * Every match of a global regex within text[start, end), with `index` made an offset into `text`.
 * The rules scan sentences this way; the regex is compiled once by its caller.
 */
export function* matchesIn(re: RegExp, text: string, start: number, end: number): Generator<RegExpExecArray> {
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    m.index += start;
    yield m;
  }
}

/** Words as one regex alternation, longest first so a longer word wins over its prefix (each word mapped by `each`). */
export const alternation = (words: Iterable<string>, each: (w: string) => string = (w) => w): string =>
  [...words].sort((a, b) => b.length - a.length).map(each).join('|');

/** A multi-word phrase as a pattern that allows any run of spaces between its words. */
export const flexSpaces = (w: string): string => w.replace(/ /g, '\\s+');
