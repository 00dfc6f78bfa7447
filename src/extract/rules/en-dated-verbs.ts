// English dated events keyed on the clause's verb, for dates no earlier rule used. On unseen news the
// dated thing is rarely in a head-noun list: "visited the Chitose construction site in May last year"
// (a visit), "will start running the pilot line … in April", "a first tightening of quotas, which cut
// inflows by about 15% from 1 April", "The framework agreement that Brussels and Washington concluded at
// the end of July", "whose definitive phase starts in January 2026". Read by grammar (compromise tags):
// the date's preposition, then what it attaches to — an event noun phrase right before it, else the
// clause's verb and its object (or subject, or the noun a relative clause hangs from). An event-like
// object or subject is dated by the verb's class; a plain object makes an Event named by the nominalised
// verb ("visit to the Chitose construction site"). Never a person, place or organisation. Words:
// lexicon/en-dated-verbs.json.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { IsoDate } from '../../model/index.js';
import { findTemporalExpressions } from '../dates.js';
import { isDatable } from '../dates/attach.js';
import { lexicon as D } from '../dates/lexicon.js';
import { rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { hasStart, setEnd, setStart, type DateContext } from '../temporal.js';

type Role = 'start' | 'end';
interface VerbEntry {
  verb: string;
  forms?: string[];
  objectRole?: Role;
  subjectRole?: Role | 'span';
  noun?: string;
  prep?: string;
  anyObject?: boolean;
}
interface Words {
  verbs: VerbEntry[];
  neverVerbs: string[];
  startPrepositions: string[];
  endPrepositions: string[];
  atPrepositions: string[];
  blockPrepositions: string[];
  eventSuffixes: string[];
  alNouns: string[];
  eventNouns: string[];
  notEvents: string[];
  effectOnlyNouns: string[];
}
interface Lex {
  w: Words;
  /** Lower-cased verb form (one or more words) → its entry. */
  forms: Map<string, VerbEntry>;
  never: Set<string>;
  events: Set<string>;
  notEvents: Set<string>;
  al: Set<string>;
  effectOnly: Set<string>;
  /** The date's preposition (with late/early/the end of) right before it. */
  prep: RegExp;
}
let LEX: Lex | undefined;

/** -s, -ed and -ing forms of a one-word base: open → opens, opened, opening; scrap → scrapped. */
function inflect(base: string): string[] {
  if (base.includes(' ')) return [base];
  const cvc = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && base !== 'visit';
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : cvc ? `${base}${base.slice(-1)}ed` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : cvc ? `${base}${base.slice(-1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

function lex(): Lex {
  if (LEX) return LEX;
  const w = JSON.parse(readFileSync(new URL('../lexicon/en-dated-verbs.json', import.meta.url), 'utf8')) as Words;
  const forms = new Map<string, VerbEntry>();
  for (const v of w.verbs) for (const f of [...inflect(v.verb), ...(v.forms ?? [])]) if (!forms.has(f)) forms.set(f, v);
  const preps = [...w.startPrepositions, ...w.endPrepositions, ...w.atPrepositions, ...w.blockPrepositions].sort((a, b) => b.length - a.length);
  const prep = new RegExp(`(?:^|\\s)(${preps.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');
  LEX = { w, forms, never: new Set(w.neverVerbs), events: new Set(w.eventNouns), notEvents: new Set(w.notEvents), al: new Set(w.alNouns), effectOnly: new Set(w.effectOnlyNouns), prep };
  return LEX;
}

interface Tok {
  w: string;
  lw: string;
  s: number;
  e: number;
  tags: Set<string>;
  post: string;
  /** Index of the date the token is part of. */
  date?: number;
}
interface Span {
  start: number;
  end: number;
}
/** What a date dates: a phrase (an existing mention covers it, or a new Event is made) and which end. */
export interface Found extends Span {
  name: string;
  /** Where its head word starts, and the word (a name rule reads phrases ending in an English event word itself). */
  headStart: number;
  head: string;
  date: Span;
  role: Role | 'span';
  /** Whether the phrase itself may become a new Event mention (not a bare head). */
  make: boolean;
  /** A new event's object (signing of a memorandum): its own mention may share the date. */
  object?: Span;
  /** The preposition's side for 'span' verbs (run from/until). */
  prepRole?: Role;
}

let cache: { text: string; start: number; end: number; toks: Tok[] } | undefined;
function tokens(text: string, start: number, end: number): Tok[] {
  if (cache && cache.text === text && cache.start === start && cache.end === end) return cache.toks;
  const slice = text.slice(start, end);
  const json = nlp(slice).json({ offset: true, terms: { offset: true } }) as {
    terms: { text: string; post: string; tags: string[]; offset: { start: number; length: number } }[];
  }[];
  const toks = json.flatMap((s) =>
    s.terms.map((t) => ({ w: t.text, lw: t.text.toLowerCase(), s: start + t.offset.start, e: start + t.offset.start + t.offset.length, tags: new Set(t.tags), post: t.post })),
  );
  cache = { text, start, end, toks };
  return toks;
}

const HARD = /[;:.!?()\u2013\u2014"“”]/;
const isPrep = (t: Tok | undefined) => !!t && (t.tags.has('Preposition') || /^(?:in|on|at|from|since|until|through|of|for|with|by)$/.test(t.lw));
const isVerb = (t: Tok) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula');
/** Words of a verb chain before its lexical verb: will, has been, is due to, formally. */
const CHAIN = /^(?:to|not|also|formally|officially|finally|then|already|due|set|scheduled|slated|poised|expected|likely|about)$/;
const inChain = (t: Tok) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || CHAIN.test(t.lw);
const NP_STOP = /^(?:which|that|who|whom|whose|when|where|while|and|or|but|as|than|it|he|she|they|we|i|you|this|these|those)$/;
const isNpTok = (t: Tok) =>
  !NP_STOP.test(t.lw) &&
  !t.tags.has('Pronoun') &&
  !isPrep(t) &&
  !inChainOnly(t) &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Gerund') || /^[\w-]+$/.test(t.w) && !t.tags.has('Verb'));
const inChainOnly = (t: Tok) => (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun')) || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb');
const isLead = (t: Tok) => t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Value') || t.tags.has('Ordinal') || /^(?:first|second|third|new|its|their|his|her|our|this|that)$/.test(t.lw);
const isName = (t: Tok) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('ProperNoun') || /^[A-Z]/.test(t.w);

let ruleHeads: Set<string> | undefined;
let measureHeads: Set<string> | undefined;
/** A head the name and date rules read as an event or policy themselves (agreement, memorandum, regime). */
function namedByRules(t: Tok): boolean {
  ruleHeads ??= new Set([...rules().englishEventWords, ...D.attach.datableHeads].map((w) => w.toLowerCase()));
  return !/^[A-Z]/.test(t.w) && ruleHeads.has(t.lw);
}
/** Heads of measured quantities (mass production, exports): an Indicator's, dated by its period. */
const measures = () => (measureHeads ??= new Set(D.attach.measureHeads));

/** A noun names a happening: an event word, or #Noun with an event suffix that is no thing (government). */
function eventHead(t: Tok | undefined): boolean {
  if (!t || !t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Pronoun') || t.date !== undefined || /^[A-Z]/.test(t.w)) return false;
  const L = lex();
  const w = t.lw.replace(/[’']s$/, '');
  if (L.notEvents.has(w)) return false;
  if (L.events.has(w) || L.al.has(w)) return true;
  return w.length >= 7 && L.w.eventSuffixes.some((s) => w.endsWith(s) || w.endsWith(`${s}s`));
}

/** The noun phrase ending at token `last` (inclusive), walking back over modifiers; its lead words apart. */
function npEndingAt(toks: Tok[], last: number, floor: number): { from: number; name: number; to: number; head: number } | undefined {
  if (last < floor || !isNpTok(toks[last]) || toks[last].tags.has('Determiner')) return undefined;
  let from = last;
  while (from - 1 >= floor && isNpTok(toks[from - 1]) && !/[,;:]/.test(toks[from - 1].post) && last - from < 5) from--;
  let head = last;
  // "a first tightening of quotas": the phrase is of its first noun.
  if (from - 2 >= floor && toks[from - 1].lw === 'of' && last - from < 3 && eventHead(toks[from - 2])) {
    const outer = npEndingAt(toks, from - 2, floor);
    if (outer) ((head = outer.to), (from = outer.from));
  }
  let name = from;
  while (name < head && isLead(toks[name])) name++;
  return { from, name, to: last, head };
}

/** The noun phrase starting at token `first`: modifiers, head, and a short "of X" complement. */
function npStartingAt(toks: Tok[], first: number, ceil: number): { from: number; name: number; to: number; head: number } | undefined {
  let i = first;
  while (i < ceil && /^(?:up|out|off|down)$/.test(toks[i].lw)) i++;
  const from = i;
  let to = -1;
  while (i < ceil && isNpTok(toks[i]) && toks[i].date === undefined && i - from < 7) {
    to = i;
    if (/[,;:]/.test(toks[i].post)) break;
    i++;
  }
  if (to < 0) return undefined;
  const head = to;
  // "a first tightening of quotas": a short complement names it.
  if (!/[,;:]/.test(toks[to].post) && toks[to + 1]?.lw === 'of' && to + 2 < ceil) {
    let j = to + 2;
    let k = -1;
    while (j < ceil && isNpTok(toks[j]) && toks[j].date === undefined && j - to <= 4) {
      k = j;
      if (/[,;:]/.test(toks[j].post)) break;
      j++;
    }
    if (k > 0) to = k;
  }
  let name = from;
  while (name < head && isLead(toks[name])) name++;
  return { from, name, to, head };
}

const text2 = (text: string, toks: Tok[], a: number, b: number) => text.slice(toks[a].s, toks[b].e).replace(/[“”"*]/g, '').replace(/\s+/g, ' ').trim();

/** The known verb whose form ends at or covers token i (multi-word forms: take effect, kick off). */
function verbAt(toks: Tok[], i: number): { entry: VerbEntry; from: number; to: number } | undefined {
  const L = lex();
  for (let n = 3; n >= 1; n--) {
    for (let a = i - n + 1; a <= i; a++) {
      if (a < 0 || a + n > toks.length) continue;
      const words = toks.slice(a, a + n).map((t) => t.lw).join(' ');
      const e = L.forms.get(words);
      if (e) return { entry: e, from: a, to: a + n - 1 };
    }
  }
  return undefined;
}

interface Chain {
  from: number;
  to: number;
  entry?: VerbEntry;
  /** The lexical verb's own tokens. */
  vFrom: number;
  vTo: number;
}
/** The verb chain around token i (will start running; is due to expire): its span and its first known verb. */
function chainAt(toks: Tok[], i: number, floor: number, ceil: number): Chain | undefined {
  let from = i;
  let to = i;
  while (from - 1 >= floor && inChain(toks[from - 1]) && !/[,;:]/.test(toks[from - 1].post) && i - from < 5) from--;
  while (to + 1 < ceil && (toks[to + 1].tags.has('Verb') || toks[to + 1].lw === 'to' || /^(?:effect|force|place|off|out)$/.test(toks[to + 1].lw)) && !/[,;:]/.test(toks[to].post) && to - i < 4) to++;
  // The first known verb of the chain (are to begin, will start running); a chain of saying or
  // expecting alone (said, is estimated) dates nothing.
  for (let j = from; j <= to; j++) {
    const v = verbAt(toks, j);
    if (v && v.from >= from) return { from, to: Math.max(to, v.to), entry: v.entry, vFrom: v.from, vTo: v.to };
  }
  if (toks.slice(from, to + 1).some((t) => lex().never.has(t.lw))) return undefined;
  return { from, to, vFrom: i, vTo: i };
}

/** The dated things of sentence text[start, end): by the verbs and nouns around each date. */
export function findDated(text: string, start: number, end: number, dates: Span[]): Found[] {
  if (/[\u3400-\u9fff]/.test(text.slice(start, end)) || !dates.length) return [];
  const L = lex();
  const toks = tokens(text, start, end);
  dates.forEach((d, k) => toks.forEach((t) => (t.s < d.end && t.e > d.start ? (t.date = k) : undefined)));
  const out: Found[] = [];
  const idx = (pos: number) => toks.findIndex((t) => t.e > pos);
  const clauseFloor = (i: number): number => {
    let j = i;
    while (j > 0 && !HARD.test(toks[j - 1].post)) j--;
    return j;
  };
  const clauseCeil = (i: number): number => {
    let j = i;
    while (j < toks.length - 1 && !HARD.test(toks[j].post)) j++;
    return j + 1;
  };
  const push = (np: { from: number; name: number; to: number; head: number }, date: Span, role: Role | 'span', prepRole?: Role) => {
    const head = toks[np.head];
    if (!eventHead(head) && !namedByRules(head)) return;
    const name = text2(text, toks, np.name, np.to);
    const make = np.name < np.head || np.to > np.head;
    // The span leaves out the determiner, so a name rule's reading of the same words wins the tie.
    let from = np.from;
    while (from < np.head && (toks[from].tags.has('Determiner') || toks[from].tags.has('Possessive'))) from++;
    out.push({ start: toks[from].s, end: toks[np.head].e, headStart: head.s, head: head.lw, name, date, role, make: make && name.length <= 40 && !/[,;]/.test(name), prepRole });
  };
  for (const [k, d] of dates.entries()) {
    const di = idx(d.start);
    if (di < 0) continue;
    // "May last year": a month and the year after it are one date, found by the first.
    if (k > 0 && dates[k - 1].end <= d.start && /^\s*$/.test(text.slice(dates[k - 1].end, d.start))) continue;
    const before = text.slice(start, d.start);
    const p = L.prep.exec(before);
    const prep = p?.[1].toLowerCase().replace(/\s+/g, ' ');
    if (prep && L.w.blockPrepositions.includes(prep)) continue;
    const prepRole: Role | undefined = prep && L.w.startPrepositions.includes(prep) ? 'start' : prep && L.w.endPrepositions.includes(prep) ? 'end' : undefined;
    // Index of the first token of the date's phrase (its preposition, or the date).
    const pi = p ? idx(start + p.index + (p[0].length - p[0].trimStart().length)) : di;
    const floor = clauseFloor(pi);
    const ceil = clauseCeil(di);
    const role: Role = prepRole ?? 'start';

    // The July agreement / last week's talks: a month or day before an event noun names when it happened.
    const after = toks.findIndex((t) => t.s >= d.end);
    const afterNp = after >= 0 && after < ceil && toks[after - 1]?.date === k ? npStartingAt(toks, after, ceil) : undefined;
    // A month or a day: "the July agreement"; a year before a noun (the 2027 target, fiscal 2025 budget) is what it is for.
    const precise = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(text.slice(d.start, d.end));
    if (afterNp && afterNp.from === after && precise && /^(?:[’']s)?\s+$/.test(text.slice(d.end, toks[after].s)) && (pi === di || prep === 'in' || prep === 'at') && afterNp.head === afterNp.to) {
      push({ ...afterNp, name: after }, d, 'start');
      continue;
    }
    // A tightening from April 1 / the definitive phase from January 2026: an event noun right before the date's phrase.
    const np = npEndingAt(toks, pi - 1, floor);
    if (p && np && eventHead(toks[np.head]) && !/[,;:]/.test(toks[pi - 1].post)) {
      const v = np.from - 1 >= floor ? chainAt(toks, np.from - 1, floor, ceil) : undefined;
      // …held talks on Monday: a verb before it says which end (lifted the ban from Monday → its end).
      const vr = v?.entry?.objectRole && isVerb(toks[np.from - 1]) ? v.entry.objectRole : undefined;
      push(np, d, prepRole ?? vr ?? 'start', prepRole);
      continue;
    }
    // The clause's verb: walking back from the date over its object and preposition phrases.
    let vi = -1;
    for (let j = pi - 1, steps = 0; j >= floor && steps < 16; j--, steps++) {
      const t = toks[j];
      if (/,/.test(t.post) && !isPrep(toks[j + 1])) break;
      // "an investigation into imports of pork": a "verb" after a preposition or article is a noun.
      const noun = j > floor && (isPrep(toks[j - 1]) || toks[j - 1].tags.has('Determiner'));
      if (isVerb(t) && !t.tags.has('Gerund') && !noun) {
        vi = j;
        break;
      }
      if (t.tags.has('Gerund') && isVerb(t) && j > floor && inChain(toks[j - 1])) {
        vi = j;
        break;
      }
      if (NP_STOP.test(t.lw) || t.tags.has('QuestionWord') || t.tags.has('Conjunction')) break;
    }
    // The Commission on Tuesday proposed … / On June 7, the agency launched …: the verb after the date.
    let dateFirst = false;
    if (vi < 0) {
      const from = di + 1;
      for (let j = from; j < ceil && j - from < 7; j++) {
        if (toks[j].date === k) continue;
        if (isVerb(toks[j])) {
          vi = j;
          dateFirst = true;
          break;
        }
        if (NP_STOP.test(toks[j].lw) && toks[j].lw !== 'he' && toks[j].lw !== 'it' && toks[j].lw !== 'they') break;
      }
    }
    if (vi < 0) continue;
    const chain = chainAt(toks, vi, floor, ceil);
    if (!chain) continue;
    // A tightening of quotas, which cut inflows by about 15% from 1 April: whatever the verb, a relative
    // clause whose own date says from when dates the event noun it hangs from.
    const subjectGap = !dateFirst && chain.from - 1 > floor && /^(?:which|that)$/.test(toks[chain.from - 1].lw);
    if (subjectGap && prepRole === 'start' && !chain.entry) {
      const ant = npEndingAt(toks, chain.from - 2, floor);
      if (ant && !L.effectOnly.has(toks[ant.head].lw)) push(ant, d, 'start', prepRole);
      continue;
    }
    if (!chain.entry) continue;
    const entry = chain.entry;
    const objEnd = dateFirst ? ceil : pi;
    const obj = chain.to + 1 < objEnd && !isPrep(toks[chain.to + 1]) ? npStartingAt(toks, chain.to + 1, objEnd) : undefined;
    // The object gap: "The framework agreement that Brussels and Washington concluded at the end of July".
    const rel = (() => {
      if (dateFirst) return undefined;
      for (let j = chain.from - 1; j >= floor && chain.from - j <= 6; j--) {
        if (/^(?:that|which)$/.test(toks[j].lw)) return j;
        if (!isNpTok(toks[j]) && toks[j].lw !== 'and') return undefined;
      }
      return undefined;
    })();
    if (rel !== undefined && !obj && rel > floor) {
      const ant = npEndingAt(toks, rel - 1, floor);
      const gapObject = rel < chain.from - 1;
      const r = gapObject ? entry.objectRole : entry.subjectRole;
      if (ant && r) push(ant, d, r === 'span' ? (prepRole ?? 'start') : r, prepRole);
      continue;
    }
    if (obj && !dateFirst && obj.to >= pi) continue;
    if (obj) {
      const head = toks[obj.head];
      if (entry.objectRole && (eventHead(head) || namedByRules(head))) {
        push(obj, d, entry.objectRole, prepRole);
        continue;
      }
      // Visited the Chitose construction site → a visit to it; a person or a place only for a visit, a meeting.
      // Not over a thing the name rules read themselves (a memorandum, mass production): its own date is theirs.
      if (entry.noun && (entry.anyObject || !isName(head)) && head.date === undefined && !namedByRules(head) && !measures().has(head.lw)) {
        const objName = text2(text, toks, obj.from, obj.to);
        const name = `${entry.noun} ${entry.prep ?? 'of'} ${objName}`;
        // The span is the verb: the object keeps its own mention (a visit's place, a plant).
        const spanEnd = toks[chain.vTo].e;
        if (name.length <= 40 && !/[,;]/.test(name) && !objName.match(/^(?:it|them|him|her|this|that)$/i)) {
          const object = { start: toks[obj.from].s, end: toks[obj.to].e };
          out.push({ start: toks[chain.vFrom].s, end: spanEnd, headStart: toks[chain.vFrom].s, head: '', name, date: d, role: 'start', make: true, object });
        }
      }
      continue;
    }
    // …whose definitive phase starts in January 2026: the subject of a verb with nothing after it.
    if (!entry.subjectRole || (chain.to + 1 !== pi && !isPrep(toks[chain.to + 1]))) continue;
    const subj = npEndingAt(toks, chain.from - 1, floor);
    if (!subj) continue;
    const r = entry.subjectRole === 'span' ? prepRole : entry.subjectRole;
    if (r) push(subj, d, r, prepRole);
  }
  return out;
}

/** New Event mentions for the dated happenings of a sentence (positions only: the date values do not matter here). */
export function enDatedVerbMentions(text: string, start: number, end: number): Mention[] {
  const slice = text.slice(start, end);
  if (/[\u3400-\u9fff]/.test(slice) || !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|week|day|monday|tuesday|wednesday|thursday|friday|yesterday|today)/i.test(slice)) return [];
  const dates = findTemporalExpressions(slice, '2025-01-01').map((d) => ({ start: d.start + start, end: d.end + start }));
  eventWords ??= new Set(rules().englishEventWords.map((w) => w.toLowerCase()));
  // A phrase ending in an English event word is the name rules' own (rules/english.ts): only dated here.
  return findDated(text, start, end, dates)
    .filter((f) => f.make && !eventWords!.has(f.head))
    .map((f) => ({ start: f.start, end: f.end, name: f.name, label: 'Event' as const, rule: 'dated-verb' as const }));
}

let eventWords: Set<string> | undefined;
const precision = (d: IsoDate) => d.length;
type Expr = DateContext['expressions'][number];
/** "May last year": a month right before a year-only date is that year's month. */
const monthOfYear = (text: string, x: Expr, next: Expr | undefined): IsoDate | undefined =>
  next && /^\s*$/.test(text.slice(x.end, next.start)) && x.value.start.length === 7 && !x.value.end && next.value.start.length === 4 && !next.value.end
    ? `${next.value.start}${x.value.start.slice(4)}`
    : undefined;

/** Dates the things found above, for dates no earlier rule used in this sentence. */
export function enDatedVerbDates(ctx: DateContext): void {
  const { text } = ctx;
  if (!ctx.expressions.length) return;
  const nodes = ctx.mentions.map((m) => ctx.node(m.id)).filter((n) => n !== undefined);
  /** Whether a node of this sentence (other than those of `except`, an event's own object) has this date from it. */
  const used = (v: { start: IsoDate; end?: IsoDate }, except?: Span) =>
    ctx.mentions.some((m) => !(except && m.start >= except.start && m.end <= except.end) && usedBy(ctx.node(m.id), v));
  const usedBy = (n: ReturnType<DateContext['node']>, v: { start: IsoDate; end?: IsoDate }) =>
    !!n && ((n.startEvidence?.start === ctx.start && n.start === v.start) || (n.endEvidence?.start === ctx.start && n.end === (v.end ?? v.start)));
  // "in May last year": an earlier rule read the month alone (this year's May); it is last year's.
  for (const [i, x] of ctx.expressions.entries()) {
    const y = monthOfYear(text, x, ctx.expressions[i + 1]);
    if (!y) continue;
    for (const n of nodes) if (n.start === x.value.start && n.startEvidence?.start === ctx.start) n.start = y;
  }
  for (const f of findDated(text, ctx.start, ctx.end, ctx.expressions)) {
    const i = ctx.expressions.findIndex((e) => e.start === f.date.start);
    const x = ctx.expressions[i];
    if (!x || x.vague || used(x.value, f.object)) continue;
    // "May last year": the month of the year that follows it.
    const y = monthOfYear(text, x, ctx.expressions[i + 1]);
    if (y && used({ start: y }, f.object)) continue;
    const value = y ? { start: y } : x.value;
    // The mention that took the phrase: it covers its head and is not much longer.
    const m = ctx.mentions.find((p: Placed) => !p.nested && p.start <= f.headStart && p.end >= f.end && p.end - p.start <= f.end - f.start + 16);
    const node = m && ctx.node(m.id);
    if (!m || !node || !isDatable(text, m) && m.label !== 'Concept') continue;
    if (m.label === 'Person' || m.label === 'Place' || m.label === 'Organization') continue;
    const ev = ctx.evidence();
    const role = f.role === 'span' ? f.prepRole : f.role;
    if (value.end) {
      if (!hasStart(node)) setStart(node, value.start, ev);
      setEnd(node, value.end, 'ends', ev);
    } else if (role === 'end') {
      setEnd(node, value.start, /expire|lapse/i.test(text.slice(ctx.start, ctx.end)) ? 'expires' : 'ends', ev);
    } else if (role === 'start') {
      // Respect a date already there unless this one is more precise and from this clause.
      if (hasStart(node) && !(node.startEvidence?.start === ctx.start && precision(value.start) > precision(node.start!))) continue;
      // In March he announced a tightening, which cut inflows from 1 April: the day it starts, not the month it was announced.
      if (hasStart(node)) ((node.start = value.start), (node.startEvidence = ev));
      else setStart(node, value.start, ev);
    } else continue;
    if (value.start > ctx.briefingDate && node.modality !== 'possible') node.modality = 'expected';
  }
}
