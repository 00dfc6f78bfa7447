// Shapes of English wire news: a levy named by its rate (the 15% levy), a chip named by its model
// code before its kind (AMD's MI308 processor), parties that agreed to a deal named in the same
// sentence (Nvidia Corp and Advanced Micro Devices Inc have agreed to pay … the arrangement), and
// what a deal or rule covers (The deal covers Nvidia's H20 accelerator and AMD's MI308 processor).
// Word lists: lexicon/english-clauses.json (rateLevyHeads, codedProductHeads, agreeVerbs,
// agreementHeads, coverVerbs).
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { clauseWords, hits, listFrom, memoRe, type Scope } from './english-clauses.js';
import { alternation, flexSpaces } from '../text.js';

const PARTY = new Set<NodeLabel>(['Organization', 'Person', 'Place']);
const alts = (words: string[]) => alternation(words, flexSpaces);

/** "the 15% levy", "a 25 percent tariff": a charge named by its rate is a Policy. */
function rateLevies(text: string, start: number, end: number): Mention[] {
  const re = memoRe('rateLevy', () => new RegExp(`\\b\\d+(?:\\.\\d+)?(?:%|\\s+percent)\\s+(?:${alts(clauseWords().rateLevyHeads)})\\b`, 'g'));
  const out: Mention[] = [];
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: start + m.index, end: start + m.index + m[0].length, name: m[0], label: 'Policy', rule: 'english' });
  return out;
}

/** "AMD's MI308 processor": a model code before a kind of chip is a Product named by the code. */
function codedProducts(text: string, start: number, end: number): Mention[] {
  const re = memoRe('codedProduct', () => new RegExp(`\\b([A-Z]{1,4}\\d{2,5}[A-Z]{0,2})\\s+(?:${alts(clauseWords().codedProductHeads)})\\b`, 'g'));
  const out: Mention[] = [];
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: start + m.index, end: start + m.index + m[1].length, name: m[1], label: 'Product', rule: 'english' });
  return out;
}

export function wireMentions(text: string, start: number, end: number): Mention[] {
  return [...rateLevies(text, start, end), ...codedProducts(text, start, end)];
}

/** Nvidia Corp and Advanced Micro Devices Inc have agreed to pay …, according to officials familiar with the arrangement. */
function agreedParties(s: Scope): void {
  const w = clauseWords();
  const heads = memoRe('agreementHead', () => new RegExp(`\\b(?:${alts(w.agreementHeads)})$`, 'i'));
  const deal = s.ms.find((m) => heads.test(s.ctx.text.slice(m.start, m.end)));
  if (!deal) return;
  for (const v of hits(memoRe('agreeVerb', () => new RegExp(`\\b(?:(?:have|has|had)\\s+)?(?:${alts(w.agreeVerbs)})\\b`, 'gi')), s.ctx)) {
    if (s.inside(v.start)) continue;
    // The parties are the subject: a list of names right before the verb.
    const before = s.ms.filter((m) => m.end <= v.start);
    const last = before[before.length - 1];
    if (!last || !PARTY.has(last.label) || !/^\s*$/.test(s.ctx.text.slice(last.end, v.start))) continue;
    let first = last;
    for (let i = before.length - 2; i >= 0 && /^\s*(?:,\s*)?(?:and\s+)?$/.test(s.ctx.text.slice(before[i].end, first.start)) && PARTY.has(before[i].label); i--) first = before[i];
    for (const p of listFrom(s, first.start, last.end)) if (p.label !== 'Place') s.add('INVOLVES', deal, p);
  }
}

/** The deal covers Nvidia's H20 accelerator and AMD's MI308 processor: the deal involves each thing covered. */
function covers(s: Scope): void {
  for (const v of hits(memoRe('coverVerb', () => new RegExp(`\\b(?:${alts(clauseWords().coverVerbs)})\\s+`, 'gi')), s.ctx)) {
    if (s.inside(v.start)) continue;
    const subj = s.ms.filter((m) => m.end <= v.start).pop();
    if (!subj || (subj.label !== 'Policy' && subj.label !== 'Event') || !/^\s+(?:(?:also|only|now|still)\s+)?$/.test(s.ctx.text.slice(subj.end, v.start))) continue;
    // Past an owner's name: "Nvidia's H20 accelerator" covers the chip (the owner stays the chip's).
    const objects = s.ms.filter((m) => m.start >= v.end && !/^[’']s\b/.test(s.ctx.text.slice(m.end, m.end + 2)));
    const first = objects[0];
    if (!first || first.start - v.end > 24) continue;
    const stop = s.ctx.text.slice(v.end, s.ctx.end).search(/[;,.](?:\s|$)/);
    const to = stop < 0 ? s.ctx.end : v.end + stop;
    for (const o of objects) if (o.end <= to && o.label !== 'Person' && o.label !== 'Place' && o.rule !== 'english-np') s.add('INVOLVES', subj, o);
  }
}

export function wireRelations(s: Scope): void {
  agreedParties(s);
  covers(s);
}
