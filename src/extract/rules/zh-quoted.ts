// Names the quotes, a brand word or a journal title mark in Chinese text: quoted products
// (超导量子计算机“天衍—287”, 搭载“祖冲之三号”, “天衍”量子计算云平台), brands (在昊铂品牌车型上) and
// journals (发表于《物理评论快报》). Quoted campaigns and policies (“人工智能+”行动, “50% 规则”) are
// titles.ts's; a quoted slogan or ordinary phrase (“量子计算优越性”, “全国产化”) names nothing.
// Words are data in lexicon/zh-names.json.
import { readFileSync } from 'node:fs';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy, alternation as alt } from '../text.js';

interface QuotedWords {
  quoted: { kindsAfter: string[]; maxBetween: number; notBetween: string[]; before: string[]; modelShape: string; maxChars: number };
  brands: { word: string; before: string[]; nameTags: string[] };
  journals: { verbs: string[] };
  certificates: { words: string[] };
}

let data: QuotedWords | undefined;
export const zhNameWords = <T = QuotedWords>(): T =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/zh-names.json', import.meta.url), 'utf8')) as QuotedWords) as T;

// “…” and 「…」 as printed; a ”…“ pair is the gap between two quotations.
const COMMON_TAGS = /^(?:n|v|vn|vd|a|an|ad|d|b|l|i)$/;
const QUOTE = /[“「]([^“”「」\n]{2,24}?)[”」]/g;

let compiled: { model: RegExp; kindAfter: RegExp; before: RegExp; journal: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const q = zhNameWords().quoted;
  return (compiled = {
    model: new RegExp(q.modelShape, 'u'),
    // “天衍”量子计算云平台: Han characters (no 的) up to a product kind.
    kindAfter: new RegExp(`^(?:[^\\P{Script=Han}的之地得和与及]{0,${q.maxBetween}}?)(?:${alt(q.kindsAfter)})`, 'u'),
    before: new RegExp(`(?:${alt(q.before)})\\s*$`),
    journal: new RegExp(`(?:${alt(zhNameWords().journals.verbs)})\\s*(《([^》\\n]{2,30})》)`, 'g'),
  });
}

/** A quoted name that reads as a name: no 的, no sentence punctuation, not too long. */
const nameLike = (inner: string, max: number) => inner.length <= max && !/[的，。；：！？,;:!?、\s]/.test(inner.replace(/\s*[—–\-－]\s*/g, '-'));

/** Quoted products: by the kind after the quote, a product noun or launch verb before it, or a model's shape. */
export function quotedProductMentions(text: string, start: number, end: number): Mention[] {
  const q = zhNameWords().quoted;
  const p = patterns();
  const out: Mention[] = [];
  for (const m of matchesIn(QUOTE, text, start, end)) {
    const inner = m[1].trim();
    if (!nameLike(inner, q.maxChars)) continue;
    const close = m.index + m[0].length;
    const known = lexicon().lookup(inner);
    if (known && known.label !== 'Product') continue;
    // “卡脖子”芯片, “国产化”系统: one common word in quotes is a slogan; a name is a word jieba does not know.
    const word = tagSpan(text, m.index + 1, m.index + 1 + m[1].length).filter((t) => /\S/.test(t.word));
    const common = word.length === 1 && COMMON_TAGS.test(word[0].tag);
    const kind = common ? null : p.kindAfter.exec(text.slice(close, Math.min(end, close + q.maxBetween + 4)));
    // Only nouns and names stand between the quote and the kind (not 已完成系统).
    const between = kind ? tagSpan(text, close, close + kind[0].length).slice(0, -1) : [];
    // “祖冲之三号”同款芯片 is a chip like it, not a product of that name.
    const like = q.notBetween.some((w) => text.startsWith(w, close));
    if (kind && !like && between.every((t) => !/^[vdpcrumtf]/.test(t.tag))) {
      // The quoted name and its kind are one product; the quoted part alone is its short name.
      const e = close + kind[0].length;
      out.push({ start: m.index, end: e, name: `${inner}${kind[0]}`, label: 'Product', rule: 'quoted', aliases: [tidy(text.slice(m.index, e))] });
      continue;
    }
    const before = p.before.test(text.slice(Math.max(start, m.index - 8), m.index));
    if (!(before && !common) && !p.model.test(inner)) continue;
    const s = m.index + 1;
    out.push({ start: s, end: s + m[1].length, name: inner, label: 'Product', rule: 'quoted' });
  }
  return out;
}

const HAN = /^\p{Script=Han}+$/u;
/** 在昊铂品牌车型上: the name before 品牌 when jieba knows no word of two characters in it. */
export function brandMentions(text: string, start: number, end: number): Mention[] {
  const b = zhNameWords().brands;
  const out: Mention[] = [];
  for (let i = text.indexOf(b.word, start); i >= 0 && i < end; i = text.indexOf(b.word, i + 1)) {
    for (let n = 4; n >= 2; n--) {
      const s = i - n;
      if (s < start || !HAN.test(text.slice(s, i))) continue;
      const lead = text.slice(Math.max(start, s - 2), s);
      if (s !== start && !b.before.some((w) => lead.endsWith(w))) continue;
      const toks = tagSpan(text, s, i);
      if (!toks.every((t) => t.word.length === 1 || b.nameTags.includes(t.tag))) continue;
      if (toks.every((t) => t.word.length === 1 && !b.nameTags.includes(t.tag))) continue;
      const name = text.slice(s, i);
      if (lexicon().lookup(name)) continue;
      out.push({ start: s, end: i, name, label: 'Product', rule: 'quoted' });
      break;
    }
  }
  return out;
}

/**
 * 发表于《物理评论快报》: the journal an article appears in. The mention spans the title marks, so
 * it wins over the title rule's reading of the same words (…快报 as a report).
 */
export function journalMentions(text: string, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().journal, text, start, end)) {
    const s = m.index + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, name: m[2].trim(), label: 'Organization', rule: 'quoted', aliases: [m[1]] });
  }
  return out;
}

let certRe: RegExp | undefined;
/**
 * 民用无人驾驶航空器运营合格证（OC）: a certificate glossed by a Latin abbreviation is a Policy named
 * by its kind and the word before it (运营合格证), the abbreviation its alias.
 */
export function certificateMentions(text: string, start: number, end: number): Mention[] {
  certRe ??= new RegExp(`(${alt(zhNameWords().certificates.words)})\\s*[（(]\\s*([A-Z][A-Za-z]{1,5})\\s*[）)]`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(certRe, text, start, end)) {
    const word = tagSpan(text, Math.max(start, m.index - 6), m.index).at(-1);
    if (!word || word.end !== m.index || !HAN.test(word.word) || word.word.length < 2) continue;
    const name = `${word.word}${m[1]}`;
    const aliases = [m[2]];
    out.push({ start: word.start, end: m.index + m[0].length, name, label: 'Policy', rule: 'quoted', aliases });
  }
  return out;
}
