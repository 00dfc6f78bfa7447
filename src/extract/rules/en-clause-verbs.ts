// The verb groups of an English sentence for the clause reader (rules/en-clause-reader.ts): compromise
// finds them in the sentence's one parse (english-parse.ts), with lemma, voice, auxiliaries and
// negation; the lemma's class (constrain / cause / issue / report / light / other) is data in
// lexicon/en-clause-reader.json, so every inflection counts.
import { readFileSync } from 'node:fs';
import type { Modality } from '../../model/index.js';
import type { SentenceContext } from '../sentence.js';
import { parseSentence } from './english-parse.js';

export interface ReaderWords {
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
export type VerbClass = 'constrain' | 'cause' | 'issue' | 'report' | 'light' | 'other';

let data: ReaderWords | undefined;
export const words = (): ReaderWords =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/en-clause-reader.json', import.meta.url), 'utf8')) as ReaderWords);
let sets: Map<string, Set<string>> | undefined;
export const inList = (key: 'constrain' | 'cause' | 'issue' | 'recipient' | 'receive' | 'flowNouns' | 'report' | 'light' | 'subordinators' | 'clauseOpeners', w: string): boolean => {
  sets ??= new Map();
  let s = sets.get(key);
  if (!s) sets.set(key, (s = new Set(words()[key])));
  return s.has(w);
};

export interface Term {
  text: string;
  tags: Set<string>;
  start: number;
  end: number;
}
export interface Verb {
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
export function parse(ctx: SentenceContext): { terms: Term[]; verbs: Verb[] } {
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
