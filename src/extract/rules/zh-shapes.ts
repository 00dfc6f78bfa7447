// Chinese names found by their shape where no lexicon or suffix rule knows them: places jieba tags
// ns where a place stands (在光州新建, 内蒙古、宁夏等, 北海道千岁工厂, 上海市), Japanese ministries
// (经济产业省), numbered announcements (2024 年第 46 号公告), bans, undertakings and licences named by
// their kind (政府采购禁令, 价格承诺, 单项许可), chemical compounds (二氯二氢硅) and companies named
// by a Latin gloss (三生制药（3SBio）) or a transliteration (摩根士丹利将…). Words are data in
// lexicon/zh-shapes.json.
import { readFileSync } from 'node:fs';
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan, type Token } from '../segment.js';
import { matchesIn, tidy, alternation as alt } from '../text.js';
import { nounPhraseStart } from './noun-phrase.js';
import { zhWords } from './zh-phrase.js';

interface ShapeWords {
  places: {
    before: string[];
    after: string[];
    afterTags: string[];
    joiners: string[];
    facilities: string[];
    subPlaceTags: string[];
    numeralStarts: string;
    classifiers: string;
    adminEnds: { end: string; min: number }[];
    abbreviationChars: string;
    notPlaces: string[];
    districtTags: string[];
    districtBefore: string[];
  };
  ministries: { suffix: string; notStemEnds: string[] };
  numbered: { pattern: string; number: string };
  kindNouns: { heads: { head: string; notAfter: string }[]; kindTags: string[]; governing: string[]; before: string[]; maxKindChars: number; verbHeads: string[]; verbNextTags: string[] };
  latinIndicators: { beforeTags: string[]; notInside: string[] };
  endUseConcepts: { modifiers: string[]; heads: string[] };
  measuredAcronyms: { levelVerbs: string[]; listedBefore: string };
  chemicals: { elements: string; numerals: string; acidEnds: string[]; formPrefixes: string[]; alloyEnds: string[] };
  relatedItems: { pattern: string };
  subUnits: { ends: string[]; maxChars: number; after: string };
  companies: { glossNameTags: string[]; translitChars: string; translitTags: string[]; minChars: number; subjectAfter: string[] };
}

let data: ShapeWords | undefined;
const words = (): ShapeWords => (data ??= JSON.parse(readFileSync(new URL('../lexicon/zh-shapes.json', import.meta.url), 'utf8')) as ShapeWords);

const HAN = /^\p{Script=Han}+$/u;
const isSpace = (t: Token) => /^\s+$/.test(t.word);

let compiled: { locative: RegExp; admin: RegExp; numbered: RegExp; kinds: RegExp; chemical: RegExp; elementForm: RegExp; gloss: RegExp; abbreviation: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const w = words();
  const el = `[${w.chemicals.elements}]`;
  const num = `[${w.chemicals.numerals}]`;
  return (compiled = {
    locative: new RegExp(alt(w.places.before), 'g'),
    admin: new RegExp(alt(w.places.adminEnds.map((a) => a.end)), 'g'),
    numbered: new RegExp(w.numbered.pattern, 'gu'),
    kinds: new RegExp(alt(w.kindNouns.heads.map((h) => h.head)), 'g'),
    // 二氯二氢硅, 六氟化钨: numbered elements, joined by 化, closing on an element or an acid ending.
    chemical: new RegExp(`(?:${num}?${el}化?){1,4}(?:${el}|${alt(w.chemicals.acidEnds)})`, 'gu'),
    // 金属钐, 氧化钐, 钐钴合金, 钐相关物项.
    elementForm: new RegExp(`(?:${alt(w.chemicals.formPrefixes)})${el}(?!${el})|${el}{1,3}(?:${alt(w.chemicals.alloyEnds)})|${el}{1,2}${w.relatedItems.pattern}`, 'gu'),
    gloss: new RegExp(`(${alt(zhWords().entities.companies.tradeWords)})\\s*[（(]\\s*(?=[\\w .&-]{0,30}[A-Za-z])[A-Za-z\\d][\\w .&-]{1,30}[）)]`, 'g'),
    abbreviation: new RegExp(`^[${w.places.abbreviationChars}]+$`, 'u'),
  });
}

/** A word that may be a place's name: Han, two characters or more, unknown to the lexicon, no pair of country abbreviations (中美). */
function placeWord(t: Token | undefined): t is Token {
  return !!t && t.tag === 'ns' && t.word.length >= 2 && HAN.test(t.word) && !patterns().abbreviation.test(t.word) && !words().places.notPlaces.includes(t.word) && !lexicon().lookup(t.word);
}

const place = (t: Token): Mention => ({ start: t.start, end: t.end, name: t.word, label: 'Place', rule: 'org-suffix' });

/** 北海道千岁工厂: the name between a place (ending at `at`) and a facility, no number of them (两座工厂). */
function subPlace(text: string, at: number, t: Token | undefined, fac: Token | undefined): t is Token {
  const w = words().places;
  if (!t || !fac || t.start !== at || fac.start !== t.end || !HAN.test(t.word) || t.word.length < 2 || t.word.length > 3) return false;
  if (!w.subPlaceTags.includes(t.tag) || !w.facilities.some((f) => text.startsWith(f, fac.start)) || w.notPlaces.includes(t.word) || lexicon().lookup(t.word)) return false;
  // 两座, 首座, 三家: a number of facilities, no name.
  return !(t.tag === 'm' && (w.numeralStarts.includes(t.word[0]) || w.classifiers.includes(t.word.at(-1) ?? '')));
}

/** 在上海安亭建设, 位于广州番禺的: a city and the district after it, where something is built, as one place. */
function districtAfter(text: string, start: number, end: number, p: Mention): Mention | undefined {
  const w = words().places;
  if (!w.districtBefore.some((b) => text.slice(start, p.start).trimEnd().endsWith(b))) return undefined;
  const [t, next] = tagSpan(text, p.end, Math.min(end, p.end + 8)).filter((x) => !isSpace(x));
  if (!t || !next || t.start !== p.end || !HAN.test(t.word) || t.word.length < 2 || t.word.length > 3 || !w.districtTags.includes(t.tag)) return undefined;
  if (w.notPlaces.includes(t.word) || patterns().abbreviation.test(t.word) || lexicon().lookup(t.word)) return undefined;
  if (!(next.word === '的' || w.afterTags.includes(next.tag) || w.after.some((a) => text.startsWith(a, next.start)))) return undefined;
  return { start: p.start, end: t.end, name: tidy(text.slice(p.start, t.end)), label: 'Place', rule: 'org-suffix', aliases: [t.word] };
}

/** Places by their position (after 在, beside a known place, before a facility) or their ending (…市, …州). */
export function placeShapeMentions(text: string, start: number, end: number, lex: Mention[]): Mention[] {
  const w = words().places;
  const out: Mention[] = [];
  // 在中卫投运, 在光州新建: a place word after a word of place and before a verb or a facility.
  for (const m of matchesIn(patterns().locative, text, start, end)) {
    const from = m.index + m[0].length;
    const toks = tagSpan(text, from, Math.min(end, from + 10)).filter((t) => !isSpace(t));
    const [t, next, third] = toks;
    if (!placeWord(t) || t.start !== from || !next || next.end > Math.min(end, from + 10)) continue;
    if (w.afterTags.includes(next.tag) || w.after.some((a) => text.startsWith(a, next.start))) out.push(place(t));
    else if (subPlace(text, t.end, next, third)) out.push(place(t), place(next));
  }
  for (const p of lex) {
    if (p.label !== 'Place' || p.nested) continue;
    // 内蒙古、宁夏等: a place word listed beside a known place, on either side.
    const after = text.slice(p.end, p.end + 1);
    if (w.joiners.includes(after)) {
      const t = tagSpan(text, p.end + 1, Math.min(end, p.end + 8)).find((x) => !isSpace(x));
      if (placeWord(t) && t.start === p.end + 1 && t.end < Math.min(end, p.end + 8)) out.push(place(t));
    }
    const before = text.slice(p.start - 1, p.start);
    if (p.start - 1 > start && w.joiners.includes(before)) {
      const t = tagSpan(text, Math.max(start, p.start - 8), p.start - 1).at(-1);
      if (placeWord(t) && t.end === p.start - 1 && t.start > Math.max(start, p.start - 8)) out.push(place(t));
    }
    const [t, fac] = tagSpan(text, p.end, Math.min(end, p.end + 8));
    if (subPlace(text, p.end, t, fac)) out.push(place(t));
    const d = districtAfter(text, start, end, p);
    if (d) out.push(d);
  }
  // 大中华区, 亚利桑那州: an ns word with an administrative ending.
  for (const m of matchesIn(patterns().admin, text, start, end)) {
    const e = m.index + m[0].length;
    const min = w.adminEnds.find((a) => a.end === m[0])?.min ?? 3;
    const ws = Math.max(start, m.index - 6);
    const t = tagSpan(text, ws, Math.min(end, e + 2)).find((x) => x.start < e && x.end >= e);
    if (!placeWord(t) || t.end !== e || t.word.length < min || (t.start === ws && ws > start)) continue;
    // 美银证券亚太区: a company's region is a division of it, not a place.
    if (zhWords().entities.companies.tradeWords.some((x) => text.slice(start, t.start).endsWith(x))) continue;
    // 上海市 is the lexicon's Shanghai, not a second place.
    if (lexicon().lookup(t.word.slice(0, -m[0].length))) continue;
    out.push(place(t));
  }
  return out;
}

/** 经济产业省, 日本外务省: a noun phrase closed by 省 that is no province names a ministry. */
export function ministryMentions(text: string, start: number, end: number): Mention[] {
  const w = words().ministries;
  const out: Mention[] = [];
  for (let i = text.indexOf(w.suffix, start); i >= 0 && i < end; i = text.indexOf(w.suffix, i + 1)) {
    const e = i + w.suffix.length;
    const tok = tagSpan(text, Math.max(start, i - 6), Math.min(end, e + 2)).find((x) => x.start <= i && x.end >= e);
    if (!tok || tok.end !== e || tok.tag.startsWith('v') || tok.tag === 'r') continue;
    const head = tok.start < i ? tok.start : i;
    const s = nounPhraseStart(text, start, head, 12);
    const stem = text.slice(s, i);
    if (stem.length < 2 || !HAN.test(stem) || w.notStemEnds.some((x) => stem.endsWith(x))) continue;
    // 浙江省, 人口大省河南省: a province; 日本外务省 is a ministry all the same (外务 is no place).
    const stemToks = tagSpan(text, s, i);
    if (stemToks.at(-1)?.tag === 'ns') continue;
    if (lexicon().lookup(stem)?.label === 'Place') continue;
    out.push({ start: s, end: e, name: stem + w.suffix, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/** True when a kind noun starts at `at` (价格承诺: 价格 there names no price). */
export const kindHeadAt = (text: string, at: number): boolean => words().kindNouns.heads.some((h) => text.startsWith(h.head, at));

/** 2024 年第 46 号公告, 第 61 号、第 62 号公告: announcements named by their number, one per number. */
export function numberedMentions(text: string, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().numbered, text, start, end)) {
    const [, year, kind] = m;
    const number = new RegExp(words().numbered.number, 'gu');
    for (let n = number.exec(m[0]); n; n = number.exec(m[0])) {
      const own = `第 ${n[1]} 号${kind}`;
      const first = n.index === m[0].indexOf('第');
      out.push({
        start: m.index + (first ? 0 : n.index),
        end: m.index + n.index + n[0].length,
        name: year ? `${year} 年${own}` : own,
        label: 'Policy',
        rule: 'title',
        aliases: [own],
      });
    }
  }
  return out;
}

let latinIndicatorRe: RegExp | undefined;
/** 综合 PMI 产出指数: an indicator named around a Latin acronym, with the noun before it. */
export function latinIndicatorMentions(text: string, start: number, end: number): Mention[] {
  const w = words().latinIndicators;
  latinIndicatorRe ??= new RegExp(`(?<![A-Za-z])([A-Z]{2,6})\\s*(\\p{Script=Han}{1,8}?(?:${alt(zhWords().indicatorHeads.filter((h) => HAN.test(h)))}))`, 'gu');
  const out: Mention[] = [];
  for (const m of matchesIn(latinIndicatorRe, text, start, end)) {
    if (w.notInside.some((x) => m[2].includes(x))) continue;
    let s = m.index;
    const e = m.index + m[0].length;
    const before = tagSpan(text, Math.max(start, s - 6), s).filter((t) => !isSpace(t)).at(-1);
    const gap = before ? text.slice(before.end, s) : '';
    if (before && /^\s*$/.test(gap) && HAN.test(before.word) && w.beforeTags.includes(before.tag) && before.start > Math.max(start, s - 6)) s = before.start;
    if (s === m.index) continue;
    out.push({ start: s, end: e, name: tidy(text.slice(s, e)), label: 'Indicator', rule: 'policy-suffix' });
  }
  return out;
}

let endUseRe: RegExp | undefined;
/** 军事用户, 军事实力: what an export control keeps goods from, as a Concept. */
export function endUseMentions(text: string, start: number, end: number): Mention[] {
  const w = words().endUseConcepts;
  endUseRe ??= new RegExp(`(?:${alt(w.modifiers)})(?:${alt(w.heads)})`, 'g');
  return [...matchesIn(endUseRe, text, start, end)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0], label: 'Concept' as const, rule: 'event-noun' as const }));
}

let brokenFormRe: RegExp | undefined;
/**
 * 杭州宇树科技股份有⏎限公司: a legal form broken across a PDF line is the end of the company's name, which
 * runs back over the noun phrase before it (the suffix rule reads only unbroken forms).
 */
export function brokenLegalFormMentions(text: string, start: number, end: number): Mention[] {
  brokenFormRe ??= new RegExp(
    zhWords()
      .entities.companies.legalForms.filter((f) => f.length >= 3)
      .sort((a, b) => b.length - a.length)
      .map((f) => [...f].join('[ \\t]*(?:\\r?\\n)?[ \\t]*'))
      .join('|'),
    'g',
  );
  const out: Mention[] = [];
  for (const m of matchesIn(brokenFormRe, text, start, end)) {
    if (!m[0].includes('\n')) continue;
    const s = nounPhraseStart(text, start, m.index, 20, true);
    if (m.index - s < 2) continue;
    out.push({ start: s, end: m.index + m[0].length, name: tidy(text.slice(s, m.index + m[0].length)), label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

let acronymRe: RegExp | undefined;
/** PUE 达到 1.15, PUE 等能效指标: an unknown acronym given a level or listed among indicators is an Indicator. */
export function measuredAcronymMentions(text: string, start: number, end: number): Mention[] {
  const w = words().measuredAcronyms;
  acronymRe ??= new RegExp(`(?<![A-Za-z\\d])([A-Z]{2,6})(?=\\s*(?:(?:${alt(w.levelVerbs)})\\s*\\d|${w.listedBefore}))`, 'gu');
  const out: Mention[] = [];
  for (const m of matchesIn(acronymRe, text, start, end)) {
    if (lexicon().lookup(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], label: 'Indicator', rule: 'policy-suffix' });
  }
  return out;
}

let quotedRe: RegExp | undefined;
/** “三极大跃进超大型项目”: a quoted name ending in a word of campaign (项目, 工程, 倡议), three characters before it at least, is a programme. */
export function quotedCampaignMentions(text: string, start: number, end: number): Mention[] {
  quotedRe ??= /[“"「]([^“”"「」，。；]{3,24})[”"」]/gu;
  const ends = rules().campaignSuffixes;
  const out: Mention[] = [];
  for (const m of matchesIn(quotedRe, text, start, end)) {
    const inner = m[1].trim();
    // “不公平的规则” describes; a name has no 的 in it.
    if (/[的地得]/.test(inner) || !ends.some((w) => inner.endsWith(w) && inner.length >= w.length + 3)) continue;
    // “三大超大型项目” counts what was named before; “国家项目” is a kind, too short to be a name.
    if (/^[一二三四五六七八九十两几多]+[大项个类]/u.test(inner)) continue;
    const s = m.index + m[0].indexOf(inner);
    out.push({ start: s, end: s + inner.length, name: tidy(inner), label: 'Policy', rule: 'quoted', dateRole: 'occurred' });
  }
  return out;
}

/** 政府采购禁令, 价格承诺, 通用许可: a ban, undertaking or licence named by its kind. */
export function kindNounMentions(text: string, start: number, end: number): Mention[] {
  const w = words().kindNouns;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().kinds, text, start, end)) {
    const e = m.index + m[0].length;
    const notAfter = w.heads.find((h) => h.head === m[0])?.notAfter;
    if (notAfter && text.startsWith(notAfter, e)) continue;
    const toks = tagSpan(text, Math.max(start, m.index - w.maxKindChars - 4), m.index).filter((t) => !isSpace(t));
    let s = m.index;
    let i = toks.length - 1;
    // One verb of two characters right before the head may name the kind (采购禁令, 通用许可).
    const verb = toks[i];
    if (verb && verb.end === m.index && verb.tag.startsWith('v') && verb.word.length === 2 && HAN.test(verb.word) && !w.governing.includes(verb.word)) {
      s = verb.start;
      i--;
    }
    for (; i >= 0 && m.index - toks[i].start <= w.maxKindChars; i--) {
      const t = toks[i];
      if (!HAN.test(t.word) || !w.kindTags.includes(t.tag) || w.governing.includes(t.word) || lexicon().lookup(t.word)) break;
      s = t.start;
    }
    if (s === m.index) continue;
    // The phrase stands where a noun does: 美国承诺将… is a verb after its subject.
    const before = text.slice(start, s).trimEnd();
    if (before && !w.before.includes(before.at(-1) ?? '') && !w.governing.some((g) => before.endsWith(g))) continue;
    // 企业承诺将…, ，政府承诺在…: at the head of a clause and followed by an adverb, preposition or verb, a
    // head that is also a verb is the clause's verb.
    const next = tagSpan(text, e, Math.min(end, e + 4)).find((t) => !isSpace(t));
    const clauseHead = !before || /[，。；：,;:]$/.test(before);
    if (clauseHead && w.verbHeads.includes(m[0]) && next && w.verbNextTags.includes(next.tag)) continue;
    out.push({ start: s, end: e, name: tidy(text.slice(s, e)), label: 'Policy', rule: 'policy-suffix' });
  }
  return out;
}

/** 二氯二氢硅: a compound of numbered elements, as whole jieba words. */
export function chemicalMentions(text: string, start: number, end: number): Mention[] {
  const c = words().chemicals;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().chemical, text, start, end)) {
    if (m[0].length < 3 || ![...m[0]].some((ch) => c.numerals.includes(ch) || ch === '化')) continue;
    const e = m.index + m[0].length;
    const toks = tagSpan(text, Math.max(start, m.index - 4), Math.min(end, e + 4));
    // The segmenter agrees when the compound starts and ends on its word boundaries.
    if (!toks.some((t) => t.start === m.index) || !toks.some((t) => t.end === e)) continue;
    if (lexicon().lookup(m[0])) continue;
    out.push({ start: m.index, end: e, name: m[0], label: 'Product', rule: 'policy-suffix' });
  }
  for (const m of matchesIn(patterns().elementForm, text, start, end)) {
    if (!lexicon().lookup(m[0])) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], label: 'Product', rule: 'policy-suffix' });
  }
  return out;
}

/** 国家发展改革委低空经济发展司: a department right after a known organisation, named with it. */
export function subUnitMentions(text: string, end: number, lex: Mention[]): Mention[] {
  const w = words().subUnits;
  const re = new RegExp(`^\\p{Script=Han}{2,${w.maxChars}}?(?:${alt(w.ends)})(?=${w.after}|$)`, 'u');
  const out: Mention[] = [];
  for (const o of lex) {
    if (o.label !== 'Organization' || o.nested) continue;
    const m = re.exec(text.slice(o.end, Math.min(end, o.end + w.maxChars + 2)));
    if (!m) continue;
    const unitEnd = o.end + m[0].length - 1;
    // The unit's own name is nouns (低空/经济/发展), no verb (成立低空…司) and no 公司.
    const toks = tagSpan(text, o.end, unitEnd);
    if (!toks.every((t) => HAN.test(t.word) && /^(?:n|nz|vn|j|ns|b|an|l)$/.test(t.tag)) || text.slice(unitEnd - 1, unitEnd + 1) === '公司') continue;
    out.push({ start: o.start, end: o.end + m[0].length, name: tidy(text.slice(o.start, o.end + m[0].length)), label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/** 三生制药（3SBio）: a short name and a trade word glossed by a Latin name; 摩根士丹利将…: a transliterated name acting. */
export function shapedCompanyMentions(text: string, start: number, end: number): Mention[] {
  const c = words().companies;
  const tradeNames = zhWords().entities.companies.nameChars;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().gloss, text, start, end)) {
    const trade = m[1];
    const toks = tagSpan(text, Math.max(start, m.index - tradeNames.max - 2), m.index).filter((t) => !isSpace(t));
    let s = m.index;
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i];
      if (!HAN.test(t.word) || !c.glossNameTags.includes(t.tag) || m.index - t.start > tradeNames.max) break;
      s = t.start;
    }
    if (m.index - s < tradeNames.min) continue;
    const name = text.slice(s, m.index + trade.length);
    const known = lexicon().lookup(name) ?? lexicon().lookup(text.slice(s, m.index));
    if (known && known.label !== 'Organization') continue;
    out.push({ start: s, end: m.index + trade.length, name, label: 'Organization', rule: 'org-suffix' });
  }
  // A transliteration: every character from the table of sounds, four at least.
  for (const t of translitTokens(text, start, end)) {
    const rest = text.slice(t.end, Math.min(end, t.end + 4)).trimStart();
    if (!c.subjectAfter.some((a) => rest.startsWith(a))) continue;
    out.push({ start: t.start, end: t.end, name: t.word, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

let translitRe: RegExp | undefined;
function translitTokens(text: string, start: number, end: number): Token[] {
  const c = words().companies;
  translitRe ??= new RegExp(`[${c.translitChars}]{${c.minChars},}`, 'gu');
  const out: Token[] = [];
  for (const m of matchesIn(translitRe, text, start, end)) {
    const e = m.index + m[0].length;
    for (const t of tagSpan(text, Math.max(start, m.index - 2), Math.min(end, e + 2))) {
      if (t.start < m.index || t.end > e || t.word.length < c.minChars || !c.translitTags.includes(t.tag) || !HAN.test(t.word)) continue;
      if (!lexicon().lookup(t.word)) out.push(t);
    }
  }
  return out;
}

let dottedRe: RegExp | undefined;
/** Length of a transliterated name joined by · ending at `at` (洛克希德·马丁 before 公司), or 0. */
export function dottedNameBefore(text: string, start: number, at: number): number {
  const t = `[${words().companies.translitChars}]`;
  dottedRe ??= new RegExp(`(?:${t}{1,6}[·•・])+${t}{1,6}$`, 'u');
  return dottedRe.exec(text.slice(Math.max(start, at - 24), at))?.[0].length ?? 0;
}
