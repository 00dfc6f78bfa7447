// The English clause reader: a verb of a class (issue, constrain), its subject (the name right
// before it, a joint subject "A and B placed …"; a pronoun in reported speech — "MOFCOM said it
// would open a green channel" — is already a mention of the speaker, rules/anaphora.ts), its
// objects (a list "A, B, and C"), the passive read backwards (X initiated by USTR), and a measure in
// apposition to a clause. Word lists: lexicon/english-clauses.json.
import type { NodeLabel } from '../../model/index.js';
import { clauseAt, type Placed } from '../relations.js';
import { alternation, flexSpaces } from '../text.js';
import { clauseWords, hits, isMeasure, listFrom, memoRe, wordsRe, type Scope } from './english-clauses.js';

const PARTY = new Set<NodeLabel>(['Person', 'Organization']);
const ACT = new Set<NodeLabel>(['Policy', 'Event']);

/** The issuer edge for an act: a Policy is issued by its party, an Event involves it. */
function issued(s: Scope, act: Placed | undefined, party: Placed | undefined): void {
  if (!act || !party || !(ACT.has(act.label) || isMeasure(s, act)) || !PARTY.has(party.label) || s.ctx.outletIds.has(party.id)) return;
  s.add(act.label === 'Policy' ? 'ISSUED_BY' : 'INVOLVES', act, party);
}

/** BIS has published an interim final rule / added 37 entities to the Entity List. */
function issueVerbs(s: Scope): void {
  for (const v of hits(wordsRe('issueVerbs'), s.ctx)) {
    if (s.inside(v.start) || /\s+by\b/i.test(s.ctx.text.slice(v.end, v.end + 4))) continue;
    const cl = clauseAt(s.clauses, v.start);
    const subj = s.ms.filter((m) => m.end <= v.start && m.start >= cl.start).pop();
    if (!subj || !PARTY.has(subj.label)) continue;
    // "Katherine Tai today released the following statement": an unnamed document is a node by its kind.
    const doc = memoRe('documentNoun', () => new RegExp(`^\\s+(?:the\\s+following|a|an|its|his|her|their)\\s+(?:[a-z]+\\s+)?(${clauseWords().documentNouns.join('|')})\\b`, 'i')).exec(s.ctx.text.slice(v.end, v.end + 40));
    if (doc && /^(?:releas|issu|publish)/i.test(s.ctx.text.slice(v.start, v.end)) && !s.ms.some((m) => m.start >= v.end && m.start < v.end + doc[0].length)) {
      const id = s.ctx.nodeFor(doc[1].toLowerCase(), 'Event');
      if (id) s.add('INVOLVES', { id, label: 'Event', start: v.end, end: v.end + doc[0].length, nested: false }, subj);
      continue;
    }
    // A measure's plain noun counts too: "The Commerce Department began granting licences for H20 shipments".
    const obj = s.ms.find((m) => m.start >= v.end && m.end <= cl.end && m.start - v.end <= 80 && (ACT.has(m.label) || PARTY.has(m.label) || isMeasure(s, m)));
    // The verb's own object, not one of a later infinitive ("took in February 2023 to target PRC programs").
    if (obj && (ACT.has(obj.label) || isMeasure(s, obj)) && !/\bto\s+(?!(?:the|a|an|its|their)\b)[a-z]+\s/i.test(s.ctx.text.slice(v.end, obj.start))) {
      // A joint subject issues it together: "the Ministry of Commerce (MOFCOM) and the General Administration of Customs placed …".
      for (const p of jointSubject(s, subj, cl.start)) issued(s, obj, p);
      // "added 37 PRC entities to the Entity List": the list now holds the place's entities.
      if (/^add/i.test(s.ctx.text.slice(v.start, v.end))) for (const p of s.ctx.mentions) if (p.label === 'Place' && p.start >= v.end && p.end <= obj.start) s.add('INVOLVES', obj, p);
    }
  }
}

/** The parties joined with `last` by "and" or commas before it (an abbreviation in brackets skipped), `last` included. */
function jointSubject(s: Scope, last: Placed, from: number): Placed[] {
  const out = [last];
  const before = s.ms.filter((m) => m.end <= last.start && m.start >= from);
  for (let i = before.length - 1; i >= 0; i--) {
    const gap = s.ctx.text.slice(before[i].end, out[0].start);
    if (!PARTY.has(before[i].label) || !/^\)?\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*)?(?:and\s+)?(?:the\s+)?$/i.test(gap) || !/,|\band\b/.test(gap)) break;
    out.unshift(before[i]);
  }
  return out;
}

/** X (was) initiated by USTR; … at the direction of President Biden. */
function passiveIssue(s: Scope): void {
  const { text, start } = s.ctx;
  for (const v of hits(wordsRe('passiveIssueVerbs', '', '\\s+by\\s+(?:the\\s+)?'), s.ctx)) {
    // The act is the name right before the verb: in "a response to the tariff increases announced
    // by President Trump" the increases were announced, not the measure named earlier.
    const near = s.ms.filter((m) => m.end <= v.start).pop();
    const act = near && ACT.has(near.label) ? near : undefined;
    const party = s.ms.find((m) => m.start >= v.end && m.start - v.end <= 2);
    issued(s, act, party);
  }
  for (const m of text.slice(start, s.ctx.end).matchAll(/\bat the (?:direction|request|instruction) of\s+/gi)) {
    const at = start + m.index! + m[0].length;
    const act = s.ms.filter((x) => x.end <= start + m.index! && ACT.has(x.label)).pop();
    const party = s.ms.find((x) => x.start >= at && x.start - at <= 12 && PARTY.has(x.label));
    if (act && party) s.add('INVOLVES', act, party);
  }
}

// "policies and practices that continue to burden X": a plain noun joined to the subject by and/or
// before the relative pronoun is part of the subject, not a subject of its own.
const SUBJECT_GAP =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:and|or)\s+[a-z]+\s+(?=(?:that|which)\s))?(?:(?:that|which|who|will|would|could|can|may|might|must|should|also|further|not|to|has|have|had|is|are|was|were|be|been|directly|effectively|significantly|seek|seeks|aim|aims|begin|begins|continue|continues|help|helps)\s+)*$/i;

let ownedActRe: RegExp | undefined;
/** "The Trump administration’s actions will begin to reverse X": the owner of the acts is the subject. */
const ownedAct = (): RegExp => (ownedActRe ??= new RegExp(`^[’']s\\s+(?:${clauseWords().ownedActNouns.join('|')})\\b`, 'i'));

/**
 * "exports were restricted by the new rules", "sectors hit by the tariffs": the party or measure
 * after "by" constrains the name the participle follows (written right before it, or before an
 * auxiliary: were, have been).
 */
function passiveConstrain(s: Scope, v: { start: number; end: number }, from: number): void {
  const { text } = s.ctx;
  if (!/ed$|hit$|hurt$|cut$/i.test(text.slice(v.start, v.end))) return;
  const by = /^\s+by\s+(?:the\s+|a\s+|an\s+)?/i.exec(text.slice(v.end, v.end + 20));
  const agent = by && s.ms.find((m) => m.start === v.end + by[0].length);
  const patient = s.ms.filter((m) => m.end <= v.start && m.start >= from).pop();
  if (!agent || !patient || agent.label === 'Place' || patient.label === 'Person') return;
  if (!/^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:is|are|was|were|be|been|being|has|have|had|already|also|severely|heavily|further)\s+)*$/i.test(text.slice(patient.end, v.start))) return;
  s.add('CONSTRAINS', agent, patient);
}

/** China’s acts …, undermining the competitiveness of American industry, critical supply chains, and economic security. */
function constrainList(s: Scope): void {
  const { text } = s.ctx;
  const level = memoRe('level', () => new RegExp(`^\\s+(?:(?:a|an|the|its|their)\\s+)?(?:\\d|(?:${clauseWords().levelWords.join('|')})\\b)`, 'i'));
  for (const v of hits(wordsRe('constrainListVerbs'), s.ctx)) {
    if (s.inside(v.start)) continue;
    // A passive (sectors hit by the tariffs, exports restricted by X) reads the other way; a level is no victim (hit a record high).
    const next = s.ctx.text.slice(v.end, v.end + 30);
    const cl = clauseAt(s.clauses, v.start);
    if (/^\s+by\b/i.test(next)) {
      passiveConstrain(s, v, cl.start);
      continue;
    }
    if (level.test(next)) continue;
    // A gerund after a comma continues the sentence's subject; otherwise the clause's own subject.
    const gerund = /ing$/i.test(text.slice(v.start, v.end)) && /,\s*$/.test(text.slice(Math.max(s.ctx.start, v.start - 3), v.start));
    const first = s.ms[0];
    const near = s.ms.filter((m) => m.end <= v.start && m.start >= cl.start).pop();
    // The clause's subject stands right before its verb ("controls that restrict", "actions will undermine"),
    // not as the object of an earlier verb ("protect our national security and prevent …").
    const own = near && SUBJECT_GAP.test(text.slice(near.end, v.start).replace(ownedAct(), ' ')) ? near : undefined;
    const subj = gerund ? (first && first.start - s.ctx.start <= 12 ? first : undefined) : own;
    if (!subj) continue;
    // A sentence ends the list, or a semicolon ("U.S." has a full stop of its own).
    const stop = text.slice(v.end, s.ctx.end).search(/;/);
    const to = stop < 0 ? s.ctx.end : v.end + stop;
    const firstObj = s.ms.find((m) => m.start >= v.end && m.end <= to && m.start - v.end <= 40);
    if (!firstObj) continue;
    // "burden U.S. commerce and harm American workers": a member that opens with a verb of the class is a second predicate, no object.
    const verbFirst = wordsRe('constrainListVerbs', '^');
    // (A participle is an adjective there: restricted entities, limited access.)
    const predicate = (o: Placed) => ((verbFirst.lastIndex = 0), verbFirst.test(text.slice(o.start, o.end)) && !/^[a-z]+ed\b/i.test(text.slice(o.start, o.end)));
    for (const o of listFrom(s, firstObj.start, to)) if (o.id !== subj.id && !predicate(o)) s.add('CONSTRAINS', subj, o);
  }
}

const TARGET = new Set<NodeLabel>(['Product', 'Concept', 'Indicator']);

/**
 * "the administration told Nvidia that every H20 export would need a licence, a restriction it
 * reversed last month": a measure in apposition to a clause names that clause; it constrains the
 * things the clause (its that-complement, when it has one) names.
 */
function appositiveMeasures(s: Scope): void {
  const { text } = s.ctx;
  for (const m of s.ms) {
    if (!isMeasure(s, m) || !/,\s*(?:a|an)\s+$/i.test(text.slice(Math.max(s.ctx.start, m.start - 6), m.start))) continue;
    const comma = text.lastIndexOf(',', m.start);
    const cl = clauseAt(s.clauses, comma - 1);
    const that = [...text.slice(cl.start, comma).matchAll(/\bthat\s/g)].pop();
    const from = that ? cl.start + that.index! : cl.start;
    for (const o of s.ms) if (o.start >= from && o.end <= comma && TARGET.has(o.label) && !isMeasure(s, o)) s.add('CONSTRAINS', m, o);
  }
}

/**
 * "As the President recognizes in his memorandum": a document a party's pronoun owns, unnamed, is a
 * node by its kind, issued by the party the pronoun stands for (his/her → a person, its → an
 * organisation, their → either; the nearest such name before it in the sentence).
 */
function ownedDocuments(s: Scope): void {
  const { text } = s.ctx;
  const nouns = () => alternation(clauseWords().issuedDocumentNouns, flexSpaces);
  const find = memoRe('ownedDocument', () => new RegExp(`\\b(?:his|her|its|their)\\s+(?:(?:own|latest|new)\\s+)?(?:${nouns()})\\b`, 'gi'));
  const parts = memoRe('ownedDocumentParts', () => new RegExp(`^(his|her|its|their)\\s.*?(${nouns()})$`, 'i'));
  for (const v of hits(find, s.ctx)) {
    const m = parts.exec(text.slice(v.start, v.end));
    // A document some rule named (its Executive Order 14257) is related by the rules that named it; a plain noun run is this one.
    const named = s.ctx.mentions.filter((x) => x.start < v.end && x.end > v.start);
    if (!m || named.some((x) => x.rule !== 'english-np')) continue;
    const p = m[1].toLowerCase();
    const fits = (x: Placed) => (p === 'its' ? x.label === 'Organization' : p === 'their' ? PARTY.has(x.label) : x.label === 'Person');
    const owner = s.ms.filter((x) => x.end <= v.start && fits(x) && !s.ctx.outletIds.has(x.id)).pop();
    const id = owner && (named[0]?.label === 'Policy' ? named[0].id : s.ctx.nodeFor(m[2].toLowerCase(), 'Policy'));
    if (id) s.add('ISSUED_BY', { id, label: 'Policy', start: v.end - m[2].length, end: v.end, nested: false }, owner);
  }
}

/**
 * "a presidential memorandum from President Biden", "an executive order by President Trump": an
 * instrument noun followed by from/by and a party is that party's; a document (statement, letter)
 * involves it.
 */
function documentFrom(s: Scope): void {
  const { text } = s.ctx;
  const w = clauseWords();
  const find = memoRe('documentFrom', () => new RegExp(`\\b(${alternation([...w.issuedDocumentNouns, ...w.documentNouns], flexSpaces)})\\s+(?:from|by|signed\\s+by|issued\\s+by)\\s+(?:the\\s+)?`, 'gi'));
  const instrument = memoRe('issuedDocumentEnd', () => new RegExp(`\\b(?:${alternation(w.issuedDocumentNouns, flexSpaces)})$`, 'i'));
  for (const v of hits(find, s.ctx)) {
    // The party right there, past a title no rule kept (from President Biden, by Ambassador Katherine Tai).
    const party = s.ms.find((x) => x.start >= v.end && /^(?:[A-Z][a-z]+\.?\s+){0,3}$/.test(text.slice(v.end, x.start)) && PARTY.has(x.label) && !s.ctx.outletIds.has(x.id));
    const noun = new RegExp(find.source, 'i').exec(text.slice(v.start, v.end))?.[1] ?? '';
    const nounEnd = v.start + noun.length;
    if (!party || !noun) continue;
    // The document as some rule named it (the tagger's noun run included), else a node by its kind.
    const named = s.ms.find((x) => x.start <= v.start && x.end >= nounEnd && x.end <= nounEnd + 1 && ACT.has(x.label));
    const label = instrument.test(noun) ? 'Policy' : 'Event';
    const id = named?.id ?? s.ctx.nodeFor(noun.toLowerCase(), label);
    if (!id) continue;
    issued(s, named ?? { id, label, start: v.start, end: nounEnd, nested: false }, party);
  }
}

export function svoRelations(s: Scope): void {
  issueVerbs(s);
  passiveIssue(s);
  constrainList(s);
  appositiveMeasures(s);
  ownedDocuments(s);
  documentFrom(s);
}
