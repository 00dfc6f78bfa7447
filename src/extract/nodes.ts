// One node per real thing within a briefing: mentions are resolved to lexicon entries (by alias,
// also 中国工信部 → 工信部 by dropping a country prefix), to nodes already seen in this briefing (by
// folded name, also ignoring 和/与/及/的: 稀土生产和加工… = 稀土生产加工…), or become new nodes; a
// mention that only refers back (这一裁决, 贸易休战) takes the most recent node it can mean.
import { nodeId, type GraphNode, type NodeLabel } from '../model/index.js';
import { lexicon, rules, type LexiconEntry } from './lexicon.js';
import type { Mention } from './mention.js';
import { cleanName, isAcceptableName } from './names.js';
import { foldKey, tidy } from './text.js';
import { stripModifiers } from './rules/noun-phrase.js';
import { zhWords } from './rules/zh-phrase.js';

const looseKeys = new Map<string, string>();
const looseKey = (s: string) => {
  let k = looseKeys.get(s);
  if (k === undefined) {
    k = foldKey(s).replace(/[和与及的]/g, '');
    if (looseKeys.size > 50_000) looseKeys.clear();
    looseKeys.set(s, k);
  }
  return k;
};
const ids = new Map<string, string>();
/** nodeId, remembered: the same names come back in every sentence. */
const idOf = (name: string) => {
  let id = ids.get(name);
  if (id === undefined) {
    id = nodeId(name);
    if (ids.size > 50_000) ids.clear();
    ids.set(name, id);
  }
  return id;
};
/**
 * `short` is `long` with one run of modifiers cut from its middle, keeping its topic and its head
 * (稀土生产加工监管草案 of 稀土生产加工监管框架草案, 稀土监管框架草案 of the same).
 */
function isMiddleCut(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 0.6 * long.length) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const tail = short.length - i;
  return i >= 2 && tail >= 2 && long.endsWith(short.slice(i));
}
const REFERRING_LABELS: NodeLabel[] = ['Event', 'Policy', 'Indicator'];
/** How many distinct recent nodes a reference back may reach (a briefing's story, not its whole text). */
const RECENT = 40;

export class NodeTable {
  readonly nodes = new Map<string, GraphNode>();
  private readonly byKey = new Map<string, string>();
  private readonly byLoose = new Map<string, string>();
  private readonly redirects = new Map<string, string>();
  /** Node ids in the order they were mentioned, latest last (for anaphora). */
  private readonly recent: string[] = [];

  /** The node a merged id now lives in. */
  canonical(id: string): string {
    let at = id;
    for (let next = this.redirects.get(at); next; next = this.redirects.get(at)) at = next;
    return at;
  }

  get(id: string): GraphNode | undefined {
    return this.nodes.get(this.canonical(id));
  }

  /** Adds or finds a node and records surface forms as aliases. */
  upsert(name: string, label: NodeLabel, aliases: string[] = []): string {
    const id = idOf(name);
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, label, name, aliases: [] };
      this.nodes.set(id, node);
    }
    for (const a of [name, ...aliases]) this.addAlias(node, a);
    return id;
  }

  private addAlias(node: GraphNode, alias: string): void {
    const a = /\s\s|[\n\t]|^\s|\s$/.test(alias) ? tidy(alias) : alias;
    if (!a || node.aliases.includes(a)) return;
    node.aliases.push(a);
    const k = foldKey(a);
    if (k && !this.byKey.has(k)) this.byKey.set(k, node.id);
    const l = looseKey(a);
    if (l && !this.byLoose.has(l)) this.byLoose.set(l, node.id);
  }

  private entryFor(m: Mention): LexiconEntry | undefined {
    if (m.entry) return m.entry;
    const lex = lexicon();
    for (const n of [m.name, ...(m.aliases ?? [])]) {
      const e = lex.lookup(n);
      if (e) return e;
      for (const p of rules().countryPrefixes) {
        if (n.startsWith(p) && n.length > p.length + 1) {
          const inner = lex.lookup(n.slice(p.length));
          if (inner?.label === 'Organization') return inner;
        }
      }
    }
    return undefined;
  }

  /** The node id a mention names, or undefined for a reference with nothing to refer to. */
  resolve(m: Mention, surface: string): string | undefined {
    let id: string | undefined;
    if (m.anaphorHead) {
      id = this.antecedent(m.anaphorHead);
      // "the deadline … at the hearing is May 8": a dated reference may point back past the recent window.
      if (!id && m.rule === 'dated-thing') id = [...this.nodes.values()].reverse().find((n) => REFERRING_LABELS.includes(n.label) && n.aliases.some((a) => a.endsWith(m.anaphorHead!)))?.id;
      // 他已签署行政命令 with no order named before: a compound kind of instrument (行政命令) is a Policy
      // of its own; a bare 禁令 or 这一措施 stays a reference to nothing, and an event (面板讨论) is
      // usually named before under a title the head noun does not end.
      if (!id && m.label === 'Policy' && stripModifiers(m.name).length >= 4 && isAcceptableName(m.name)) id = this.upsert(m.name, m.label, [surface]);
    } else {
      const entry = this.entryFor(m);
      const forms = [m.name, ...(m.aliases ?? [])];
      if (m.rule === 'lexicon' || m.rule === 'latin') forms.push(surface);
      // A thing the lexicon knows is findable by every name the lexicon gives it (工业和信息化部 finds
      // MIIT even when the text wrote 工信部), not only by the forms this text happened to use.
      if (entry) id = this.upsert(entry.name, entry.label, [...forms, ...entry.aliases]);
      else {
        const known = this.byKey.get(foldKey(m.name)) ?? this.byLoose.get(looseKey(m.name)) ?? this.shortFormOf(m);
        if (known) {
          id = this.canonical(known);
          const node = this.nodes.get(id);
          if (node) for (const f of forms) this.addAlias(node, f);
        } else {
          const name = cleanName(m.name);
          if (!isAcceptableName(name)) return undefined;
          id = this.upsert(name, m.label, forms);
        }
      }
    }
    if (id) this.recent.push(id);
    return id;
  }

  /**
   * A shortened reference to a phrase named before: 监管框架草案 after 稀土生产加工监管框架草案 (the
   * later, shorter phrase is the longer one's tail).
   */
  private shortFormOf(m: Mention): string | undefined {
    if (m.label === 'Organization') return this.sameCompany(m.name);
    if (!REFERRING_LABELS.includes(m.label)) return undefined;
    const k = foldKey(m.name);
    if (k.length < 4) return undefined;
    const seen = new Set<string>();
    for (let i = this.recent.length - 1; i >= 0 && seen.size < RECENT; i--) {
      if (seen.has(this.recent[i])) continue;
      seen.add(this.recent[i]);
      const node = this.get(this.recent[i]);
      if (node?.label === m.label && node.aliases.some((a) => foldKey(a).endsWith(k) || isMiddleCut(k, foldKey(a)))) return node.id;
    }
    return undefined;
  }

  /** 韩华海洋 and 韩华海洋株式会社: a company with and without its legal form is one organisation. */
  private sameCompany(name: string): string | undefined {
    const forms = zhWords().entities.companies.legalForms;
    const bare = forms.find((f) => name.endsWith(f) && name.length - f.length >= 2);
    const short = (bare ? name.slice(0, -bare.length) : name).trim();
    if (short.length < 2) return undefined;
    for (const node of this.nodes.values()) {
      if (node.label !== 'Organization') continue;
      for (const a of node.aliases) {
        if (a === short || (a.startsWith(short) && forms.includes(a.slice(short.length).trim()))) return node.id;
      }
    }
    return undefined;
  }

  /** The latest Event/Policy/Indicator whose name or an alias ends with the head noun. */
  private antecedent(head: string): string | undefined {
    const seen = new Set<string>();
    for (let i = this.recent.length - 1; i >= 0 && seen.size < RECENT; i--) {
      if (seen.has(this.recent[i])) continue;
      seen.add(this.recent[i]);
      const node = this.get(this.recent[i]);
      if (!node || !REFERRING_LABELS.includes(node.label)) continue;
      if (node.aliases.some((a) => a.endsWith(head))) return node.id;
    }
    return undefined;
  }

  /** Folds `drop` into `keep` (名称 (ACRONYM) pairs): aliases move, later lookups redirect. */
  merge(keep: string, drop: string): void {
    const k = this.canonical(keep);
    const d = this.canonical(drop);
    if (k === d) return;
    const kn = this.nodes.get(k);
    const dn = this.nodes.get(d);
    if (!kn || !dn) return;
    for (const a of dn.aliases) this.addAlias(kn, a);
    for (const [key, id] of this.byKey) if (id === d) this.byKey.set(key, k);
    for (const [key, id] of this.byLoose) if (id === d) this.byLoose.set(key, k);
    this.nodes.delete(d);
    this.redirects.set(d, k);
  }
}
