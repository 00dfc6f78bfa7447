// Argument promotion for the Chinese clause reader: on unseen text many of the things a clause is
// about (配额, 中试线, 豁免, 穿透性规则) are no node, so the reader, which only joins nodes, finds nothing.
// Here every jieba noun run of a clause that no mention covers or leads into stands in as a candidate
// argument; the reader reads the clause again with them, and a candidate becomes a node only when it
// is the subject, object or 对/向/将 target of a classified verb whose other end is a node — or, for
// the strongest constrain/cause verbs, when both ends are such noun phrases. Words: lexicon/zh-arguments.json.
import { readFileSync } from 'node:fs';
import type { EdgeType, Modality, NodeLabel } from '../../model/index.js';
import { ACTORS, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { tagSpan, type Token } from '../segment.js';
import { clausesOf } from '../text.js';
import { headLabel } from './labels.js';

interface ArgumentWords {
  nounTags: string[];
  nameOnlyTags: string[];
  headWords: string[];
  leading: string[];
  trailing: string[];
  genericAlone: string[];
  strong: string[];
  involveVerbs: string[];
  issueLabels: NodeLabel[];
  heads: { label: NodeLabel; suffixes: string[] }[];
}
interface VerbWords {
  constrain: string[];
  cause: string[];
  issue: string[];
  listInto: string[];
  noEdge: string[];
  withVerbs: string[];
}

let loaded: { a: ArgumentWords; verbs: Set<string>; talk: Set<string> } | undefined;
function words() {
  if (loaded) return loaded;
  const read = (f: string): unknown => JSON.parse(readFileSync(new URL(`../lexicon/${f}`, import.meta.url), 'utf8'));
  const a = read('zh-arguments.json') as ArgumentWords;
  const v = read('zh-clause-reader.json') as VerbWords;
  return (loaded = { a, talk: new Set(v.withVerbs), verbs: new Set([...v.constrain, ...v.cause, ...v.issue, ...v.listInto, ...v.noEdge, ...v.withVerbs]) });
}

/** What the clause reader tells the promotion about the verb it is reading. */
export interface ReaderContext extends SentenceContext {
  verb?: string;
  verbClass?: string;
  /** The verb's subject is carried over from the clause before. */
  carried?: boolean;
}

/** Whether a mention is a stand-in argument of this reading, not a node yet. */
export const isArgument = (m: Placed | undefined): boolean => !!m && m.id.startsWith(ARG);
const ARG = 'arg:';

export interface Argument {
  m: Placed;
  name: string;
}

const CONTENT = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9]*$/u;

function isNoun(t: Token): boolean {
  const { a } = words();
  if (!CONTENT.test(t.word)) return false;
  if (a.headWords.includes(t.word)) return true;
  // jieba leaves words it does not know untagged (物项/x, 营收/x).
  return a.nounTags.includes(t.tag) || (t.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(t.word));
}

/** A verb the reader reads is no part of a noun run, but a talk verb may modify a noun (磋商/vn 机制). */
const isClassWord = (t: Token) => words().verbs.has(t.word) && !words().a.headWords.includes(t.word);

/** The noun runs of [from, to) in tokens: modifiers + head, 2–12 characters, no mention inside or right before it. */
export function argumentsIn(text: string, from: number, to: number, mentions: Placed[]): Argument[] {
  const { a } = words();
  const toks = tagSpan(text, from, to).filter((t) => /\S/.test(t.word));
  const out: Argument[] = [];
  const joined = (x: Token, y: Token) => /^ ?$/.test(text.slice(x.end, y.start));
  let i = 0;
  while (i < toks.length) {
    const first = toks[i];
    const opens =
      isNoun(first) &&
      !/[\d０-９]$/u.test(text.slice(Math.max(from, first.start - 1), first.start)) &&
      (!isClassWord(first) || (first.tag === 'vn' && words().talk.has(first.word) && toks[i + 1] && joined(first, toks[i + 1]) && isNoun(toks[i + 1]) && !isClassWord(toks[i + 1])));
    if (!opens) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < toks.length && joined(toks[j - 1], toks[j]); j++) {
      const t = toks[j];
      if (!isNoun(t) || isClassWord(t)) break;
    }
    const run = toks.slice(i, j);
    i = j;
    while (run.length && a.leading.includes(run[0].word)) run.shift();
    // 宣布建设中试线: a verbal noun right after a verb is that verb's object clause, unless what follows is only a generic head (建立磋商机制).
    const before = toks[toks.indexOf(run[0]) - 1];
    const rest = run.slice(1).map((t) => t.word).join('');
    if (run.length > 1 && run[0].tag === 'vn' && !a.headWords.includes(run[0].word) && before?.tag === 'v' && before.end === run[0].start && rest.length >= 2 && !a.genericAlone.includes(rest)) run.shift();
    while (run.length > 1 && a.trailing.includes(run[run.length - 1].word)) run.pop();
    if (!run.length) continue;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const name = text.slice(start, end);
    if (name.length < 2 || name.length > 12 || a.genericAlone.includes(name)) continue;
    // 荷方, 日方: a country's side is a name for the name rules; 革命性 (跃迁) only modifies the word after it.
    // jieba's unknown words alone are as often a cut through two words (欧方仅, 受此, 压至) as a noun.
    if (run.every((t) => a.nameOnlyTags.includes(t.tag)) || run.every((t) => t.tag === 'x' && !a.headWords.includes(t.word)) || /^\p{Script=Han}方$/u.test(name) || name.endsWith('性')) continue;
    // 安世中国控制权 is about the name it opens with (the reader's own head rule); 荷兰企业法庭 only placed.
    const touches = (m: Placed) =>
      (m.start < end && m.end > start) || (m.start >= end && !/\S/.test(text.slice(end, m.start))) || (m.end <= start && m.label !== 'Place' && !/\S/.test(text.slice(m.end, start)));
    if (mentions.some(touches)) continue;
    out.push({ m: { id: `${ARG}${start}:${end}`, label: labelOf(name), start, end, nested: false }, name });
  }
  return out;
}

/** A phrase's label by its last word: this file's heads first, then labels.ts; else a Concept. */
export function labelOf(name: string): NodeLabel {
  let best: { label: NodeLabel; len: number } | undefined;
  for (const h of words().a.heads) for (const s of h.suffixes) if (name.endsWith(s) && (!best || s.length > best.len)) best = { label: h.label, len: s.length };
  return best?.label ?? headLabel(name, 'Concept') ?? 'Concept';
}

/**
 * Reads the sentence again with the candidate arguments as mentions (`readAll` is the clause reader);
 * only edges with a candidate at one end are kept, each candidate made a node as its edge is added.
 */
export function promoteArguments(ctx: SentenceContext, readAll: (c: ReaderContext) => void): void {
  const { a } = words();
  const args = new Map<string, Argument>();
  for (const cl of clausesOf(ctx.text, ctx.start, ctx.end)) for (const x of argumentsIn(ctx.text, cl.start, cl.end, ctx.mentions)) args.set(x.m.id, x);
  if (!args.size) return;
  const made = new Map<string, string | undefined>();
  const real = (id: string): string | undefined => {
    const x = args.get(id);
    if (!x) return id;
    if (!made.has(id)) made.set(id, ctx.nodeFor(x.name, x.m.label));
    return made.get(id);
  };
  const mentions = [...ctx.mentions, ...[...args.values()].map((x) => x.m)].sort((p, q) => p.start - q.start || q.end - p.end);
  const rc: ReaderContext = {
    ...ctx,
    mentions,
    linked: (p, q) => {
      const [x, y] = [args.has(p) ? made.get(p) : p, args.has(q) ? made.get(q) : q];
      return !!x && !!y && ctx.linked(x, y);
    },
    addEdge: (type: EdgeType, from: string, to: string, modality: Modality) => {
      const [pa, pb] = [args.get(from), args.get(to)];
      const verb = rc.verb ?? '';
      if (!pa && !pb) return;
      if (pa && pb && !(a.strong.includes(verb) && (type === 'CONSTRAINS' || type === 'CAUSES'))) return;
      if (rc.verbClass === 'other' && !a.involveVerbs.includes(verb)) return;
      // …成为增长极，推动技术普惠: what a subjectless clause causes is the whole sentence's doing, not the last name's.
      if (rc.verbClass === 'cause' && rc.carried) return;
      if (type === 'ISSUED_BY' && !(pa && a.issueLabels.includes(pa.m.label))) return;
      // 美国加征关税: an actor's constraining verb on a measure puts the measure in place, it constrains no measure.
      const actor = !pa && pb?.m.label === 'Policy' && type === 'CONSTRAINS' ? mentions.find((m) => m.id === from && ACTORS.includes(m.label)) : undefined;
      const [f, t] = actor ? [real(to), from] : [real(from), real(to)];
      if (!f || !t || f === t || ctx.linked(f, t)) return;
      ctx.addEdge(actor ? 'ISSUED_BY' : type, f, t, modality);
    },
  };
  readAll(rc);
}
