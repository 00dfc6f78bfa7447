// Relations English prose states through a clause's verb rather than a cue between two names:
// X conducted under Section 301, a rule revising other rules, a threat to Y posed by Z, X used by
// Y, tariffs on cranes, its invasion of Ukraine, Section 301 of the Trade Act. The subject–verb–
// object reader (issue and constrain verbs, passives, reported speech) is english-svo.ts. Word
// lists: lexicon/english-clauses.json.
import { readFileSync } from 'node:fs';
import type { EdgeType, NodeLabel } from '../../model/index.js';
import { modalityOf } from '../cues.js';
import { clauseAt, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { alternation, clausesOf, flexSpaces, type Clause } from '../text.js';

interface ClauseWords {
  issueVerbs: string[];
  passiveIssueVerbs: string[];
  underVerbs: string[];
  amendVerbs: string[];
  constrainListVerbs: string[];
  threatNouns: string[];
  threatVerbs: string[];
  usedVerbs: string[];
  eventOfNouns: string[];
  partWords: string[];
  policyTargetWords: string[];
  possessivePronouns: string[];
  frameVerbs: string[];
  provideVerbs: string[];
  ownedActNouns: string[];
  counterVerbs: string[];
  causeSources: string[];
  emergencyNouns: string[];
  chargeNouns: string[];
  policyHeadNouns: string[];
  incentiveVerbs: string[];
  referenceHeads: string[];
  focusVerbs: string[];
  commitmentVerbs: string[];
  commitmentNouns: string[];
  areaPhrases: string[];
  levelWords: string[];
  agencyLabels: string[];
  actionLabels: string[];
  parentHeads: string[];
  frameOpeners: string[];
  concernNouns: string[];
  applyVerbs: string[];
  partyModifiers: string[];
  partyInnerWords: string[];
  partyHeads: string[];
  rateLevyHeads: string[];
  codedProductHeads: string[];
  agreeVerbs: string[];
  agreementHeads: string[];
  coverVerbs: string[];
  responseCues: string[];
  proceedingHeads: string[];
  includeVerbs: string[];
  genericReferenceHeads: string[];
  documentNouns: string[];
  issuedDocumentNouns: string[];
  rateApproximators: string[];
}

let data: ClauseWords | undefined;
export const clauseWords = (): ClauseWords =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/english-clauses.json', import.meta.url), 'utf8')) as ClauseWords);

const res = new Map<string, RegExp>();
/**
 * A pattern built from the word lists once per process, not once per sentence. The object is shared:
 * an exec loop over a global one sets `lastIndex = 0` first (as `hits` does).
 */
export function memoRe(key: string, build: () => RegExp): RegExp {
  let re = res.get(key);
  if (!re) res.set(key, (re = build()));
  return re;
}

/** One case-insensitive whole-word regex per list (built once). */
export function wordsRe(key: keyof ClauseWords, prefix = '', suffix = ''): RegExp {
  return memoRe(`${key}|${prefix}|${suffix}`, () => {
    const alts = [...clauseWords()[key]].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
    return new RegExp(`${prefix}\\b(?:${alts.join('|')})\\b${suffix}`, 'gi');
  });
}

export function* hits(re: RegExp, ctx: SentenceContext): Generator<{ start: number; end: number }> {
  const slice = ctx.text.slice(ctx.start, ctx.end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) yield { start: ctx.start + m.index, end: ctx.start + m.index + m[0].length };
}

const PARTY = new Set<NodeLabel>(['Person', 'Organization']);
const ACT = new Set<NodeLabel>(['Policy', 'Event']);

export interface Scope {
  ctx: SentenceContext;
  ms: Placed[];
  clauses: Clause[];
  add(type: EdgeType, from: Placed | undefined, to: Placed | undefined): void;
  inside(pos: number): boolean;
}

/** The investigation will be conducted under Section 301 of the Trade Act: it involves both. */
function underVerbs(s: Scope): void {
  for (const v of hits(wordsRe('underVerbs', '', '\\s+under\\s+'), s.ctx)) {
    const subj = s.ms.filter((m) => m.end <= v.start && (ACT.has(m.label) || m.rule === 'english-np')).pop();
    if (!subj) continue;
    // The chain after "under": Section 301 of the Trade Act of 1974.
    let last = v.end;
    for (const m of s.ms) {
      if (m.start < v.end) continue;
      if (!/^\s*(?:of\s+(?:the\s+)?)?$/.test(s.ctx.text.slice(last, m.start))) break;
      if (m.label === 'Policy') s.add('INVOLVES', subj, m);
      last = m.end;
    }
  }
}

/** An interim final rule revising and clarifying two rules: (1) “…”; and (2) “…”: it involves each. */
function amendVerbs(s: Scope): void {
  const provides = wordsRe('provideVerbs', '^\\s*', '\\s+(?:that\\b)?');
  for (const v of hits(wordsRe('amendVerbs'), s.ctx)) {
    // "the Trade Act of 1974, as amended": a fixed phrase about the Act, not an act on what follows.
    if (s.inside(v.start) || /\bas\s+$/i.test(s.ctx.text.slice(v.start - 4, v.start))) continue;
    let a = s.ms.filter((m) => m.end <= v.start && m.label === 'Policy').pop();
    if (a && s.ms.some((m) => m.start >= a!.end && m.end <= v.start && m.label !== 'Policy')) a = undefined;
    // "Section 4(c) of Executive Order 14257 provides that, … I may further modify the HTS": the provision acts.
    a ??= s.ms.find((m) => m.label === 'Policy' && m.end <= v.start && (provides.lastIndex = 0, provides.test(s.ctx.text.slice(m.end, m.end + 20))));
    if (!a) continue;
    for (const b of s.ms.filter((m) => m.start >= v.end && m.label === 'Policy').slice(0, 4)) s.add('INVOLVES', a, b);
  }
}

/** The consecutive mentions from `first` on that a list joins (A, B, and C; A and B). */
export function listFrom(s: Scope, from: number, to: number): Placed[] {
  const out: Placed[] = [];
  let last = from;
  for (const m of s.ms) {
    if (m.start < from || m.end > to) continue;
    const gap = s.ctx.text.slice(last, m.start);
    // The member's abbreviation in brackets, read as the same node (unmanned aerial systems (UAS)), is no member of its own.
    if (out.length && m.id === out[out.length - 1].id && /^\s*\($/.test(gap)) {
      last = s.ctx.text[m.end] === ')' ? m.end + 1 : m.end;
      continue;
    }
    // An abbreviation in brackets may follow a member: intellectual property (IP), technology transfer.
    if (out.length && !/^\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:(?:and|or)\s+)?(?:the\s+|other\s+)?$/i.test(gap) && !/^\s+of\s+(?:the\s+)?$/i.test(gap)) break;
    out.push(m);
    last = m.end;
  }
  return out;
}

/** "U.S. national security": a place written right before a phrase modifies it; the phrase is the object. */
function adjectivalPlace(s: Scope, m: Placed | undefined): Placed | undefined {
  if (!m || m.label !== 'Place') return m;
  const next = s.ms.find((x) => x.start > m.end);
  return next && /^ $/.test(s.ctx.text.slice(m.end, next.start)) ? next : m;
}

/** pose a significant threat to Y; threats to Y posed by the PRC Government’s Z: Z causes Y. */
function threats(s: Scope): void {
  const { text } = s.ctx;
  const nouns = clauseWords().threatNouns.join('|');
  const slice = text.slice(s.ctx.start, s.ctx.end);
  const verbs = clauseWords().threatVerbs.join('|');
  for (const m of slice.matchAll(memoRe('threatTo', () => new RegExp(`\\b(?:${verbs})\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,3}(?:${nouns})\\s+to\\s+(?:the\\s+|our\\s+)?`, 'gi')))) {
    const at = s.ctx.start + m.index!;
    const cl = clauseAt(s.clauses, at);
    const subj = s.ms.filter((x) => x.end <= at && x.start >= cl.start).pop() ?? s.ms.filter((x) => x.end <= at).pop();
    const obj = adjectivalPlace(s, s.ms.find((x) => x.start >= at + m[0].length && x.start - (at + m[0].length) <= 25));
    if (subj && obj) s.add('CAUSES', subj, obj);
  }
  for (const m of slice.matchAll(memoRe('threatPosedBy', () => new RegExp(`\\b(?:${nouns})\\s+to\\s+([^,;.]{1,60}?)\\s+posed\\s+by\\s+`, 'gi')))) {
    const objAt = s.ctx.start + m.index! + m[0].indexOf(m[1]);
    const byEnd = s.ctx.start + m.index! + m[0].length;
    const obj = s.ms.find((x) => x.start >= objAt && x.end <= objAt + m[1].length);
    // The cause is what the phrase after "by" is about: past an owner’s (the PRC Government’s strategy).
    let cause = s.ms.find((x) => x.start >= byEnd && x.start - byEnd <= 6);
    while (cause) {
      const next = s.ms.find((x) => x.start >= cause!.end);
      if (!next || !/^[’']s\s+$/.test(text.slice(cause.end, next.start))) break;
      cause = next;
    }
    if (cause && obj) s.add('CAUSES', cause, obj);
  }
}

/** items used by the PRC’s military; technologies, such as AI, used in military applications. */
function usedBy(s: Scope): void {
  for (const v of hits(wordsRe('usedVerbs', '', '\\s+(?:in|by|for)\\s+'), s.ctx)) {
    if (s.inside(v.start)) continue;
    const subj = s.ms.filter((m) => m.end <= v.start && v.start - m.end <= 30 && !PARTY.has(m.label) && m.label !== 'Place').pop();
    const obj = s.ms.find((m) => m.start >= v.end && m.start - v.end <= 12);
    if (subj && obj) s.add('INVOLVES', subj, obj);
  }
}

let headRe: RegExp | undefined;
let chargeRe: RegExp | undefined;
/** A plain noun run ending in a measure's head noun (limited restrictions, fees) is a measure too. */
export function isMeasure(s: Scope, p: Placed): boolean {
  if (p.label === 'Policy') return true;
  headRe ??= new RegExp(`\\b(?:${clauseWords().policyHeadNouns.join('|')})$`, 'i');
  return p.rule === 'english-np' && headRe.test(s.ctx.text.slice(p.start, p.end));
}

/** "liquified natural gas (LNG)": an acronym the text defines names a thing, even where no rule placed it. */
function definedAcronym(s: Scope, at: number): Placed | undefined {
  const m = /^([A-Z][A-Z0-9]{1,5})\b/.exec(s.ctx.text.slice(at, at + 8));
  if (!m || !s.ctx.text.includes(`(${m[1]})`)) return undefined;
  const id = s.ctx.nodeFor(m[1]);
  return id ? { id, label: 'Concept', start: at, end: at + m[1].length, nested: false } : undefined;
}

/**
 * Tariffs on ship-to-shore cranes and other cargo handling equipment: the Policy constrains each.
 * A charge (fees on foreign-built car carrier vessels) is levied on its object: it involves it.
 */
function policyTargets(s: Scope): void {
  // "export controls on seven rare earth elements", "restrictions on transporting LNG": a count or a gerund may come first;
  // the measure's rate may stand between ("duties of up to 38.1% on electric vehicles", "ranging from 17.4% to 37.6% on").
  const rate = () => {
    const r = `\\d[\\d,.]*\\s*(?:%|percent|per\\s+cent)`;
    return `(?:\\s+(?:of\\s+)?(?:(?:${alternation(clauseWords().rateApproximators, flexSpaces)})\\s+)?${r}|\\s+ranging\\s+from\\s+${r}\\s+to\\s+${r})?`;
  };
  const re = memoRe('policyTarget', () => new RegExp(`^${rate()}\\s+(?:${clauseWords().policyTargetWords.join('|')})\\s+(?:the\\s+)?(?:[a-z]+ing\\s+)?((?:\\d[\\d,.]*|[a-z]+)\\s+)?`, 'i'));
  chargeRe ??= new RegExp(`\\b(?:${clauseWords().chargeNouns.join('|')})$`, 'i');
  for (const p of s.ms) {
    if (!isMeasure(s, p)) continue;
    const m = re.exec(s.ctx.text.slice(p.end, Math.min(s.ctx.end, p.end + 70)));
    if (!m) continue;
    const cl = clauseAt(s.clauses, p.start);
    // The target starts right there, one word later (on advanced chips / on seven rare earth elements),
    // or after a hyphenated modifier no rule kept (on foreign-built car carrier vessels).
    const at = p.end + m[0].length;
    const near = at - (m[1]?.length ?? 0);
    const hyphen = /^[a-z]+-/i.exec(s.ctx.text.slice(at, at + 20));
    const first =
      s.ms.find((x) => x.start === near || x.start === at || (hyphen && x.start === at + hyphen[0].length)) ?? definedAcronym(s, near);
    if (!first || first.id === p.id) continue;
    // "restriction on U.S. commerce": the place modifies the target, it is not one.
    const target = adjectivalPlace(s, first) ?? first;
    const type = chargeRe.test(s.ctx.text.slice(p.start, p.end)) ? 'INVOLVES' : 'CONSTRAINS';
    const targets = s.ms.includes(target) ? listFrom(s, target.start, cl.end) : [];
    for (const o of targets.length ? targets : [target]) if (o.label !== 'Person') s.add(type, p, o);
  }
}

/** Section 301 of the Trade Act of 1974: the section is part of the Act. */
function sectionOf(s: Scope): void {
  const re = memoRe('partNumber', () => new RegExp(`^(?:${clauseWords().partWords.join('|')})\\s+\\d`));
  for (let i = 0; i + 1 < s.ms.length; i++) {
    const [a, b] = [s.ms[i], s.ms[i + 1]];
    if (!re.test(s.ctx.text.slice(a.start, a.end)) || b.label !== 'Policy') continue;
    if (/^\s+of\s+(?:the\s+)?$/.test(s.ctx.text.slice(a.end, b.start))) s.add('PART_OF', a, b);
  }
}

/** its invasion of Ukraine / their unmanned aerial systems: what the pronoun owns involves the party before it. */
function pronounOwners(s: Scope): void {
  const { text } = s.ctx;
  for (const v of hits(wordsRe('possessivePronouns', '', '\\s+'), s.ctx)) {
    const owned = s.ctx.mentions.find((m) => !m.nested && m.start >= v.end && m.start - v.end <= 20 && !/[,;.]/.test(text.slice(v.end, m.start)));
    // A plain noun run (their involvement) is not worth a node through a pronoun.
    if (!owned || PARTY.has(owned.label) || owned.rule === 'english-np') continue;
    // The antecedent: the nearest mention before; "the PRC’s military … its" reaches the owner PRC.
    let ante = s.ms.filter((m) => m.end <= v.start).pop();
    if (ante && !PARTY.has(ante.label) && ante.label !== 'Place') {
      const owner = s.ms.filter((m) => m.end <= ante!.start).pop();
      ante = owner && /^[’']s\s+$/.test(text.slice(owner.end, ante.start)) ? owner : undefined;
    }
    if (ante && (PARTY.has(ante.label) || ante.label === 'Place') && !s.ctx.outletIds.has(ante.id)) s.add('INVOLVES', owned, ante);
  }
  // An act of a party against a place (invasion of Ukraine) involves the place named in it.
  const acts = memoRe('eventOf', () => new RegExp(`^(?:${clauseWords().eventOfNouns.join('|')})\\s+of\\s`, 'i'));
  for (const ev of s.ctx.mentions) {
    if (ev.label !== 'Event' || !acts.test(text.slice(ev.start, ev.end))) continue;
    for (const p of s.ctx.mentions) if (p.nested && p.start >= ev.start && p.end <= ev.end && p.label === 'Place') s.add('INVOLVES', ev, p);
  }
}

/**
 * The subject of an English cue verb when it is not the nearest name before it: the noun a relative
 * clause hangs on (the trade deficit that skyrocketed during the Biden Administration and furthered
 * X) or, for a second verb joined by "and", the clause's first name (Higher tariffs could drive up
 * prices for consumers and threaten Y). Undefined when neither shape is there.
 */
export function englishCueSubject(text: string, ms: Placed[], clauseStart: number, cueStart: number): Placed | undefined {
  const lead = text.slice(clauseStart, cueStart);
  // ", so as to limit X" / ", in order to curb X": the purpose is that of the sentence's subject
  // (The 50 percent ownership standard … is designed …, so as to limit the additional burden).
  if (/^\s*(?:so\s+as|in\s+order)\s+to\s+$/i.test(lead)) {
    const subject = ms.find((m) => m.end <= clauseStart);
    if (subject && /(?:^|[.!?:\n]\s*)(?:(?:the|this|these|that|its|their)\s+)?$/i.test(text.slice(Math.max(0, subject.start - 12), subject.start))) return subject;
  }
  const rel = [...lead.matchAll(/\b(?:that|which)\s/g)].pop();
  if (rel) {
    const at = clauseStart + rel.index!;
    const noun = ms.filter((m) => m.end <= at && m.start >= clauseStart).pop();
    if (noun && /^\s*,?\s*$/.test(text.slice(noun.end, at))) return noun;
  }
  const near = ms.filter((m) => m.end <= cueStart && m.start >= clauseStart);
  const last = near[near.length - 1];
  if (last && near.length > 1 && /^[^,;]*\s(?:and|or)\s+(?:[a-z]+ly\s+)?$/.test(text.slice(last.end, cueStart))) {
    const first = near[0];
    if (first.start - clauseStart <= 12) return first;
  }
  return undefined;
}

/** The sentence as the clause rules see it: its clauses, its top-level mentions, an edge adder. */
export function scopeOf(ctx: SentenceContext, ms: Placed[]): Scope {
  const modality = modalityOf(ctx.text, ctx.start, ctx.end);
  return {
    ctx,
    ms,
    clauses: clausesOf(ctx.text, ctx.start, ctx.end),
    add: (type, from, to) => {
      if (from && to && from.id !== to.id) ctx.addEdge(type, from.id, to.id, modality);
    },
    inside: (pos) => ctx.mentions.some((m) => pos >= m.start && pos < m.end),
  };
}

export function clauseRelations(s: Scope): void {
  underVerbs(s);
  amendVerbs(s);
  threats(s);
  usedBy(s);
  policyTargets(s);
  sectionOf(s);
  pronounOwners(s);
}
