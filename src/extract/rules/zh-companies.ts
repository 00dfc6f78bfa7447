// Chinese company names the suffix rule (names.ts) cuts short or misses: a registered name over a
// bracketed place or after a province prefix (瑞固（衢州）新材料科技有限公司, 广东亿航通用航空有限公司),
// a short name before 集团/公司 that jieba does not know (广汽集团), and a short name with its trade
// (清陶动力, 国盾量子) where the sentence uses it as a company: it acts (公告, 发布, 签署…), has officers
// (董事长), or works with someone (与峰飞航空签署). Words are data in lexicon/zh-names.json.
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan, type Token } from '../segment.js';
import { matchesIn, tidy } from '../text.js';
import { rules } from '../lexicon.js';
import { zhNameWords } from './zh-quoted.js';

interface CompanyWords {
  companies: {
    legalForms: string[];
    innerVerbs: string[];
    stopTags: string[];
    maxChars: number;
    groupWords: string[];
    tradeWords: string[];
    techWords: string[];
    shortNameTags: string[];
    before: string[];
    adverbs: string[];
    verbs: string[];
    pairVerbs: string[];
  };
}
const words = () => zhNameWords<CompanyWords>().companies;
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const HAN = /^\p{Script=Han}+$/u;
const BRACKETED = /^[（(]\p{Script=Han}{2,5}[）)]$/u;

let compiled: { legal: RegExp; trade: RegExp; acts: RegExp; roles: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const c = words();
  const roleWords = rules().roleWords.filter((w) => /\p{Script=Han}/u.test(w));
  return (compiled = {
    legal: new RegExp(alt(c.legalForms), 'g'),
    trade: new RegExp(alt([...c.tradeWords, ...c.groupWords]), 'g'),
    // What a company does next, perhaps after an adverb (亿航智能由此集齐…, 国盾量子公告…).
    acts: new RegExp(`^\\s*(?:(?:${alt(c.adverbs)})\\s*)?(?:${alt(c.verbs)})`),
    roles: new RegExp(`^\\s*(?:${alt(roleWords)})`),
  });
}

/** A bracketed place inside a name (（衢州）): a known place, or a word jieba reads as one. */
function isPlace(text: string, s: number, e: number): boolean {
  const inner = text.slice(s + 1, e - 1);
  if (lexicon().lookup(inner)?.label === 'Place') return true;
  const toks = tagSpan(text, s + 1, e - 1);
  return toks.length === 1 && toks[0].tag === 'ns';
}

/**
 * Registered names: from the legal form back over nouns, names, places, a bracketed place and the
 * few verbs that stand inside names (通用), to a clause edge, a preposition, conjunction or verb.
 */
export function registeredCompanyMentions(text: string, start: number, end: number): Mention[] {
  const c = words();
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().legal, text, start, end)) {
    const e = m.index + m[0].length;
    let s = m.index;
    let bracket = false;
    const toks = tagSpan(text, Math.max(start, m.index - c.maxChars), m.index);
    for (let i = toks.length - 1; i >= 0; i--) {
      const t: Token = toks[i];
      // （衢州）: a bracketed place is part of the name; the short name stands before it.
      if ((t.word === '）' || t.word === ')') && t.end === s) {
        const open = toks.findLastIndex((x, j) => j < i && (x.word === '（' || x.word === '('));
        if (open < 0 || !BRACKETED.test(text.slice(toks[open].start, t.end)) || !isPlace(text, toks[open].start, t.end)) break;
        bracket = true;
        s = toks[open].start;
        i = open;
        continue;
      }
      if (!HAN.test(t.word) || c.stopTags.includes(t.tag)) break;
      if (t.tag.startsWith('v') && !c.innerVerbs.includes(t.word)) break;
      s = t.start;
    }
    // The window's first word may be cut: a name that long is no name found here.
    if (toks.length && s === toks[0].start && toks[0].start > start) continue;
    if (s === m.index || /^[（(]/.test(text.slice(s, s + 1))) continue;
    // The name never starts with a verb of its own words (通用航空有限公司 alone is a kind).
    const first = tagSpan(text, s, Math.min(m.index, s + 8))[0];
    if (first && first.tag.startsWith('v')) continue;
    const name = tidy(text.slice(s, e));
    // Only where the suffix rule would cut: a bracketed place or a name opening with a place.
    const opener = tagSpan(text, s, m.index)[0];
    if (!bracket && opener?.tag !== 'ns' && lexicon().lookup(opener?.word ?? '')?.label !== 'Place') continue;
    if (name.length - m[0].length < 3 || lexicon().lookup(name)) continue;
    out.push({ start: s, end: e, name, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/** The short name (2–4 characters jieba does not know) ending right at `at`, after a clause edge or a joining word. */
function shortNameBefore(text: string, start: number, at: number): { start: number; joined: boolean } | undefined {
  const c = words();
  for (let n = 4; n >= 2; n--) {
    const s = at - n;
    if (s < start || !HAN.test(text.slice(s, at))) continue;
    const lead = text.slice(Math.max(start, s - 1), s);
    const joined = c.before.includes(lead);
    if (s !== start && !joined && !/[\s，。；：、,;:（(“”"]/u.test(lead)) continue;
    const toks = tagSpan(text, s, at);
    if (!toks.every((t) => c.shortNameTags.includes(t.tag))) continue;
    if (lexicon().lookup(text.slice(s, at))) return undefined;
    return { start: s, joined };
  }
  return undefined;
}

/** 广汽集团董事长, 国盾量子公告, 与峰飞航空签署: a short name and a trade or group word, used as a company. */
export function shortCompanyMentions(text: string, start: number, end: number): Mention[] {
  const c = words();
  const p = patterns();
  const out: Mention[] = [];
  for (const m of matchesIn(p.trade, text, start, end)) {
    const e = m.index + m[0].length;
    const name = shortNameBefore(text, start, m.index);
    if (!name) continue;
    const whole = text.slice(name.start, e);
    const known = lexicon().lookup(whole);
    if (known) continue;
    const after = text.slice(e, Math.min(end, e + 10));
    const group = c.groupWords.includes(m[0]);
    // 两大集团, 该公司: a count or kind before 集团 names no group (repeatedGroups.notNames).
    if (group && notGroupName(text.slice(name.start, m.index))) continue;
    // The verb is a word of its own: 发布会 after a name is a launch event, no act.
    const act = p.acts.exec(after) ?? p.roles.exec(after);
    const acts = !!act && tagSpan(text, e, Math.min(end, e + act[0].length + 4)).some((t) => t.end === e + act[0].length);
    // 与清陶动力合作; a technology word (具身智能, 量子) only acts, it is no partner by itself.
    const pair = name.joined && !c.techWords.includes(m[0]) && c.pairVerbs.some((v) => new RegExp(`^\\s*(?:${alt(c.adverbs)})?\\s*${v}`).test(after));
    if (!group && !acts && !pair) continue;
    out.push({ start: name.start, end: e, name: whole, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

interface UniversityWords {
  universities: { heads: string[]; middleTags: string[]; notMiddleEnds: string[] };
}
let headRe: RegExp | undefined;
/** 中国科学技术大学: a place, a field of study and 大学/学院, which the suffix rule leaves (a bare 大学 after nouns is no name). */
export function universityMentions(text: string, start: number, end: number): Mention[] {
  const u = zhNameWords<UniversityWords>().universities;
  headRe ??= new RegExp(alt(u.heads), 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(headRe, text, start, end)) {
    const toks = tagSpan(text, Math.max(start, m.index - 12), m.index);
    let i = toks.length - 1;
    while (i >= 0 && u.middleTags.includes(toks[i].tag) && HAN.test(toks[i].word)) i--;
    const place = toks[i];
    const middle = toks.slice(i + 1);
    if (!place || !middle.length || i === 0 && place.start > start) continue;
    if (place.tag !== 'ns' && lexicon().lookup(place.word)?.label !== 'Place') continue;
    const field = text.slice(middle[0].start, m.index);
    if (field.length < 2 || u.notMiddleEnds.some((x) => field.endsWith(x))) continue;
    const name = text.slice(place.start, m.index + m[0].length);
    if (lexicon().lookup(name)) continue;
    out.push({ start: place.start, end: m.index + m[0].length, name, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

interface GroupWords {
  repeatedGroups: { heads: string[]; nameTags: string[]; minChars: number; maxChars: number; notNames: string[]; minUses: number };
}
let groupRe: RegExp | undefined;
/** 企业集团, 两大集团; 本钢 is a name though 本集团 is none, so a one-character word only as the whole name. */
function notGroupName(short: string): boolean {
  return zhNameWords<GroupWords>().repeatedGroups.notNames.some((x) => short === x || (x.length > 1 && (short.endsWith(x) || short.startsWith(x))));
}
/**
 * 获悉鞍钢集团正在筹划重组本钢集团…, 自中国宝武托管中钢集团两年以来: a group named by a short name of its
 * own — nouns or names jieba reads as words, 2–4 characters right before 集团 — that the story uses
 * more than once (a news story comes back to the companies it is about), anywhere in a clause. Not a
 * kind of group (企业集团, 两大集团, 该集团) and not the start of a registered name (…集团有限公司).
 */
export function repeatedGroupMentions(text: string, start: number, end: number): Mention[] {
  const g = zhNameWords<GroupWords>().repeatedGroups;
  groupRe ??= new RegExp(`(?:${alt(g.heads)})(?!有限|股份|控股|公司)`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(groupRe, text, start, end)) {
    const toks = tagSpan(text, Math.max(start, m.index - g.maxChars - 8), m.index);
    let s = m.index;
    // Back over name words (a single 中 of 中/钢 too) while the name stays within maxChars.
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i];
      // 中/f 钢/n: a single character of a place word or noun joins the name; 与/p, 和/c end it.
      const ok = HAN.test(t.word) && (g.nameTags.includes(t.tag) || (t.word.length === 1 && t.tag === 'f'));
      if (!ok || m.index - t.start > g.maxChars || t.end !== s) break;
      s = t.start;
    }
    // The name's own first word must not be cut: a window edge is no clause edge.
    if (toks.length && s === toks[0].start && toks[0].start > start) continue;
    const short = text.slice(s, m.index);
    if (short.length < g.minChars || notGroupName(short)) continue;
    const name = short + m[0];
    if (lexicon().lookup(name) || lexicon().lookup(short)?.label === 'Place') continue;
    if (text.split(name).length - 1 < g.minUses) continue;
    out.push({ start: s, end: m.index + m[0].length, name, label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}
