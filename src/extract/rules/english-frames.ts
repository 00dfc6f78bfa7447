// English relations stated by a frame around the names rather than a verb between them: an order
// that speaks in the first person across a paragraph (In Executive Order 14257 …, I found … I
// declared a national emergency … I imposed additional duties), what a threat or emergency arises
// from, an act meant to counter something (action to counter X), and a measure's stated aim (To
// incentivize X, fees on Y). Word lists: lexicon/english-clauses.json.
import type { NodeLabel } from '../../model/index.js';
import { modalityOf } from '../cues.js';
import { clauseAt, type Placed } from '../relations.js';
import { clauseWords, hits, isMeasure, listFrom, memoRe, wordsRe, type Scope } from './english-clauses.js';
import { openingInstrument } from './english-document.js';
import { concernAfter } from './english-purpose.js';
import { alternation, flexSpaces } from '../text.js';
import { forgetPerBriefing } from '../per-briefing.js';

const ACT = new Set<NodeLabel>(['Policy', 'Event']);
const NOT_OBJECT = new Set<NodeLabel>(['Place', 'Person', 'Organization']);
const alts = (words: string[]) => alternation(words, flexSpaces);

/** The order a paragraph speaks from, while its first person goes on (one paragraph only). */
let frame: { text: string; end: number; id: string } | undefined;
forgetPerBriefing(() => {
  frame = undefined;
});

/**
 * In Executive Order 14257 of April 2, 2025 (…), I found that … . I declared a national emergency
 * …, and … I imposed additional ad valorem duties: the order involves what "I" declared or imposed.
 */
function orderFrame(s: Scope): void {
  const { text, start, end } = s.ctx;
  if (frame && (frame.text !== text || frame.end > start || /\n[ \t]*\n/.test(text.slice(frame.end, start)))) frame = undefined;
  const opening = /^\s*(?:In|Under|Through|By)\s+/.exec(text.slice(start, end));
  const first = s.ms[0];
  if (opening && first?.label === 'Policy' && first.start === start + opening[0].length && /\b(?:I|we)\s/.test(text.slice(first.end, end))) {
    frame = { text, end, id: first.id };
  }
  if (!frame) return;
  const said = memoRe('frameSaid', () => new RegExp(`\\b(?:I|we)\\s+(?:(?:also|further|hereby|then)\\s+)?(?:${alts(clauseWords().frameVerbs)})\\b\\s*`, 'g'));
  said.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = said.exec(slice); m; m = said.exec(slice)) {
    const at = start + m.index + m[0].length;
    const cl = clauseAt(s.clauses, at);
    // The verb's own object: "I declared a national emergency", not a name after "that" (I found that …).
    const obj = s.ms.find((x) => x.start >= at && x.end <= cl.end && x.start - at <= 40);
    if (!obj || NOT_OBJECT.has(obj.label) || /\bthat\b/i.test(text.slice(at, obj.start))) continue;
    s.ctx.addEdge('INVOLVES', frame.id, obj.id, modalityOf(text, start, end));
  }
  frame.end = end;
}

/** The thing a phrase is about past an owner's: the PRC Government’s strategy → strategy. */
function pastOwner(s: Scope, m: Placed | undefined): Placed | undefined {
  let x = m;
  while (x) {
    const next = s.ms.find((y) => y.start >= x!.end);
    if (!next || !/^[’']s\s+$/.test(s.ctx.text.slice(x.end, next.start))) break;
    x = next;
  }
  return x;
}

/**
 * X constitute an unusual and extraordinary threat: X causes the threat. A national emergency posed
 * by X, a threat arising from X: X causes the emergency or threat.
 */
function threatSources(s: Scope): void {
  const w = clauseWords();
  const { text, start, end } = s.ctx;
  const slice = text.slice(start, end);
  const nouns = () => alts([...w.threatNouns, ...w.emergencyNouns]);
  const threatHead = memoRe('threatHead', () => new RegExp(`\\b(?:${nouns()})$`, 'i'));
  const threatAt = (pos: number) => s.ms.find((x) => x.start <= pos && pos < x.end && x.label !== 'Place' && threatHead.test(text.slice(x.start, x.end)));
  for (const m of slice.matchAll(memoRe('threatVerb', () => new RegExp(`\\b(?:${alts(w.threatVerbs)})\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,3}(?:${nouns()})\\b`, 'gi')))) {
    const at = start + m.index!;
    const threat = threatAt(at + m[0].length - 1);
    const cl = clauseAt(s.clauses, at);
    const subj = s.ms.filter((x) => x.end <= at && x.start >= cl.start).pop();
    if (threat && subj && !NOT_OBJECT.has(subj.label)) s.add('CAUSES', subj, threat);
  }
  for (const m of slice.matchAll(memoRe('threatSource', () => new RegExp(`\\b(?:${nouns()})\\s+(?:(?:that|which)\\s+(?:is|was|are|were)\\s+)?(?:${alts(w.causeSources)})\\s+(?:the\\s+)?`, 'gi')))) {
    const at = start + m.index!;
    const threat = threatAt(at);
    const after = at + m[0].length;
    const cause = pastOwner(s, s.ms.find((x) => x.start >= after && x.start - after <= 6));
    if (threat && cause) s.add('CAUSES', cause, threat);
  }
}

/**
 * USTR took targeted action to restore American shipbuilding and address China’s unreasonable acts;
 * Section 301 … is designed to address unfair foreign practices: the act constrains what it counters.
 */
function counterActs(s: Scope): void {
  const { text } = s.ctx;
  // Countering verbs, and the constraining ones after a purpose (measures aimed at curbing X).
  const verbs = [...hits(wordsRe('counterVerbs'), s.ctx), ...hits(wordsRe('constrainListVerbs'), s.ctx)];
  for (const v of verbs) {
    // "to counter" read as a noun by the phrase rules is still the verb.
    const cover = s.ctx.mentions.find((x) => x.start <= v.start && v.start < x.end);
    if (cover && !(cover.start === v.start && cover.end === v.end && /\bto\s+$/i.test(s.ctx.text.slice(v.start - 4, v.start)))) continue;
    const lead = s.ms.filter((x) => x.end <= v.start && (ACT.has(x.label) || isMeasure(s, x))).pop();
    if (!lead) continue;
    // The act, then its purpose: "action to …", "measures aimed at …", "is designed to …" (a second aim after "and").
    const gap = text.slice(lead.end, v.start);
    if (!/^\)?,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:designed|intended|aimed|meant)\s+)?(?:to|at)\s+(?:[^,;.]{0,60}?\s(?:and|or)\s+)?$/i.test(gap)) continue;
    // "(Trade Act), is designed to": an abbreviation in brackets stands for the sentence's subject;
    // "In this IFR, BIS amends the EAR to address X": the purpose is the opening instrument's.
    const frame = openingInstrument(s);
    const subj = frame?.party && lead.start > frame.party.start ? frame.instrument : text[lead.start - 1] === '(' && s.ms[0] && s.ms[0].start - s.ctx.start <= 12 ? s.ms[0] : lead;
    const owner = s.ms.find((x) => x.start >= v.end && x.start - v.end <= 25);
    const obj = pastOwner(s, owner) ?? concernAfter(s, v.end);
    if (!obj || obj.label === 'Person') continue;
    // "address China’s unreasonable acts": the act is aimed at the country whose acts they are, too.
    if (owner && owner !== obj && owner.label === 'Place') s.add('CONSTRAINS', subj, owner);
    // "address threats to the U.S. supply chain": what is countered is the threat, not the supply chain.
    if (memoRe('threatNounEnd', () => new RegExp(`\\b(?:${alts(clauseWords().threatNouns)})$`, 'i')).test(text.slice(obj.start, obj.end))) continue;
    s.add('CONSTRAINS', subj, obj);
  }
}

/** To incentivize U.S.-built car carrier vessels, fees on foreign-built car carrier vessels: the measure causes its aim. */
function statedAims(s: Scope): void {
  const { text, start, end } = s.ctx;
  const re = memoRe('statedAim', () => new RegExp(`(?:^|[;:•]\\s*|\\n\\s*)To\\s+(?:${alts(clauseWords().incentiveVerbs)})\\s+`, 'g'));
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = start + m.index + m[0].length;
    const aim = s.ms.find((x) => x.start === at);
    if (!aim || NOT_OBJECT.has(aim.label)) continue;
    const comma = text.indexOf(',', aim.end);
    if (comma < 0 || comma >= end || /[;•\n]/.test(text.slice(aim.end, comma))) continue;
    const measure = s.ms.find((x) => x.start > comma && x.start - comma <= 30 && isMeasure(s, x));
    if (measure) s.add('CAUSES', measure, aim);
  }
}

let headRe: RegExp | undefined;
/** An act by label, or a plain noun run ending in an instrument's head noun (the investigation). */
function isInstrument(s: Scope, x: Placed): boolean {
  if (ACT.has(x.label)) return true;
  headRe ??= new RegExp(`\\b(?:${alts(clauseWords().referenceHeads)})$`, 'i');
  return x.rule === 'english-np' && headRe.test(s.ctx.text.slice(x.start, x.end));
}

/** The names a phrase runs through: China’s manufacturing of foundational semiconductors → China, foundational semiconductors. */
function chainFrom(s: Scope, first: Placed): Placed[] {
  const out = [first];
  for (let last = first; ; ) {
    const next = s.ms.find((y) => y.start >= last.end);
    if (!next || !/^(?:[’']s\s+(?:[a-z-]+\s+of\s+(?:the\s+)?)?|\s+of\s+(?:the\s+)?)$/.test(s.ctx.text.slice(last.end, next.start))) return out;
    out.push((last = next));
  }
}

/**
 * The investigation will initially focus on China’s manufacturing of foundational semiconductors;
 * an investigation regarding China’s acts: the instrument involves the names of its subject.
 */
function instrumentFocus(s: Scope): void {
  for (const v of hits(wordsRe('focusVerbs', '', '\\s+(?:the\\s+)?'), s.ctx)) {
    if (s.inside(v.start)) continue;
    const subj = s.ms.filter((x) => x.end <= v.start).pop();
    if (!subj || !isInstrument(s, subj) || !/^\s+(?:(?:will|would|shall|to|also|initially|primarily|mainly|specifically)\s+)*$/i.test(s.ctx.text.slice(subj.end, v.start))) continue;
    const first = s.ms.find((x) => x.start === v.end);
    // A plain noun (its acts) is not worth a node here; names are.
    if (first) for (const o of chainFrom(s, first)) if (o.rule !== 'english-np' && o.label !== 'Person') s.add('INVOLVES', subj, o);
  }
}

/** This investigation underscores the Biden-Harris Administration’s commitment to …: it is the owner’s instrument. */
function ownersInstrument(s: Scope): void {
  const w = clauseWords();
  const { text, start, end } = s.ctx;
  const re = memoRe('commitmentVerb', () => new RegExp(`\\b(?:${alts(w.commitmentVerbs)})\\s+(?:the\\s+)?`, 'gi'));
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = start + m.index;
    const subj = s.ms.filter((x) => x.end <= at).pop();
    if (!subj || !isInstrument(s, subj) || !/^\s+(?:(?:also|further|clearly)\s+)?$/i.test(text.slice(subj.end, at))) continue;
    const owner = s.ms.find((x) => x.start === at + m![0].length);
    if (!owner || !(owner.label === 'Organization' || owner.label === 'Person')) continue;
    if (memoRe('commitmentNoun', () => new RegExp(`^[’']s\\s+(?:[a-z]+\\s+)?(?:${alts(w.commitmentNouns)})\\b`, 'i')).test(text.slice(owner.end, owner.end + 40))) s.add('INVOLVES', subj, owner);
  }
}

/** Under the Phase One Agreement, China agreed to make structural changes … in the areas of A, B, and C: it covers each. */
function areasUnder(s: Scope): void {
  const { text, start, end } = s.ctx;
  const opening = /^\s*(?:Under|Through|In)\s+(?:the\s+)?/.exec(text.slice(start, end));
  const inst = opening && s.ms.find((x) => x.start === start + opening[0].length);
  if (!inst || !ACT.has(inst.label) || !/^\s*,/.test(text.slice(inst.end, inst.end + 2))) return;
  for (const m of text.slice(inst.end, end).matchAll(memoRe('areaPhrase', () => new RegExp(`\\b(?:${alts(clauseWords().areaPhrases)})\\s+`, 'gi')))) {
    const at = inst.end + m.index! + m[0].length;
    const first = s.ms.find((x) => x.start === at);
    if (first) for (const o of listFrom(s, first.start, end)) if (o.label !== 'Person') s.add('INVOLVES', inst, o);
  }
}

export function frameRelations(s: Scope): void {
  instrumentFocus(s);
  ownersInstrument(s);
  areasUnder(s);
  orderFrame(s);
  threatSources(s);
  counterActs(s);
  statedAims(s);
}
