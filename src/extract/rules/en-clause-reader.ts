// The general English clause reader: any clause read as subject – verb group – objects, the verb's
// class (data: lexicon/en-clause-reader.json, by lemma, so every inflection counts) deciding the
// edge. compromise finds the verb groups, their lemma, voice, auxiliaries and negation; the nodes
// are the sentence's top-level mentions. It runs after the shape rules and adds an edge only between
// two nodes no rule joined in the sentence (rules/../readers.ts).
import { readFileSync } from 'node:fs';
import type { EdgeType, Modality, NodeLabel } from '../../model/index.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, type Clause } from '../text.js';
import { isMeasure, type Scope } from './english-clauses.js';
import { parseSentence } from './english-parse.js';

interface ReaderWords {
  constrain: string[];
  cause: string[];
  issue: string[];
  recipient: string[];
  receive: string[];
  flowNouns: string[];
  report: string[];
  light: string[];
  chain: Record<'expected' | 'possible', string[]>;
  modals: Record<'expected' | 'possible', string[]>;
  recipientPrepositions: string[];
  involvePrepositions: string[];
  clauseOpeners: string[];
  subordinators: string[];
}
type VerbClass = 'constrain' | 'cause' | 'issue' | 'report' | 'light' | 'other';

let data: ReaderWords | undefined;
const words = (): ReaderWords =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/en-clause-reader.json', import.meta.url), 'utf8')) as ReaderWords);
let sets: Map<string, Set<string>> | undefined;
const inList = (key: 'constrain' | 'cause' | 'issue' | 'recipient' | 'receive' | 'flowNouns' | 'report' | 'light' | 'subordinators' | 'clauseOpeners', w: string): boolean => {
  sets ??= new Map();
  let s = sets.get(key);
  if (!s) sets.set(key, (s = new Set(words()[key])));
  return s.has(w);
};

interface Term {
  text: string;
  tags: Set<string>;
  start: number;
  end: number;
}
interface Verb {
  start: number;
  end: number;
  lemma: string;
  cls: VerbClass;
  passive: boolean;
  negative: boolean;
  modality: Modality;
  /** A verb like plan/aim/seek followed by "to": the next verb keeps its subject. */
  chains?: Modality;
}
interface CompromiseVerb {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string; grammar?: { passive?: boolean; isInfinitive?: boolean }; auxiliary?: string; negative?: boolean };
}

const PARTY = new Set<NodeLabel>(['Person', 'Organization']);
const ACT = new Set<NodeLabel>(['Policy', 'Event']);

function modalOf(aux: string): Modality {
  const a = ` ${aux.toLowerCase()} `;
  const m = words().modals;
  if (m.possible.some((w) => a.includes(` ${w} `))) return 'possible';
  if (m.expected.some((w) => a.includes(` ${w} `))) return 'expected';
  return 'reported';
}

/** The class of a lemma, a phrasal one (cut off, lead to) first: the word after the verb joins it. */
function classOf(lemma: string): VerbClass {
  for (const c of ['constrain', 'cause', 'issue', 'report', 'light'] as const) if (inList(c, lemma)) return c;
  return 'other';
}

/** The sentence's terms and verb groups, with offsets into the whole text. */
function parse(ctx: SentenceContext): { terms: Term[]; verbs: Verb[] } {
  const parsed = parseSentence(ctx.text, ctx.start, ctx.end);
  const doc = parsed.doc;
  const terms: Term[] = parsed.terms.map((t) => ({ text: t.text, tags: new Set(t.tags), start: ctx.start + t.offset.start, end: ctx.start + t.offset.start + t.offset.length }));
  const verbs: Verb[] = [];
  for (const v of doc.verbs().json({ offset: true }) as CompromiseVerb[]) {
    const start = ctx.start + v.offset.start;
    let end = start + v.text.replace(/[\s.,;:!?"”’)]+$/, '').length;
    let lemma = (v.verb?.infinitive || v.text.split(/\s+/).pop() || '').toLowerCase();
    // (the tagger may run a verb into the words after it: "obtain advanced computing")
    if (classOf(lemma) === 'other') lemma = lemma.split(' ')[0];
    // A particle the tagger left out of the group: push up, lead to, weigh on.
    const next = /^\s+([a-z]+)\b/.exec(ctx.text.slice(end, end + 12));
    if (next && !lemma.includes(' ') && classOf(`${lemma} ${next[1]}`) !== 'other') {
      lemma = `${lemma} ${next[1]}`;
      end += next[0].length;
    }
    const passive = !!v.verb?.grammar?.passive || (/ed$/i.test(v.text.trim()) && !v.verb?.auxiliary && /^\s+by\s/.test(ctx.text.slice(end, end + 4)));
    const verb: Verb = { start, end, lemma, cls: classOf(lemma), passive, negative: !!v.verb?.negative, modality: modalOf(v.verb?.auxiliary ?? '') };
    // plans to ban, aims to begin: the verb after "to" is the act, with this verb's modality.
    if (/^\s+to\s/i.test(ctx.text.slice(end, end + 4))) {
      const c = words().chain;
      const base = lemma.split(' ')[0];
      if (c.expected.includes(base)) verb.chains = verb.modality === 'possible' ? 'possible' : 'expected';
      else if (c.possible.includes(base)) verb.chains = 'possible';
    }
    verbs.push(verb);
  }
  return { terms, verbs };
}

/** Words a subject may stand apart from its verb by: auxiliaries, adverbs, a relative pronoun, an abbreviation in brackets. */
const SUBJECT_GAP =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:today|yesterday|tonight|(?:this|last|next)\s+(?:week|month|year)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|that|which|who|itself|themselves|also|now|still|already|recently|then|further|jointly|has|have|had|is|are|was|were|be|been|being|will|would|could|can|may|might|must|should|shall|not|never|[a-z]+ly)\s+)*$/i;

/** What joins the members of a list: A, B and C; intellectual property (IP), technology transfer. */
const LIST_GLUE = /^\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$/i;

/** A nationality word (Chinese brands) is an adjective, never a subject. */
const DEMONYM = /^[A-Z][a-z]+(?:ese|ian|ean|ican|ish|ench|utch|i)$/;

/** Auxiliaries and adverbs between a pronoun and its verb. */
const PRONOUN_AUX = /(?:\s+(?:also|now|still|already|has|have|had|is|are|was|were|will|would|could|can|may|might|should|not|[a-z]+ly))*\s*$/i;

/** Terms between two offsets. */
const between = (terms: Term[], a: number, b: number) => terms.filter((t) => t.start >= a && t.end <= b);
const PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'from', 'in', 'on', 'at', 'by', 'against', 'into', 'over', 'under', 'between', 'among', 'like', 'about', 'toward', 'towards', 'via', 'through']);
// (the tagger reads "to" before a name as a conjunction: Suppliers to General Motors)
const isPreposition = (t: Term | undefined) => !!t && (t.tags.has('Preposition') || PREPOSITIONS.has(t.text.toLowerCase()));

export class ClauseReader {
  private readonly ms: Placed[];
  private readonly clauses: Clause[];
  private readonly terms: Term[];
  private readonly verbs: Verb[];

  constructor(private readonly ctx: SentenceContext) {
    this.ms = topLevel(ctx);
    this.clauses = clausesOf(ctx.text, ctx.start, ctx.end);
    ({ terms: this.terms, verbs: this.verbs } = parse(ctx));
  }

  private word(at: number, dir: -1 | 1): Term | undefined {
    return dir < 0 ? this.terms.filter((t) => t.end <= at).pop() : this.terms.find((t) => t.start >= at);
  }

  /** A mention is a subject only where no preposition governs it (exports to China rose: not China). */
  private governed(m: Placed, from: number): boolean {
    // Suppliers to General Motors, Ford and Stellantis: a list member is governed as its first member is.
    let first = m;
    for (let i = this.ms.indexOf(m) - 1; i >= 0; i--) {
      const glue = this.ctx.text.slice(this.ms[i].end, first.start);
      // (the last member follows and/or: "in Paris, MOFCOM said" is no list)
      if (!LIST_GLUE.test(glue) || !(first === m ? /\b(?:and|or)\b/ : /,|\b(?:and|or)\b/).test(glue)) break;
      first = this.ms[i];
    }
    const lead = between(this.terms, first.start < from ? this.ctx.start : from, first.start).reverse();
    for (const t of lead) {
      if (inList('subordinators', t.text.toLowerCase())) return false;
      if (isPreposition(t)) return true;
      if (!t.tags.has('Determiner') && !t.tags.has('Adjective') && !t.tags.has('Possessive')) return false;
    }
    return false;
  }

  /** The grammatical subject of a verb: the mention right before it in its clause, or a relative clause's antecedent. */
  private subjectOf(v: Verb, cl: Clause): Placed | undefined {
    const { text } = this.ctx;
    const lead = text.slice(cl.start, v.start);
    // TSMC, which is building plants …: the antecedent right before the comma.
    const opener = /^\s*([a-z]+)\b/i.exec(lead);
    const relative = opener && inList('clauseOpeners', opener[1].toLowerCase());
    const near = this.ms.filter((m) => m.end <= v.start && m.start >= cl.start).pop();
    if (near && !DEMONYM.test(this.ctx.text.slice(near.start, near.end)) && SUBJECT_GAP.test(text.slice(near.end, v.start)) && !/^[’']s\b/.test(text.slice(near.end, near.end + 2)) && !this.governed(near, cl.start)) return near;
    if (relative && SUBJECT_GAP.test(lead.replace(/^\s*[a-z]+/i, ' '))) {
      const ante = this.ms.filter((m) => m.end <= cl.start).pop();
      if (ante && /^\s*(?:\([^()]{1,40}\))?\s*,?\s*$/.test(text.slice(ante.end, cl.start - 1))) return ante;
    }
    return undefined;
  }

  /**
   * "eight companies, including Toyota Motor Corp, Sony Group Corp, NTT and SoftBank, founded the
   * firm": a verb opening its clause after a list brought in by including / such as has the listed
   * names as its subjects.
   */
  private listedSubjects(v: Verb, cl: Clause): Placed[] {
    const { text } = this.ctx;
    if (!SUBJECT_GAP.test(text.slice(cl.start, v.start))) return [];
    const before = text.slice(this.ctx.start, cl.start);
    const intro = [...before.matchAll(/,\s*(?:including|such\s+as|among\s+them)\s+/gi)].pop();
    if (!intro) return [];
    const from = this.ctx.start + intro.index! + intro[0].length;
    const out: Placed[] = [];
    let last = from;
    for (const m of this.ms) {
      if (m.start < from || m.end > cl.start) continue;
      if (!/^\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*)?(?:(?:and|or)\s+)?$/i.test(text.slice(last, m.start))) return [];
      out.push(m);
      last = m.end;
    }
    return /^\s*(?:\([^()]{1,15}\)\s*)?,\s*$/.test(text.slice(last, cl.start + 0) + ',') || /^\s*\)?\s*$/.test(text.slice(last, cl.start - 1)) ? out : [];
  }

  /** Where the verb's objects may stand: to the next verb group, subordinate word or clause end. */
  private objectEnd(v: Verb, cl: Clause, nextVerb: Verb | undefined): number {
    let end = cl.end;
    if (nextVerb && nextVerb.start < end) end = nextVerb.start;
    for (const t of between(this.terms, v.end, end)) {
      const w = t.text.toLowerCase().replace(/[^a-z]/g, '');
      if (inList('subordinators', w)) return Math.min(end, t.start);
    }
    return end;
  }

  /** The direct object: the first mention after the verb past only determiners, adjectives, numbers and common nouns in apposition. */
  private directObject(v: Verb, to: number): Placed[] {
    let first = this.ms.find((m) => m.start >= v.end && m.end <= to);
    if (!first) return [];
    const gap = between(this.terms, v.end, first.start);
    if (gap.length > 4 || gap.some((t) => t.tags.has('Preposition') || t.tags.has('Verb') || t.tags.has('Conjunction') || /[,;]/.test(t.text))) {
      // discussed with X a "metals alliance": a measure or event past the verb's prepositional phrase, ungoverned, is its object.
      const late = this.ms.find((m) => m.start >= v.end && m.end <= to && ACT.has(m.label) && !this.governed(m, v.end) && !/[,;(]/.test(this.ctx.text.slice(v.end, m.start)));
      return late && this.headed(late) ? [late] : [];
    }
    if (/[,;(]/.test(this.ctx.text.slice(v.end, first.start))) return [];
    // covers Nvidia's H20 accelerator: the thing owned, where it is named, is the object.
    const owned = /^[’']s\s+$/.test(this.ctx.text.slice(first.end, first.end + 3)) ? this.ms.find((m) => m.start === first!.end + 3) : undefined;
    if (owned) first = owned;
    if (!this.headed(first)) return [];
    // A list joined by commas and and/or: A, B and C.
    // exports of gallium and germanium: a constrained flow stands for what flows.
    const of = inList('flowNouns', this.ctx.text.slice(first.start, first.end).toLowerCase().split(/\s+/).pop() ?? '')
      ? /^\s+of\s+(?:the\s+)?/i.exec(this.ctx.text.slice(first.end, first.end + 12))
      : null;
    const what = of ? this.ms.find((m) => m.start === first.end + of[0].length && m.end <= to) : undefined;
    if (what) return this.listAfter(what, to);
    return this.listAfter(first, to);
  }

  /** The mentions joined to `first` as a list: A, B and C. */
  private listAfter(first: Placed, to: number): Placed[] {
    const out = [first];
    let last = first;
    for (const m of this.ms) {
      if (m.start < last.end || m.end > to) continue;
      if (!LIST_GLUE.test(this.ctx.text.slice(last.end, m.start)) || !/,|\b(?:and|or)\b/.test(this.ctx.text.slice(last.end, m.start))) break;
      out.push(m);
      last = m;
    }
    return out;
  }

  /** Whether a name heads its phrase: "eligible EU exporters" is about exporters, not the EU. */
  private headed(m: Placed): boolean {
    if (/^[’']s\b/.test(this.ctx.text.slice(m.end, m.end + 2))) return false;
    const next = this.word(m.end, 1);
    if (!next || !/^ $/.test(this.ctx.text.slice(m.end, next.start))) return true;
    return !(next.tags.has('Noun') || next.tags.has('Adjective')) || next.tags.has('Pronoun') || next.tags.has('Date');
  }

  /** Mentions governed by one of the prepositions, each with its preposition. */
  private prepositionalObjects(v: Verb, to: number, preps: string[]): { m: Placed; prep: string }[] {
    const out: { m: Placed; prep: string }[] = [];
    for (const m of this.ms) {
      if (m.start < v.end || m.end > to) continue;
      const lead = between(this.terms, v.end, m.start).reverse();
      let prep: string | undefined;
      for (const t of lead) {
        if (isPreposition(t)) {
          prep = t.text.toLowerCase().replace(/[^a-z]/g, '');
          break;
        }
        if (!t.tags.has('Determiner') && !t.tags.has('Adjective') && !t.tags.has('Possessive') && !t.tags.has('Value')) break;
      }
      if (prep && preps.includes(prep) && this.headed(m)) out.push({ m, prep });
    }
    return out;
  }

  /** The agent of a passive: the mention right after "by". */
  private agentOf(v: Verb): Placed | undefined {
    const by = /^\s+by\s+(?:the\s+|a\s+|an\s+)?/i.exec(this.ctx.text.slice(v.end, v.end + 20));
    return by ? this.ms.find((m) => m.start === v.end + by[0].length) : undefined;
  }

  private add(type: EdgeType, from: Placed, to: Placed, modality: Modality): void {
    if (from.id === to.id || this.ctx.linked(from.id, to.id) || this.ctx.outletIds.has(from.id) || this.ctx.outletIds.has(to.id)) return;
    this.ctx.addEdge(type, from.id, to.id, modality);
  }

  private inMention(at: number): boolean {
    return this.ctx.mentions.some((m) => at >= m.start && at < m.end);
  }

  /** A measure: a Policy or Event, or a name whose head is a measure's (tariffs, export restrictions). */
  private measure(p: Placed): boolean {
    return ACT.has(p.label) || isMeasure({ ctx: this.ctx } as Scope, p) || (p.label === 'Concept' && isMeasure({ ctx: this.ctx } as Scope, { ...p, rule: 'english-np' }));
  }

  /** The edge a verb of its class makes between its (logical) subject and one object. */
  private relate(cls: VerbClass, subj: Placed, obj: Placed, modality: Modality, acts = false): void {
    // A plain noun run (english-np) is worth a node only as a measure or as what a cause or constraint acts on.
    if (subj.rule === 'english-np' && !this.measure(subj)) return;
    if (obj.label === 'Place' && cls !== 'constrain') return;
    switch (cls) {
      case 'constrain':
        this.add('CONSTRAINS', subj, obj, modality);
        return;
      case 'cause':
        if (!PARTY.has(subj.label) && subj.label !== 'Place' && !PARTY.has(obj.label)) this.add('CAUSES', subj, obj, modality);
        return;
      case 'issue':
        if ((PARTY.has(subj.label) || acts) && this.measure(obj)) this.add(obj.label === 'Event' ? 'INVOLVES' : 'ISSUED_BY', obj, subj, modality);
        return;
    }
    if (obj.rule === 'english-np' || subj.label === 'Place') return;
    if (ACT.has(subj.label) && !ACT.has(obj.label)) this.add('INVOLVES', subj, obj, modality);
    else if (ACT.has(obj.label) && !ACT.has(subj.label)) this.add('INVOLVES', obj, subj, modality);
    else if (PARTY.has(subj.label) && PARTY.has(obj.label)) this.add('INVOLVES', subj, obj, modality);
  }

  /**
   * "The export controls announced in the two rules today restrict …": a bare participle right after
   * a name, with a finite verb later in its clause and nothing joining them, modifies the name.
   */
  private modifier(i: number, cl: Clause): Placed | undefined {
    const v = this.verbs[i];
    const next = this.verbs[i + 1];
    if (!/^[a-z]+ed$/i.test(this.ctx.text.slice(v.start, v.end)) || !next || next.start >= cl.end) return undefined;
    const near = this.ms.filter((m) => m.end <= v.start && m.start >= cl.start).pop();
    if (!near || !/^\s+$/.test(this.ctx.text.slice(near.end, v.start))) return undefined;
    if (/\b(?:and|but|or|that|which|who)\b|[,;(]/i.test(this.ctx.text.slice(v.end, next.start))) return undefined;
    // A participle takes no object of its own (announced in the rules), and the verb it waits for is finite.
    if (!isPreposition(this.word(v.end, 1)) || /\bto\s+$/i.test(this.ctx.text.slice(v.end, next.start)) || /ing$/i.test(this.ctx.text.slice(next.start, next.end))) return undefined;
    return near;
  }

  read(): void {
    const { verbs, ctx } = this;
    // The subject (and chained modality) of the verb group before, for one joined to it by and / to.
    let prev: { subj?: Placed; end: number; chains?: Modality } | undefined;
    let heldSubject: Placed | undefined;
    // Who a report verb gave the floor to: "China said it plans to ban …" — it is China.
    let speaker: Placed | undefined;
    for (let i = 0; i < verbs.length; i++) {
      const v = verbs[i];
      if (this.inMention(v.start)) continue;
      const cl = clauseAt(this.clauses, v.start);
      const held = heldSubject;
      heldSubject = undefined;
      const mod = v.passive ? undefined : this.modifier(i, cl);
      if (mod) {
        // Its subject is the name before it; the next verb's subject is that name too.
        heldSubject = mod;
        prev = undefined;
        continue;
      }
      let subj = held ?? this.subjectOf(v, cl);
      if (!subj && speaker && /\b(?:it|they|he|she)\s+$/i.test(ctx.text.slice(cl.start, v.start).replace(PRONOUN_AUX, ' '))) subj = speaker;
      const listed = subj ? [] : this.listedSubjects(v, cl);
      // X said … and aims to Y; plans to ban: a verb joined by and/to keeps the subject of the verb before.
      const gap = prev ? ctx.text.slice(prev.end, v.start) : '';
      const toChain = !!prev && /^\s*to\s+$/i.test(gap);
      if (!subj && !listed.length && prev?.subj && (toChain || /^[^,;]*?\b(?:and|but)\s+(?:(?:also|then|later|will|would|could|may|might|has|have|had)\s+)*$/i.test(gap) || /^\s*,\s*(?:and|but)\s+(?:(?:also|then|later|will|would|could|may|might|has|have|had)\s+)*$/i.test(gap))) subj = prev.subj;
      const modality = v.modality !== 'reported' ? v.modality : toChain && prev?.chains ? prev.chains : 'reported';
      if (v.cls === 'report' && subj && (PARTY.has(subj.label) || subj.label === 'Place')) speaker = subj;
      prev = { subj, end: v.end, chains: v.chains ?? (toChain ? prev?.chains : undefined) };
      const to = this.objectEnd(v, cl, verbs.slice(i + 1).find((n) => !this.inMention(n.start)));
      if (subj && !v.negative && !v.passive && inList('receive', v.lemma)) this.received(v, subj, to, modality);
      if (v.negative || v.chains || v.cls === 'report' || v.cls === 'light') continue;
      if (listed.length) {
        if (!v.passive) for (const o of this.directObject(v, to)) for (const s of listed) this.relate(v.cls, s, o, modality);
        continue;
      }
      if (!subj) continue;
      if (v.passive) {
        const agent = this.agentOf(v);
        if (agent) this.relate(v.cls, agent, subj, modality);
        continue;
      }
      const objects = this.directObject(v, to);
      // Japan will give …, Beijing imposed …: a country heading its subject acts for its government.
      const acts = subj.label === 'Place' && this.headed(subj);
      const by = acts && v.cls === 'constrain' ? this.ms.find((m) => m.start >= v.end && m.end <= to && m.label !== 'Event' && this.measure(m) && !objects.includes(m)) : undefined;
      // China restricted exports of gallium under its export control law: the law constrains.
      for (const o of objects) this.relate(v.cls, by ?? subj, o, modality, acts);
      if (v.cls === 'issue' && inList('recipient', v.lemma)) this.recipients(v, subj, to, modality, acts);
      // signed a supply agreement with CATL: the partner is party to the measure.
      const made = v.cls === 'issue' && PARTY.has(subj.label) ? objects.find((o) => this.measure(o)) : undefined;
      if (made) for (const { m } of this.prepositionalObjects(v, to, ['with'])) if (PARTY.has(m.label)) this.add('INVOLVES', made, m, modality);
      if (v.cls === 'other') for (const { m } of this.prepositionalObjects(v, to, words().involvePrepositions)) this.relate('other', subj, m, modality);
    }
  }

  /** Japan will give chipmaker Rapidus … in fresh subsidies: the measure given involves who gets it. */
  private recipients(v: Verb, subj: Placed, to: number, modality: Modality, acts: boolean): void {
    const given = this.ms.find((m) => m.start >= v.end && m.end <= to && this.measure(m));
    if (!given) return;
    const direct = this.ms.find((m) => m.start >= v.end && m.end <= given.start && PARTY.has(m.label) && m.id !== subj.id);
    const viaPrep = this.prepositionalObjects(v, to, words().recipientPrepositions).filter((x) => PARTY.has(x.m.label) && x.m.id !== subj.id);
    for (const r of [direct, ...viaPrep.map((x) => x.m)]) if (r) this.add('INVOLVES', given, r, modality);
    if (PARTY.has(subj.label) || acts) this.add(given.label === 'Event' ? 'INVOLVES' : 'ISSUED_BY', given, subj, modality);
  }

  /** Intel will receive up to $8.5 billion in grants: the measure received involves its recipient. */
  private received(v: Verb, subj: Placed, to: number, modality: Modality): void {
    if (!PARTY.has(subj.label)) return;
    const got = this.ms.find((m) => m.start >= v.end && m.end <= to && this.measure(m));
    if (got) this.add('INVOLVES', got, subj, modality);
  }
}

export function englishClauseRelations(ctx: SentenceContext): void {
  if (topLevel(ctx).length < 2) return;
  new ClauseReader(ctx).read();
}
