// What each sentence cites: `[3]`, `[1][4]`, `[2,5]` markers, and outlets it attributes to
// (`据 Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布`, `Reuters 4 月 30 日报道`,
// `according to Reuters`), resolved to the briefing's references by outlet name or alias and,
// when one outlet is listed several times, by the date the sentence gives. A sentence citing
// nothing itself inherits its paragraph's first attribution (see `Sentence` in types.ts).
import cues from './attribution-cues.json' with { type: 'json' };
import {
  ALIASES_BY_FIRST_WORD,
  byFirstWord,
  findExact,
  foldCase,
  nameAt,
  outletKey,
  OutletIndex,
  type OutletName,
} from './outlets.js';
import { alternation, daysAt, readSourceList, splitsInList, type Attribution } from './source-list.js';
import { splitSentences } from './sentences.js';
import type { Paragraph, Reference, Sentence } from './types.js';

/**
 * `[3]` `[1,3]` `[1-3]` `【3】` `〔3〕` `[^3]` `^3` `^[3]`, `¹` after Han text or punctuation (not `km²`), `③`, `（3）` before
 * punctuation, `<sup>3</sup>` (HTML; `<sup>[3]</sup>` and `[[3]](#ref3)` hold a bracketed one).
 */
const MARKER =
  /<sup>\s*\[?(\d{1,3}(?:\s*[,，、–-]\s*\d{1,3})*)\]?\s*<\/sup>|[[［【〔]\s*\^?(\d{1,3}(?:\s*[,，、–-]\s*\d{1,3})*)\s*[\]］】〕]|\^\[?(\d{1,3}(?:\s*[,，–-]\s*\d{1,3})*)\]?|(?<=[\p{Script=Han}\p{P}])([¹²³⁴-⁹⁰]+)|([\u2460-\u2473])|[（(](\d{1,3})[)）](?=[。；，,.;！？!?]|$)/gu;
const MARKER_HINT = /[[［【〔^¹²³⁴-⁹\u2460-\u2473（(<]/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const ZH_VERB_NEAR = new RegExp(`^[^，。；,;]{0,24}?(?:${alternation(cues.zhVerbs)})`);
const EN_LEAD_BEFORE = new RegExp(`(?:${alternation(cues.enLeads)})\\s+(?:the\\s+)?$`, 'i');
const EN_VERB_AFTER = new RegExp(`^\\s*(?:${alternation(cues.enVerbs)})\\b`, 'i');
const EN_ACCORDING = /\baccording to (?:(?:a|an|the)\s+)?(?:(?:report|data|analysis|statement|survey)s? (?:by|from) (?:the\s+)?)?((?:[A-Z][\w&'’.-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})/g;
const LIST_END = new Set([...'，,。；;：:！？!?']);
/** A Latin-script word; one that runs on from a letter or digit is skipped (`Asia` is never looked up from `sia`). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9'’.&-]*/g;
const isLatinOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const MAX_LIST = 80;

/** Alias-table names that a source list's separators would cut apart; the rest are matched piece by piece. */
const UNSPLITTABLE_ALIASES: OutletName[] = new OutletIndex([]).aliasNames.filter((n) => splitsInList(n.name));

const NO_HITS: Hit[] = [];
const NO_ATTRIBUTIONS: Attribution[] = [];

export interface Hit {
  at: number;
  end: number;
}

/** Builds paragraphs of one briefing: sentences with their citations. */
export class Citer {
  private readonly index: OutletIndex;
  /** Per reference list, printed number → index into `references`. */
  private readonly numbered = new Map<number, Map<number, number>>();
  /** Where each list starts: a marker cites the first list after its sentence (else the last list). */
  private readonly listStarts: Array<[number, number]> = [];
  private readonly anyList = new Map<number, number>();
  /** Whether the list is numbered ① ② or （1）（2）: then such marks in the text cite it. */
  private readonly circled: boolean;
  private readonly parenthesised: boolean;
  /** Where the briefing's own outlets are named in the text, found once for the whole text. */
  private readonly hits: Hit[] = [];

  /** `scan` bounds the content (the paragraphs), so the reference list and footer are not searched. */
  constructor(
    private readonly text: string,
    private readonly references: readonly Reference[],
    scan: { start: number; end: number } = { start: 0, end: text.length },
  ) {
    this.index = new OutletIndex(references);
    this.circled = references.some((r) => /^[\u2460-\u2473]/.test(r.raw.text));
    this.parenthesised = references.some((r) => /^[（(]\d/.test(r.raw.text));
    references.forEach((r, i) => {
      const list = r.list ?? 0;
      const numbered = this.numbered.get(list) ?? new Map<number, number>();
      if (!numbered.has(r.index)) numbered.set(r.index, i);
      this.numbered.set(list, numbered);
      if (!this.listStarts.some(([l]) => l === list)) this.listStarts.push([list, r.raw.start]);
      if (!this.anyList.has(r.index)) this.anyList.set(r.index, i);
    });
    this.findOutletNames(text.slice(scan.start, scan.end), scan.start);
  }

  /**
   * Finds outlet names in the whole text once: Latin-script names (this briefing's outlets and the
   * alias table's) by looking up each Latin word, Han names of this briefing's outlets by search.
   */
  private findOutletNames(text: string, offset: number): void {
    const found: Hit[] = [];
    const referenced = byFirstWord(this.index.referencedNames);
    const prefixes = new Set(ALIAS_PREFIXES);
    for (const key of referenced.keys()) prefixes.add(prefixKey(key, 0));
    LATIN_WORD.lastIndex = 0;
    for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text)) {
      const at = m.index;
      if (at > 0 && isLatinOrDigit(text.charCodeAt(at - 1))) continue;
      let wordEnd = at + m[0].length;
      while (wordEnd > at + 1 && (text[wordEnd - 1] === '.' || text[wordEnd - 1] === "'" || text[wordEnd - 1] === '’')) wordEnd--;
      // Most words start no outlet's name: look at their first two letters before making a key.
      if (wordEnd - at < 2 || !prefixes.has(prefixKey(text, at))) continue;
      const key = text.slice(at, wordEnd).toLowerCase();
      const best = Math.max(longestAt(text, referenced.get(key), at), longestAt(text, ALIASES_BY_FIRST_WORD.get(key), at));
      if (best > 0) found.push({ at: offset + at, end: offset + at + best });
    }
    // Han names (路透社, 南华早报 (SCMP)): few per briefing, and indexOf is the fastest scan there is.
    for (const n of this.index.referencedNames) {
      if (n.latinStart) continue;
      for (let at = findExact(text, n, 0); at >= 0; at = findExact(text, n, at + n.name.length)) {
        found.push({ at: offset + at, end: offset + at + n.name.length });
      }
    }
    // The longest name wins where names overlap: `南华早报 (SCMP)` over `SCMP`, `Reuters Breakingviews` over `Reuters`.
    found.sort((a, b) => a.at - b.at || b.end - a.end);
    for (const h of found) {
      const last = this.hits[this.hits.length - 1];
      if (!last || h.at >= last.end) this.hits.push(h);
      else if (h.end - h.at > last.end - last.at) this.hits[this.hits.length - 1] = h;
    }
  }

  paragraph(start: number, end: number): Paragraph {
    const sentences: Sentence[] = splitSentences(this.text, start, end).map((s) => this.sentence(s.start, s.end));
    const first = sentences.find((s) => s.citedRefs.length > 0 || s.attributedOutlets.length > 0);
    if (first) {
      for (const s of sentences) {
        if (s.citedRefs.length === 0 && s.attributedOutlets.length === 0) {
          s.citedRefs = first.citedRefs.slice();
          s.attributedOutlets = first.attributedOutlets.slice();
          s.citationInherited = true;
        }
      }
    }
    return { start, end, text: this.text.slice(start, end), sentences };
  }

  private sentence(start: number, end: number): Sentence {
    const text = this.text.slice(start, end);
    const attributions = this.attributions(text, start);
    const marked = MARKER_HINT.test(text);
    if (!marked && attributions.length === 0) return { start, end, text, citedRefs: [], attributedOutlets: [] };
    const cited = new Set<number>();
    if (marked) {
      const list = this.listStarts.find(([, at]) => at > start) ?? this.listStarts.at(-1);
      const numbered = this.numbered.get(list?.[0] ?? 0) ?? new Map<number, number>();
      for (const m of text.matchAll(MARKER)) {
        // ③ and （3） are citations only where the list is numbered that way (else they enumerate).
        if ((m[5] && !this.circled) || (m[6] && !this.parenthesised)) continue;
        for (const n of markerNumbers(m)) {
          // A list continued under a second heading (参考文献（续）) numbers on: any list then.
          const i = numbered.get(n) ?? this.anyList.get(n);
          if (i !== undefined) cited.add(i);
        }
      }
    }
    const outlets: string[] = [];
    const seen = new Set<string>();
    for (const a of attributions) {
      const key = outletKey(a.name);
      if (!seen.has(key)) {
        seen.add(key);
        outlets.push(a.name);
      }
      for (const i of this.resolve(a)) cited.add(i);
    }
    return { start, end, text, citedRefs: [...cited].sort((a, b) => a - b), attributedOutlets: outlets };
  }

  private attributions(sentence: string, offset: number): Attribution[] {
    const hits = this.hitsWithin(offset, offset + sentence.length);
    if (hits.length === 0 && !sentence.includes('据') && !sentence.includes('according to')) return NO_ATTRIBUTIONS;
    const found: Attribution[] = [];
    const taken: Array<[number, number]> = [];
    // 据 X、Y 及 Z 5 月 7 日报道：the list runs from 据 to the next comma.
    for (const marker of cues.zhSourceMarkers) {
      for (let at = sentence.indexOf(marker); at >= 0; at = sentence.indexOf(marker, at + marker.length)) {
        const before = at > 0 ? sentence[at - 1] : '';
        if (before === marker) continue;
        if (marker === '据' && (before === '根' || cues.zhNotSourceBefore.includes(before))) continue;
        const from = at + marker.length;
        if (cues.zhNotSourceAfter.some((w) => sentence.startsWith(w, from))) continue;
        let to = from;
        while (to < sentence.length && to - from < MAX_LIST && !LIST_END.has(sentence[to])) to++;
        const list = sentence.slice(from, to);
        const known: Hit[] = [];
        for (const h of this.hitsWithin(offset + from, offset + to)) known.push({ at: h.at - offset - from, end: h.end - offset - from });
        for (const n of UNSPLITTABLE_ALIASES) {
          const at = findExact(list, n, 0);
          if (at >= 0) known.push({ at, end: at + n.name.length });
        }
        found.push(...readSourceList(list, from, known));
        taken.push([from, to]);
      }
    }
    // Reuters 4 月 30 日报道 / Brookings 分析指出 / told Reuters / Reuters reported.
    for (const h of hits) {
      const at = h.at - offset;
      const end = h.end - offset;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      const after = sentence.slice(end, end + 40);
      const before = sentence.slice(Math.max(0, at - 24), at);
      // "(Reuters)" after a dateline is an attribution; "the Ministry of Commerce (MOFCOM)" only abbreviates the name before it.
      const bracketed = /[(（]$/.test(before) && !/[A-Z][a-z][\w’'-]*\s*[(（]$/.test(before);
      if (ZH_VERB_NEAR.test(after) || EN_VERB_AFTER.test(after) || EN_LEAD_BEFORE.test(before) || bracketed) {
        found.push({ name: sentence.slice(at, end), at, days: daysAt(after) });
        taken.push([at, end]);
      }
    }
    if (sentence.includes('according to')) {
      for (const m of sentence.matchAll(EN_ACCORDING)) {
        const name = m[1].replace(/[.'’]+$/, '');
        const at = m.index + m[0].length - m[1].length;
        if (!taken.some(([a, b]) => at < b && at + name.length > a)) found.push({ name, at });
      }
    }
    return found.sort((a, b) => a.at - b.at);
  }

  /** The outlet names found wholly within [start, end). */
  private hitsWithin(start: number, end: number): Hit[] {
    const hits = this.hits;
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].at < start) lo = mid + 1;
      else hi = mid;
    }
    let stop = lo;
    while (stop < hits.length && hits[stop].end <= end) stop++;
    return stop === lo ? NO_HITS : hits.slice(lo, stop);
  }

  /** The references an attribution points to: the outlet's entries, narrowed by date when it gives one. */
  private resolve(a: Attribution): number[] {
    const candidates = this.index.lookup(a.name);
    if (candidates.length <= 1 || !a.days) return candidates;
    const { from, to } = a.days;
    const dated = candidates.filter((i) => {
      const d = this.references[i].date;
      if (!d || d.length < 10) return false;
      const md = Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
      return md >= from && md <= to;
    });
    return dated.length > 0 ? dated : candidates;
  }
}

/** The first two characters at `at`, lower-cased, as one number. */
function prefixKey(s: string, at: number): number {
  return (lowerCode(s.charCodeAt(at)) << 16) | lowerCode(s.charCodeAt(at + 1));
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const ALIAS_PREFIXES = [...ALIASES_BY_FIRST_WORD.keys()].map((k) => prefixKey(k, 0));

/** The length of the longest of `names` written at `at`, or 0. */
function longestAt(text: string, names: readonly OutletName[] | undefined, at: number): number {
  if (!names) return 0;
  for (const n of names) if (nameAt(text, n, at)) return n.name.length; // longest first
  return 0;
}

/** The numbers a marker cites: `1, 3-5` → [1, 3, 4, 5], `¹²` → [12], `③` → [3]. */
function markerNumbers(m: RegExpMatchArray): number[] {
  if (m[4]) return [Number([...m[4]].map((c) => SUPERSCRIPT.indexOf(c)).join(''))];
  if (m[5]) return [m[5].charCodeAt(0) - 0x2460 + 1];
  const s = m[1] ?? m[2] ?? m[3] ?? m[6];
  const out: number[] = [];
  for (const part of s.split(/[,，、]/)) {
    const [a, b] = part.split(/[–-]/).map((x) => Number(x.trim()));
    if (b === undefined || Number.isNaN(b)) out.push(a);
    else for (let n = a; n <= b && n - a < 50; n++) out.push(n);
  }
  return out;
}
