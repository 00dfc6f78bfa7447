// What each sentence cites: `[3]`, `[1][4]`, `[2,5]` markers, and outlets it attributes to
// (`据 Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布`, `Reuters 4 月 30 日报道`,
// `according to Reuters`), resolved to the briefing's references by outlet name or alias and,
// when one outlet is listed several times, by the date the sentence gives.
import cues from './attribution-cues.json' with { type: 'json' };
import { outletKey, type OutletIndex } from './outlets.js';
import type { Reference } from './types.js';

export interface Citations {
  citedRefs: number[];
  attributedOutlets: string[];
}

/** A month-day range the sentence gives for a source, as MMDD numbers (`5 月 4 日至 5 日` → 504..505). */
interface DayRange {
  from: number;
  to: number;
}

interface Attribution {
  name: string;
  at: number;
  days?: DayRange;
}

const MARKER = /[[［]\s*(\d{1,3}(?:\s*[,，、–-]\s*\d{1,3})*)\s*[\]］]/g;
const MONTH_PART = '初|上旬|中旬|中|下旬|底|末';
const MONTH_DAY = new RegExp(
  `(?:\\d{4}\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|(${MONTH_PART}))` +
    `(?:\\s*(?:至|到|-|–|~|～)\\s*(?:(\\d{1,2})\\s*月\\s*)?(?:(\\d{1,2})\\s*日|(${MONTH_PART})))?`,
  'g',
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Separators, reporting verbs and modifiers: what is left between them in a source list are names. */
const SOURCE_LIST_SPLIT = new RegExp(`[、,，/|;；]|以及|及|和|与|跟|${byLength([...cues.zhVerbs, ...cues.zhModifiers])}`, 'g');
const ZH_VERB_NEAR = new RegExp(`^[^，。；,;]{0,24}?(?:${byLength(cues.zhVerbs)})`);
const EN_LEAD_BEFORE = new RegExp(`(?:${byLength(cues.enLeads)})\\s+(?:the\\s+)?$`, 'i');
const EN_VERB_AFTER = new RegExp(`^\\s*(?:${byLength(cues.enVerbs)})\\b`, 'i');
const EN_ACCORDING = /\baccording to (?:(?:a|an|the)\s+)?(?:(?:report|data|analysis|statement|survey)s? (?:by|from) (?:the\s+)?)?((?:[A-Z][\w&'’.-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})/g;
const NAMELESS = new RegExp(`^(?:${byLength(cues.zhNamelessLeads)})`);
const ORG_SUFFIX = new RegExp(`(?:${byLength(cues.zhOrgSuffixes)})$`);

export function citationsOf(sentence: string, references: readonly Reference[], index: OutletIndex, numbered: Map<number, number>): Citations {
  const cited = new Set<number>();
  for (const m of sentence.matchAll(MARKER)) {
    for (const n of markerNumbers(m[1])) {
      const i = numbered.get(n);
      if (i !== undefined) cited.add(i);
    }
  }

  const attributions = attributionsOf(sentence, index);
  const outlets: string[] = [];
  const seen = new Set<string>();
  for (const a of attributions) {
    const key = outletKey(a.name);
    if (!seen.has(key)) {
      seen.add(key);
      outlets.push(a.name);
    }
    for (const i of resolve(a, references, index)) cited.add(i);
  }
  return { citedRefs: [...cited].sort((a, b) => a - b), attributedOutlets: outlets };
}

/** `1, 3-5` → [1, 3, 4, 5]. */
function markerNumbers(s: string): number[] {
  const out: number[] = [];
  for (const part of s.split(/[,，、]/)) {
    const [a, b] = part.split(/[–-]/).map((x) => Number(x.trim()));
    if (b === undefined || Number.isNaN(b)) out.push(a);
    else for (let n = a; n <= b && n - a < 50; n++) out.push(n);
  }
  return out;
}

function attributionsOf(sentence: string, index: OutletIndex): Attribution[] {
  const found: Attribution[] = [];
  const covered: Array<[number, number]> = [];
  // 据 X、Y 及 Z 5 月 7 日报道：the list runs from 据 to the next comma.
  for (const marker of cues.zhSourceMarkers) {
    for (let at = sentence.indexOf(marker); at >= 0; at = sentence.indexOf(marker, at + marker.length)) {
      if (marker === '据' && at > 0 && (sentence[at - 1] === '根' || cues.zhNotSourceBefore.includes(sentence[at - 1]))) continue;
      const from = at + marker.length;
      if (cues.zhNotSourceAfter.some((w) => sentence.startsWith(w, from))) continue;
      let to = from;
      while (to < sentence.length && to - from < 80 && !'，,。；;：:！？!?'.includes(sentence[to])) to++;
      found.push(...readSourceList(sentence.slice(from, to), from, index));
      covered.push([from, to]);
    }
  }
  // Reuters 4 月 30 日报道 / Brookings 分析指出 / told Reuters / Reuters reported.
  const taken = covered.slice();
  const folded = foldCase(sentence);
  for (const name of index.referencedNames) {
    for (let at = findName(sentence, folded, name, 0); at >= 0; at = findName(sentence, folded, name, at + name.length)) {
      const end = at + name.length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      const after = sentence.slice(end, end + 40);
      const before = sentence.slice(Math.max(0, at - 24), at);
      if (ZH_VERB_NEAR.test(after) || EN_VERB_AFTER.test(after) || EN_LEAD_BEFORE.test(before) || /[(（]$/.test(before)) {
        found.push({ name: sentence.slice(at, end), at, days: daysAfter(after) });
        taken.push([at, end]);
      }
    }
  }
  for (const m of sentence.matchAll(EN_ACCORDING)) {
    const name = m[1].replace(/[.'’]+$/, '');
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (!taken.some(([a, b]) => at < b && at + name.length > a)) found.push({ name, at });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Reads `Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布的` into names with the days they carry. */
function readSourceList(list: string, offset: number, index: OutletIndex): Attribution[] {
  const dates: Array<{ at: number; days: DayRange }> = [];
  let masked = list.replace(MONTH_DAY, (whole, ...g: Array<string | number | undefined>) => {
    dates.push({ at: g[6] as number, days: dayRange(g as Array<string | undefined>) });
    return '|'.repeat(whole.length);
  });
  const names: Attribution[] = [];
  for (const name of index.knownNames) {
    for (let at = findName(masked, foldCase(masked), name, 0); at >= 0; at = findName(masked, foldCase(masked), name, at + name.length)) {
      names.push({ name: list.slice(at, at + name.length), at: offset + at });
      masked = masked.slice(0, at) + '|'.repeat(name.length) + masked.slice(at + name.length);
    }
  }
  // What is left between separators and verbs: Latin-script names (YourNews, Tom's Hardware) or
  // Chinese organisation names (…局, …协会), not descriptions (多家法律分析机构).
  let last = 0;
  const pieces: Array<[string, number]> = [];
  for (const m of masked.matchAll(SOURCE_LIST_SPLIT)) {
    pieces.push([masked.slice(last, m.index), last]);
    last = (m.index ?? 0) + m[0].length;
  }
  pieces.push([masked.slice(last), last]);
  for (const [raw, at] of pieces) {
    const piece = raw.replace(/\|+/g, ' ').trim();
    if (piece === '' || !isSourceName(piece)) continue;
    names.push({ name: piece, at: offset + at + raw.indexOf(piece) });
  }
  names.sort((a, b) => a.at - b.at);
  for (const n of names) {
    // A date written after a name (or after the names listed with it) is that source's date;
    // a name with none after it takes the list's last date before it.
    const local = n.at - offset;
    n.days = (dates.find((d) => d.at > local) ?? dates.filter((d) => d.at < local).at(-1))?.days;
  }
  return names;
}

function isSourceName(piece: string): boolean {
  if (piece.length > 40 || NAMELESS.test(piece)) return false;
  if (/^[A-Za-z0-9]/.test(piece)) return /[A-Za-z]/.test(piece) && piece.split(/\s+/).length <= 6;
  return piece.length >= 2 && piece.length <= 15 && /^[\p{Script=Han}（）()A-Za-z\s]+$/u.test(piece) && ORG_SUFFIX.test(piece);
}

/** The days right after an outlet name: `Reuters 4 月 30 日报道`. */
function daysAfter(after: string): DayRange | undefined {
  MONTH_DAY.lastIndex = 0;
  const m = MONTH_DAY.exec(after);
  if (!m || m.index > 3) return undefined;
  return dayRange(m.slice(1));
}

function dayRange(g: Array<string | undefined>): DayRange {
  const [m1, d1, p1, m2, d2, p2] = g;
  const month = Number(m1);
  const fromDay = d1 ? Number(d1) : partStart(p1);
  const toMonth = m2 ? Number(m2) : month;
  const toDay = d2 ? Number(d2) : p2 ? partEnd(p2) : d1 ? Number(d1) : partEnd(p1);
  return { from: month * 100 + fromDay, to: toMonth * 100 + toDay };
}

function partStart(p: string | undefined): number {
  return p === '中' || p === '中旬' ? 11 : p === '下旬' || p === '底' || p === '末' ? 21 : 1;
}

function partEnd(p: string | undefined): number {
  return p === '初' || p === '上旬' ? 10 : p === '中' || p === '中旬' ? 20 : 31;
}

/** The references an attribution points to: the outlet's entries, narrowed by date when it gives one. */
function resolve(a: Attribution, references: readonly Reference[], index: OutletIndex): number[] {
  const candidates = index.lookup(a.name);
  if (candidates.length <= 1 || !a.days) return candidates;
  const { from, to } = a.days;
  const dated = candidates.filter((i) => {
    const d = references[i].date;
    if (!d || d.length < 10) return false;
    const md = Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
    return md >= from && md <= to;
  });
  return dated.length > 0 ? dated : candidates;
}

/** Lower case, when that keeps every offset in place (it does for Han and Latin text). */
function foldCase(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length ? l : s;
}

/**
 * Finds `name` in `s` (searching its case-folded copy `folded`) at a word boundary: Latin names
 * must not run into letters (`SIA` is not in `Asia`), and short acronyms (AP, FT) match only in capitals.
 */
function findName(s: string, folded: string, name: string, from: number): number {
  const key = foldCase(name);
  const latinStart = /^[A-Za-z0-9]/.test(name);
  const latinEnd = /[A-Za-z0-9]$/.test(name);
  const acronym = name.length <= 4 && /^[A-Z]+$/.test(name);
  for (let at = folded.indexOf(key, from); at >= 0; at = folded.indexOf(key, at + 1)) {
    if (latinStart && at > 0 && /[A-Za-z0-9]/.test(s[at - 1])) continue;
    if (latinEnd && at + name.length < s.length && /[A-Za-z0-9]/.test(s[at + name.length])) continue;
    if (acronym && s.slice(at, at + name.length) !== name) continue;
    return at;
  }
  return -1;
}
