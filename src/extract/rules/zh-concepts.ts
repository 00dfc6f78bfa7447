// Concepts of official Chinese the lexicon cannot list: noun compounds ending in a domain head
// (智能经济, 新发展理念, 中国式现代化, 新一代智能终端, 重点行动), activities named by their object and
// a verb-noun (稀土开采, 芯片出口), and the fields of a “X+” campaign (“人工智能+”科学技术). Heads,
// tags and verbs are data in lexicon/zh-phrases.json (entities).
import type { NodeLabel } from '../../model/index.js';
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan, type Token } from '../segment.js';
import { isHan, matchesIn, tidy, alternation as alt } from '../text.js';
import { zhWords } from './zh-phrase.js';


interface Compiled {
  heads: RegExp;
  labelOf: Map<string, NodeLabel>;
  alone: Set<string>;
  notBefore: Map<string, string[]>;
  modifierTags: Set<string>;
  notModifiers: Set<string>;
  generic: Set<string>;
  generation: RegExp;
  leading: RegExp;
  allHeads: RegExp;
  openHeads: Set<string>;
  openNext: Set<string>;
  activity: RegExp;
  campaign: RegExp;
}
let compiled: Compiled | undefined;
function patterns(): Compiled {
  if (compiled) return compiled;
  const w = zhWords().entities;
  const labelOf = new Map<string, NodeLabel>();
  const alone = new Set<string>();
  const notBefore = new Map<string, string[]>();
  for (const g of w.domainHeads) for (const h of g.heads) {
    labelOf.set(h, g.label);
    if (g.alone) alone.add(h);
    if (g.notBeforeTags) notBefore.set(h, g.notBeforeTags);
  }
  return (compiled = {
    heads: new RegExp(alt([...labelOf.keys()]), 'g'),
    labelOf,
    alone,
    notBefore,
    modifierTags: new Set(w.modifierTags),
    notModifiers: new Set(w.notModifiers),
    generic: new Set(w.genericModifiers),
    generation: new RegExp(w.generationWord),
    leading: new RegExp(`^(?:${alt(zhWords().leadingModifiers)})$`),
    allHeads: new RegExp(`^(?:${alt([...labelOf.keys()])})+$`),
    openHeads: new Set(w.openHeads.heads),
    openNext: new Set(w.openHeads.nextTags),
    activity: new RegExp(`^(?:${alt(w.activity.verbs)})(?!${alt(w.activity.notAfter)})`),
    // “人工智能+”科学技术 (also with the ”…” pair PDF conversion prints).
    campaign: /[“”"]([^“”"\n]{1,16}?\+)[”"]\s*([\p{Script=Han}]{2,16})/gu,
  });
}

const MODIFIER_END = /^[\p{Script=Han}A-Za-z]$/u;
const FUNCTION_CHARS = new Set('的了和与及是在对为将等各把被从向于也都而但已又还即所使让给并或之着过');
/** Whether a token can modify a domain head: a noun-like word of Han or Latin letters. */
function isModifier(t: Token, unknownWords = true): boolean {
  const p = patterns();
  if (!/^[\p{Script=Han}A-Za-z]+$/u.test(t.word) || p.leading.test(t.word)) return false;
  if (t.tag === 'x' && !unknownWords) return false;
  return p.modifierTags.has(t.tag) || (t.tag === 't' && p.generation.test(t.word));
}

/**
 * 智能经济 / 新发展理念 / 新一代智能终端: the head and the noun-like words right before it. Not a
 * compound: a head with no modifier, one whose modifiers are all heads themselves (经济社会,
 * 产业体系), and a verb's object (开放合作体系 gives no 合作体系).
 */
export function domainCompoundMentions(text: string, start: number, end: number): Mention[] {
  const p = patterns();
  const { min, max } = zhWords().entities.compoundChars;
  const out: Mention[] = [];
  for (const m of matchesIn(p.heads, text, start, end)) {
    const hs = m.index;
    const he = hs + m[0].length;
    // Nothing can modify a head right after punctuation or a function word (的发展, 、经济): no need to ask jieba.
    const prev = text[hs - 1] ?? '';
    if (!p.alone.has(m[0]) && (!MODIFIER_END.test(prev) || FUNCTION_CHARS.has(prev))) continue;
    const tokens = tagSpan(text, Math.max(start, hs - max), Math.min(end, he + 4));
    // The head ends a word: 经济学, 社会主义, 发展中国家 are other words.
    const last = tokens.find((t) => t.start < he && t.end >= he);
    if (!last || last.end !== he) continue;
    const open = p.openHeads.has(m[0]);
    // A word the lexicon knows (重建关税体系) is its node already.
    if (last.start < hs && lexicon().lookup(last.word)) continue;
    const next = tokens.find((t) => t.start === he);
    if (open && (last.start < hs || (next && p.openNext.has(next.tag)))) continue;
    // 安全风险: a head that modifies the noun after it ends no compound.
    if (next && p.notBefore.get(m[0])?.includes(next.tag)) continue;
    let s = Math.min(last.start, hs);
    const words: Token[] = last.start < hs ? [last] : [];
    const left = tokens.filter((t) => t.end <= s);
    for (let i = left.length - 1; i >= 0; i--) {
      const t = left[i];
      // A token cut by the window's edge (国 of 中国) is not a word of the phrase.
      if (t.start === tokens[0].start && t.start > start && isHan(text[t.start - 1])) break;
      // An open head or a levy takes known words (高质量发展), not one jieba could not place (赋能, 互征).
      if (!isModifier(t, !open && !p.alone.has(m[0])) || he - t.start > max) break;
      words.unshift(t);
      s = t.start;
    }
    // 全面步入…, 更好服务…: verbs and adverbs jieba tags as nouns; a verb-noun after a verb or
    // adverb is that verb's object (开放合作体系), not a modifier.
    for (;;) {
      const before = left.filter((t) => t.end <= s).pop();
      const w0 = words[0];
      const verbal = w0 && w0.end <= hs && (p.notModifiers.has(w0.word) || (w0.tag === 'vn' && !!before && before.end === s && /^[vdp]/.test(before.tag)));
      if (!verbal) break;
      words.shift();
      s = words[0]?.start ?? hs;
    }
    // 6大重点领域: a count before the compound belongs to its name.
    const count = words[0]?.word === '大' ? /[\d一二三四五六七八九十两]+$/.exec(text.slice(Math.max(start, s - 3), s)) : null;
    if (count) s -= count[0].length;
    // 反倾销税, 港务费: a levy's kind is its name even with nothing before it.
    if (!p.alone.has(m[0]) && (he - s < min || !words.length)) continue;
    if (open && (words.length > 1 || lexicon().lookup(words[0].word))) continue;
    // 关键技术领域, 技术发展: words any field could take do not make a name.
    const mods = words.filter((t) => t.end <= hs);
    if (mods.length && mods.every((t) => p.generic.has(t.word))) continue;
    // 经济社会, 产业体系: two heads side by side are no named thing.
    if (p.allHeads.test(text.slice(s, hs))) continue;
    out.push({ start: s, end: he, name: tidy(text.slice(s, he)), label: p.labelOf.get(m[0]) ?? 'Concept', rule: 'policy-suffix' });
  }
  return out;
}

/** 稀土开采, 芯片出口: a thing the lexicon knows, then what is done to it. */
export function activityMentions(text: string, end: number, known: Mention[]): Mention[] {
  const w = zhWords().entities.activity;
  const p = patterns();
  const out: Mention[] = [];
  for (const k of known) {
    if (!w.objectLabels.includes(k.label) || !isHan(text[k.end - 1])) continue;
    const v = p.activity.exec(text.slice(k.end, Math.min(end, k.end + 6)));
    if (!v) continue;
    const e = k.end + v[0].length;
    out.push({ start: k.start, end: e, name: tidy(text.slice(k.start, e)), label: 'Concept', rule: 'policy-suffix' });
  }
  return out;
}

/** “人工智能+”科学技术: a quoted X+ campaign and the field after it, one Policy of the campaign. */
export function campaignFieldMentions(text: string, start: number, end: number): Mention[] {
  const max = zhWords().entities.campaignField.maxChars;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().campaign, text, start, end)) {
    const fieldStart = m.index + m[0].length - m[2].length;
    // The field is the noun phrase right after the quote: 科学技术, 产业发展, 消费提质.
    let e = fieldStart;
    for (const t of tagSpan(text, fieldStart, Math.min(end, fieldStart + max + 2))) {
      if (!isModifier(t) && !(t.tag === 'v' && t.word.length >= 2 && t.start > fieldStart)) break;
      if (t.end - fieldStart > max) break;
      e = t.end;
    }
    if (e - fieldStart < 2) continue;
    const field = text.slice(fieldStart, e);
    // “人工智能+”行动 is the campaign itself (titles.ts).
    if (rules().campaignSuffixes.some((f) => field.startsWith(f))) continue;
    const inner = m[1].trim();
    out.push({ start: m.index, end: e, name: `${inner}${field}`, label: 'Policy', rule: 'quoted', aliases: [tidy(text.slice(m.index, e))] });
  }
  return out;
}
