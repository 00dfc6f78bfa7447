// Node labels from how the sentences use a thing, when its label is only a guess: a name no rule
// could classify (a Concept default) is a Product where the text speaks of imports of it or of its
// producers, an Organization where it said or announced something, a Place where something is based
// in it, a Person after Mr/Ms. Every mention votes; the lexicon's and the head word's labels stand.
// The cues are data (lexicon/label-contexts.json); this file only reads them.
import { readFileSync } from 'node:fs';
import type { GraphNode, NodeLabel } from '../../model/index.js';
import { lexicon } from '../lexicon.js';
import type { MentionRule } from '../mention.js';
import { tagSpan } from '../segment.js';
import { zhWords } from './zh-phrase.js';
import { englishHead, headKind } from './labels.js';

type NameGuard = 'lower' | 'capital' | 'orgish' | 'proper' | 'place';
interface ContextRule {
  label: NodeLabel;
  name?: NameGuard;
  before?: string[];
  after?: string[];
  /** A name of this shape is of this kind, whatever its sentence (Section 232). */
  shape?: string;
  /** What must follow the name for a `before` cue to count (in Hokkaido, / in Hokkaido and …). */
  afterGuard?: string;
}
interface LabelContexts {
  window: number;
  from: NodeLabel[];
  fromByRule: Partial<Record<NodeLabel, MentionRule[]>>;
  taggerGuesses: { labels: NodeLabel[]; rules: MentionRule[]; minVotes: number };
  zhPlaceEndings: string[];
  zhNotPlaceEndings: string[];
  zhGenericEnds: string[];
  zhListKinds: string[];
  en: ContextRule[];
  zh: ContextRule[];
}
interface Compiled extends ContextRule {
  afterGuardRe?: RegExp;
  beforeRe?: RegExp;
  afterRe?: RegExp;
  shapeRe?: RegExp;
}

let C: { data: LabelContexts; en: Compiled[]; zh: Compiled[] } | undefined;
const join = (xs?: string[]) => (xs?.length ? new RegExp(xs.map((x) => `(?:${x})`).join('|'), 'u') : undefined);
function contexts() {
  if (C) return C;
  const data = JSON.parse(readFileSync(new URL('../lexicon/label-contexts.json', import.meta.url), 'utf8')) as LabelContexts;
  const compile = (r: ContextRule): Compiled => ({ ...r, beforeRe: join(r.before), afterRe: join(r.after), shapeRe: r.shape ? new RegExp(r.shape, 'u') : undefined, afterGuardRe: r.afterGuard ? new RegExp(r.afterGuard, 'u') : undefined });
  return (C = { data, en: data.en.map(compile), zh: data.zh.map(compile) });
}

/** A mention of a node: where it stands and which rule found it. */
export interface MentionSpan {
  start: number;
  end: number;
  rule?: MentionRule;
}

/** Collects the mention spans of each node while the sentences are read. */
export class MentionSpans {
  private readonly byId = new Map<string, MentionSpan[]>();
  add(placed: readonly (MentionSpan & { id: string })[]): void {
    for (const p of placed) {
      const list = this.byId.get(p.id) ?? [];
      if (!list.length) this.byId.set(p.id, list);
      list.push({ start: p.start, end: p.end, rule: p.rule });
    }
  }
  /** The spans per node after merges (`canonical` maps an early id to the node it became). */
  byNode(canonical: (id: string) => string): Map<string, MentionSpan[]> {
    const out = new Map<string, MentionSpan[]>();
    for (const [id, spans] of this.byId) {
      const c = canonical(id);
      out.set(c, [...(out.get(c) ?? []), ...spans]);
    }
    return out;
  }
}

const HAN = /\p{Script=Han}/u;
const CODE = /\d|^[\p{Lu}\d-]{2,}$/u;

/** 夏刚, 束珏婷, 欧阳明: a common surname and one or two characters, the shape of a Chinese person's name. */
function personShaped(name: string): boolean {
  if (name.length < 2 || name.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return false;
  const { surnames, compoundSurnames } = zhWords().entities.personNames;
  if (compoundSurnames.some((c) => name.startsWith(c))) return name.length >= 3;
  return name.length <= 3 && surnames.includes(name[0]);
}

/** Whether the written mention has the shape a cue asks for. */
function fits(guard: NameGuard | undefined, surface: string): boolean {
  if (!guard) return true;
  const words = surface.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const d = contexts().data;
  switch (guard) {
    // copper, LNG, Class 8 trucks: goods are written in lower case or as codes; Canada is no good.
    case 'lower':
      return !HAN.test(surface) && (/^\p{Ll}/u.test(last) || CODE.test(last));
    case 'capital':
      return !HAN.test(surface) && /^[\p{Lu}\d]/u.test(surface) && !/^(?:The|A|An|This|That|These|Those|It|Its)$/.test(words[0]);
    // "X said": a one-word capitalised name, or one holding an acronym (SK Innovation); two or three
    // plain capitalised words may be a person's name.
    case 'orgish':
      return !HAN.test(surface) && /^\p{Lu}/u.test(surface) && (words.length === 1 || words.some((x) => /^[\p{Lu}\d&]{2,}$/u.test(x)));
    case 'proper': {
      // A Latin name in Chinese text is a name, not a common noun (MOSFET, Optimus).
      if (!HAN.test(surface)) return /^[\p{Lu}\d]/u.test(surface);
      if (d.zhGenericEnds.some((e) => surface.endsWith(e))) return false;
      const tokens = tagSpan(surface, 0, surface.length);
      // 专家表示 says nothing; 束珏婷表示 may be a person speaking (a surname and one or two characters).
      return !(tokens.length === 1 && /^(?:n|v|vn|a|an|r|d|nr|nrfg)$/.test(tokens[0].tag)) && !personShaped(surface);
    }
    case 'place': {
      if (!HAN.test(surface) || d.zhNotPlaceEndings.some((e) => surface.endsWith(e))) return false;
      if (surface.length >= 3 && d.zhPlaceEndings.some((e) => surface.endsWith(e))) return true;
      const tokens = tagSpan(surface, 0, surface.length);
      return tokens.length === 1 && tokens[0].tag === 'ns';
    }
  }
}

/** The label one mention's context gives, if a cue says one. */
export function mentionVote(text: string, start: number, end: number): NodeLabel | undefined {
  const surface = text.slice(start, end).trim();
  // medium- and heavy-duty trucks, medium-duty: a part of a hyphenated compound is no thing of its own
  // (Tokyo-based names the place).
  if ((text[end] === '-' && !/^-based\b/.test(text.slice(end, end + 7))) || text[start - 1] === '-') return undefined;
  const w = contexts().data.window;
  const before = text.slice(Math.max(0, start - w), start);
  const after = text.slice(end, end + w);
  // A Latin name inside Chinese text (出口 LNG, 逻辑芯片和MOSFET) is read by the Chinese cues.
  const chinese = HAN.test(surface) || HAN.test(before.slice(-2)) || HAN.test(after.slice(0, 2));
  const rules = chinese ? contexts().zh : contexts().en;
  for (const r of rules) {
    if (r.shapeRe) {
      if (r.shapeRe.test(surface)) return r.label;
      continue;
    }
    const byBefore = !!r.beforeRe?.test(before) && (!r.afterGuardRe || r.afterGuardRe.test(after));
    if (!(byBefore || r.afterRe?.test(after))) continue;
    if (fits(r.name, surface)) return r.label;
  }
  return undefined;
}

/** Each label's votes over a node's mentions (one per place in the text). */
export function contextVotes(text: string, spans: readonly MentionSpan[]): Map<NodeLabel, number> {
  const votes = new Map<NodeLabel, number>();
  const seen = new Set<number>();
  for (const s of spans) {
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    const v = mentionVote(text, s.start, s.end);
    if (v) votes.set(v, (votes.get(v) ?? 0) + 1);
  }
  return votes;
}

/** The label with more votes than all others together. */
function winner(votes: Map<NodeLabel, number>): NodeLabel | undefined {
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > total ? best[0] : undefined;
}

/** The label the votes of all mentions give. */
export function contextLabel(text: string, spans: readonly MentionSpan[]): NodeLabel | undefined {
  return winner(contextVotes(text, spans));
}

/** Labels a typed sibling passes to its kin: the kinds a lower-case head noun names. */
const KIN_LABELS: NodeLabel[] = ['Product', 'Indicator'];

/** Whether a node's label is a guess a context may overrule. */
function isGuess(n: GraphNode, spans: readonly MentionSpan[]): boolean {
  const d = contexts().data;
  if (d.from.includes(n.label)) return true;
  const rules = d.fromByRule[n.label];
  return !!rules && spans.length > 0 && spans.every((s) => s.rule && rules.includes(s.rule));
}

/**
 * A one-word capitalised name the English tagger alone typed as a person, organisation or place
 * (Lincoln in "its Lincoln luxury brand"): a weak guess that only a clear vote overrules.
 */
function isTaggerGuess(n: GraphNode, spans: readonly MentionSpan[]): boolean {
  const t = contexts().data.taggerGuesses;
  return t.labels.includes(n.label) && /^\p{Lu}[\p{L}\d]+$/u.test(n.name) && spans.length > 0 && spans.every((s) => s.rule && t.rules.includes(s.rule));
}

/** BRIEFGRAPH_LABEL_CONTEXTS=off leaves the guessed labels as they are (to measure what this pass changes). */
const off = () => process.env.BRIEFGRAPH_LABEL_CONTEXTS === 'off';

/** The key that makes nodes kin: the English head noun when written in lower case (school buses, buses → bus). */
function kinKey(name: string): string | undefined {
  if (HAN.test(name)) return undefined;
  const head = englishHead(name);
  return head && !head.capital ? head.word : undefined;
}

const MAX_OCCURRENCES = 24;

/** Where `name` is written in the text: Latin names on word boundaries, Chinese ones of two characters or more. */
export function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  if (name.length < 2) return out;
  const latin = !HAN.test(name);
  for (let at = text.indexOf(name); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    if (latin && (/[\p{L}\d]/u.test(text[at - 1] ?? '') || /[\p{L}\d]/u.test(text[at + name.length] ?? ''))) continue;
    out.push(at);
  }
  return out;
}

/** Between two members of one list: 、, and/or, 和/及/与; a bare comma only between names (Canada, Mexico). */
const LIST_JOINT = /^\s*(?:、|和|及|与|以及|(?:,\s*)?(?:and|or))\s*$/u;
const COMMA = /^\s*,\s*$/;
/** The kinds a list passes from a typed member to an untyped one, and the shape the untyped one must have. */
const LIST_GUARDS: Partial<Record<NodeLabel, { en: NameGuard; zh: NameGuard }>> = {
  Product: { en: 'lower', zh: 'proper' },
  Organization: { en: 'capital', zh: 'proper' },
  Place: { en: 'capital', zh: 'place' },
};

/** The kind a typed list neighbour gives (分立器件、逻辑芯片和MOSFET; Canada, Mexico, Brazil). */
function listVote(text: string, s: MentionSpan, other: MentionSpan, otherLabel: NodeLabel): NodeLabel | undefined {
  const guard = LIST_GUARDS[otherLabel];
  if (!guard) return undefined;
  const between = other.start < s.start ? text.slice(other.end, s.start) : text.slice(s.end, other.start);
  const surface = text.slice(s.start, s.end).trim();
  const zh = HAN.test(surface) || HAN.test(between);
  if (!LIST_JOINT.test(between) && !(COMMA.test(between) && /^\p{Lu}/u.test(surface))) return undefined;
  // 整机、部组件和数据集等环节: a list closed by a kind of link or field holds no goods.
  if (zh && contexts().data.zhListKinds.some((k) => new RegExp(`^[^。；，]{0,12}等${k}`, 'u').test(text.slice(s.end, s.end + 16)))) return undefined;
  return fits(zh ? guard.zh : guard.en, surface) ? otherLabel : undefined;
}

/**
 * Relabels the nodes whose label is a guess where their mentions' contexts agree on another. A
 * member of a list votes for the kind of the typed member beside it (分立器件、逻辑芯片和MOSFET). Nodes
 * with the same lower-case head noun are kinds of one thing (trucks, cargo trucks, Class 8 trucks):
 * they pool their votes, and a sibling some rule typed by its shape votes too.
 */
export function labelByContexts(nodes: GraphNode[], text: string, spansById: Map<string, MentionSpan[]>): void {
  if (off()) return;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const guessed = new Set<string>();
  const weak = new Set<string>();
  for (const n of nodes) {
    const spans = spansById.get(n.id) ?? [];
    if (!spans.length || lexicon().lookup(n.name) || headKind(n.name)) continue;
    if (isGuess(n, spans)) guessed.add(n.id);
    else if (isTaggerGuess(n, spans)) {
      guessed.add(n.id);
      weak.add(n.id);
    }
  }
  // Every mention in text order, for the list neighbours.
  const all = [...spansById].flatMap(([id, spans]) => (byId.has(id) ? spans.map((s) => ({ ...s, id })) : [])).sort((a, b) => a.start - b.start || b.end - a.end);
  const neighbourVote = (i: number): NodeLabel | undefined => {
    for (const j of [i - 1, i + 1]) {
      const o = all[j];
      if (!o || o.id === all[i].id || guessed.has(o.id)) continue;
      const v = listVote(text, all[i], o, byId.get(o.id)!.label);
      if (v) return v;
    }
    return undefined;
  };
  const count = (m: Map<NodeLabel, number>, l: NodeLabel, k = 1) => m.set(l, (m.get(l) ?? 0) + k);
  const votes = new Map<string, Map<NodeLabel, number>>();
  const voted = new Set<string>();
  all.forEach((s, i) => {
    if (!guessed.has(s.id)) return;
    voted.add(`${s.id}@${s.start}`);
    const v = mentionVote(text, s.start, s.end) ?? neighbourVote(i);
    const m = votes.get(s.id) ?? new Map<NodeLabel, number>();
    votes.set(s.id, m);
    if (v) count(m, v);
  });
  // Rapidus said …: the name written where a longer mention or no rule took it still says what it is.
  for (const id of guessed) {
    const m = votes.get(id) ?? new Map<NodeLabel, number>();
    votes.set(id, m);
    for (const at of occurrences(text, byId.get(id)!.name)) {
      if (voted.has(`${id}@${at}`)) continue;
      const v = mentionVote(text, at, at + byId.get(id)!.name.length);
      if (v) count(m, v);
    }
  }
  const kin = new Map<string, Map<NodeLabel, number>>();
  const kinOf = (key: string) => kin.get(key) ?? kin.set(key, new Map()).get(key)!;
  for (const n of nodes) {
    const key = kinKey(n.name);
    if (!key) continue;
    if (guessed.has(n.id)) for (const [l, k] of votes.get(n.id) ?? []) count(kinOf(key), l, k);
    else if (KIN_LABELS.includes(n.label)) count(kinOf(key), n.label);
  }
  for (const id of guessed) {
    const node = byId.get(id)!;
    const key = kinKey(node.name);
    const own = votes.get(id) ?? new Map<NodeLabel, number>();
    const to = winner(key ? (kin.get(key) ?? new Map()) : own);
    if (!to || to === node.label) continue;
    if (weak.has(id) && ((own.get(to) ?? 0) < contexts().data.taggerGuesses.minVotes || own.has(node.label))) continue;
    node.label = to;
  }
}
