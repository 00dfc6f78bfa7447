// What an English measure is for and whom it reaches, where the tagger leaves the object unnamed:
// "… to address diversion concerns involving …" (the concern is a node: diversion concerns), "This
// IFR similarly applies restrictions to entities … owned by listed military end users and certain
// sanctioned parties" (the rule constrains each party named), and the restricted parties an export
// rule names (military end users, sanctioned parties, non-listed foreign affiliates). Word lists:
// lexicon/english-clauses.json (concernNouns, applyVerbs, policyHeadNouns, partyModifiers, partyInnerWords, partyHeads).
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { clauseAt } from '../relations.js';
import { clauseWords, hits, isMeasure, memoRe, type Scope } from './english-clauses.js';

const ACT = new Set<NodeLabel>(['Policy', 'Event']);
const alts = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/**
 * "address diversion concerns involving …": the object of a countering verb that no rule named, when
 * it is a short run of lowercase words ending in a concern noun (concerns, risks, loopholes).
 */
export function concernAfter(s: Scope, at: number): Placed | undefined {
  const re = memoRe('concernObject', () => new RegExp(`^\\s+(?:(?:the|these|those|such|any|its|their)\\s+)?((?:(?!(?:of|and|or|the|to|in|on|for|with|by|from|that|which)\\b)[a-z][a-z-]+\\s+){1,2}(?:${alts(clauseWords().concernNouns)}))\\b`));
  const m = re.exec(s.ctx.text.slice(at, Math.min(s.ctx.end, at + 60)));
  if (!m) return undefined;
  const start = at + m[0].length - m[1].length;
  const id = s.ctx.nodeFor(m[1], 'Concept');
  return id ? { id, label: 'Concept', start, end: start + m[1].length, nested: false } : undefined;
}

/** This IFR similarly applies restrictions to A … B and C: the subject constrains each party named after "to". */
function appliesMeasure(s: Scope): void {
  const w = clauseWords();
  const re = memoRe('applyMeasure', () => new RegExp(`\\b(?:${alts(w.applyVerbs)})\\s+(?:(?:new|additional|the|these|such)\\s+)?(?:${alts(w.policyHeadNouns)})\\s+(?:to|on)\\s+`, 'gi'));
  for (const v of hits(re, s.ctx)) {
    const cl = clauseAt(s.clauses, v.start);
    const subj = s.ms.filter((m) => m.end <= v.start && m.start >= cl.start).pop();
    // The subject stands right before its verb, an adverb between at most ("This IFR similarly applies").
    if (!subj || !(ACT.has(subj.label) || isMeasure(s, subj)) || !/^\s+(?:[a-z]+ly\s+|will\s+|would\s+|also\s+)*$/.test(s.ctx.text.slice(subj.end, v.start))) continue;
    const stop = s.ctx.text.slice(v.end, cl.end).search(/;/);
    const to = stop < 0 ? cl.end : v.end + stop;
    for (const o of s.ms) {
      if (o.start < v.end || o.end > to || o.label === 'Person') continue;
      // A lone plain noun (entities) says nothing about whom; named parties do.
      if (o.rule === 'english-np' && !/\s/.test(s.ctx.text.slice(o.start, o.end))) continue;
      s.add('CONSTRAINS', subj, o);
    }
  }
}

/** "listed `military end users'", "certain sanctioned parties", "Non-listed foreign affiliates": restricted parties. */
export function restrictedPartyMentions(text: string, start: number, end: number): Mention[] {
  const w = clauseWords();
  const re = memoRe('restrictedParty', () => new RegExp(`\\b(?:${alts(w.partyModifiers)})(?:\\s+(?:${alts(w.partyInnerWords)}))*\\s+(?:${alts(w.partyHeads)})\\b`, 'gi'));
  const out: Mention[] = [];
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, name: m[0], label: 'Concept', rule: 'english' });
  }
  return out;
}

/**
 * "The measure was widely read as a response to the tariff increases …": what the measure answers
 * causes it; the measure may be a reference back (the measure, this rule) to one named before.
 */
function responseTo(s: Scope): void {
  const re = memoRe('responseTo', () => new RegExp(`\\b(?:${alts(clauseWords().responseCues)})\\s+(?:the\\s+|a\\s+|an\\s+)?`, 'gi'));
  for (const v of hits(re, s.ctx)) {
    const effect = s.ms.filter((m) => m.end <= v.start && (ACT.has(m.label) || isMeasure(s, m))).pop();
    const cause = s.ms.find((m) => m.start >= v.end && m.start - v.end <= 30 && m.label !== 'Person' && m.label !== 'Organization' && m.label !== 'Place');
    if (effect && cause) s.add('CAUSES', cause, effect);
  }
}

/**
 * "the tariff actions in the Section 301 investigation"; "a year-long Section 301 investigation,
 * which included USTR convening a two-day public hearing": the act is part of the investigation.
 */
function partsOfProceedings(s: Scope): void {
  const w = clauseWords();
  const proceeding = memoRe('proceedingHead', () => new RegExp(`\\b(?:${alts(w.proceedingHeads)})$`, 'i'));
  const isProceeding = (m: Placed) => (m.label === 'Event' || m.rule === 'english-np') && proceeding.test(s.ctx.text.slice(m.start, m.end));
  for (let i = 0; i + 1 < s.ms.length; i++) {
    const [a, b] = [s.ms[i], s.ms[i + 1]];
    if (ACT.has(a.label) && isProceeding(b) && /^\s+(?:in|under|during)\s+the\s+$/i.test(s.ctx.text.slice(a.end, b.start))) s.add('PART_OF', a, b);
  }
  const incl = memoRe('includedIn', () => new RegExp(`^,?\\s*(?:which|that)\\s+(?:${alts(w.includeVerbs)})\\s+`, 'i'));
  for (const a of s.ms) {
    if (!isProceeding(a)) continue;
    const m = incl.exec(s.ctx.text.slice(a.end, a.end + 30));
    if (!m) continue;
    // Every event the relative clause lists (convening a hearing, receiving comments, …).
    for (const b of s.ms) if (b.start >= a.end + m[0].length && b.label === 'Event' && b.id !== a.id) s.add('PART_OF', b, a);
  }
}

export function purposeRelations(s: Scope): void {
  appliesMeasure(s);
  responseTo(s);
  partsOfProceedings(s);
}
