// Events and policies the lexicon does not know, named by their head noun and the noun phrase
// before it: 稀土生产加工监管框架草案, 伊朗冲突, 前沿 AI 模型发布前政府审查. A head with no phrase of its
// own (这一裁决, 贸易休战, 名义休战) refers back to a named one: it becomes an anaphor, not a node.
// Also visits: 特朗普 5 月 14-15 日访华 / 特朗普此次北京之行 → 特朗普访华.
import { lexicon, rules, type EventNounRule } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy } from '../text.js';
import { cutByContentWord, nounPhraseEnd, nounPhraseStart, stripModifiers } from './noun-phrase.js';
import { zhWords } from './zh-phrase.js';

let nounIndex: { re: RegExp; byNoun: Map<string, EventNounRule> } | undefined;
function nouns() {
  if (nounIndex) return nounIndex;
  const list = [...rules().eventNouns].sort((a, b) => b.noun.length - a.noun.length);
  const re = new RegExp(list.map((n) => n.noun).join('|'), 'g');
  return (nounIndex = { re, byNoun: new Map(list.map((n) => [n.noun, n])) });
}

/** Event and policy phrases ending in an event noun, within the sentence text[start, end). */
export function eventNounMentions(text: string, start: number, end: number): Mention[] {
  const { re, byNoun } = nouns();
  const out: Mention[] = [];
  for (const m of matchesIn(re, text, start, end)) {
    const rule = byNoun.get(m[0]);
    if (!rule) continue;
    const s = m.index;
    const e = s + m[0].length;
    const meeting = zhWords().entities.meetings.nouns.includes(rule.noun);
    const npStart = meeting ? meetingNameStart(text, start, s) : nounPhraseStart(text, start, s);
    // 不可替代: an adjective, not a thing.
    if (/可\s*$/.test(text.slice(start, s))) continue;
    const phrase = tidy(text.slice(npStart, s));
    if (rules().unnamedModifiers.some((w) => phrase.startsWith(w))) continue;
    const core = stripModifiers(phrase);
    const base = { label: rule.label, rule: 'event-noun' as const, dateRole: rule.date };
    // 301 调查, 232 调查: an investigation named by the section of law it runs under.
    const code = !core && zhWords().entities.codeNamed.nouns.includes(rule.noun) ? new RegExp(`(${zhWords().entities.codeNamed.code})\\s*$`).exec(text.slice(start, s)) : null;
    if (code) {
      out.push({ ...base, start: s - code[0].length, end: e, name: `${code[1]} ${rule.noun}`, aliases: [`${code[1]}${rule.noun}`] });
      continue;
    }
    if (!core) {
      // 重建关税体系 (verb + object) names 关税体系重建; 芯片的替代进程 (noun after 的) does not.
      const verbal = rule.objectAfter && !/[的之可]\s*$/.test(text.slice(start, s));
      const objEnd = verbal ? nounPhraseEnd(text, e, end) : e;
      if (objEnd > e) {
        out.push({ ...base, start: s, end: objEnd, name: `${tidy(text.slice(e, objEnd))}${rule.noun}` });
      } else if (!cutByContentWord(text, start, npStart)) {
        out.push({ ...base, start: npStart, end: e, name: rule.noun, anaphorHead: rule.noun });
      }
      continue;
    }
    if (byNoun.has(core)) {
      // 休战协议: an agreement named only by another event noun is that event.
      out.push({ ...base, start: npStart, end: e, name: core, anaphorHead: core });
      continue;
    }
    const entry = lexicon().lookup(core);
    if (entry && (entry.label === 'Person' || entry.label === 'Organization') && !(meeting && entry.label === 'Organization')) {
      // 最高法院裁决: the court's ruling, whichever the briefing has named.
      out.push({ ...base, start: npStart, end: e, name: rule.noun, anaphorHead: rule.noun, issuerName: core });
      continue;
    }
    const name = `${core}${rule.noun}`;
    if (name.length > 40) continue;
    // 关税休战, APEC 会议: a short core the lexicon knows is a name all the same.
    if (core.replace(/\s+/g, '').length < rules().eventNounMinCore && !entry) continue;
    const coreStart = textStartOf(text, npStart, core);
    const short = headCompoundForm(text, coreStart, s, rule.noun);
    out.push({ ...base, start: coreStart, end: e, name, ...(short && short !== name ? { aliases: [short] } : {}) });
  }
  return out;
}

/**
 * Start of a gathering's name: the noun phrase before the noun, across one short verb between nouns
 * (中国国际供应链促进博览会, whose 促进 would end an ordinary phrase).
 */
function meetingNameStart(text: string, limit: number, nounStart: number): number {
  const s = nounPhraseStart(text, limit, nounStart);
  const max = zhWords().entities.meetings.innerVerbMaxChars;
  const verb = tagSpan(text, Math.max(limit, s - max - 3), s).at(-1);
  // 促进博览会 (a verb), 非正式会议 (a word of kind, tagged b) inside the name.
  const inner = verb && verb.end === s && (verb.tag === 'v' || verb.tag === 'b') && verb.word.length <= max + 1;
  if (!verb || !inner || !/^\p{Script=Han}+$/u.test(verb.word)) return s;
  if (rules().stopVerbs.includes(verb.word)) return s;
  const before = nounPhraseStart(text, limit, verb.start);
  return before < verb.start ? before : s;
}

/**
 * The form a reader types for a long phrase: its topic (first word) and its head compound (the two
 * words before the noun). 稀土生产和加工监管框架草案 → 稀土监管框架草案. Only for phrases of four
 * words or more, where something is left out.
 */
function headCompoundForm(text: string, coreStart: number, nounStart: number, noun: string): string | undefined {
  const words = tagSpan(text, coreStart, nounStart).filter((t) => t.tag !== 'x' && t.tag !== 'c' && t.tag !== 'uj');
  if (words.length < 4) return undefined;
  return tidy(`${words[0].word}${words[words.length - 2].word}${words[words.length - 1].word}${noun}`);
}

/** Where `core` (the tidied phrase without its modifiers) begins in the original text. */
function textStartOf(text: string, npStart: number, core: string): number {
  const first = core[0];
  for (let i = npStart; i < npStart + 80; i++) {
    if (text[i] === first && tidy(text.slice(i, i + core.length * 2 + 8)).startsWith(core)) return i;
  }
  return npStart;
}

let visitRe: RegExp | undefined;
const FILLER = /^[\s\d年月日至\-–~此次将于已曾正在即计划本周下近、]*$/;

/** 特朗普 5 月 14-15 日访华 → 特朗普访华, given the person mentions already found in the sentence. */
export function visitMentions(text: string, start: number, end: number, people: Mention[]): Mention[] {
  const { verbs, name } = rules().visit;
  visitRe ??= new RegExp([...verbs].sort((a, b) => b.length - a.length).join('|'), 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(visitRe, text, start, end)) {
    const s = m.index;
    const who = people.filter((p) => p.end <= s && s - p.end <= 20 && FILLER.test(text.slice(p.end, s))).pop();
    if (!who) continue;
    out.push({ start: s, end: s + m[0].length, name: `${tidy(text.slice(who.start, who.end))}${name}`, label: 'Event', rule: 'visit', dateRole: 'occurred' });
  }
  return out;
}
