// The grammar the dated-verb rule reads English clauses by (rules/en-dated-verbs.ts): compromise's tokens
// and tags, noun phrases going back from a head or forward from a verb, verb chains (will start running,
// is due to expire) and the verbs and nouns of lexicon/en-dated-verbs.json.
import { readFileSync } from 'node:fs';
import { lexicon as D } from '../dates/lexicon.js';
import { rules } from '../lexicon.js';
import { parseSentence } from './english-parse.js';
import { forgetPerBriefing } from '../per-briefing.js';

export type Role = 'start' | 'end';
export interface VerbEntry {
  verb: string;
  forms?: string[];
  objectRole?: Role;
  subjectRole?: Role | 'span';
  noun?: string;
  prep?: string;
  anyObject?: boolean;
  nameObject?: boolean;
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
  bareEventNouns: string[];
  endNouns: string[];
  scheduleWords: string[];
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
  bare: Set<string>;
  endNouns: Set<string>;
  schedule: Set<string>;
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

export function lex(): Lex {
  if (LEX) return LEX;
  const w = JSON.parse(readFileSync(new URL('../lexicon/en-dated-verbs.json', import.meta.url), 'utf8')) as Words;
  const forms = new Map<string, VerbEntry>();
  for (const v of w.verbs) for (const f of [...inflect(v.verb), ...(v.forms ?? [])]) if (!forms.has(f)) forms.set(f, v);
  const preps = [...w.startPrepositions, ...w.endPrepositions, ...w.atPrepositions, ...w.blockPrepositions].sort((a, b) => b.length - a.length);
  const prep = new RegExp(`(?:^|\\s)(${preps.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');
  LEX = { w, forms, never: new Set(w.neverVerbs), events: new Set(w.eventNouns), notEvents: new Set(w.notEvents), al: new Set(w.alNouns), effectOnly: new Set(w.effectOnlyNouns), bare: new Set(w.bareEventNouns), endNouns: new Set(w.endNouns), schedule: new Set(w.scheduleWords), prep };
  return LEX;
}

export interface Tok {
  w: string;
  lw: string;
  s: number;
  e: number;
  tags: Set<string>;
  post: string;
  /** The sentence's first word. */
  first?: boolean;
  /** Index of the date the token is part of. */
  date?: number;
}
export interface Span {
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
  /** The clause's verb is in the past. */
  past?: boolean;
  /** The preposition's side for 'span' verbs (run from/until). */
  prepRole?: Role;
}

let cache: { text: string; start: number; end: number; toks: Tok[] } | undefined;
forgetPerBriefing(() => {
  cache = undefined;
});
export function tokens(text: string, start: number, end: number): Tok[] {
  if (cache && cache.text === text && cache.start === start && cache.end === end) return cache.toks;
  const toks: Tok[] = parseSentence(text, start, end).terms.map((t) => ({
    w: t.text,
    lw: t.text.toLowerCase(),
    s: start + t.offset.start,
    e: start + t.offset.start + t.offset.length,
    tags: new Set(t.tags),
    post: t.post,
  }));
  if (toks.length) toks[0].first = true;
  cache = { text, start, end, toks };
  return toks;
}

export const HARD = /[;:.!?()\u2013\u2014"“”]/;
export const isPrep = (t: Tok | undefined) => !!t && (t.tags.has('Preposition') || /^(?:in|on|at|from|since|until|through|of|for|with|by)$/.test(t.lw));
export const isVerb = (t: Tok) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula');
/** Words of a verb chain before its lexical verb: will, has been, is due to, formally. */
const CHAIN = /^(?:to|not|also|formally|officially|finally|then|already|due|set|scheduled|slated|poised|expected|likely|about)$/;
export const inChain = (t: Tok) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || CHAIN.test(t.lw);
export const NP_STOP = /^(?:which|that|who|whom|whose|when|where|while|and|or|but|as|than|it|he|she|they|we|i|you|this|these|those)$/;
export const isNpTok = (t: Tok) =>
  !NP_STOP.test(t.lw) &&
  !t.tags.has('Pronoun') &&
  !isPrep(t) &&
  !inChainOnly(t) &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Gerund') || /^[\w-]+$/.test(t.w) && !t.tags.has('Verb'));
const inChainOnly = (t: Tok) => (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun')) || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb');
const isLead = (t: Tok) => t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Value') || t.tags.has('Ordinal') || /^(?:first|second|third|new|its|their|his|her|our|this|that)$/.test(t.lw);
export const isName = (t: Tok) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('ProperNoun') || /^[A-Z]/.test(t.w);

let ruleHeads: Set<string> | undefined;
let measureHeads: Set<string> | undefined;
/** A head the name and date rules read as an event or policy themselves (agreement, memorandum, regime). */
export function namedByRules(t: Tok): boolean {
  ruleHeads ??= new Set([...rules().englishEventWords, ...D.attach.datableHeads].map((w) => w.toLowerCase()));
  return !/^[A-Z]/.test(t.w) && ruleHeads.has(t.lw);
}
/** Heads of measured quantities (mass production, exports): an Indicator's, dated by its period. */
export const measures = () => (measureHeads ??= new Set(D.attach.measureHeads));

/** A noun names a happening: an event word, or #Noun with an event suffix that is no thing (government). */
export function eventHead(t: Tok | undefined): boolean {
  const L = lex();
  // Talks between the two sides broke down in May: a listed happening opening its sentence is no name.
  const opening = t?.first && /^[A-Z][a-z]+$/.test(t.w) && L.bare.has(t.lw);
  if (!t || !t.tags.has('Noun') || (t.tags.has('ProperNoun') && !opening) || t.tags.has('Pronoun') || t.date !== undefined || (/^[A-Z]/.test(t.w) && !opening)) return false;
  const w = t.lw.replace(/[’']s$/, '');
  if (L.notEvents.has(w)) return false;
  if (L.events.has(w) || L.al.has(w)) return true;
  return w.length >= 7 && L.w.eventSuffixes.some((s) => w.endsWith(s) || w.endsWith(`${s}s`));
}

/** The noun phrase ending at token `last` (inclusive), walking back over modifiers; its lead words apart. */
export function npEndingAt(toks: Tok[], last: number, floor: number): { from: number; name: number; to: number; head: number } | undefined {
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
export function npStartingAt(toks: Tok[], first: number, ceil: number): { from: number; name: number; to: number; head: number } | undefined {
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

export const text2 = (text: string, toks: Tok[], a: number, b: number) => text.slice(toks[a].s, toks[b].e).replace(/[“”"*]/g, '').replace(/\s+/g, ' ').trim();

/** The known verb whose form ends at or covers token i (multi-word forms: take effect, kick off). */
export function verbAt(toks: Tok[], i: number): { entry: VerbEntry; from: number; to: number } | undefined {
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

export interface Chain {
  from: number;
  to: number;
  entry?: VerbEntry;
  /** The lexical verb's own tokens. */
  vFrom: number;
  vTo: number;
}
/** The verb chain around token i (will start running; is due to expire): its span and its first known verb. */
export function chainAt(toks: Tok[], i: number, floor: number, ceil: number): Chain | undefined {
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
