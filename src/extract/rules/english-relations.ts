// Relations English official prose states by shape rather than by a cue word between two names:
// possession (President Trump’s IEEPA tariffs → ISSUED_BY Trump; Trump’s use of IEEPA → INVOLVES),
// a titled person and the organisation their title names (Under Secretary of Commerce for
// Industry and Security Alan Estevez → the Bureau of Industry and Security), and a constraining verb
// over a list of capabilities (restrict the PRC’s ability to obtain A, develop B, and make C), and an
// event of or against a party (a Section 301 investigation of China’s implementation).
import { findCues, modalityOf } from '../cues.js';
import { cues, lexicon } from '../lexicon.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf } from '../text.js';
import { clauseRelations, scopeOf } from './english-clauses.js';
import { svoRelations } from './english-svo.js';
import { documentRelations } from './english-document.js';
import { frameRelations } from './english-frames.js';
import { purposeRelations } from './english-purpose.js';
import { wireRelations } from './english-wire.js';
import { withReferences } from './english-references.js';
import { englishShapes, titledNames } from './english-refine.js';

const CJK = /[\u3400-\u9fff]/;
const PARTY = new Set(['Person', 'Organization']);
const OWNER = new Set(['Person', 'Organization', 'Place']);

let possessiveRe: RegExp | undefined;
let abilityRe: RegExp | undefined;
let eventOfRe: RegExp | undefined;
const OF_PARTY = new Set(['Person', 'Organization', 'Place']);

/** a Section 301 investigation of China’s implementation / sanctions against Russia: the event involves the party. */
function eventOfRelations(ctx: SentenceContext, ms: Placed[]): void {
  eventOfRe ??= new RegExp(englishShapes().eventOf);
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i], ms[i + 1]];
    if (a.label !== 'Event' || !OF_PARTY.has(b.label) || ctx.outletIds.has(b.id)) continue;
    if (eventOfRe.test(ctx.text.slice(a.end, b.start))) ctx.addEdge('INVOLVES', a.id, b.id, modalityOf(ctx.text, ctx.start, ctx.end));
  }
}

/** President Trump’s IEEPA tariffs: a Policy is issued by its owner; whatever else is owned involves the owner. */
function possessiveRelations(ctx: SentenceContext, ms: Placed[]): void {
  possessiveRe ??= new RegExp(englishShapes().possessive);
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i], ms[i + 1]];
    // "the Department of Commerce’s Bureau of Industry and Security": an organisation's organisation is a part of it.
    if (a.label === 'Organization' && b.label === 'Organization' && !ctx.outletIds.has(a.id) && !ctx.outletIds.has(b.id) && /^[’']s?\s+$/.test(ctx.text.slice(a.end, b.start))) {
      ctx.addEdge('PART_OF', b.id, a.id, modalityOf(ctx.text, ctx.start, ctx.end));
      continue;
    }
    if (!OWNER.has(a.label) || OWNER.has(b.label) || ctx.outletIds.has(a.id)) continue;
    if (!possessiveRe.test(ctx.text.slice(a.end, b.start))) continue;
    // An organisation’s plain noun (the Administration’s commitment) is an attitude, not a thing; a place’s (the PRC’s military) is.
    if (b.rule === 'english-np' && a.label !== 'Place') continue;
    // A party issues its Policy; anything else a party or place owns (China’s balloon program, the PRC’s military) involves it.
    const type = b.label === 'Policy' && PARTY.has(a.label) ? 'ISSUED_BY' : 'INVOLVES';
    ctx.addEdge(type, b.id, a.id, modalityOf(ctx.text, ctx.start, ctx.end));
  }
}

/** The organisation a title chain names: its last capitalised words inside an organisation's name. */
function titleOrganisation(ctx: SentenceContext, chain: string): string | undefined {
  const words = chain.replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const min = englishShapes().orgTailMinWords;
  // "Under Secretary of Commerce for Industry and Security": try the longest tail after of/for first.
  for (let i = 1; i < words.length; i++) {
    if (!/^(?:of|for)$/.test(words[i - 1])) continue;
    const tail = words.slice(i).join(' ');
    if (tail.split(' ').filter((w) => /^[A-Z]/.test(w)).length < min) continue;
    const inSentence = ctx.mentions.find((m) => m.label === 'Organization' && ctx.text.slice(m.start, m.end).includes(tail));
    if (inSentence) return inSentence.id;
    const entry = lexicon().entries.find((e) => e.label === 'Organization' && e.aliases.some((a) => a.endsWith(tail)));
    if (entry) return ctx.nodeFor(entry.name, 'Organization');
  }
  // "United States Trade Representative Jamieson Greer": the whole chain is the organisation's name.
  const whole = ctx.mentions.find((m) => m.label === 'Organization' && m.start >= ctx.start && ctx.text.slice(m.start, m.end) === chain);
  return whole?.id;
}

function titleRelations(ctx: SentenceContext): void {
  for (const t of titledNames(ctx.text, ctx.start, ctx.end)) {
    const person = ctx.mentions.find((m) => m.label === 'Person' && m.start <= t.start && m.end >= t.end);
    if (!person) continue;
    const org = titleOrganisation(ctx, ctx.text.slice(t.chainStart, t.chainEnd).trim());
    // The organisation involves its official (INVOLVES reads participant ← whole, as for an event).
    if (org && org !== person.id) ctx.addEdge('INVOLVES', org, person.id, modalityOf(ctx.text, ctx.start, ctx.end));
  }
}

/** restrict the PRC’s ability to obtain A, develop B, and make C: each of A, B, C is constrained. */
function abilityRelations(ctx: SentenceContext, ms: Placed[]): void {
  abilityRe ??= new RegExp(englishShapes().abilityTo);
  const clauses = clausesOf(ctx.text, ctx.start, ctx.end);
  for (const hit of findCues('constrains.forward', cues().constrains.forward, ctx.text, ctx.start, ctx.end)) {
    const m = abilityRe.exec(ctx.text.slice(hit.end, ctx.end));
    if (!m) continue;
    const cl = clauseAt(clauses, hit.start);
    const subj = ms.filter((x) => x.end <= hit.start && x.start >= cl.start).pop() ?? ms.filter((x) => x.end <= hit.start).pop();
    if (!subj) continue;
    const from = hit.end + m[0].length;
    const stop = ctx.text.slice(from, ctx.end).search(/[;.]/);
    const to = stop < 0 ? ctx.end : from + stop;
    // A bare noun run right before another name is the capability's verb ("ability to both purchase advanced chips"), not a thing.
    const verbLike = (x: Placed) => x.rule === 'english-np' && !/\s/.test(ctx.text.slice(x.start, x.end)) && /^\s+(?!and\b|or\b)[a-z]/.test(ctx.text.slice(x.end, x.end + 6));
    for (const x of ms) if (x.start >= from && x.end <= to && !verbLike(x)) ctx.addEdge('CONSTRAINS', subj.id, x.id, modalityOf(ctx.text, ctx.start, ctx.end));
  }
}

export function englishRelations(ctx: SentenceContext): void {
  if (CJK.test(ctx.text.slice(ctx.start, ctx.end))) return;
  const ms = topLevel(ctx);
  possessiveRelations(ctx, ms);
  titleRelations(ctx);
  abilityRelations(ctx, ms);
  eventOfRelations(ctx, ms);
  // Clause and frame rules also see "this order" as the order named earlier in the paragraph.
  const scope = scopeOf(ctx, withReferences(ctx, ms));
  documentRelations(scope);
  svoRelations(scope);
  clauseRelations(scope);
  frameRelations(scope);
  purposeRelations(scope);
  wireRelations(scope);
}
