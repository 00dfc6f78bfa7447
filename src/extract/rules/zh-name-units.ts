// Chinese names built from a name already known: a company's unit in a country (安世中国, 安世荷兰,
// 安世（中国）), a transliterated foreign name after a role word or joined by · (委员谢夫乔维奇,
// 执行副主席塞茹尔内, 马罗什·谢夫乔维奇), a Han name after a department head's title (副司长杜广达), and a
// plan a body puts forward (提出一项长期钢铁进口管理方案). Words are data in lexicon/zh-names.json
// (units) and zh-shapes.json (companies.translitChars, the table of transliteration sounds).
import { readFileSync } from 'node:fs';
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { alternation as alt, matchesIn, tidy } from '../text.js';
import { hanNameAt } from './names.js';
import { zhWords } from './zh-phrase.js';

interface UnitWords {
  companyUnits: { placeAfterTags: string[]; notOrgEnds: string[]; shortNameTags: string[] };
  foreignPersons: { extraChars: string; roleWords: string[]; minChars: number; maxChars: number; dots: string; notAfterRole: string[]; dottedNotBefore: string[] };
  plans: { verbs: string[]; heads: string[]; skipTags: string[]; coreTags: string[]; minCore: number; maxCore: number };
}
let data: { units: UnitWords; translit: string } | undefined;
function words() {
  if (data) return data;
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../lexicon/${f}`, import.meta.url), 'utf8'));
  const units = (read('zh-names.json') as { units: UnitWords }).units;
  const shapes = read('zh-shapes.json') as { companies: { translitChars: string } };
  return (data = { units, translit: shapes.companies.translitChars + units.foreignPersons.extraChars });
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * 安世 before 中国 when the text calls it 安世半导体 elsewhere: a short name jieba does not know as a
 * word of the language (nrt, nz, x…) that the same text names with a trade word or suffix is a company's.
 */
function shortNames(text: string, start: number, end: number, lex: Mention[]): Mention[] {
  const w = words().units.companyUnits;
  const ends = [...zhWords().entities.companies.tradeWords, ...rules().orgSuffixes];
  const out: Mention[] = [];
  for (const place of lex) {
    if (place.label !== 'Place') continue;
    const at = text[place.start - 1] === '（' || text[place.start - 1] === '(' ? place.start - 1 : place.start;
    const t = tagSpan(text, Math.max(start, at - 6), at).at(-1);
    if (!t || t.end !== at || !w.shortNameTags.includes(t.tag) || !HAN.test(t.word) || t.word.length < 2 || t.word.length > 4) continue;
    if (lexicon().lookup(t.word)) continue;
    const named = ends.some((x) => text.includes(t.word + x));
    if (named) out.push({ start: t.start, end: t.end, name: t.word, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/**
 * 安世中国及其分包商, 安世荷兰宣布, 安世（中国）东莞工厂: a known company's short name and a country or
 * region right after it is the company's unit there. Bare, the place must end the noun (安世中国/及,
 * 宣布); 英伟达中国市场 is a market, no unit. A ministry or government (…部, …政府) has no such unit.
 */
function companyUnitMentions(text: string, start: number, end: number, lex: Mention[]): Mention[] {
  const w = words().units.companyUnits;
  const out: Mention[] = [];
  for (const org of [...lex.filter((m) => m.label === 'Organization'), ...shortNames(text, start, end, lex)]) {
    if (!HAN.test(text.slice(org.start, org.end)) || w.notOrgEnds.some((x) => text.slice(org.start, org.end).endsWith(x))) continue;
    const bracket = /^[（(]/.test(text[org.end] ?? '');
    const at = org.end + (bracket ? 1 : 0);
    const place = lex.find((p) => p.label === 'Place' && p.start === at && HAN.test(text.slice(p.start, p.end)));
    if (!place) continue;
    let e = place.end;
    if (bracket) {
      if (!/^[）)]/.test(text[e] ?? '')) continue;
      e += 1;
    } else {
      const toks = tagSpan(text, place.start, Math.min(end, place.end + 4));
      // 中国区/n: the place must end jieba's word.
      if (toks.some((t) => t.start < place.end && t.end > place.end)) continue;
      const next = toks.find((t) => t.start >= place.end && !/^\s+$/.test(t.word));
      // The place must close the name: what follows is punctuation or a function word or verb, no noun it modifies.
      if (next && next.start === place.end && HAN.test(next.word) && !w.placeAfterTags.some((tag) => next.tag.startsWith(tag))) continue;
      if (next && next.start === place.end && text.slice(place.end, place.end + 1) === '的') continue;
    }
    const surface = text.slice(org.start, e);
    const name = `${text.slice(org.start, org.end)}${text.slice(place.start, place.end)}`;
    out.push({ start: org.start, end: e, name, label: 'Organization', rule: 'org-suffix', ...(surface !== name ? { aliases: [surface] } : {}) });
  }
  return out;
}

let plansRe: RegExp | undefined;
let personRe: { role: RegExp; run: RegExp; dotted: RegExp } | undefined;
function personPatterns() {
  if (personRe) return personRe;
  const { units, translit } = words();
  const p = units.foreignPersons;
  const roles = [...new Set([...rules().roleWords.filter((r) => HAN.test(r)), ...p.roleWords])];
  return (personRe = {
    role: new RegExp(alt(roles), 'g'),
    run: new RegExp(`^[${translit}]{${p.minChars},${p.maxChars}}`, 'u'),
    dotted: new RegExp(`[${translit}]{1,6}(?:[${p.dots}][${translit}]{1,6})+`, 'gu'),
  });
}

/** The transliterated run at `at` trimmed to jieba's word boundaries (谢夫乔维奇达成 → 谢夫乔维奇), or undefined. */
function translitRunAt(text: string, at: number, end: number): { start: number; end: number } | undefined {
  const p = words().units.foreignPersons;
  const m = personPatterns().run.exec(text.slice(at, Math.min(end, at + p.maxChars)));
  if (!m) return undefined;
  const toks = tagSpan(text, at, Math.min(end, at + m[0].length + 3));
  let e = at;
  for (const t of toks) if (t.end <= at + m[0].length) e = t.end;
  if (e - at < p.minChars) return undefined;
  const known = lexicon().lookup(text.slice(at, e));
  if (known && known.label !== 'Person') return undefined;
  return { start: at, end: e };
}

/**
 * 贸易和经济安全委员谢夫乔维奇表示, 副司长杜广达在…: a foreign name (three transliteration sounds or
 * more) right after a role word, a Han name after a department head's title; 马罗什·谢夫乔维奇: sounds
 * joined by · are a person, unless an organisation's suffix closes them (洛克希德·马丁公司, names.ts).
 */
function foreignPersonMentions(text: string, start: number, end: number): Mention[] {
  const p = words().units.foreignPersons;
  const pat = personPatterns();
  const out: Mention[] = [];
  const person = (s: number, e: number): Mention => ({ start: s, end: e, name: text.slice(s, e), label: 'Person', rule: 'role-person' });
  for (const m of matchesIn(pat.role, text, start, end)) {
    const after = m.index + m[0].length;
    // 委员会, 代表团: the role word must end jieba's word.
    const tok = tagSpan(text, Math.max(start, m.index - 4), Math.min(end, after + 3)).find((t) => t.start < after && t.end > m.index);
    if (!tok || tok.end !== after || p.notAfterRole.some((x) => text.startsWith(x, after))) continue;
    const run = translitRunAt(text, after, end);
    if (run) {
      // 大使马克斯·鲍克斯: a name going on past a dot is read whole below.
      if (!p.dots.includes(text[run.end] ?? '')) out.push(person(run.start, run.end));
      continue;
    }
    if (!p.roleWords.includes(m[0])) continue;
    const han = hanNameAt(text, after, end);
    if (han && han.start === after) out.push(person(han.start, han.end));
  }
  for (const m of matchesIn(pat.dotted, text, start, end)) {
    const e = m.index + m[0].length;
    // The name runs from a word's start to a word's end (斯蒂夫·班 of 斯蒂夫·班农 is none).
    const toks = tagSpan(text, Math.max(start, m.index - 4), Math.min(end, e + 4));
    if (!toks.some((t) => t.start === m.index) || !toks.some((t) => t.end === e)) continue;
    const known = lexicon().lookup(m[0]);
    // 埃隆·马斯克: a known person's surname closing the run is that person (the lexicon's node).
    if (lexicon().match(text, m.index, e).some((x) => x.end === e && x.entry.label === 'Person')) continue;
    // 洛克希德·马丁公司, 梅赛德斯·奔驰汽车: a suffix or trade after the name makes it a company's.
    const closers = [...rules().orgSuffixes, ...zhWords().entities.companies.tradeWords, ...p.dottedNotBefore];
    if ((known && known.label !== 'Person') || closers.some((x) => text.startsWith(x, e))) continue;
    out.push(person(m.index, e));
  }
  return out;
}

/**
 * 欧盟委员会本周二提出一项长期钢铁进口管理方案: what a body puts forward, adopts or issues — nouns
 * closed by 方案/计划/机制/办法 — is a Policy; a bare 管理方案 or 解决方案 (under four characters
 * of its own) names nothing.
 */
function planMentions(text: string, start: number, end: number): Mention[] {
  const w = words().units.plans;
  const out: Mention[] = [];
  plansRe ??= new RegExp(alt(w.verbs), 'g');
  for (const m of matchesIn(plansRe, text, start, end)) {
    const after = m.index + m[0].length;
    const toks = tagSpan(text, after, Math.min(end, after + w.maxCore + 10)).filter((t) => !/^\s+$/.test(t.word));
    if (toks[0]?.start !== after) continue;
    // 一项/m 长期/d: a count, an adverb or an adjective before the plan is no part of its name.
    let i = 0;
    while (i < toks.length && (w.skipTags.includes(toks[i].tag) || toks[i].word === '的')) i++;
    const s = toks[i]?.start;
    let j = i;
    while (j < toks.length && w.coreTags.includes(toks[j].tag) && HAN.test(toks[j].word) && !w.heads.includes(toks[j].word)) j++;
    const headTok = toks[j];
    if (s === undefined || !headTok || !w.heads.includes(headTok.word) || headTok.start !== toks[j - 1]?.end) continue;
    if (headTok.start - s < w.minCore || headTok.start - s > w.maxCore) continue;
    out.push({ start: s, end: headTok.end, name: tidy(text.slice(s, headTok.end)), label: 'Policy', rule: 'policy-suffix' });
  }
  return out;
}

/** Names built on a known name, a role word or an issuing verb within sentence text[start, end). */
export function zhUnitMentions(text: string, start: number, end: number, lex: Mention[]): Mention[] {
  return [...companyUnitMentions(text, start, end, lex), ...foreignPersonMentions(text, start, end), ...planMentions(text, start, end)];
}
