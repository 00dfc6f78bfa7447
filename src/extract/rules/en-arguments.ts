// Argument promotion for the English clause reader: on unseen news a third to a half of the things a
// reader asks about are plain noun phrases no rule named ("subsidies", "pilot line", "export duties on
// steel scrap"). When such a phrase is the subject or object of a classified verb, it is read from the
// sentence's one compromise parse (english-parse.ts) and becomes a node, so the verb's edge can be
// drawn. What counts as no thing (generic, time, quantity, pointing-back heads) is data:
// lexicon/en-arguments.json.
import { readFileSync } from 'node:fs';
import type { EdgeType, NodeLabel } from '../../model/index.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { headLabel as phraseLabel, isLeadStop } from './english-phrases.js';
import { englishHead, headLabel } from './labels.js';

interface ArgumentWords {
  stopHeads: string[];
  referenceHeads: string[];
  partitiveHeads: string[];
  complementPrepositions: string[];
  currencyWords: string[];
  weakVerbs: string[];
  measureThreatVerbs: string[];
  extraHeads: Partial<Record<NodeLabel, string[]>>;
  irregularForms: string[];
}
type ListKey = 'stopHeads' | 'referenceHeads' | 'partitiveHeads' | 'complementPrepositions' | 'currencyWords' | 'weakVerbs' | 'measureThreatVerbs';

let data: ArgumentWords | undefined;
export const argumentWords = (): ArgumentWords => (data ??= JSON.parse(readFileSync(new URL('../lexicon/en-arguments.json', import.meta.url), 'utf8')) as ArgumentWords);
const sets = new Map<string, Set<string>>();
export const inArgList = (key: ListKey, w: string): boolean => {
  let s = sets.get(key);
  if (!s) sets.set(key, (s = new Set(argumentWords()[key])));
  return s.has(w.toLowerCase());
};
const extraLabel = (head: string): NodeLabel | undefined => {
  const h = head.toLowerCase();
  for (const [label, list] of Object.entries(argumentWords().extraHeads)) if (list?.includes(h)) return label as NodeLabel;
  return undefined;
};

export interface ArgTerm {
  text: string;
  tags: Set<string>;
  start: number;
  end: number;
}

/** A plain noun phrase that stands as a verb's argument: not yet a node. */
export interface Argument {
  kind: 'argument';
  start: number;
  end: number;
  name: string;
  head: string;
  label: NodeLabel;
  /** An identical mention that is only a tentative noun run (english-np): the phrase confirms it. */
  confirms?: Placed;
  /** The tentative noun runs the phrase overlaps (a worse cut of it, which a rule may have related already). */
  overlaps: Placed[];
}

const NOT_CONTENT = ['Pronoun', 'Date', 'Value', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Adverb', 'Auxiliary', 'Modal', 'QuestionWord', 'Month', 'WeekDay', 'Money', 'Percent'];
const LEAD = ['Determiner', 'Possessive'];
const PARTY_LIKE = new Set<NodeLabel>(['Person', 'Organization', 'Place', 'Source', 'Briefing']);

const has = (t: ArgTerm, tags: string[]) => tags.some((x) => t.tags.has(x));
/** A word a noun phrase is made of: a noun or an adjective (a hyphenated part joins whatever its tag). */
const content = (t: ArgTerm) => !has(t, NOT_CONTENT) && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Hyphenated')) && /^[\p{L}][\p{L}\d.-]*$/u.test(t.text);
/** Two words of one phrase stand apart by spaces or a hyphen only. */
const joined = (ctx: SentenceContext, a: ArgTerm, b: ArgTerm) => /^(?:[ \t]+|-)$/.test(ctx.text.slice(a.end, b.start));
const isNoun = (t: ArgTerm) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !(t.tags.has('Verb') && !t.tags.has('Hyphenated'));

export const isArgument = (x: Placed | Argument | undefined): x is Argument => !!x && (x as Argument).kind === 'argument';

export class ArgumentReader {
  constructor(
    private readonly ctx: SentenceContext,
    private readonly terms: ArgTerm[],
    /** Whether a head is a trade flow (exports, sales): its of-complement is the thing. */
    private readonly flow?: (head: string) => boolean,
  ) {}

  /** The run of phrase words from term i on (not past `to`): [first, last] indices, or undefined. */
  private runFrom(i: number, to: number): [number, number] | undefined {
    const ts = this.terms;
    if (!ts[i] || ts[i].end > to || !content(ts[i])) return undefined;
    let j = i;
    while (j + 1 < ts.length && ts[j + 1].end <= to && content(ts[j + 1]) && joined(this.ctx, ts[j], ts[j + 1])) j++;
    // the phrase ends in its head noun: trailing adjectives are no part of it
    while (j >= i && !isNoun(ts[j])) j--;
    return j >= i ? [i, j] : undefined;
  }

  /** The phrase opening at term i, past determiners and possessive pronouns; X of Y for a partitive X. */
  private phraseAt(i: number, to: number): Argument | undefined {
    const ts = this.terms;
    while (ts[i] && ts[i].end <= to && has(ts[i], LEAD) && !this.inMention(ts[i].start)) i++;
    const run = this.runFrom(i, to);
    if (!run) return undefined;
    let [a, b] = run;
    // "a range of unfair subsidies" is about the subsidies
    if (a === b && inArgList('partitiveHeads', ts[b].text) && ts[b + 1]?.text.toLowerCase() === 'of') return this.phraseAt(b + 2, to);
    // the run must not be tagged on into a verb the tagger missed: "price hikes" read as price + verb
    if (ts[b + 1] && ts[b + 1].end <= to && joined(this.ctx, ts[b], ts[b + 1]) && ts[b + 1].tags.has('Verb') && /s$/.test(ts[b + 1].text) && !ts[b + 1].tags.has('Auxiliary')) return undefined;
    // "Higher tariffs", "new rules": evaluative or generic words are cut from the front
    while (a < b && (isLeadStop(ts[a].text) || has(ts[a], ['Comparative', 'Superlative']))) a++;
    let end = ts[b].end;
    const head = ts[b].text;
    if (!this.contentHead(ts[a], ts[b])) return undefined;
    // a short complement that is itself a content noun: duties on brandy, refunds of tariffs
    const prep = ts[b + 1];
    // exports of gallium: a trade flow stands for what flows (as the clause reader reads it)
    if (this.flow && this.flow(head) && prep?.text.toLowerCase() === 'of' && prep.end <= to) {
      const what = this.phraseAt(b + 2, to);
      if (what) return what;
    }
    if (prep && prep.end <= to && inArgList('complementPrepositions', prep.text) && b - a < 2) {
      let k = b + 2;
      if (ts[k] && /^the$/i.test(ts[k].text)) k++;
      const tail = this.runFrom(k, to);
      // a party is never inside a name; nor a named target after "on", its own node which the relation
      // rules join to the measure (curbs on high-bandwidth memory); refunds of tariffs keeps its thing
      const on = prep.text.toLowerCase() !== 'of';
      const named = tail && this.ctx.mentions.some((m) => (on ? m.rule !== 'english-np' : PARTY_LIKE.has(m.label)) && m.start < ts[tail[1]].end && m.end > ts[tail[0]].start);
      if (tail && !named && !has(ts[tail[0]], ['ProperNoun']) && !inArgList('stopHeads', ts[tail[1]].text)) {
        const e = ts[tail[1]].end;
        if (e - ts[a].start <= 40 && tail[1] - a + 1 <= 6) end = e;
      }
    }
    return this.argument(ts[a].start, ts[b].end, end, head);
  }

  /** Whether a phrase from term a to head b names a thing: no pronoun, quantity, time or generic head, no pointing back. */
  private contentHead(first: ArgTerm, last: ArgTerm): boolean {
    const head = last.text.toLowerCase();
    if (!/^[a-z][a-z-]{2,}$/.test(head) || inArgList('stopHeads', head) || inArgList('currencyWords', head)) return false;
    // "the company", "the state-backed venture": a singular party head points back to a named party
    if (this.pointsBack(first, last)) return false;
    // a proper name is the mention rules' business
    if (last.tags.has('ProperNoun') && !/^\p{Ll}/u.test(last.text)) return false;
    return !first.tags.has('Pronoun');
  }

  /**
   * The phrase [start, end) as an argument (its head phrase ends at headEnd), unless a named mention
   * covers part of the head phrase: a tentative noun run overlapping it is a worse cut, and a thing may
   * stand in an of-complement (refunds of tariffs).
   */
  private argument(start: number, headEnd: number, end: number, head: string): Argument | undefined {
    let name = this.ctx.text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (name.length > 40 || name.split(' ').length > 6) return undefined;
    // "Tariffs raised prices": a capital only because the sentence starts there
    if (/^\p{Lu}\p{Ll}+\b/u.test(name) && !this.terms.find((t) => t.start === start)?.tags.has('ProperNoun')) name = name[0].toLowerCase() + name.slice(1);
    let confirms: Placed | undefined;
    const overlaps: Placed[] = [];
    for (const m of this.ctx.mentions) {
      if (m.end <= start || m.start >= end) continue;
      if (m.start === start && m.end === end) {
        if (m.rule !== 'english-np') return undefined;
        confirms = m;
      } else if (m.rule !== 'english-np' && (m.start < headEnd || PARTY_LIKE.has(m.label))) return undefined;
      else if (m.rule === 'english-np') overlaps.push(m);
    }
    const label = this.labelOf(name, head);
    if (!label) return undefined;
    return { kind: 'argument', start, end, name, head, label, confirms, overlaps };
  }

  /** The label a promoted phrase takes from its head word; none for a party or place phrase. */
  private labelOf(name: string, head: string): NodeLabel | undefined {
    // approvals of export licences: the head phrase, not its complement, says what it is
    const phrase = phraseLabel(name.slice(0, name.lastIndexOf(head) + head.length));
    const label = headLabel(name, 'Concept') ?? (phrase !== 'Concept' ? phrase : undefined) ?? extraLabel(head) ?? 'Concept';
    return PARTY_LIKE.has(label) ? undefined : label;
  }

  private inMention(at: number): boolean {
    return this.ctx.mentions.some((m) => at >= m.start && at < m.end);
  }

  /** The verb's object phrase: the first words after it (to `to`), when no mention stands there. */
  object(from: number, to: number): Argument | undefined {
    const i = this.terms.findIndex((t) => t.start >= from);
    if (i < 0 || this.terms[i].start >= to) return undefined;
    // a quantity (up to $5 billion, 20%) is no object; nor a pronoun
    if (has(this.terms[i], ['Pronoun', 'Value', 'Preposition', 'Adverb'])) return undefined;
    return this.phraseAt(i, to);
  }

  /**
   * The verb's objects, with the phrase right after it where no mention is, or only a tentative run
   * the phrase cuts better; `acts`: only a measure or an event (what an 'other' verb's party acts on).
   */
  objects(objects: Placed[], from: number, to: number, acts: boolean): (Placed | Argument)[] {
    if (objects.length > 1 || (objects.length === 1 && objects[0].rule !== 'english-np')) return objects;
    // sending its shares lower: a tentative run whose head names nothing is no object either
    if (objects.length === 1 && this.namesNothing(objects[0])) return [];
    const a = this.object(from, to);
    if (!a || (acts && a.label !== 'Policy' && a.label !== 'Event')) return objects;
    return !objects.length || (a.start < objects[0].end && a.end > objects[0].start) ? [a] : objects;
  }

  /**
   * The subject phrases that stand for the verb's subject: where no mention is (or only a tentative
   * noun run the phrases overlap), the phrases before the verb, or those of the verb it is joined to.
   */
  subjectsFor(subj: Placed | undefined, tentative: boolean, joined: Argument[] | undefined, clauseStart: number, verbStart: number): Argument[] {
    if (subj && !tentative) return [];
    const found = !subj && joined ? joined : this.subjects(clauseStart, verbStart);
    if (!subj || found.some((a) => a.start < subj.end && a.end > subj.start)) return found;
    // the reader's own subject, a tentative noun run (magnet exports have dropped …, causing …)
    const own = this.fromMention(subj);
    return own ? [own] : [];
  }

  /** A tentative noun run whose head is a stop or pointing-back word (shares, the company). */
  private namesNothing(m: Placed): boolean {
    const last = this.terms.find((t) => t.end === m.end);
    const head = last?.text.toLowerCase() ?? '';
    return inArgList('stopHeads', head) || (!!last && this.pointsBack(this.terms.find((t) => t.start === m.start) ?? last, last));
  }

  /** A singular reference head with no noun before it (the company, a Chinese firm; not the smartphone business). */
  private pointsBack(first: ArgTerm, last: ArgTerm): boolean {
    const head = last.text.toLowerCase();
    if (!inArgList('referenceHeads', head) || englishHead(head)?.word !== head) return false;
    const i = this.terms.indexOf(first);
    const j = this.terms.indexOf(last);
    return !this.terms.slice(Math.max(i, 0), j).some((t) => isNoun(t) && !t.tags.has('ProperNoun'));
  }

  /** A tentative noun run as an argument, if its words name a thing. */
  private fromMention(m: Placed): Argument | undefined {
    const first = this.terms.find((t) => t.start === m.start);
    const last = this.terms.find((t) => t.end === m.end);
    if (!first || !last || !this.contentHead(first, last)) return undefined;
    const name = this.ctx.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const label = this.labelOf(name, last.text);
    return label ? { kind: 'argument', start: m.start, end: m.end, name, head: last.text, label, confirms: m, overlaps: [] } : undefined;
  }

  /**
   * The subject phrase(s) right before the verb in its clause: "Faster license approvals have
   * reduced …", "Slow export license approvals and customs delays threaten …". None when a
   * preposition or a verb governs the phrase (Revenue from China; raised prices).
   */
  /** The index before the determiners and possessive pronouns that open the run at term i. */
  private leadBefore(i: number, clauseStart: number): number {
    let k = i - 1;
    while (k >= 0 && this.terms[k].start >= clauseStart && has(this.terms[k], LEAD) && !this.inMention(this.terms[k].start)) k--;
    return k;
  }

  subjects(clauseStart: number, verbStart: number): Argument[] {
    const ts = this.terms;
    let j = ts.filter((t) => t.end <= verbStart).length - 1;
    while (j >= 0 && ts[j].start >= clauseStart && has(ts[j], ['Adverb', 'Auxiliary', 'Modal'])) j--;
    const out: Argument[] = [];
    for (;;) {
      if (j < 0 || ts[j].start < clauseStart || !isNoun(ts[j])) return [];
      let i = j;
      while (i - 1 >= 0 && ts[i - 1].start >= clauseStart && content(ts[i - 1]) && joined(this.ctx, ts[i - 1], ts[i])) i--;
      let k = this.leadBefore(i, clauseStart);
      // The shortage of magnets halted …: the head stands before the complement
      const of = ts[k] && ts[k].start >= clauseStart && inArgList('complementPrepositions', ts[k].text) && ts[k - 1] && isNoun(ts[k - 1]) ? k - 1 : -1;
      if (of >= 0) {
        let h = of;
        while (h - 1 >= 0 && ts[h - 1].start >= clauseStart && content(ts[h - 1]) && joined(this.ctx, ts[h - 1], ts[h])) h--;
        const wide = this.phraseAt(this.leadBefore(h, clauseStart) + 1, ts[j].end);
        if (wide?.end === ts[j].end) k = this.leadBefore(h, clauseStart);
      }
      const arg = this.phraseAt(k + 1, ts[j].end);
      if (!arg || arg.end !== ts[j].end) return [];
      out.unshift(arg);
      const before = k >= 0 && ts[k].start >= clauseStart ? ts[k] : undefined;
      if (!before) return out;
      const w = before.text.toLowerCase();
      // A and B, A, B and C: the members before the last one
      if ((w === 'and' || w === 'or') && k - 1 >= 0) {
        j = k - 1;
        continue;
      }
      // Beijing's new restrictions: the possessor names the owner, not a governing word
      if (/[’']s\s*$/.test(this.ctx.text.slice(before.start, ts[k + 1].start))) return out;
      return has(before, ['Conjunction']) && !/^(?:and|or)$/.test(w) ? out : [];
    }
  }
}

/** A placeholder mention for an argument, to decide an edge before anything becomes a node. */
export const provisional = (a: Argument): Placed => ({ id: `argument:${a.name}`, label: a.label, start: a.start, end: a.end, nested: false });

/** The node of an argument (the node its tentative mention already has, when it confirms one). */
export function promote(ctx: SentenceContext, a: Argument): string | undefined {
  return a.confirms?.id ?? ctx.nodeFor(a.name, a.label);
}

/**
 * The edge of a classified verb where one end (or, for a strong verb, both) is an argument, decided
 * by the reader's own rule on a placeholder before the phrase becomes a node (no orphan nodes).
 */
export function argumentEdge(
  ctx: SentenceContext,
  v: { cls: string; lemma: string },
  subj: Placed | Argument,
  obj: Placed | Argument,
  decide: (s: Placed, o: Placed) => { type: EdgeType; from: Placed; to: Placed } | undefined,
): { type: EdgeType; from: Placed; to: Placed } | undefined {
  if (!isArgument(subj) && !isArgument(obj)) return decide(subj, obj);
  if (isArgument(subj) && isArgument(obj) && inArgList('weakVerbs', v.lemma)) return undefined;
  // Trump threatened higher duties: he would issue them, he does not constrain them.
  if (v.cls === 'constrain' && isArgument(obj) && obj.label === 'Policy' && inArgList('measureThreatVerbs', v.lemma)) return undefined;
  const s = isArgument(subj) ? provisional(subj) : subj;
  const o = isArgument(obj) ? provisional(obj) : obj;
  const e = decide(s, o);
  if (!e || [s, o].some((p) => ctx.outletIds.has(p.id))) return undefined;
  // approvals of export licences is no end of an edge with the export licences
  if (s.start < o.end && o.start < s.end) return undefined;
  // a rule related a worse cut of the phrase (enforcement for enforcement of existing limits): that edge stands
  const related = (a: Placed | Argument, p: Placed) => isArgument(a) && p.id.startsWith('argument:') === false && a.overlaps.some((m) => ctx.linked(m.id, p.id));
  if (related(subj, o) || related(obj, s)) return undefined;
  const id = (p: Placed) => (p === s && isArgument(subj) ? promote(ctx, subj) : p === o && isArgument(obj) ? promote(ctx, obj) : p.id);
  const from = id(e.from);
  const to = id(e.to);
  return from && to ? { type: e.type, from: { ...e.from, id: from }, to: { ...e.to, id: to } } : undefined;
}

/** Any inflection of a constrain / cause / issue lemma (its stem, or an irregular form): a sentence worth reading for its arguments. */
let classified: RegExp | undefined;
export function hasClassifiedVerb(sentence: string, lemmas: string[]): boolean {
  const stems = lemmas.map((l) => l.split(' ')[0].replace(/e$/, ''));
  classified ??= new RegExp(`\\b(?:${[...new Set([...stems, ...argumentWords().irregularForms])].join('|')})`, 'i');
  return classified.test(sentence);
}
