// Companies a Chinese news story names once in full and then by a short form it declares:
// 中国船舶工业股份有限公司（以下简称“中国船舶”，600150.SH）… 中国船舶将全面承继…, and listed
// companies named with their stock code (济南钢铁(600022), 优必选(09880.HK)). The short form is an
// abbreviation of the full name — its characters stand in the full name in order (上交所 of
// 上海证券交易所) — so a declared 公司 or 本次交易 names nothing. Every later use of the short form is the
// same node (the full name, the short form its alias). Words are data in lexicon/zh-names.json
// (shortForms).
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { alternation as alt, matchesIn, tidy } from '../text.js';
import { zhNameWords } from './zh-quoted.js';

interface ShortFormWords {
  shortForms: {
    cues: string[];
    generic: string[];
    stockCode: string;
    nameStops: string[];
    stopTags: string[];
    maxChars: number;
    maxNameChars: number;
    notAfterShort: string[];
    legalForms: string[];
    innerVerbs: string[];
    impliedChars: { min: number; max: number };
  };
}
const words = () => zhNameWords<ShortFormWords>().shortForms;
const HAN = /^\p{Script=Han}+$/u;
const OPEN = /[（(]/u;

/** A company the text names by `short` (its full name `full`, or the short name alone for a bare stock-code name). */
interface Named {
  full: string;
  short: string;
  /** Where the declaration stands: [name start, closing bracket end). */
  start: number;
  end: number;
  /** The full name's span, when the declaration gives one. */
  fullStart?: number;
  fullEnd?: number;
  /** The short form inside the brackets, when written there. */
  shortStart?: number;
  /** Where a generic short form (公司) stands: it refers to nothing. */
  genericAt?: number;
}

let compiled: { decl: RegExp; code: RegExp; notAfter: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const w = words();
  // （以下简称“中国船舶”、“本公司”或“公司”，600150.SH）: the first quoted or bare form after the cue.
  const inner = `[^（）()\\n]{0,60}`;
  return (compiled = {
    decl: new RegExp(`[（(]\\s*(?:${alt(w.cues)})[：:]?\\s*[“"「]?([\\p{Script=Han}A-Za-z\\d]{2,10})[”"」]?(${inner})[）)]`, 'gu'),
    code: new RegExp(`[（(]\\s*(?:(?:股票代码|证券代码)[：:]?\\s*)?(${w.stockCode})\\s*[）)]`, 'gu'),
    notAfter: new RegExp(`^(?:${alt([...w.notAfterShort, ...rules().orgSuffixes])})`),
  });
}

/** Whether the characters of `short` stand in `full` in order (上交所 in 上海证券交易所). */
function abbreviates(short: string, full: string): boolean {
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length && full !== short;
}

/** The earliest start before `at` from which the name may run: back to punctuation, a function word or a word that opens no name (子公司, 龙头). */
function nameWindow(text: string, at: number, verbsEnd = false): number {
  const w = words();
  const toks = tagSpan(text, Math.max(0, at - w.maxChars), at);
  let s = at;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (!/^[\p{Script=Han}A-Za-z\d]+$/u.test(t.word) || w.stopTags.includes(t.tag) || w.nameStops.includes(t.word)) break;
    if (verbsEnd && t.tag.startsWith('v') && !w.innerVerbs.includes(t.word)) break;
    s = t.start;
  }
  return s;
}

/** A known or jieba-tagged place word ending right at `at` (深圳市 before 优必选…). */
function placeBefore(text: string, at: number): number {
  const t = tagSpan(text, Math.max(0, at - 6), at).at(-1);
  if (!t || t.end !== at || !HAN.test(t.word)) return at;
  return t.tag === 'ns' || lexicon().lookup(t.word)?.label === 'Place' ? t.start : at;
}

/** Declared full name ending at `at` whose abbreviation is `short`: from the first letter of the short form (and a place before it). */
function fullNameBefore(text: string, at: number, short: string): number | undefined {
  const from = nameWindow(text, at);
  for (let i = from; i < at; i++) {
    if (text[i] !== short[0] || !abbreviates(short, text.slice(i, at))) continue;
    return placeBefore(text, i) >= from ? placeBefore(text, i) : i;
  }
  return undefined;
}

/** The short name before a stock code: Han words back to punctuation or a function word; a verb only opens it before any name is read (优/必选). */
function codeNameBefore(text: string, at: number): number | undefined {
  const w = words();
  const toks = tagSpan(text, Math.max(0, at - w.maxNameChars - 4), at);
  let s = at;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (!HAN.test(t.word) || w.stopTags.includes(t.tag) || w.nameStops.some((x) => t.word.endsWith(x))) break;
    if (t.tag.startsWith('v') && at - s >= 2) break;
    s = t.start;
  }
  const n = at - s;
  if (n < 2 || n > w.maxNameChars) return undefined;
  return s;
}

const isOrgName = (name: string) => [...rules().orgSuffixes, ...words().notAfterShort].some((x) => name.endsWith(x));

let cache: { text: string; named: Named[] } | undefined;
/** Every declaration in the text, read once per text. */
export function declaredNames(text: string): Named[] {
  if (cache?.text === text) return cache.named;
  const w = words();
  const p = patterns();
  const named: Named[] = [];
  for (const m of matchesIn(p.decl, text, 0, text.length)) {
    const short = m[1];
    // （以下简称“公司”）: the full name is still the company; the generic word names nothing.
    if (w.generic.includes(short)) {
      const fs = nameWindow(text, m.index);
      const full = tidy(text.slice(fs, m.index));
      const shortStart = m.index + m[0].indexOf(short);
      if (isOrgName(full) && full.length > 3) named.push({ full, short, start: fs, end: m.index + m[0].length, fullStart: fs, fullEnd: m.index, genericAt: shortStart });
      continue;
    }
    const fs = fullNameBefore(text, m.index, short);
    if (fs === undefined) continue;
    const full = tidy(text.slice(fs, m.index));
    if (!isOrgName(full) || full.length - short.length < 1) continue;
    const shortStart = m.index + m[0].indexOf(short);
    named.push({ full, short, start: fs, end: m.index + m[0].length, fullStart: fs, fullEnd: m.index, shortStart });
  }
  for (const m of matchesIn(p.code, text, 0, text.length)) {
    if (named.some((n) => m.index >= n.start && m.index < n.end)) continue;
    const s = codeNameBefore(text, m.index);
    if (s === undefined) continue;
    const short = text.slice(s, m.index);
    if (w.generic.includes(short)) continue;
    // 中国重工 of 中国船舶重工股份有限公司 declared before: the same company.
    const known = named.find((n) => n.short === short);
    named.push({ full: known?.full ?? short, short, start: s, end: m.index + m[0].length, fullStart: s, fullEnd: m.index });
  }
  named.push(...impliedNames(text, named));
  return (cache = { text, named }).named;
}

/**
 * 中国宝武钢铁集团有限公司 … 中国宝武托管中钢集团: a registered name's opening words (3–6 characters)
 * used alone elsewhere in the story are its short form even undeclared.
 */
function impliedNames(text: string, declared: Named[]): Named[] {
  const w = words();
  const out: Named[] = [];
  for (const m of matchesIn(new RegExp(alt(w.legalForms), 'g'), text, 0, text.length)) {
    const fs = nameWindow(text, m.index, true);
    const full = tidy(text.slice(fs, m.index + m[0].length));
    if (fs === m.index || declared.some((n) => n.full === full) || out.some((n) => n.full === full)) continue;
    const toks = tagSpan(text, fs, m.index);
    // The longest opening run of whole words within the bounds, the legal form and a last word (its trade) left out.
    for (let k = toks.length - 1; k >= 1; k--) {
      const short = text.slice(fs, toks[k - 1].end);
      if (short.length < w.impliedChars.min || short.length > w.impliedChars.max || !HAN.test(short)) continue;
      if (w.generic.includes(short) || lexicon().lookup(short)) continue;
      const n: Named = { full, short, start: fs, end: m.index + m[0].length };
      const used = [...text.matchAll(new RegExp(short, 'g'))].some((u) => (u.index < fs || u.index >= n.end) && standsAlone(text, u.index, u.index + short.length, n));
      if (used) {
        out.push(n);
        break;
      }
    }
  }
  return out;
}

/** Whether a use of `short` at [s, e) is the company, not the start of a longer name (中国船舶集团, 中国船舶工业总公司). */
function standsAlone(text: string, s: number, e: number, n: Named): boolean {
  if (patterns().notAfter.test(text.slice(e, e + 6))) return false;
  if (n.full !== n.short && text.startsWith(n.full, s)) return false;
  // 原中国船舶工业总公司: the next character continues the full name's words, another name.
  const i = n.full.indexOf(n.short);
  if (i >= 0 && text[e] !== undefined && text[e] === n.full[i + n.short.length] && HAN.test(text[e])) return false;
  // The short form must be whole words, not a piece of a longer word.
  const toks = tagSpan(text, Math.max(0, s - 4), Math.min(text.length, e + 4));
  return !toks.some((t) => (t.start < s && t.end > s) || (t.start < e && t.end > e));
}

/** 宁德时代 opening 宁德时代新能源科技股份有限公司: a company the lexicon knows names the full name too. */
function knownOpening(text: string, n: Named): string[] {
  if (n.fullStart === undefined || n.fullEnd === undefined) return [];
  const m = lexicon()
    .match(text, n.fullStart, n.fullEnd)
    .find((x) => x.start === n.fullStart && x.entry.label === 'Organization');
  return m ? [text.slice(m.start, m.end)] : [];
}

/** Mentions in text[start, end) of companies the text declares by a short form or a stock code. */
export function shortFormMentions(text: string, start: number, end: number): Mention[] {
  const named = declaredNames(text);
  if (!named.length) return [];
  const out: Mention[] = [];
  // The declaration is read as a defined term (rule 'title'), so it wins over a reading of the same
  // span as a phrase or a Concept; later uses find the node by the alias it gave.
  const org = (s: number, e: number, n: Named, rule: Mention['rule'] = 'org-suffix'): Mention => ({
    start: s,
    end: e,
    name: n.full,
    label: 'Organization',
    rule,
    aliases: [...new Set([...(n.genericAt === undefined ? [n.short] : []), tidy(text.slice(s, e)), ...knownOpening(text, n)])],
  });
  for (const n of named) {
    if (n.fullStart !== undefined && n.fullEnd !== undefined && n.fullStart >= start && n.fullEnd <= end) out.push(org(n.fullStart, n.fullEnd, n, 'title'));
    if (n.shortStart !== undefined && n.shortStart >= start && n.shortStart < end) out.push(org(n.shortStart, n.shortStart + n.short.length, n, 'title'));
    if (n.genericAt !== undefined && n.genericAt >= start && n.genericAt < end) {
      out.push({ start: n.genericAt, end: n.genericAt + n.short.length, name: n.short, label: 'Organization', rule: 'anaphor', anaphorHead: '简称' });
    }
  }
  // Later uses of each short form (one pattern for all, longest first).
  const byShort = new Map(named.filter((n) => n.genericAt === undefined).map((n) => [n.short, n]));
  if (!byShort.size) return out;
  const re = new RegExp(alt([...byShort.keys()]), 'g');
  for (const m of matchesIn(re, text, start, end)) {
    const n = byShort.get(m[0]);
    const e = m.index + m[0].length;
    if (!n || named.some((x) => m.index >= x.start && m.index < x.end)) continue;
    if (!standsAlone(text, m.index, e, n)) continue;
    out.push(org(m.index, e, n));
  }
  return out;
}
