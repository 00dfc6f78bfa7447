// The year (or week) of an English date written without one, by the tense of its clause. dates/context.ts
// reads 32 characters around a date; the verb that tells whether "in March" is last March or next March is
// often further back: "The company opened its second factory in the northern city of Kumamoto in March"
// (last March), "Toyota plans to launch the car in Europe in March" (next March), "The two sides will hold
// another round of talks in Geneva on Thursday" (the coming Thursday). Read from the shared compromise parse
// of the sentence (rules/english-parse.ts): the verb group nearest before the date in its clause (or, for a
// date opening its clause, the first one after it) — will/would/shall, a to-infinitive after a present
// plan/aim/expect/due/set word, a present copula with scheduled/expected → ahead; a past-tense verb or a
// perfect → back. A date the parse leaves undecided keeps the year dates.ts gave it. Words: lexicon/en-tense.json.
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../model/index.js';
import type { TemporalExpression } from '../dates.js';
import { HARD, tokens, type Tok } from '../rules/en-dated-verbs-grammar.js';
import { addDays, dayNumber, parseIso, toIso } from './calendar.js';

interface TenseWords {
  futureModals: string[];
  futureGovernors: string[];
  aheadParticiples: string[];
  presentCopulas: string[];
  pastCopulas: string[];
  perfectAuxiliaries: string[];
  aheadPresent: string[];
  sameInPast: string[];
}
type Sets = { [K in keyof TenseWords]: Set<string> };
let W: Sets | undefined;
const words = (): Sets => {
  if (W) return W;
  const raw = JSON.parse(readFileSync(new URL('../lexicon/en-tense.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  W = Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, new Set(v as string[])])) as unknown as Sets;
  return W;
};

/** nearest: a past plan (was scheduled for Feb. 27) says the date is near, not which side. */
export type ClauseTense = 'past' | 'future' | 'nearest';

/** How far from the date its clause's verb may be, in words. */
const REACH = 24;
/** Words a verb group may hold besides verbs: not, also, formally, still. */
const isAdverb = (t: Tok) => t.tags.has('Adverb') || t.tags.has('Negative');
const isVerbish = (t: Tok) => t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula');

/**
 * The tense of the verb group whose last word is toks[i]: its words back to the first that is no verb,
 * auxiliary, adverb, governor or "to" ("is expected to start shipping": ahead; "had said": back).
 */
function groupTense(toks: Tok[], i: number, floor: number): ClauseTense | undefined {
  const w = words();
  let from = i;
  while (from - 1 >= floor && i - from < 6) {
    const t = toks[from - 1];
    if (HARD.test(t.post) || /,/.test(t.post)) break;
    if (!(isVerbish(t) || isAdverb(t) || t.lw === 'to' || w.futureGovernors.has(t.lw) || w.futureModals.has(t.lw))) break;
    from--;
  }
  const group = toks.slice(from, i + 1);
  const lw = group.map((t) => t.lw);
  // would have opened: a past seen from a past.
  if (lw.some((x, k) => w.futureModals.has(x) && lw[k + 1] !== 'have')) return 'future';
  // plans to launch / is expected to start / is due to publish: ahead when what governs "to" is not itself past.
  for (let k = lw.indexOf('to'); k > 0; k = lw.indexOf('to', k + 1)) {
    const g = group[k - 1];
    if (!w.futureGovernors.has(g.lw)) continue;
    const copula = lw.slice(0, k - 1).reverse().find((x) => w.presentCopulas.has(x) || w.pastCopulas.has(x));
    if (copula && w.pastCopulas.has(copula)) return undefined;
    if (!copula && g.tags.has('PastTense') && g.lw !== 'set') return undefined;
    return 'future';
  }
  const copula = lw.find((x) => w.presentCopulas.has(x) || w.pastCopulas.has(x));
  // is scheduled for March / are due in June; was scheduled for Feb. 27 may lie either side.
  if (lw.some((x) => w.aheadParticiples.has(x))) return copula && w.presentCopulas.has(copula) ? 'future' : 'nearest';
  if (copula && w.presentCopulas.has(copula)) return undefined;
  // has approved / had said / was signed / opened.
  if (lw.some((x, k) => w.perfectAuxiliaries.has(x) && k < lw.length - 1)) return 'past';
  if (copula && w.pastCopulas.has(copula)) return 'past';
  const head = group[group.length - 1];
  if (head.tags.has('PastTense')) return 'past';
  // which cut inflows from 1 April / the court set the hearing: a verb whose past is its base, alone, is past.
  if (group.length === 1 && w.sameInPast.has(head.lw) && toks[i - 1]?.lw !== 'to') return 'past';
  // The talks begin on Monday / the rule takes effect in March: a present start or end is scheduled.
  if (group.length === 1 && head.tags.has('PresentTense') && !head.tags.has('Gerund') && w.aheadPresent.has(head.lw)) return 'future';
  return undefined;
}

/** Whether token t may end a verb group: a verb that is no noun's modifier, or an infinitive after "to". */
const endsGroup = (toks: Tok[], j: number) => {
  const t = toks[j];
  if (t.date !== undefined) return false;
  // to + verb; a verb compromise took for a noun counts after a governor (is due to publish).
  if (toks[j - 1]?.lw === 'to' && /^[a-z]+$/.test(t.w) && (t.tags.has('Verb') || (!t.tags.has('Plural') && words().futureGovernors.has(toks[j - 2]?.lw ?? '')))) return true;
  if (!isVerbish(t) || t.tags.has('Gerund')) return false;
  // the proposed rules / an expected decline: a participle before a noun modifies it.
  if (t.tags.has('PastTense') && (toks[j - 1]?.tags.has('Determiner') || toks[j - 1]?.tags.has('Possessive'))) return false;
  return true;
};

/**
 * The tense of the clause holding date tokens [di, dj]: the verb group nearest before it, or, for a date
 * opening its clause (In March, the company opened …), the first one after it.
 */
export function clauseTense(toks: Tok[], di: number, dj: number): ClauseTense | undefined {
  let floor = di;
  while (floor > 0 && !hardAfter(toks[floor - 1])) floor--;
  for (let j = di - 1; j >= floor && di - j <= REACH; j--) {
    if (!endsGroup(toks, j)) continue;
    const tense = groupTense(toks, j, floor);
    if (tense) return tense;
    let g = j;
    while (g > floor && isVerbish(toks[g - 1])) g--;
    // will open … and begin shipments in January: a bare verb joined by and/or shares the tense before it;
    // trade talks, export controls: a lone present "verb" compromise took from a noun tells nothing, so read on.
    const joined = /^(?:and|or)$/.test(toks[g - 1]?.lw ?? '') && toks[j].tags.has('Infinitive');
    const lone = g === j && toks[j].tags.has('PresentTense') && !toks[j].tags.has('Infinitive') && toks[j - 1]?.lw !== 'to' && !toks[j].tags.has('Copula') && !toks[j].tags.has('Auxiliary');
    if (!joined && !lone) return undefined;
    j = g - (joined ? 1 : 0);
  }
  // In March, the company opened …: the first verb group after a date opening its clause.
  if (!toks.slice(floor, di).every((t) => OPENER.test(t.lw) || t.tags.has('Preposition'))) return undefined;
  let ceil = dj;
  while (ceil + 1 < toks.length && !hardAfter(toks[ceil]) && ceil - dj < REACH) ceil++;
  if (hardAfter(toks[dj])) return undefined;
  for (let j = dj + 1; j <= ceil; j++) {
    if (!endsGroup(toks, j)) continue;
    // the group runs on over verbs: "will start", "plans to launch".
    let k = j;
    while (k + 1 <= ceil && !/,/.test(toks[k].post) && (isVerbish(toks[k + 1]) || toks[k + 1].lw === 'to' || (toks[k].lw === 'to' && /^[a-z]+$/.test(toks[k + 1].w)))) k++;
    return groupTense(toks, k, dj + 1);
  }
  return undefined;
}

/** Words that may come before a date opening its clause: In, On, Back in, Earlier, As of. */
const OPENER = /^(?:back|earlier|later|then|also|and|but|as|of|since|until|by|in|on|at|from|during|the|late|early|mid)$/;
/** Whether a clause ends after token t: a hard mark, but not the full stop of an abbreviation (Feb., U.S.). */
const hardAfter = (t: Tok) =>
  HARD.test(t.post) && !(/^\.\s*$/.test(t.post) && (t.tags.has('Abbreviation') || /^(?:[A-Z]\.)*[A-Z]$|^[A-Z][a-z]{1,3}$/.test(t.w)));

/** Words that fix a date's side themselves (last March, next week, earlier this month, two days ago, 2026). */
const FIXED = /\b(?:last|next|this|earlier|later|ago|past|coming|previous|following|year|month|week|today|yesterday|tomorrow|\d{4})\b/i;
const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** Prepositions after which a date of a past clause may still lie ahead: until, to, by, before, for. */
const UNTIL = /^(?:until|till|through|to|by|before|for|ahead|after|within)$/;

const WEEKDAY_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

const shiftYear = (d: IsoDate, n: number): IsoDate => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;
const shiftDays = (d: IsoDate, n: number): IsoDate => toIso(addDays(parseIso(d)!, n));
/** Days between the first day of d (any precision) and the day `today`. */
const gap = (d: IsoDate, today: IsoDate) => Math.abs(dayNumber(parseIso(d.length === 4 ? `${d}-07` : d)!, 'first') - dayNumber(parseIso(today)!, 'first'));
/** Whether date d (of any precision) lies wholly before the day `today`. */
const over = (d: IsoDate, today: IsoDate) => d < today && !today.startsWith(d);

/**
 * A date written without its year or week, moved to the side of the briefing date its clause's tense says
 * (in place, so every rule after reads the same value). Returns the expressions it moved.
 */
export function retenseEnglish(text: string, start: number, end: number, expressions: TemporalExpression[], briefingDate: IsoDate): TemporalExpression[] {
  const moved: TemporalExpression[] = [];
  const candidates = expressions.filter((x) => x.relative && !x.vague && !FIXED.test(x.text));
  if (!candidates.length || /[\u3400-\u9fff]/.test(text.slice(start, end))) return moved;
  const toks = tokens(text, start, end);
  for (const x of candidates) {
    const di = toks.findIndex((t) => t.e > x.start);
    if (di < 0 || toks[di].s >= x.end) continue;
    let dj = di;
    while (dj + 1 < toks.length && toks[dj + 1].s < x.end) dj++;
    const mark = (k: number) => (toks[k].date = -1);
    for (let k = di; k <= dj; k++) mark(k);
    const tense = clauseTense(toks, di, dj);
    // delayed the date until July 9, extended it to August 1: a past act may set a date still to come.
    const prep = toks[di - 1]?.lw ?? '';
    if (tense === 'past' && UNTIL.test(prep)) continue;
    if (tense === 'future' && prep === 'since') continue;
    for (let k = di; k <= dj; k++) toks[k].date = undefined;
    if (!tense) continue;
    const weekday = WEEKDAY.test(x.text.trim()) || (WEEKDAY_WORD.test(x.text) && !MONTH_WORD.test(x.text));
    const last = x.value.end ?? x.value.start;
    let { start: s, end: e } = x.value;
    if (tense === 'nearest') {
      const step = (d: IsoDate, n: number) => (weekday ? shiftDays(d, 7 * n) : s.length > 4 ? shiftYear(d, n) : d);
      const best = [-1, 1].map((n) => step(s, n)).find((c) => gap(c, briefingDate) < gap(s, briefingDate));
      if (best) ((e = e && step(e, best < s ? -1 : 1)), (s = best));
    } else if (tense === 'past' && s > briefingDate) {
      if (weekday) while (s > briefingDate) ((s = shiftDays(s, -7)), (e = e && shiftDays(e, -7)));
      else if (s.length > 4) ((s = shiftYear(s, -1)), (e = e && shiftYear(e, -1)));
    } else if (tense === 'future' && over(last, briefingDate)) {
      if (weekday) while (over(s, briefingDate)) ((s = shiftDays(s, 7)), (e = e && shiftDays(e, 7)));
      else if (s.length > 4) ((s = shiftYear(s, 1)), (e = e && shiftYear(e, 1)));
    }
    if (s === x.value.start) continue;
    if (tense === 'past' && s > briefingDate) continue;
    x.value = { start: s, ...(e ? { end: e } : {}) };
    if (tense === 'past' && x.modality === 'expected') delete x.modality;
    moved.push(x);
  }
  return moved;
}
