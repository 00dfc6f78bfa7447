// The sides of a Chinese cue that no mention covers. A clause such as 安全审查促使… or 走私打击收紧供应
// names its cause or effect with a plain phrase: that phrase becomes a Concept, unless it is a
// generic word (范围, 能力) or a count (一轮, 部分). A clause whose only words before the cue are
// adverbs and conjunctions (，并进一步推动…) has no subject of its own; a clause with other words there
// (但终端需求不足可能制约…) has one we cannot name, and gets none borrowed. Words are data in
// lexicon/zh-relations.json.
import { nounPhraseEnd, nounPhraseStart } from './noun-phrase.js';
import { zhRelationWords } from './zh-release.js';
import type { SentenceContext } from '../sentence.js';
import type { Placed } from '../relations.js';
import { tagSpan, type Token } from '../segment.js';
import { isHan, tidy } from '../text.js';

const PHRASE_NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,9}$/u;
const DEMONSTRATIVE = /^(?:这|该|此|其)/;
const words = () => zhRelationWords().cuePhrases;

const words_ = (toks: Token[]) => toks.filter((t) => !/^\s+$/.test(t.word));

/** True when text[from, to) holds only adverbs, conjunctions and modal words. */
export function emptyLead(text: string, from: number, to: number): boolean {
  if (!/\S/.test(text.slice(from, to))) return true;
  const w = words();
  return words_(tagSpan(text, from, to)).every((t) => w.leadTags.includes(t.tag) || w.leadWords.includes(t.word) || /^[\p{P}\s]+$/u.test(t.word));
}

/** 在华盛顿引发…: a mention right after a preposition is a place or circumstance, not the subject. */
export function afterPreposition(text: string, m: Placed): boolean {
  if (!words().prepositions.includes(text[m.start - 1] ?? '')) return false;
  // 在 as a word of its own, not the end of 认为 or 存在.
  const last = words_(tagSpan(text, Math.max(0, m.start - 3), m.start)).pop();
  return !!last && last.tag === 'p' && words().prepositions.includes(last.word);
}

/** The end of text[from, to) without its trailing adverbs and modal words (…不足可能|制约). */
function trimTrailingLead(text: string, from: number, to: number): number {
  const toks = words_(tagSpan(text, from, to));
  const w = words();
  let end = to;
  for (let i = toks.length - 1; i >= 0; i--) {
    if (!(w.leadTags.includes(toks[i].tag) || w.leadWords.includes(toks[i].word))) break;
    end = toks[i].start;
  }
  return end;
}

/** 安全审查促使…: the phrase right before a Chinese cue, as a node. */
export function phraseBefore(ctx: SentenceContext, from: number, to: number): string | undefined {
  const at = trimTrailingLead(ctx.text, from, to);
  const s = nounPhraseStart(ctx.text, from, at, 10);
  if (s >= at) return undefined;
  // …的安排在华盛顿引发: a phrase after a preposition is a place or circumstance, not the subject.
  const prev = words_(tagSpan(ctx.text, Math.max(from, s - 3), s)).pop();
  return prev?.tag === 'p' ? undefined : phraseNode(ctx, s, at);
}

/** …收紧供应: the phrase right after a Chinese cue, as a node, when it ends where the phrase does. */
/**
 * 加快形成人机协同、跨界融合、共创分享的智能经济…: a list before the clause's last 的 modifies the
 * object; the object starts after that 的. Returns `from` when there is no such list.
 */
export function objectStart(text: string, from: number, to: number): number {
  // 制约着/带来了…: the aspect particle after the cue is no part of its object.
  if (/^[着了]/u.test(text.slice(from, from + 1)) && tagSpan(text, from, Math.min(to, from + 3))[0]?.word.length === 1) from += 1;
  const de = text.lastIndexOf('的', to - 1);
  return de > from && text.slice(from, de).includes('、') ? de + 1 : from;
}

export function phraseAfter(ctx: SentenceContext, from: number, to: number): string | undefined {
  const e = nounPhraseEnd(ctx.text, from, to, 10);
  if (e <= from) return undefined;
  // 促进生产力革命性跃迁: a phrase cut before a verb of its own is not the object.
  const next = ctx.text.slice(e, to).trimStart();
  // 限制其价格优势的发挥: a generic word after 的 leaves the phrase before it as the object.
  const generic = /^的\s*(\p{Script=Han}{2,3})\s*(?:$|\p{P})/u.exec(next)?.[1];
  const genericHead = !!generic && words().genericNouns.includes(generic);
  if (next && !genericHead && !/^[\p{P}\d]/u.test(next) && !words().afterPhraseOk.some((x) => next.startsWith(x))) return undefined;
  return phraseNode(ctx, from, e);
}

function phraseNode(ctx: SentenceContext, s: number, e: number): string | undefined {
  const w = words();
  const toks = words_(tagSpan(ctx.text, s, e));
  if (!toks.length || w.notFirstTags.includes(toks[0].tag) || !w.nounTags.includes(toks[toks.length - 1].tag)) return undefined;
  // 控制|权之争: a phrase glued to the word before it must start where a word does.
  if (isHan(ctx.text[s - 1]) && !tagSpan(ctx.text, Math.max(0, s - 4), e).some((t) => t.start === s)) return undefined;
  // Modifiers stay: 贸易摩擦 is not 摩擦.
  const phrase = tidy(ctx.text.slice(s, e));
  if (!PHRASE_NAME.test(phrase) || DEMONSTRATIVE.test(phrase) || w.genericNouns.includes(phrase)) return undefined;
  if (new RegExp(w.countPattern, 'u').test(phrase)) return undefined;
  return ctx.nodeFor(phrase, 'Concept');
}

/** 这一增长 / 此举 right before the cue refers back; 这一“以收入换许可”的安排 names a thing of its own. */
export function shortDemonstrative(text: string, from: number, to: number): boolean {
  const m = /(?:这一|这些|这种|这|该|此)[^这该此]*$/u.exec(text.slice(from, to));
  return !!m && m[0].length - 1 <= words().demonstrativeReach;
}

/** Where what was said starts: after the last 称/表示/认为 before `to` (a verb token of its own), else `from`. */
export function contentStart(text: string, from: number, to: number): number {
  let at = from;
  for (const t of tagSpan(text, from, to)) if (t.tag.startsWith('v') && words().speechVerbs.includes(t.word)) at = t.end;
  return at;
}

/** 受制造业进入传统生产淡季以及部分地区高温、暴雨洪涝灾害等因素影响: each listed factor, by the phrase ending it. */
export function factors(ctx: SentenceContext, from: number, to: number): string[] {
  const inner = ctx.text.slice(from, to).replace(/等?(?:因素|原因|多重因素)?\s*$/u, '');
  const out: string[] = [];
  let at = from;
  for (const item of inner.split(/(、|以及|及|和|与)/u)) {
    const s = at;
    at += item.length;
    if (/^(?:、|以及|及|和|与)$/u.test(item)) continue;
    const id = phraseBefore(ctx, s, s + item.length);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
