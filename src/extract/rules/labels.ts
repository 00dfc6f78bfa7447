// Node labels by head word, after every other rule: a name's last word says what kind of thing it
// is (…出口管制条例 a Policy, 推理芯片 a Product, 新订单指数 an Indicator, export licences a Policy,
// pipe fittings a Product), whatever rule first found the name and guessed its label. The
// conventions are data (lexicon/label-heads.json), learned from how the gold files label heads.
import { readFileSync } from 'node:fs';
import type { GraphNode, NodeLabel } from '../../model/index.js';
import { lexicon } from '../lexicon.js';
import { tagSpan } from '../segment.js';

interface HeadRule {
  label: NodeLabel;
  suffixes?: string[];
  heads?: string[];
  except?: string[];
  /** English: only a capitalised head (the Trade Act, not unfair acts). */
  proper?: boolean;
  from?: NodeLabel[];
}
interface LabelHeads {
  keep: NodeLabel[];
  zhActTags: string[];
  enChunkBreaks: string[];
  zh: HeadRule[];
  en: HeadRule[];
}

let H: LabelHeads | undefined;
let chunkBreak: RegExp | undefined;
const heads = (): LabelHeads => (H ??= JSON.parse(readFileSync(new URL('../lexicon/label-heads.json', import.meta.url), 'utf8')) as LabelHeads);

const HAN_END = /\p{Script=Han}$/u;

/** The English head noun: the last word of the name's first chunk (tightening of quotas → tightening). */
export function englishHead(name: string): { word: string; capital: boolean } | undefined {
  chunkBreak ??= new RegExp(`\\s(?:${heads().enChunkBreaks.join('|')})\\s`, 'i');
  const chunk = name.split(chunkBreak)[0].replace(/[’'"”)）》]+$/u, '').trim();
  const last = chunk.split(/\s+/).pop() ?? '';
  // U.S.-built ships: the hyphenated word's own head is its last part.
  const word = last.split('-').pop() ?? '';
  if (!/^\p{Script=Latin}[\p{Script=Latin}\d]*$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const singular = /ies$/.test(lower)
    ? lower.replace(/ies$/, 'y')
    : /(?:ss|sh|ch|x|[^o]us)es$/.test(lower)
      ? lower.slice(0, -2)
      : /[^s]s$/.test(lower)
        ? lower.slice(0, -1)
        : lower;
  return { word: singular, capital: /^\p{Lu}/u.test(word) };
}

/** A Latin name in title case (Applied Materials, U.S. Steel): a brand, whatever its last word. */
const isTitleCase = (name: string) => {
  const words = name.split(/\s+/).filter((w) => /\p{Script=Latin}/u.test(w));
  return words.length > 1 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
};

/** The kind the head word of `name` names (…条例 Policy, fittings Product, industry Concept), whatever the node's label. */
export function headKind(name: string): NodeLabel | undefined {
  const h = heads();
  const bare = name.replace(/^[《“"]+|[》”"]+$/g, '').trim();
  if (HAN_END.test(bare)) {
    let best: { rule: HeadRule; len: number } | undefined;
    for (const r of h.zh) {
      if (r.except?.some((x) => bare.endsWith(x))) continue;
      for (const s of r.suffixes ?? []) if (bare.endsWith(s) && (!best || s.length > best.len)) best = { rule: r, len: s.length };
    }
    return best?.rule.label;
  }
  const head = englishHead(bare);
  return head && h.en.find((r) => r.heads?.includes(head.word) && (!r.proper || head.capital))?.label;
}

/** The label the head word of `name` gives a node labelled `label`, if one differs. */
export function headLabel(name: string, label: NodeLabel): NodeLabel | undefined {
  const h = heads();
  if (h.keep.includes(label)) return undefined;
  const bare = name.replace(/^[《“"]+|[》”"]+$/g, '').trim();
  const applies = (r: HeadRule) => r.label !== label && (!r.from || r.from.includes(label));
  if (HAN_END.test(bare)) {
    let best: { rule: HeadRule; len: number } | undefined;
    for (const r of h.zh) {
      if (r.except?.some((x) => bare.endsWith(x))) continue;
      for (const s of r.suffixes ?? []) if (bare.endsWith(s) && (!best || s.length > best.len)) best = { rule: r, len: s.length };
    }
    if (!best || !applies(best.rule)) return undefined;
    // 暂停行政令, 停止供应晶圆: a name opening with a verb names the act done to the thing, not the thing.
    const first = tagSpan(bare, 0, bare.length)[0];
    if (first && first.end < bare.length && h.zhActTags.some((t) => first.tag === t || (t === 'v' && first.tag.startsWith('v')))) return undefined;
    return best.rule.label;
  }
  const head = englishHead(bare);
  if (!head) return undefined;
  const rule = h.en.find((r) => r.heads?.includes(head.word) && (!r.proper || head.capital));
  if (!rule || !applies(rule)) return undefined;
  // A Latin-script brand ending in a product word (Applied Materials) is no product.
  if (rule.label === 'Product' && isTitleCase(bare)) return undefined;
  return rule.label;
}

/** Relabels the nodes the lexicon does not know whose head word says they are another kind. */
export function labelByHeads(nodes: GraphNode[]): void {
  for (const n of nodes) {
    if (lexicon().lookup(n.name)) continue;
    const to = headLabel(n.name, n.label);
    // A number stated for the node (an observation) keeps it an Indicator or Product.
    if (!to || (n.observations?.length && to !== 'Indicator' && to !== 'Product')) continue;
    n.label = to;
  }
}
