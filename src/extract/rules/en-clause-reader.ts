// The general English clause reader: any clause read as subject – verb group – objects, the verb's
// class (data: lexicon/en-clause-reader.json, by lemma, so every inflection counts) deciding the
// edge. The verb groups come from rules/en-clause-verbs.ts; the nodes are the sentence's top-level
// mentions, or a plain noun phrase a classified verb promotes (rules/en-arguments.ts). It runs after the shape rules and adds an edge only between
// two nodes no rule joined in the sentence (rules/../readers.ts).
import type { EdgeType, Modality, NodeLabel } from '../../model/index.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, type Clause } from '../text.js';
import { isMeasure, type Scope } from './english-clauses.js';
import { ArgumentReader, argumentEdge, hasClassifiedVerb, type Argument } from './en-arguments.js';
import { inList, parse, words, type Term, type Verb, type VerbClass } from './en-clause-verbs.js';

const PARTY = new Set<NodeLabel>(['Person', 'Organization']);
const ACT = new Set<NodeLabel>(['Policy', 'Event']);

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
  private readonly args: ArgumentReader;

  constructor(private readonly ctx: SentenceContext) {
    this.ms = topLevel(ctx);
    this.clauses = clausesOf(ctx.text, ctx.start, ctx.end);
    ({ terms: this.terms, verbs: this.verbs } = parse(ctx));
    this.args = new ArgumentReader(ctx, this.terms, (h) => inList('flowNouns', h.toLowerCase()));
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

  /**
   * The edge a verb of its class makes between its (logical) subject and one object; an end may be a
   * plain noun phrase (rules/en-arguments.ts), which becomes a node only if the edge is drawn.
   */
  private relate(cls: VerbClass, subj: Placed | Argument, obj: Placed | Argument, modality: Modality, acts = false, lemma = ''): void {
    const e = argumentEdge(this.ctx, { cls, lemma }, subj, obj, (s, o) => this.decide(cls, s, o, acts));
    if (e) this.add(e.type, e.from, e.to, modality);
  }

  private decide(cls: VerbClass, subj: Placed, obj: Placed, acts: boolean): { type: EdgeType; from: Placed; to: Placed } | undefined {
    // A plain noun run (english-np) is worth a node only as a measure or as what a cause or constraint acts on.
    if (subj.rule === 'english-np' && !this.measure(subj)) return undefined;
    if (obj.label === 'Place' && cls !== 'constrain') return undefined;
    switch (cls) {
      case 'constrain':
        return { type: 'CONSTRAINS', from: subj, to: obj };
      case 'cause':
        return !PARTY.has(subj.label) && subj.label !== 'Place' && !PARTY.has(obj.label) ? { type: 'CAUSES', from: subj, to: obj } : undefined;
      case 'issue':
        return (PARTY.has(subj.label) || acts) && this.measure(obj) ? { type: obj.label === 'Event' ? 'INVOLVES' : 'ISSUED_BY', from: obj, to: subj } : undefined;
    }
    if (obj.rule === 'english-np' || subj.label === 'Place') return undefined;
    if (ACT.has(subj.label) && !ACT.has(obj.label)) return { type: 'INVOLVES', from: subj, to: obj };
    if (ACT.has(obj.label) && !ACT.has(subj.label)) return { type: 'INVOLVES', from: obj, to: subj };
    if (PARTY.has(subj.label) && PARTY.has(obj.label)) return { type: 'INVOLVES', from: subj, to: obj };
    return undefined;
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
    let prev: { subj?: Placed; args?: Argument[]; end: number; chains?: Modality } | undefined;
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
      // …, causing production halts: a participle opening its clause after a comma takes the subject before
      const joinedToPrev = toChain || (/^[^,;]*,\s*$/.test(gap) && /ing$/i.test(ctx.text.slice(v.start, v.end).split(' ')[0])) || /^[^,;]*?\b(?:and|but)\s+(?:(?:also|then|later|will|would|could|may|might|has|have|had)\s+)*$/i.test(gap) || /^\s*,\s*(?:and|but)\s+(?:(?:also|then|later|will|would|could|may|might|has|have|had)\s+)*$/i.test(gap);
      if (!subj && !listed.length && prev?.subj && joinedToPrev) subj = prev.subj;
      const modality = v.modality !== 'reported' ? v.modality : toChain && prev?.chains ? prev.chains : 'reported';
      if (v.cls === 'report' && subj && (PARTY.has(subj.label) || subj.label === 'Place')) speaker = subj;
      // A classified verb whose subject is a plain noun phrase no rule named (or only a tentative noun run) promotes it.
      const promoting = (v.cls === 'constrain' || v.cls === 'cause' || v.cls === 'issue') && !v.negative && !v.chains;
      const tentative = !!subj && subj.rule === 'english-np' && !this.measure(subj);
      const argSubjects = promoting && v.cls !== 'issue' && !listed.length ? this.args.subjectsFor(subj, tentative, joinedToPrev ? prev?.args : undefined, cl.start, v.start) : [];
      if (argSubjects.length) subj = undefined;
      prev = { subj, args: argSubjects.length ? argSubjects : undefined, end: v.end, chains: v.chains ?? (toChain ? prev?.chains : undefined) };
      const to = this.objectEnd(v, cl, verbs.slice(i + 1).find((n) => !this.inMention(n.start)));
      if (subj && !v.negative && !v.passive && inList('receive', v.lemma)) this.received(v, subj, to, modality);
      if (v.negative || v.chains || v.cls === 'report' || v.cls === 'light') continue;
      if (listed.length) {
        if (!v.passive) for (const o of this.directObject(v, to)) for (const s of listed) this.relate(v.cls, s, o, modality);
        continue;
      }
      if (!subj && !argSubjects.length) continue;
      const subjects: (Placed | Argument)[] = subj ? [subj] : argSubjects;
      if (v.passive) {
        const by = /^\s+by\s+/i.exec(ctx.text.slice(v.end, v.end + 8));
        const agent = this.agentOf(v) ?? (promoting && by ? this.args.object(v.end + by[0].length, to) : undefined);
        if (agent) for (const s of subjects) this.relate(v.cls, agent, s, modality, false, v.lemma);
        continue;
      }
      const objects = this.directObject(v, to);
      // Japan will give …, Beijing imposed …: a country heading its subject acts for its government.
      const acts = !!subj && subj.label === 'Place' && this.headed(subj);
      const by = acts && v.cls === 'constrain' ? this.ms.find((m) => m.start >= v.end && m.end <= to && m.label !== 'Event' && this.measure(m) && !objects.includes(m)) : undefined;
      // China restricted exports of gallium under its export control law: the law constrains.
      // an 'other' verb promotes only a measure or event its named party acts on (opened an investigation)
      const others = v.cls === 'other' && !v.negative && !v.chains && !!subj && PARTY.has(subj.label);
      const ends = promoting || others ? this.args.objects(objects, v.end, to, others) : objects;
      for (const s of by ? [by] : subjects) for (const o of ends) this.relate(v.cls, s, o, modality, acts, v.lemma);
      if (!subj) continue;
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
  // With fewer than two nodes only a plain noun phrase can make an end (rules/en-arguments.ts).
  if (topLevel(ctx).length < 2 && !hasClassifiedVerb(ctx.text.slice(ctx.start, ctx.end), [...words().constrain, ...words().cause, ...words().issue])) return;
  new ClauseReader(ctx).read();
}
