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
import type { IsoDate } from '../../model/index.js';
import { findTemporalExpressions } from '../dates.js';
import { isDatable } from '../dates/attach.js';
import { rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { hasStart, setEnd, setStart, type DateContext } from '../temporal.js';
import {
  chainAt,
  eventHead,
  HARD,
  inChain,
  isName,
  isNpTok,
  isPrep,
  isVerb,
  lex,
  measures,
  namedByRules,
  NP_STOP,
  npEndingAt,
  npStartingAt,
  text2,
  tokens,
  type Found,
  type Role,
  type Span,
} from './en-dated-verbs-grammar.js';

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
  /** Whether the clause's verb is in the past (opened … in March: last March, not next). */
  let past = false;
  const push = (np: { from: number; name: number; to: number; head: number }, date: Span, role: Role | 'span', prepRole?: Role) => {
    const head = toks[np.head];
    if (!eventHead(head) && !namedByRules(head)) return;
    const raw = text2(text, toks, np.name, np.to);
    // Talks between …: a sentence's capital is no part of the name.
    const name = toks[np.name].first && L.bare.has(toks[np.name].lw) ? raw[0].toLowerCase() + raw.slice(1) : raw;
    // A bare head names the thing only when it is a happening of its own (talks, budget, deadline).
    const make = np.name < np.head || np.to > np.head || L.bare.has(head.lw);
    // The deadline of July 8: a deadline's date is its end.
    if (L.endNouns.has(head.lw)) role = 'end';
    // The span leaves out the determiner, so a name rule's reading of the same words wins the tie.
    let from = np.from;
    while (from < np.head && (toks[from].tags.has('Determiner') || toks[from].tags.has('Possessive'))) from++;
    out.push({ start: toks[from].s, end: toks[np.head].e, headStart: head.s, head: head.lw, name, date, role, make: make && name.length <= 40 && !/[,;]/.test(name), prepRole, past });
  };
  for (const [k, d] of dates.entries()) {
    past = false;
    const di = idx(d.start);
    if (di < 0) continue;
    // "May last year": a month and the year after it are one date, found by the first.
    if (k > 0 && dates[k - 1].end <= d.start && /^\s*$/.test(text.slice(dates[k - 1].end, d.start))) continue;
    const before = text.slice(start, d.start);
    const p = L.prep.exec(before);
    const prep = p?.[1].toLowerCase().replace(/\s+/g, ' ');
    const prepRole: Role | undefined = prep && L.w.startPrepositions.includes(prep) ? 'start' : prep && L.w.endPrepositions.includes(prep) ? 'end' : undefined;
    // Talks scheduled for next week / a vote slated for Thursday / comments due June 2: the subject of the participle.
    const sched = p ? idx(start + p.index + (p[0].length - p[0].trimStart().length)) - 1 : di - 1;
    if (sched > 0 && L.schedule.has(toks[sched].lw) && !HARD.test(toks[sched].post)) {
      let j = sched - 1;
      while (j >= 0 && /^(?:is|are|was|were|be|been|now|currently|also|still|tentatively|originally)$/.test(toks[j].lw)) j--;
      const subj = j >= 0 && !/[,;:]/.test(toks[j].post) ? npEndingAt(toks, j, clauseFloor(j)) : undefined;
      if (subj && eventHead(toks[subj.head])) {
        // comments due June 2: what is due ends then; a vote due on Friday happens then.
        push(subj, d, toks[sched].lw === 'due' && !L.bare.has(toks[subj.head].lw) ? 'end' : 'start', prepRole);
        continue;
      }
    }
    // by the July 9 deadline: the date names the deadline after it, whatever the preposition.
    const next = toks.findIndex((t) => t.s >= d.end);
    if (prep && L.w.blockPrepositions.includes(prep) && !(next >= 0 && L.endNouns.has(toks[next].lw))) continue;
    // Index of the first token of the date's phrase (its preposition, or the date).
    const pi = p ? idx(start + p.index + (p[0].length - p[0].trimStart().length)) : di;
    const floor = clauseFloor(pi);
    const ceil = clauseCeil(di);

    // The July agreement / last week's talks: a month or day before an event noun names when it happened.
    const after = toks.findIndex((t) => t.s >= d.end);
    const afterNp = after >= 0 && after < ceil && toks[after - 1]?.date === k ? npStartingAt(toks, after, ceil) : undefined;
    // A month or a day: "the July agreement"; a year before a noun (the 2027 target, fiscal 2025 budget) is what it is for.
    const precise = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(text.slice(d.start, d.end));
    if (afterNp && afterNp.from === after && precise && /^(?:[’']s)?\s+$/.test(text.slice(d.end, toks[after].s)) && (pi === di || prep === 'in' || prep === 'at' || L.endNouns.has(toks[afterNp.head].lw)) && afterNp.head === afterNp.to) {
      push({ ...afterNp, name: after }, d, 'start');
      continue;
    }
    // A tightening from April 1 / the definitive phase from January 2026: an event noun right before the date's phrase.
    let np = npEndingAt(toks, pi - 1, floor);
    // At a summit in Argentina late last year: an event noun before a place phrase is what the date is of.
    if (np && !eventHead(toks[np.head]) && isName(toks[np.head]) && np.from - 2 >= floor && /^(?:in|at)$/.test(toks[np.from - 1].lw)) {
      const outer = npEndingAt(toks, np.from - 2, floor);
      if (outer && eventHead(toks[outer.head]) && !/[,;:]/.test(toks[np.from - 2].post)) np = outer;
    }
    if (p && np && eventHead(toks[np.head]) && !/[,;:]/.test(toks[pi - 1].post)) {
      const v = np.from - 1 >= floor ? chainAt(toks, np.from - 1, floor, ceil) : undefined;
      // …held talks on Monday: a verb before it says which end (lifted the ban from Monday → its end).
      const vr = v?.entry?.objectRole && isVerb(toks[np.from - 1]) ? v.entry.objectRole : undefined;
      push(np, d, prepRole ?? vr ?? 'start', prepRole);
      continue;
    }
    // "of" dates only the event noun right before it (the deadline of July 8).
    if (prep === 'of') continue;
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
    const verbs = toks.slice(chain.from, chain.to + 1);
    past = verbs.some((t) => t.tags.has('PastTense')) && !verbs.some((t) => t.tags.has('Modal') || /^(?:will|would|shall)$/.test(t.lw));
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
      if (entry.noun && (entry.anyObject || !isName(head)) && (!entry.nameObject || isName(head)) && head.date === undefined && !namedByRules(head) && !measures().has(head.lw)) {
        const objName = text2(text, toks, obj.from, obj.to);
        const name = `${entry.noun} ${entry.prep ?? 'of'} ${objName}`;
        // The span is the verb: the object keeps its own mention (a visit's place, a plant).
        const spanEnd = toks[chain.vTo].e;
        if (name.length <= 40 && !/[,;]/.test(name) && !objName.match(/^(?:it|them|him|her|this|that)$/i)) {
          const object = { start: toks[obj.from].s, end: toks[obj.to].e };
          out.push({ start: toks[chain.vFrom].s, end: spanEnd, headStart: toks[chain.vFrom].s, head: '', name, date: d, role: 'start', make: true, object, past });
        }
      }
      continue;
    }
    // …whose definitive phase starts in January 2026: the subject of a verb with nothing after it.
    if (!entry.subjectRole || (chain.to + 1 !== pi && !isPrep(toks[chain.to + 1]))) continue;
    let subj = npEndingAt(toks, chain.from - 1, floor);
    if (!subj) continue;
    // Talks between the two sides broke down: the subject is the event the prepositional phrase follows.
    if (!eventHead(toks[subj.head]) && subj.from - 2 >= floor && /^(?:between|among|with|over|on)$/.test(toks[subj.from - 1].lw)) {
      const outer = npEndingAt(toks, subj.from - 2, floor);
      if (outer && eventHead(toks[outer.head])) subj = outer;
    }
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
    // …except a bare listed head (talks, hearing), which no name rule makes a node of.
    .filter((f) => f.make && (!eventWords!.has(f.head) || f.name.toLowerCase() === f.head))
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
    let value = y ? { start: y } : x.value;
    // "opened a new factory in March": a past verb's month without a year is the last one, not the next.
    if (f.past && x.relative && !y && !value.end && value.start > ctx.briefingDate) {
      const back = `${Number(value.start.slice(0, 4)) - 1}${value.start.slice(4)}`;
      if (back <= ctx.briefingDate) value = { start: back };
    }
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
