// Section headings: `1`, `1.1`, `一、`, `（一）`, `第一章`, and marked-up lines (`## …`, `**…**`).
// A number at a line's start is only a heading when it continues the numbering seen so far
// (after 1.2 comes 1.3, 2 or 2.1), so `12 英寸硅片…`, `2026 年…` and `100+ 政策建议` stay text.
import { endsSentence, scriptCounts } from './lines.js';
import { isQaTurn } from './page-chrome.js';

export interface HeadingCandidate {
  number: string;
  heading: string;
  level: number;
  /** Arabic numbers are checked against the running sequence; the others stand on their own. */
  kind: 'arabic' | 'han' | 'marked';
  /** A run-in heading (`（一）加快推进新型工业化。推动…`): the line is also body text. */
  runIn: boolean;
}

const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.、．)）]\s*|\s+|(?=[\p{Script=Han}“”"《]))(\S.*)$/u;
const HAN = /^([一二三四五六七八九十]{1,3})\s*[、．.]\s*(\S.*)$/u;
const HAN_PAREN = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(\S.*)$/u;
const HAN_CHAPTER = /^第([一二三四五六七八九十\d]{1,3})(章|部分|节)\s*(.*)$/u;
/** Text right after a number that shows it is a quantity, not a section number: `5 月`, `70%`, `12 英寸`. */
/** Counting words that also start words (人形机器人, 项目, 条例, 家电): after a marked heading's number they may be its first word. */
const COUNTED = /^[人个种家名位件项条款][\p{Script=Han}]/u;
const QUANTITY_AFTER = /^(?:[年月日号%％万亿千百个种家名位人次倍件项条款元岁天周秒]|美元|英寸|英里|小时|分钟|nm\b)/u;

/** Reads a line as a heading if its shape allows; sequence checks happen in `HeadingSequence`. */
export function headingCandidate(clean: string, marked: boolean): HeadingCandidate | undefined {
  // `1、问：…？` numbers a question of a Q&A page, which is content.
  if (isQaTurn(clean)) return undefined;
  let m = ARABIC.exec(clean);
  // `## 3 人形机器人`: in a marked-up heading a number and a space before a word are its number, not a count of 人.
  if (m && (!QUANTITY_AFTER.test(m[2]) || (marked && COUNTED.test(m[2]) && /\s/.test(clean[m[1].length] ?? ''))) && looksLikeHeadingText(m[2])) {
    return { number: m[1], heading: m[2].trim(), level: m[1].split('.').length, kind: 'arabic', runIn: false };
  }
  m = HAN.exec(clean) ?? HAN_PAREN.exec(clean);
  if (m) {
    const level = clean.startsWith('（') || clean.startsWith('(') ? 2 : 1;
    return hanHeading(m[1], m[2], level);
  }
  m = HAN_CHAPTER.exec(clean);
  if (m && m[3]) return hanHeading(`第${m[1]}${m[2]}`, m[3], 1);
  if (marked && looksLikeHeadingText(clean)) {
    return { number: '', heading: clean, level: 1, kind: 'marked', runIn: false };
  }
  return undefined;
}

function hanHeading(number: string, rest: string, level: number): HeadingCandidate | undefined {
  // 一、总体要求 stands alone; （一）加快推进新型工业化。推动… is a heading run into its paragraph.
  const stop = rest.search(/[。！？；]/);
  if (stop >= 0 && stop < rest.length - 1) {
    const heading = rest.slice(0, stop).trim();
    return heading.length > 0 && heading.length <= 40 ? { number, heading, level, kind: 'han', runIn: true } : undefined;
  }
  const heading = rest.replace(/[。；]$/, '').trim();
  return heading.length <= 60 ? { number, heading, level, kind: 'han', runIn: false } : undefined;
}

/** Short, one phrase, not ending like a sentence (a question mark is allowed: `What happens next?`). */
export function looksLikeHeadingText(s: string): boolean {
  const t = s.trim();
  if (t === '' || /[。；]/.test(t)) return false;
  const { han, latin } = scriptCounts(t);
  if (t.length > (han >= latin / 3 ? 70 : 160)) return false;
  if (endsSentence(t) && !/[?？]["”’)）]*$/.test(t)) return false;
  return !/[,，:：]$/.test(t);
}

/** Tracks the section numbering so far and accepts only the next numbers in sequence. */
export class HeadingSequence {
  private path: number[] = [];

  /** Whether `1.2`-style `number` may come next, without taking it. */
  accepts(number: string): boolean {
    const p = number.split('.').map(Number);
    const cur = this.path;
    const last = p.length - 1;
    for (let i = 0; i < last; i++) {
      if (p[i] !== (cur[i] ?? -1)) {
        // A sub-number may open a new top section whose own heading is missing: 1.3 → 2.1.
        return i === 0 && last === 1 && p[0] === (cur[0] ?? 0) + 1 && p[1] === 1;
      }
    }
    const prev = cur.length > last ? cur[last] : 0;
    return p[last] === prev + 1 || (cur.length === 0 && last === 0 && p[0] === 0);
  }

  take(number: string): void {
    this.path = number.split('.').map(Number);
  }

  /** Whether any numbered heading has been taken. */
  get started(): boolean {
    return this.path.length > 0;
  }
}
