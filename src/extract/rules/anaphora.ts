// References back to things already named: `the agency`, `该部`, `the rule`, `上述措施`, `the President`,
// `此举`. Each becomes one more mention of the node it means (same id, the reference's own span), so
// every relation rule reads `the agency said it would…` as the agency named before; it never makes
// or renames a node. The node is the one candidate that fits the head noun's class among those named
// before in the paragraph (else in the text so far); two that fit leave the reference unresolved.
// Also here: which cited organisations speak for themselves (据民航局预测, the Commerce Department
// said) and so act in their sentence, while a newspaper or wire is only ever a source.
// Words and classes are data in lexicon/anaphora.json.
import { readFileSync } from 'node:fs';
import type { GraphNode } from '../../model/index.js';
import type { Placed } from '../relations.js';

interface Words {
  determiners: { en: string[]; zh: string[] };
  zhDeterminerNotAfter: string[];
  heads: { class: HeadClass; en: string[]; zh: string[] }[];
  zhBareAtClauseStart: { heads: string[]; notBefore: string[] };
  zhSingleHeadNotBefore: string[];
  enHeadNotBefore: string[];
  acts: { en: string[]; zh: string[] };
  titles: { en: string[]; titleWords: string[] };
  classes: Record<'government' | 'company' | 'media' | 'association', Shape>;
  mediaVerbs: { zh: string[]; en: string[] };
}
type HeadClass = 'government' | 'organisation' | 'company' | 'place' | 'measure' | 'policy' | 'event';
/** What a reference can mean: a head noun's class, the titled person, or the act just told (此举). */
type RefClass = HeadClass | 'president' | 'act';

let loaded: Words | undefined;
const w = (): Words => (loaded ??= JSON.parse(readFileSync(new URL('../lexicon/anaphora.json', import.meta.url), 'utf8')) as Words);
let mediaNames: Set<string> | undefined;
/** The news outlets the lexicon knows (entities/outlets.json): sources, never actors. */
const knownMedia = (): Set<string> =>
  (mediaNames ??= new Set(
    (JSON.parse(readFileSync(new URL('../lexicon/entities/outlets.json', import.meta.url), 'utf8')) as { entries: { name: string }[] }).entries.map((e) => e.name),
  ));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');

type Shape = { en: string[]; zh: string[] };
// One regex per shape list, built on first use: shaped() runs for every candidate of every reference.
const shapeRes = new WeakMap<Shape, RegExp[]>();
const latinWords = (shape: Shape): RegExp[] => {
  let res = shapeRes.get(shape);
  if (!res) shapeRes.set(shape, (res = shape.en.map((x) => new RegExp(`(?:^|[^A-Za-z])${escape(x)}(?:$|[^A-Za-z])`))));
  return res;
};

/** Whether one of `forms` carries a word of the shape list: a Latin word anywhere, a Han head at the end. */
function shaped(forms: string[], shape: Shape): boolean {
  const en = latinWords(shape);
  return forms.some((f) => en.some((re) => re.test(f)) || shape.zh.some((x) => f.endsWith(x)));
}

const forms = (n: GraphNode) => [n.name, ...n.aliases];
export const isMedia = (n: GraphNode): boolean => knownMedia().has(n.name) || (!isGovernment(n) && shaped(forms(n), w().classes.media));
const isGovernment = (n: GraphNode): boolean => n.label === 'Organization' && shaped(forms(n), w().classes.government);
const companyShaped = (n: GraphNode): boolean => n.label === 'Organization' && !isGovernment(n) && !knownMedia().has(n.name) && shaped(forms(n), w().classes.company);
/** A company by its legal form or trade word, or an organisation of no other shape (Nvidia). */
const isCompany = (n: GraphNode): boolean =>
  companyShaped(n) || (n.label === 'Organization' && !isGovernment(n) && !isMedia(n) && !shaped(forms(n), w().classes.association));

/** Whether node `n` can be what a reference of class `c` with head word `head` means. */
function fits(n: GraphNode, c: RefClass, head: string, titled: boolean): boolean {
  switch (c) {
    case 'government':
      return isGovernment(n);
    case 'company':
      return isCompany(n);
    case 'organisation':
      return n.label === 'Organization' && !isMedia(n);
    case 'place':
      return n.label === 'Place';
    case 'measure':
      return n.label === 'Policy';
    case 'policy':
    case 'event':
      // A measure is found by its own head word only: "the rule" is no tariff, 该措施 no 出口管制 list.
      return n.label === (c === 'policy' ? 'Policy' : 'Event') && forms(n).some((f) => (/[A-Za-z]/.test(head) ? f.toLowerCase().includes(head.toLowerCase()) : f.includes(head)));
    case 'president':
      return n.label === 'Person' && titled;
    case 'act':
      return n.label === 'Policy' || n.label === 'Event';
  }
}

interface Reference {
  start: number;
  end: number;
  cls: RefClass;
  head: string;
}

let patterns: { en: RegExp; zh: RegExp; classOf: Map<string, HeadClass> } | undefined;
function compiled() {
  if (patterns) return patterns;
  const x = w();
  const classOf = new Map<string, HeadClass>();
  for (const h of x.heads) for (const word of [...h.en, ...h.zh]) classOf.set(word.toLowerCase(), h.class);
  const enHeads = longestFirst(x.heads.flatMap((h) => h.en));
  const zhHeads = longestFirst(x.heads.flatMap((h) => h.zh));
  patterns = {
    // "the agency said", "the Department will": a head right after the determiner, not opening a longer name (the Department of Commerce).
    en: new RegExp(
      `\\b(?:${longestFirst(x.determiners.en)})\\s+(?:(${enHeads})|(${longestFirst(x.titles.en)}))\\b(?![-’'](?!s\\b))(?!\\s+(?:${x.enHeadNotBefore.join('|')})\\b)`,
      'gi',
    ),
    zh: new RegExp(`(?:${longestFirst(x.determiners.zh)})(${zhHeads})`, 'g'),
    classOf,
  };
  return patterns;
}

/** The references back in text[start, end). */
export function referencesIn(text: string, start: number, end: number, english: boolean): Reference[] {
  const x = w();
  const p = compiled();
  const s = text.slice(start, end);
  const out: Reference[] = [];
  const re = english ? p.en : p.zh;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = start + m.index;
    if (english) {
      // the Commerce Department: a capitalised word after the head continues a name (case matters here, not in the pattern).
      if (/^\s+[A-Z]/.test(s.slice(m.index + m[0].length))) continue;
      if (m[2]) {
        // Only the capitalised title is the office of state.
        if (!/^[A-Z]/.test(m[2])) continue;
        out.push({ start: at, end: at + m[0].length, cls: 'president', head: m[2] });
        continue;
      }
      const head = m[1];
      // Capitalised or not (the Department, this Order of a Federal Register text), the head's class decides.
      out.push({ start: at, end: at + m[0].length, cls: p.classOf.get(head.toLowerCase())!, head });
    } else {
      const head = m[1];
      // 因此部分, 如此局面: the determiner ends another word, or the one-character head starts one.
      if (x.zhDeterminerNotAfter.includes(text[at - 1] ?? '')) continue;
      if (head.length === 1 && x.zhSingleHeadNotBefore.includes(text[at + m[0].length] ?? '')) continue;
      out.push({ start: at, end: at + m[0].length, cls: p.classOf.get(head)!, head });
    }
  }
  if (!english) {
    // 公司表示: the bare head opening a clause, right after the company was named.
    for (const head of x.zhBareAtClauseStart.heads) {
      for (let i = s.indexOf(head); i >= 0; i = s.indexOf(head, i + head.length)) {
        const at = start + i;
        const prev = text[at - 1] ?? '';
        if (i > 0 && !/[，。；：,;:\s]/.test(prev)) continue;
        if (x.zhBareAtClauseStart.notBefore.includes(text[at + head.length] ?? '')) continue;
        if (!out.some((r) => r.start < at + head.length && r.end > at)) out.push({ start: at, end: at + head.length, cls: p.classOf.get(head)!, head });
      }
    }
  }
  for (const act of english ? x.acts.en : x.acts.zh) {
    const lower = english ? s.toLowerCase() : s;
    for (let i = lower.indexOf(act); i >= 0; i = lower.indexOf(act, i + act.length)) {
      if (english && /[A-Za-z]/.test(s[i + act.length] ?? '')) continue;
      if (!out.some((r) => r.start < start + i + act.length && r.end > start + i)) out.push({ start: start + i, end: start + i + act.length, cls: 'act', head: act });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Seen {
  id: string;
  paragraph: number;
  /** The sentence it was named in, for 此举 (the act of that sentence or the one before). */
  sentence: number;
  start: number;
  titled: boolean;
}

/** One briefing's references back: fed each sentence's mentions in text order. */
export class Anaphora {
  private readonly seen: Seen[] = [];
  private sentence = 0;
  private readonly titledIds = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly node: (id: string) => GraphNode | undefined,
  ) {}

  /**
   * The sentence's mentions with its references back added as mentions of their antecedents; a
   * plain noun-phrase mention of the head word alone (english-np "agency") gives way and is returned
   * in `replaced` so the caller can let its node go.
   */
  resolve(u: { start: number; end: number; paragraph: number }, placed: Placed[], english: boolean): { placed: Placed[]; replaced: Placed[] } {
    this.sentence++;
    const refs = referencesIn(this.text, u.start, u.end, english);
    const replaced: Placed[] = [];
    let out = placed;
    for (const r of refs) {
      const over = out.filter((p) => p.start < r.end && p.end > r.start);
      // Another rule already read the span (该措施 found by its head noun, a name): it knows better.
      if (over.some((p) => p.rule !== 'english-np' || p.start < r.start || p.end > r.end)) continue;
      const here = out.filter((p) => p.end <= r.start);
      const id = this.antecedent(r, u.paragraph, here);
      if (!id) continue;
      const n = this.node(id);
      if (!n) continue;
      replaced.push(...over);
      out = [...out.filter((p) => !over.includes(p)), { id, label: n.label, start: r.start, end: r.end, nested: false, rule: 'anaphor' as const }].sort(
        (a, b) => a.start - b.start || b.end - a.end,
      );
    }
    this.observe(u.paragraph, out);
    return { placed: out, replaced };
  }

  private observe(paragraph: number, placed: Placed[]): void {
    for (const p of placed) {
      const titled = p.label === 'Person' && this.isTitled(p);
      if (titled) this.titledIds.add(p.id);
      this.seen.push({ id: p.id, paragraph, sentence: this.sentence, start: p.start, titled });
    }
  }

  /** President Biden, 特朗普总统, 美国总统特朗普: a title word right before or after the name. */
  private isTitled(p: Placed): boolean {
    const before = this.text.slice(Math.max(0, p.start - 12), p.start);
    const after = this.text.slice(p.end, p.end + 3);
    const n = this.node(p.id);
    // Vice President Vance, 副总统: another office.
    const titledBy = (s: string, t: string) => s.includes(t) && !new RegExp(`(?:Vice[- ]|副)${t}`).test(s);
    return w().titles.titleWords.some((t) => titledBy(before, t) || after.startsWith(t) || !!n?.aliases.some((a) => titledBy(a, t)));
  }

  /** The one node that fits, in the sentence so far and the paragraph before it, else in the text so far. */
  private antecedent(r: Reference, paragraph: number, here: Placed[]): string | undefined {
    const ok = (id: string) => {
      const n = this.node(id);
      return !!n && fits(n, r.cls, r.head, this.titledIds.has(id) || (n.label === 'Person' && here.some((p) => p.id === id && this.isTitled(p))));
    };
    const distinct = (ids: string[]) => [...new Set(ids)].filter(ok);
    if (r.cls === 'act') {
      // 此举: what the sentence (else the one before, in the same paragraph) told of.
      const inSentence = distinct(here.filter((p) => !p.nested).map((p) => p.id));
      if (inSentence.length) return inSentence.length === 1 ? inSentence[0] : undefined;
      const before = distinct(this.seen.filter((s) => s.paragraph === paragraph && s.sentence === this.sentence - 1).map((s) => s.id));
      return before.length === 1 ? before[0] : undefined;
    }
    const inParagraph = distinct([...this.seen.filter((s) => s.paragraph === paragraph).map((s) => s.id), ...here.map((p) => p.id)]);
    if (inParagraph.length) return this.single(inParagraph, r.head);
    return this.single(distinct(this.seen.map((s) => s.id)), r.head);
  }

  /** The one candidate, or of several the one whose name holds the head word (该部: 商务部, not 海关总署). */
  private single(ids: string[], head: string): string | undefined {
    if (ids.length <= 1) return ids[0];
    const held = ids.filter((id) => {
      const n = this.node(id);
      return !!n && forms(n).some((f) => (/[A-Za-z]/.test(head) ? new RegExp(`\\b${escape(head)}\\b`, 'i').test(f) : f.endsWith(head)));
    });
    return held.length === 1 ? held[0] : undefined;
  }
}

/**
 * The cited organisations that act in their sentence: a government body or company that says,
 * forecasts or publishes something of its own (据民航局预测, the Commerce Department said) — not a
 * newspaper or wire, and not one that only reports (据商务部网站报道).
 */
export function speakingForThemselves(text: string, end: number, cited: Iterable<string>, placed: Placed[], node: (id: string) => GraphNode | undefined): string[] {
  const verbs = [...w().mediaVerbs.zh, ...w().mediaVerbs.en];
  const out: string[] = [];
  for (const id of cited) {
    const n = node(id);
    // Only a body whose name says what it is: a think tank or an unknown name stays a source.
    if (!n || n.label !== 'Organization' || isMedia(n) || !(isGovernment(n) || companyShaped(n))) continue;
    const ms = placed.filter((p) => p.id === id);
    if (!ms.length) continue;
    // The words right after the name (a date may come between): its own verb, or only a report.
    const reports = ms.every((m) => {
      const after = text.slice(m.end, Math.min(end, m.end + 16)).replace(/^\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|on\s+\w+\s+\d{1,2},?)?\s*/, '');
      return verbs.some((v) => after.startsWith(v));
    });
    if (!reports) out.push(id);
  }
  return out;
}
