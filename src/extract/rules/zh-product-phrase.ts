// Where a product phrase cut from running text starts: not at a verb of control (限制先进芯片 → 先进芯片)
// and not before a verb with its subject (海力士押注存储芯片 → 存储芯片). And products and technologies
// named by their kind: the head noun and the noun words before it (全固态电池中试线, 三元锂电池), and the
// items of an official list (1. 钐钴永磁材料。). Words are data in lexicon/zh-shapes.json (productLead,
// productHeads, listItems).
import { readFileSync } from 'node:fs';
import type { Mention } from '../mention.js';
import { tagSpan, type Token } from '../segment.js';
import { lexicon } from '../lexicon.js';
import { alternation, matchesIn, tidy } from '../text.js';

interface ProductWords {
  productLead: { words: string[]; subjectTags: string[] };
  productHeads: { heads: string[]; modifierTags: string[]; notModifiers: string[]; classifiers: string; minChars: number; maxChars: number };
  chemicals: { elements: string };
  listItems: { marker: string; closers: string; techHeads: string[]; machineHeads: string[]; chemicalEnds: string; itemTags: string[]; minChars: number; maxChars: number };
}
let data: ProductWords | undefined;
const words = () => (data ??= JSON.parse(readFileSync(new URL('../lexicon/zh-shapes.json', import.meta.url), 'utf8')) as ProductWords);

const HAN = /^\p{Script=Han}+$/u;

/** The start of the product phrase text[at, end). */
export function productStart(text: string, at: number, end: number): number {
  const w = words().productLead;
  const verb = w.words.find((x) => text.startsWith(x, at));
  let s = verb && at + verb.length + 2 <= end ? at + verb.length : at;
  const toks = tagSpan(text, s, end).filter((t) => !/^\s+$/.test(t.word));
  for (let i = toks.length - 2; i >= 0; i--) {
    const t = toks[i];
    if (t.tag !== 'v' || t.word.length < 2 || !HAN.test(t.word)) continue;
    // A verb after its subject (海力士/n 押注/v) governs what follows when that is a name of its own (four
    // characters: 存储芯片); 边缘计算芯片 and 推理芯片 are kinds of chip, 研磨/vn 抛光/v 设备 a pair of processes.
    const before = toks[i - 1];
    if (!before || !w.subjectTags.includes(before.tag) || end - t.end < 4) continue;
    s = t.end;
    break;
  }
  return s;
}

let headRe: RegExp | undefined;

/** A word that can name a product's kind: a noun-like word, an element, a term such as 三元 (not 两款). */
function isProductModifier(t: Token): boolean {
  const w = words().productHeads;
  if (!HAN.test(t.word) && !/^[A-Za-z][A-Za-z0-9]*$/.test(t.word)) return false;
  if (w.notModifiers.includes(t.word)) return false;
  if (t.tag === 'm') return HAN.test(t.word) && t.word.length >= 2 && !/^[第几多数]/.test(t.word) && !w.classifiers.includes(t.word.slice(-1));
  return w.modifierTags.includes(t.tag) && (t.tag !== 'x' || HAN.test(t.word));
}

/** 全固态电池中试线, 三元锂电池, 钐钴永磁材料: a product head with the noun words before it. */
export function productCompoundMentions(text: string, start: number, end: number): Mention[] {
  const w = words().productHeads;
  headRe ??= new RegExp(alternation(w.heads), 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(headRe, text, start, end)) {
    const hs = m.index;
    const he = hs + m[0].length;
    const toks = tagSpan(text, Math.max(start, hs - w.maxChars), Math.min(end, he + 3));
    // The head ends a word (电池 of 锂电池, not 材料 of 材料学); the word holding it starts the walk.
    const last = toks.find((t) => t.start < he && t.end >= he);
    if (!last || last.end !== he) continue;
    let s = Math.min(last.start, hs);
    const left = toks.filter((t) => t.end <= s);
    for (let i = left.length - 1; i >= 0; i--) {
      const t = left[i];
      // A token cut by the window's edge (国 of 中国) is no word of the phrase.
      if (i === 0 && t.start > start && HAN.test(text[t.start - 1] ?? '')) break;
      if (t.end !== s || !isProductModifier(t) || he - t.start > w.maxChars) break;
      s = t.start;
    }
    // 注液/x 机等/x 电池: jieba may glue 等 to the word before it; a list's 等 closes what is before it.
    const etc = text.lastIndexOf('等', he - 1);
    if (etc >= s && etc < hs) s = etc + 1;
    if (he - s < w.minChars) continue;
    const name = tidy(text.slice(s, he));
    // A name the lexicon knows is its node already.
    if (lexicon().lookup(name)) continue;
    out.push({ start: s, end: he, name, label: 'Product', rule: 'policy-suffix' });
  }
  return out;
}

let itemRe: { marker: RegExp; closer: RegExp } | undefined;
// What may follow an item on its line: a bracketed customs reference, then punctuation.
const ITEM_REST = /^(?:[（(][^（）()\n]*[）)]|[\s：:;；。、,，.])*$/u;

/** Whether one listed part names a product: noun-like words, no verb first, a product, technology or chemical ending. */
function isItem(text: string, s: number, e: number): boolean {
  const w = words();
  const li = w.listItems;
  const part = text.slice(s, e);
  if (part.length < li.minChars || part.length > li.maxChars || part.includes('的') || !HAN.test(part)) return false;
  const toks = tagSpan(text, s, e);
  // A machine is named by what it does (卷绕/v 机): a verb may open an item only before a machine head.
  const machine = li.machineHeads.some((h) => part.endsWith(h));
  if (!toks.length || (toks[0].tag.startsWith('v') && !machine) || !toks.every((t) => li.itemTags.includes(t.tag))) return false;
  const last = part.slice(-1);
  return machine || [...w.productHeads.heads, ...li.techHeads].some((h) => part.endsWith(h)) || li.chemicalEnds.includes(last) || w.chemicals.elements.includes(last);
}

/** 1. 钐钴永磁材料。 / b. 碳酸锂; / (二)氧化钐及其混合物: the items of a numbered official list, one Product each. */
export function listItemMentions(text: string, start: number, end: number): Mention[] {
  const li = words().listItems;
  itemRe ??= { marker: new RegExp(li.marker, 'u'), closer: new RegExp(li.closers, 'u') };
  const out: Mention[] = [];
  for (let p = start; p < end; p = text.indexOf('\n', p) + 1 || end) {
    // The sentence splitter leaves an item's marker (1. / a.) with the sentence before: a sentence that
    // starts mid-line is read from its line's start when only a marker stands before it there.
    const lineStart = p === start ? text.lastIndexOf('\n', p - 1) + 1 : p;
    const lineEnd = Math.min(end, text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p));
    const line = text.slice(lineStart, lineEnd);
    const mk = itemRe.marker.exec(line);
    if (!mk || !mk[0].trim() || mk[0].length < p - lineStart) continue;
    const body = line.slice(mk[0].length);
    const close = itemRe.closer.exec(body);
    const itemEnd = close ? close.index : body.length;
    // A heading with text after its colon (一、量子计算：…) is no list item.
    // A bracketed customs reference closing the item stays whole for ITEM_REST (卷绕机(参考税则号列:…);).
    const rest = body.slice(itemEnd);
    if (!ITEM_REST.test(/^[（(]/.test(rest) ? rest : rest.replace(itemRe.closer, ''))) continue;
    let s = lineStart + mk[0].length;
    for (const part of body.slice(0, itemEnd).split('、')) {
      const e = s + part.length;
      // Named as printed (rule 'title'): the list gives the whole name, no verb inside it cuts it (稀土萃取分离工艺技术).
      if (isItem(text, s, e)) out.push({ start: s, end: e, name: tidy(part), label: 'Product', rule: 'title' });
      s = e + 1;
    }
  }
  return out;
}

let seriesRe: RegExp | undefined;
let seriesWords: { words: string[] } | undefined;
/**
 * Walker S系列已成为…, Walker S1系列产品: a Latin model name right before 系列 is a product line, not
 * the company the Latin rule would take it for. Named without 系列 (the line), which stays an alias.
 * Words are data in lexicon/zh-names.json (series).
 */
export function seriesMentions(text: string, start: number, end: number): Mention[] {
  const w = (seriesWords ??= (JSON.parse(readFileSync(new URL('../lexicon/zh-names.json', import.meta.url), 'utf8')) as { series: { words: string[] } }).series);
  seriesRe ??= new RegExp(`(?<![A-Za-z\\d.&-])([A-Z][A-Za-z\\d-]*(?: [A-Z\\d][A-Za-z\\d-]*){0,2}) ?(?:${alternation(w.words)})`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(seriesRe, text, start, end)) {
    const known = lexicon().lookup(m[1]);
    if (known && known.label !== 'Product') continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[1], label: 'Product', rule: 'latin', aliases: [tidy(m[0])] });
  }
  return out;
}
