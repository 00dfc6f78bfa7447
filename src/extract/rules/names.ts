// Names by their form: organisations by suffix (…基金会, …有限公司, …Institute), policies by suffix
// (…专项, …规划), and people after a role word (分析师 Jonathan Czin, 商务部长王文涛).
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy } from '../text.js';
import { nounPhraseStart } from './noun-phrase.js';
import { official } from './official.js';
import { zhWords } from './zh-phrase.js';

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
      const name = tidy(before[0].slice(article) + m[0]);
      out.push({ start: s - before[0].length + article, end: e, name, label: 'Organization', rule: 'org-suffix' });
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
    if (rejectWords.has(text.slice(headStart, e))) continue;
    let npStart = nounPhraseStart(text, start, headStart, 20, true);
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
  return out;
}

let roleRe: RegExp | undefined;
const LATIN_PERSON = /^\s*([A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z]+|van|de|von)){1,3})/;
const HAN_NAME = /^[\p{Script=Han}·]{2,6}$/u;

let hanName: RegExp | undefined;

/**
 * 盛来运在…, 张学政的…: a common surname and one or two given-name characters, closed by a character
 * that cannot be part of a name; jieba cuts such unknown names (盛来/运在), so its tokens are not asked.
 */
function hanNameAt(text: string, at: number, end: number): { start: number; end: number } | undefined {
  const w = zhWords().entities.personNames;
  hanName ??= new RegExp(`^\\s*((?:${w.compoundSurnames.join('|')}|[${w.surnames.join('')}])\\p{Script=Han}{1,2}?)(?=${w.after})`, 'u');
  const m = hanName.exec(text.slice(at, Math.min(end, at + 8)));
  if (!m) return undefined;
  const known = lexicon().lookup(m[1]);
  if (known && known.label !== 'Person') return undefined;
  const s = at + m[0].length - m[1].length;
  return { start: s, end: s + m[1].length };
}

/** People named right after a role word: 分析师 Jonathan Czin, 专家 Ryan Hass, 部长王文涛. */
export function rolePersonMentions(text: string, start: number, end: number): Mention[] {
  const r = rules();
  roleRe ??= new RegExp(byLengthDesc(r.roleWords).map(escape).join('|'), 'g');
  const out: Mention[] = [];
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
      out.push({ start: han.start, end: han.end, name: text.slice(han.start, han.end), label: 'Person', rule: 'role-person' });
      continue;
    }
    const toks = tagSpan(text, after, Math.min(end, after + 8)).filter((t) => !/^\s+$/.test(t.word));
    const t = toks[0];
    if (!t || !r.personTags.includes(t.tag) || !HAN_NAME.test(t.word)) continue;
    const known = lexicon().lookup(t.word);
    if (known && known.label !== 'Person') continue;
    out.push({ start: t.start, end: t.end, name: t.word, label: 'Person', rule: 'role-person' });
  }
  return out;
}
