// The members of a 、-list in running text take the class the list gives them: 卷绕机、叠片机、注液机等
// 电池制造设备 (the kind after 等 is a product's), 分立器件、逻辑芯片和MOSFET (a sibling is a known
// Product, 卷绕机、…、分容柜 each ending in a machine head). The first member has no mark before it: it is cut, on jieba's word boundaries, to the length
// nearest its siblings' (生产分立器件 → 分立器件, 包括卷绕机 → 卷绕机). Words are data in
// lexicon/zh-names.json (listMembers) and zh-shapes.json (productHeads, listItems). And what a verb of
// supply or production acts on, a technical term jieba does not know as a common word (供应晶圆/x).
import { readFileSync } from 'node:fs';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn } from '../text.js';
import { productCompoundMentions } from './zh-product-phrase.js';

interface ListWords {
  suppliedObjects: { verbs: string[]; verbTags: string[]; objectTags: string[]; minChars: number; maxChars: number; after: string };
  listMembers: { leadWords: string[]; kinds: string[]; joiners: string[]; closers: string[]; notMembers: string[]; minChars: number; maxChars: number; firstStopTags: string[] };
}
interface ShapeWords {
  productHeads: { heads: string[] };
  listItems: { machineHeads: string[]; techHeads: string[] };
}
let suppliedRe: { verbs: RegExp; after: RegExp } | undefined;
let data: { w: ListWords['listMembers']; o: ListWords['suppliedObjects']; heads: string[] } | undefined;
function words() {
  if (data) return data;
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../lexicon/${f}`, import.meta.url), 'utf8'));
  const n = read('zh-names.json') as ListWords;
  const w = n.listMembers;
  const s = read('zh-shapes.json') as ShapeWords;
  return (data = { w, o: n.suppliedObjects, heads: [...s.productHeads.heads, ...s.listItems.machineHeads, ...s.listItems.techHeads] });
}

const MEMBER = /^(?:\p{Script=Han}|[A-Za-z0-9])+$/u;
const LIST = /(?:[\p{Script=Han}A-Za-z0-9]+、)+[\p{Script=Han}A-Za-z0-9]+/gu;

/** Where the first member starts: the token boundary in [from, to) whose length is nearest `len`. */
function firstStart(text: string, from: number, to: number, len: number): number | undefined {
  const { w } = words();
  const toks = tagSpan(text, from, to).filter((t) => t.end <= to);
  let best: number | undefined;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (w.firstStopTags.includes(t.tag) || !MEMBER.test(t.word) || to - t.start > w.maxChars) break;
    if (best === undefined || Math.abs(to - t.start - len) < Math.abs(to - best - len)) best = t.start;
  }
  return best;
}

/** 等电池制造设备，: the kind after 等 ends in a product's head — the noun phrase closes there (a verb, a function word or punctuation follows). */
function kindIsProduct(text: string, at: number, end: number): boolean {
  const { w, heads } = words();
  const toks = tagSpan(text, at, Math.min(end, at + 14));
  const all = [...heads, ...w.kinds];
  for (const [i, t] of toks.entries()) {
    if (!/^\p{Script=Han}+$/u.test(t.word) || t.word === '的') return false;
    const next = toks[i + 1];
    const closes = !next || !/^(?:n|vn|nz|b|j|l|ng|x)$/.test(next.tag) || !/^\p{Script=Han}+$/u.test(next.word);
    if (closes && all.some((h) => text.slice(at, t.end).endsWith(h))) return true;
    if (closes) return false;
  }
  return false;
}

/** 卷绕机、叠片机、注液机等电池制造设备: each member of a list whose kind or sibling is a product's is a Product. */
export function listMemberMentions(text: string, start: number, end: number, lex: Mention[]): Mention[] {
  const { w, heads } = words();
  const known = [...lex, ...productCompoundMentions(text, start, end)];
  const out: Mention[] = [];
  for (const m of matchesIn(LIST, text, start, end)) {
    const parts: { s: number; e: number }[] = [];
    let at = m.index;
    for (const p of m[0].split('、')) {
      parts.push({ s: at, e: at + p.length });
      at += p.length + 1;
    }
    // The last member ends at 等 or a joiner (…和MOSFET等); a member after the joiner is one more.
    const last = parts[parts.length - 1];
    const tail = text.slice(last.s, last.e);
    const close = w.closers.map((c) => tail.indexOf(c)).filter((i) => i > 0);
    let kindAt = -1;
    if (close.length) {
      last.e = last.s + Math.min(...close);
      kindAt = last.e + 1;
    }
    const joiner = w.joiners.map((j) => ({ j, i: text.slice(last.s, last.e).indexOf(j) })).find((x) => x.i > 0);
    if (joiner) {
      parts.push({ s: last.s + joiner.i + joiner.j.length, e: last.e });
      last.e = last.s + joiner.i;
    }
    const rest = parts.slice(1).map((p) => p.e - p.s);
    const len = rest.reduce((a, b) => a + b, 0) / rest.length;
    const first = firstStart(text, Math.max(start, parts[0].e - w.maxChars), parts[0].e, len);
    if (first === undefined) continue;
    parts[0].s = first;
    const members = parts.filter((p) => p.e - p.s >= w.minChars && p.e - p.s <= w.maxChars && MEMBER.test(text.slice(p.s, p.e)));
    if (members.length < 2 || members.length < parts.length) continue;
    // What the list is: the kind after 等 (…等电池制造设备), or siblings known as Products and none known as anything else.
    // 半导体、物理 AI: a list running on into Latin or a space is cut short here; leave it.
    if (kindAt < 0 && /^[\sA-Za-z]/.test(text[m.index + m[0].length] ?? '')) continue;
    // A kind after 等 decides (…等传统行业, …等领域 are no products); without one, the members' heads or siblings do.
    const hasKind = kindAt > 0 && /^\p{Script=Han}/u.test(text[kindAt] ?? '');
    const kindProduct = hasKind && kindIsProduct(text, kindAt, end);
    const labelOf = (p: { s: number; e: number }) => known.find((k) => k.start === p.s && k.end === p.e && !k.nested)?.label ?? lexicon().lookup(text.slice(p.s, p.e))?.label;
    const labels = members.map(labelOf);
    // Siblings decide when half the members at least are known Products and none is known as anything else.
    const siblings = labels.filter((l) => l === 'Product').length * 2 >= members.length && labels.every((l) => !l || l === 'Product');
    const allHeads = members.every((p) => heads.some((h) => text.slice(p.s, p.e).endsWith(h)));
    if (!kindProduct && (hasKind || (!siblings && !allHeads))) continue;
    for (const [i, p] of members.entries()) {
      const name = text.slice(p.s, p.e);
      // A bare head (…和材料) or a lead word (如线切割机) names no member of its own.
      if (labels[i] || w.notMembers.includes(name) || heads.includes(name) || w.leadWords.some((x) => name.startsWith(x))) continue;
      out.push({ start: p.s, end: p.e, name, label: 'Product', rule: 'policy-suffix' });
    }
  }
  return out;
}

/**
 * 停止向安世（中国）东莞工厂供应晶圆，, 出口碳化硅: the object of a verb of supply, production or trade
 * is a Product when it is one word jieba knows only as a term (x, nz: no common noun such as 成本 or
 * 数据) and closes the clause or a list member.
 */
export function suppliedObjectMentions(text: string, start: number, end: number): Mention[] {
  const { o } = words();
  const out: Mention[] = [];
  suppliedRe ??= { verbs: new RegExp(o.verbs.join('|'), 'g'), after: new RegExp(`^(?:${o.after})`, 'u') };
  const re = suppliedRe;
  for (const m of matchesIn(re.verbs, text, start, end)) {
    const after = m.index + m[0].length;
    const toks = tagSpan(text, Math.max(start, m.index - 2), Math.min(end, after + o.maxChars + 2));
    const verb = toks.find((t) => t.start === m.index && t.end === after);
    const obj = toks.find((t) => t.start === after);
    if (!verb || !o.verbTags.includes(verb.tag) || !obj || !o.objectTags.includes(obj.tag) || !/^\p{Script=Han}+$/u.test(obj.word)) continue;
    if (obj.word.length < o.minChars || obj.word.length > o.maxChars || !re.after.test(text.slice(obj.end, obj.end + 1) || '。')) continue;
    if (lexicon().lookup(obj.word)) continue;
    out.push({ start: obj.start, end: obj.end, name: obj.word, label: 'Product', rule: 'policy-suffix' });
  }
  return out;
}
