// Names by their form: organisations by suffix (…基金会, …有限公司, …Institute), policies by suffix
// (…专项, …规划), and people after a role word (分析师 Jonathan Czin, 商务部长王文涛).
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy } from '../text.js';
import { nounPhraseStart } from './noun-phrase.js';
import { official } from './official.js';
import { zhWords } from './zh-phrase.js';
import { dottedNameBefore } from './zh-shapes.js';

interface SuffixIndex {
  re: RegExp;
  rejectWords: Set<string>;
}
let orgIndex: SuffixIndex | undefined;
let policyIndex: RegExp | undefined;

const byLengthDesc = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function orgs(): SuffixIndex {
  if (orgIndex) return orgIndex;
  const r = rules();
  const latin = byLengthDesc(r.orgSuffixesLatin).map(escape).join('|');
  const re = new RegExp(`${byLengthDesc(r.orgSuffixes).join('|')}|\\b(?:${latin})(?![A-Za-z])`, 'g');
  return (orgIndex = { re, rejectWords: new Set(r.orgRejectWords) });
}

const LATIN_NAME_BEFORE = /(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|the|&)\s+)?){1,5}$/;

let ends: string[] | undefined;
const companyEnds = () => (ends ??= [...rules().orgSuffixes, ...zhWords().entities.companies.tradeWords]);

const LATIN_BEFORE = /(?<![\p{L}\d])(?:\p{Lu}[\p{L}\d&]*[ \u00a0]?)$/u;
/** Length of a capitalised Latin word (with one space) ending at `at`: SK in SK 海力士, LG in LG 新能源. */
export function latinNameBefore(text: string, start: number, at: number): number {
  const m = LATIN_BEFORE.exec(text.slice(Math.max(start, at - 24), at));
  return m ? m[0].length : 0;
}

/** The phrase [s, head) opens with an organisation: jieba's own (国家统计局/nt) or the lexicon's. */
function ownedBy(text: string, s: number, head: number): boolean {
  if (s >= head) return false;
  const first = tagSpan(text, s, head).find((t) => !/^\s+$/.test(t.word));
  if (first?.tag === 'nt' && first.end < head) return true;
  return lexicon().match(text, s, head).some((x) => x.start === s && x.end < head && x.entry.label === 'Organization');
}

const CLAUSE_EDGE = /[\s，。；：、（(“”"《]/;
/**
 * 防卫大学, 开放大学: a name may begin with a word jieba reads as a verb (防卫/v) when nothing but a
 * clause edge or a known place (日本防卫大学) stands before it; 进入大学 after a subject is no name.
 */
function verbNamedStart(text: string, start: number, headStart: number): number {
  const t = tagSpan(text, Math.max(start, headStart - 4), headStart).at(-1);
  if (!t || t.end !== headStart || t.word.length !== 2 || !/^(?:v|vn)$/.test(t.tag) || !/^\p{Script=Han}+$/u.test(t.word)) return headStart;
  if (official().orgJoinVerbs.words.includes(t.word)) return headStart;
  const edge = t.start === start || CLAUSE_EDGE.test(text[t.start - 1] ?? '');
  const place = !edge && lexicon().match(text, Math.max(start, t.start - 6), t.start).some((x) => x.end === t.start && x.entry.label === 'Place');
  return edge || place ? t.start : headStart;
}

/**
 * 阿姆斯特丹上诉法院企业法庭: before a court's head stand its rank (上诉, 最高 — jieba reads 上诉 as a
 * verb, which ends a noun phrase) and then the place it sits in; both belong to the name.
 */
function courtStart(text: string, limit: number, from: number): number {
  const { qualifiers } = rules().courts;
  let s = from;
  for (let moved = true; moved; ) {
    moved = false;
    const q = qualifiers.find((w) => text.slice(limit, s).endsWith(w));
    if (q) (s -= q.length), (moved = true);
  }
  if (s === from) return from;
  const place = lexicon().match(text, Math.max(limit, s - 8), s).find((x) => x.end === s && x.entry.label === 'Place');
  if (place) return place.start;
  const t = tagSpan(text, Math.max(limit, s - 8), s).at(-1);
  return t && t.end === s && t.tag === 'ns' ? t.start : s;
}

/**
 * 中电信量子信息科技集团有限公司, 中国电子学会: jieba reads a name's opening 中 as a direction word
 * (中/f), which ends the noun phrase; at a clause edge or after a verb or preposition, no noun stands
 * for it to follow (在会议中 is a place in something), so the 中 opens the name.
 */
function directionStart(text: string, start: number, npStart: number): number {
  if (npStart <= start || text[npStart - 1] !== '中') return npStart;
  const toks = tagSpan(text, Math.max(start, npStart - 5), npStart + 1);
  const zhong = toks.find((t) => t.start === npStart - 1 && t.end === npStart);
  if (!zhong || zhong.tag !== 'f') return npStart;
  const before = toks.filter((t) => t.end === npStart - 1).at(-1);
  const edge = npStart - 1 === start || CLAUSE_EDGE.test(text[npStart - 2] ?? '');
  return edge || (before && /^(?:v|p|c)$/.test(before.tag)) ? npStart - 1 : npStart;
}

/** Organisations named by a suffix within the sentence text[start, end). */
export function orgSuffixMentions(text: string, start: number, end: number): Mention[] {
  const { re, rejectWords } = orgs();
  const r = rules();
  const out: Mention[] = [];
  for (const m of matchesIn(re, text, start, end)) {
    const s = m.index;
    const e = s + m[0].length;
    if (/^[A-Z]/.test(m[0])) {
      // Latin: Capitalised words before the suffix (Brookings Institution, Rare Earth Exchanges).
      const before = LATIN_NAME_BEFORE.exec(text.slice(Math.max(start, s - 60), s));
      if (!before) continue;
      // "The U.S. Commerce Department": the article is not part of the name.
      const article = /^(?:The|A|An)\s+/.exec(before[0])?.[0].length ?? 0;
      const from = s - before[0].length + article;
      // "Nvidia Corp and Advanced Micro Devices Inc": two companies, the first closed by its legal form.
      const pair = /^(.*\b(?:Corp|Inc|Ltd|LLC|Co)\.?)\s+and\s+/.exec(before[0].slice(article));
      // A known company with its legal form (Advanced Micro Devices Inc) is that company.
      const company = (a: number, b: number): Mention => {
        const name = tidy(text.slice(a, b));
        const entry = lexicon().lookup(name.replace(/,?\s+(?:Corp|Inc|Ltd|LLC|Co)\.?$/, ''));
        return { start: a, end: b, name, label: 'Organization', rule: 'org-suffix', ...(entry?.label === 'Organization' ? { entry } : {}) };
      };
      if (pair) out.push(company(from, from + pair[1].length));
      out.push(company(pair ? from + pair[0].length : from, e));
      continue;
    }
    // The suffix may be the tail of a longer word (商务部, 基金会): take that word whole.
    // Tag a little past the suffix: 部 in 组成部分 belongs to 部分.
    const toks = tagSpan(text, Math.max(start, s - 6), Math.min(end, e + 2));
    const last = toks.find((t) => t.start <= s && t.end >= e);
    if (!last || last.end !== e) continue;
    // 签署, 部署: a verb ending in 署/部 is no organisation's name.
    if (last.tag.startsWith('v') && last.word.length > m[0].length) continue;
    const headStart = Math.min(last.start, s);
    // Müller 集团, SK 集团: a Latin name the lexicon does not know, right before the suffix, is the name it closes.
    const latinLen = latinNameBefore(text, start, headStart);
    // 洛克希德·马丁公司: a transliteration joined by · before the suffix is the name it closes, too.
    const dotted = dottedNameBefore(text, start, headStart);
    const latin = latinLen && !lexicon().lookup(text.slice(headStart - latinLen, headStart)) ? latinLen : dotted;
    // Only a suffix word standing alone (防卫/v 大学/n) may follow the verb; 对外部/nt is jieba's own word.
    const verbStart = latin || headStart !== s || m[0].length < 2 ? headStart : verbNamedStart(text, start, headStart);
    let npStart = nounPhraseStart(text, start, headStart, 20, true);
    // A bare 中心/公司/大学 names something only after a name of its own or an owning organisation
    // (国家统计局服务业调查中心), never after a plain noun (研发中心, 科技公司).
    if (rejectWords.has(text.slice(headStart, e)) && !latin && verbStart === headStart && !ownedBy(text, npStart, headStart)) continue;
    // 美中战略竞争特别委员会: an adverb such as 特别 inside a name does not end it.
    const adverb = npStart === headStart ? zhWords().entities.orgInnerAdverbs.find((a) => text.slice(start, headStart).endsWith(a)) : undefined;
    if (adverb) {
      const before = nounPhraseStart(text, start, headStart - adverb.length, 20, true);
      if (before < headStart - adverb.length) npStart = before;
    }
    // 工业和信息化部会同自然资源部: the second organisation starts after the joining verb.
    const phrase = text.slice(npStart, headStart);
    const join = Math.max(...official().orgJoinVerbs.words.map((j) => phrase.lastIndexOf(j) + (phrase.includes(j) ? j.length : 0)));
    if (join > 0) npStart += join;
    if (latin) npStart = headStart - latin;
    else if (npStart === headStart) npStart = verbStart;
    else npStart = directionStart(text, start, npStart);
    // 工业和信息化部人形机器人…委员会: a phrase cut inside a known organisation's name (at its 和) starts with that name.
    const cut = lexicon().match(text, Math.max(start, npStart - 12), Math.min(end, npStart + 12)).find((x) => x.start < npStart && x.end > npStart && x.entry.label === 'Organization');
    if (cut && !latin) npStart = cut.start;
    // 石药集团制药与丰田株式会社: 与/及 after a company's name joins two names (中国物流与采购联合会 is one).
    const pair = /^(.*)[与及](?=\p{Script=Han}{2})/u.exec(text.slice(npStart, headStart));
    if (pair && companyEnds().some((w) => pair[1].endsWith(w))) npStart += pair[0].length;
    if (r.courts.heads.includes(m[0])) npStart = courtStart(text, start, npStart);
    const name = tidy(text.slice(npStart, e));
    if (name.length < r.orgMinChars || name.length > 40 || rejectWords.has(name) || name === m[0]) continue;
    if (r.orgRejectPrefixes.some((p) => name.startsWith(p))) continue;
    out.push({ start: npStart, end: e, name, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/** Programmes and plans named by a suffix: 国家重大新药创制专项, 十五五规划纲要. */
export function policySuffixMentions(text: string, start: number, end: number): Mention[] {
  policyIndex ??= new RegExp(byLengthDesc(rules().policySuffixes).join('|'), 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(policyIndex, text, start, end)) {
    const s = m.index;
    const e = s + m[0].length;
    const npStart = nounPhraseStart(text, start, s);
    const core = tidy(text.slice(npStart, s));
    if (core.length < 2) continue;
    const name = `${core}${m[0]}`;
    if (name.length > 40) continue;
    out.push({ start: npStart, end: e, name, label: 'Policy', rule: 'policy-suffix', dateRole: 'occurred' });
  }
  return [...out, ...bareOrderMentions(text, start, end)];
}

let orderIndex: RegExp | undefined;
/**
 * 荷方仍须撤销行政令, 该行政令援引…: an order named only by its kind is still the order the text is
 * about, when what stands before it issues, signs, acts on or points at it (签发的行政令: the signer is
 * never the 对-marked target before the verb, structure.ts signedBy).
 */
function bareOrderMentions(text: string, start: number, end: number): Mention[] {
  const { nouns, before } = rules().bareOrders;
  orderIndex ??= new RegExp(byLengthDesc(nouns).join('|'), 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(orderIndex, text, start, end)) {
    const lead = text.slice(start, m.index);
    if (!before.some((b) => lead.endsWith(b))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], label: 'Policy', rule: 'policy-suffix' });
  }
  return out;
}

let roleRe: RegExp | undefined;
// Accented letters belong to names (Stéphane Séjourné, José Núñez).
const LATIN_PERSON = /^\s*(\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\.|\p{Lu}\p{Ll}+|van|de|von)){1,3})(?![\p{L}\d])/u;
const HAN_NAME = /^[\p{Script=Han}·]{2,6}$/u;

let hanName: RegExp | undefined;

/**
 * 盛来运在…, 张学政的…: a common surname and one or two given-name characters, closed by a character
 * that cannot be part of a name; jieba cuts such unknown names (盛来/运在), so its tokens are not asked.
 */
export function hanNameAt(text: string, at: number, end: number): { start: number; end: number } | undefined {
  const w = zhWords().entities.personNames;
  hanName ??= new RegExp(`^\\s*((?:${w.compoundSurnames.join('|')}|[${w.surnames.join('')}])\\p{Script=Han}{1,2}?)(?=${w.after})`, 'u');
  const m = hanName.exec(text.slice(at, Math.min(end, at + 8)));
  if (!m) return undefined;
  const known = lexicon().lookup(m[1]);
  if (known && known.label !== 'Person') return undefined;
  const s = at + m[0].length - m[1].length;
  return { start: s, end: s + m[1].length };
}

let closer: RegExp | undefined;
/**
 * 大臣赤泽亮正表示, 首相石破茂称: a name with no common surname (Japanese names run to 3–4 characters)
 * is the 2–4 Han characters after the role word up to a character that closes a name, when jieba
 * reads them as name parts or cuts them into single characters (赤泽亮/x 正/d), never as a word
 * of its own (部长会议表示 names no one).
 */
function unknownNameAt(text: string, toks: { word: string; tag: string; start: number; end: number }[], end: number): { start: number; end: number } | undefined {
  closer ??= new RegExp(`^(?:${zhWords().entities.personNames.after})`, 'u');
  const r = rules();
  const first = toks[0];
  if (!first) return undefined;
  for (let n = 1; n <= toks.length; n++) {
    const part = toks.slice(0, n);
    const s = first.start;
    const e = part[n - 1].end;
    if (!part.every((t) => /^\p{Script=Han}+$/u.test(t.word) && (t.word.length === 1 || r.personTags.includes(t.tag)))) return undefined;
    if (e - s > 4) return undefined;
    if (e - s < 2 || (n > 2 && part.every((t) => t.word.length === 1))) continue;
    if (!closer.test(text.slice(e, Math.min(end, e + 1)))) continue;
    const known = lexicon().lookup(text.slice(s, e));
    if (known && known.label !== 'Person') return undefined;
    return { start: s, end: e };
  }
  return undefined;
}

/** People named right after a role word: 分析师 Jonathan Czin, 专家 Ryan Hass, 部长王文涛. */
export function rolePersonMentions(text: string, start: number, end: number): Mention[] {
  const r = rules();
  roleRe ??= new RegExp(byLengthDesc(r.roleWords).map(escape).join('|'), 'g');
  const out: Mention[] = [];
  // 大使马克斯·鲍克斯: a name going on past a dot is read whole by zh-name-units.ts, not cut at the dot.
  const push = (x: Mention) => void (/^[·•・‧]/.test(text[x.end] ?? '') || out.push(x));
  for (const m of matchesIn(roleRe, text, start, end)) {
    const after = m.index + m[0].length;
    const latin = LATIN_PERSON.exec(text.slice(after, Math.min(end, after + 50)));
    if (latin) {
      const s = after + latin[0].length - latin[1].length;
      out.push({ start: s, end: s + latin[1].length, name: latin[1], label: 'Person', rule: 'role-person' });
      continue;
    }
    const han = hanNameAt(text, after, end);
    if (han) {
      push({ start: han.start, end: han.end, name: text.slice(han.start, han.end), label: 'Person', rule: 'role-person' });
      continue;
    }
    const toks = tagSpan(text, after, Math.min(end, after + 8)).filter((t) => !/^\s+$/.test(t.word));
    const whole = unknownNameAt(text, toks, end);
    if (whole) {
      push({ ...whole, name: text.slice(whole.start, whole.end), label: 'Person', rule: 'role-person' });
      continue;
    }
    const t = toks[0];
    if (!t || !r.personTags.includes(t.tag) || !HAN_NAME.test(t.word)) continue;
    const known = lexicon().lookup(t.word);
    if (known && known.label !== 'Person') continue;
    push({ start: t.start, end: t.end, name: t.word, label: 'Person', rule: 'role-person' });
  }
  return out;
}
