// Splits a paragraph into sentences by a single left-to-right scan: at 。！？； when more text
// follows, and at `. ` `? ` `! ` before a capital, digit, quote or Han character, except after
// abbreviations (U.S., Inc., v., No.), initials (J.) and inside numbers (50.3).
import type { Span } from './types.js';
import abbreviations from './abbreviations.json' with { type: 'json' };
import { CLOSERS } from './lines.js';

const ABBREVIATIONS = new Set(abbreviations.words);
const SOFT_STOPS = new Set(['.', '!', '?']);

/** Where a sentence may end: the scan jumps from one of these to the next. */
const STOP_CANDIDATE = /[。！？；!?.]/g;
const LIST_NUMBER = /^\d{1,3}$/;

export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let s = skipSpace(text, start, end);
  STOP_CANDIDATE.lastIndex = s;
  for (let m = STOP_CANDIDATE.exec(text); m && m.index < end; m = STOP_CANDIDATE.exec(text)) {
    const i = m.index;
    // `16. 某某株式会社…`: a list number opening the sentence is no sentence of its own.
    if (text[i] === '.' && LIST_NUMBER.test(text.slice(s, i))) continue;
    const stop = SOFT_STOPS.has(text[i]) ? englishStop(text, i, end) : afterClosers(text, i + 1, end);
    if (stop < 0) continue;
    const next = skipSpace(text, stop, end);
    if (next >= end) break;
    push(spans, text, s, stop);
    s = next;
    STOP_CANDIDATE.lastIndex = next;
  }
  push(spans, text, s, end);
  return spans;
}

/** Where the sentence ends if the period/question/exclamation mark at `i` ends one, else -1. */
function englishStop(text: string, i: number, end: number): number {
  // Runs of marks (`?!`, `...`) end together.
  let j = i + 1;
  while (j < end && (SOFT_STOPS.has(text[j]) || text[j] === '…')) j++;
  const stop = afterClosers(text, j, end);
  if (stop >= end) return -1;
  if (!isSpace(text[stop]) && !isHan(text.charCodeAt(stop))) return -1;
  const next = skipSpace(text, stop, end);
  if (next >= end) return -1;
  const n = text[next];
  const code = text.charCodeAt(next);
  const startsSentence = (n >= 'A' && n <= 'Z') || (n >= '0' && n <= '9') || isHan(code) || '"“‘\'(（[「'.includes(n);
  if (!startsSentence) return -1;
  if (text[i] === '.' && j === i + 1 && isAbbreviation(text, i)) return -1;
  return stop;
}

/** Whether the word ending at the period `dot` is an abbreviation, an initial or a dotted form. */
function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (word === '') return false;
  if (word.includes('.')) return true; // U.S., e.g., a.m.
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true; // Donald J. Trump
  return ABBREVIATIONS.has(word);
}

/** Skips closing quotes/brackets and citation markers (`。”[3]`, `.^2`, `.¹`, `【3】`) that belong to the ending sentence. */
function afterClosers(text: string, i: number, end: number): number {
  for (;;) {
    while (i < end && CLOSERS.has(text[i]) && text[i] !== ']') i++;
    // `.<sup>3</sup>`: an HTML superscript marker.
    if (text.startsWith('<sup>', i)) {
      const close = text.indexOf('</sup>', i);
      if (close > 0 && close + 6 <= end && close - i <= 16) {
        i = close + 6;
        continue;
      }
    }
    const open = text[i];
    if (i < end && (open === '[' || open === '［' || open === '【' || open === '〔' || open === '^')) {
      let k = i + 1;
      if (text[k] === '^' || (open === '^' && text[k] === '[')) k++;
      const inside = open === '^' && text[k - 1] !== '[' ? /[\d,，–-]/ : /[\d\s,，、–-]/;
      while (k < end && inside.test(text[k])) k++;
      if (open === '^' && text[k - 1] !== '[' && /\d/.test(text[k - 1])) {
        i = text[k] === ']' ? k + 1 : k;
        continue;
      }
      if (k > i + 1 && k < end && (text[k] === ']' || text[k] === '］' || text[k] === '】' || text[k] === '〕')) {
        i = k + 1;
        continue;
      }
    }
    if (i < end && SUPERSCRIPT_DIGITS.includes(text[i])) {
      while (i < end && SUPERSCRIPT_DIGITS.includes(text[i])) i++;
      continue;
    }
    return i;
  }
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function push(spans: Span[], text: string, s: number, e: number): void {
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

function skipSpace(text: string, i: number, end: number): number {
  for (;;) {
    while (i < end && isSpace(text[i])) i++;
    // `。<br>下一句`: a line break tag between sentences is no part of either.
    const br = text[i] === '<' ? /^<br\s*\/?>/i.exec(text.slice(i, i + 6)) : null;
    if (!br) return i;
    i += br[0].length;
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u3000' || ch === '\u00a0';
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
