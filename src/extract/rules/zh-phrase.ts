// Chinese noun phrases that contain verbal words: jieba tags 控制 in 总量控制指标 and 管控 in 管控名单
// as verbs, so the general noun-phrase walk stops there. This walk accepts two-character verbs inside a
// phrase and stops at function words, single-character verbs and the verbs that govern a phrase
// (使用 in 使用大规模杀伤性武器). Words are data in lexicon/zh-phrases.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { tagSpan, type Token } from '../segment.js';

export interface ZhPhraseWords {
  indicatorHeads: string[];
  objectHeads: { heads: string[]; label: NodeLabel; anywhere?: boolean }[];
  conceptHeadsAnywhere: string[];
  controlCues: string[];
  controlVerbs: string[];
  shareHead: string;
  shareVerb: string;
  submitFor: { before: string[]; after: string[] };
  boundaryVerbs: string[];
  phraseTags: string[];
  joinWords: string[];
  specQualifier: string;
  definedTerm: string;
  leadingTime: string;
  passiveIssue: { attribution: string; verbs: string[] };
  change: { pattern: string; down: string[] };
  leadingModifiers: string[];
  composition: { cues: string[]; maxGap: number };
  subUnit: { sourceLabels: string[]; issuerLabels: string[]; unitSuffixes: string[]; parentSuffixes: string[] };
  targetDate: { before: string[]; startBefore: string[]; startAfter: string; rangeBefore: string[] };
  entities: {
    domainHeads: { heads: string[]; label: NodeLabel; alone?: boolean; notBeforeTags?: string[] }[];
    modifierTags: string[];
    notModifiers: string[];
    genericModifiers: string[];
    generationWord: string;
    openHeads: { heads: string[]; nextTags: string[] };
    compoundChars: { min: number; max: number };
    activity: { verbs: string[]; objectLabels: NodeLabel[]; notAfter: string[] };
    campaignField: { maxChars: number };
    enumeration: { classes: { nouns: string[]; label: NodeLabel; minItemChars: number }[]; maxItemChars: number; minItems: number };
    addressee: { organEnds: string[]; markers: string[] };
    meetings: { nouns: string[]; innerVerbMaxChars: number };
    codeNamed: { nouns: string[]; code: string };
    orgInnerAdverbs: string[];
    segmentWords: { words: string[] };
    personNames: { surnames: string[]; compoundSurnames: string[]; after: string };
    rateLevies: { words: string[] };
    companies: { tradeWords: string[]; latinTradeWords: string[]; nameTags: string[]; orgTags: string[]; nameChars: { min: number; max: number }; legalForms: string[] };
    venues: { ends: string[]; before: string[]; after: string[] };
    productCodes: { code: string; notAfter: string; lineTags: string[]; bareNumberTags: string[] };
    measured: {
      lead: string;
      changeVerbs: string[];
      changeBetween: string;
      classEnds: { ends: string[]; label: NodeLabel }[];
      units: string[];
      quantityEnds: string[];
      approxEnds: string[];
      clauseTags: string[];
      clauseWords: string[];
      maxChars: number;
    };
  };
}

let data: ZhPhraseWords | undefined;
export const zhWords = (): ZhPhraseWords =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/zh-phrases.json', import.meta.url), 'utf8')) as ZhPhraseWords);

let sets: { tags: Set<string>; boundary: Set<string>; join: Set<string>; spec: RegExp } | undefined;
function wordSets() {
  const w = zhWords();
  return (sets ??= { tags: new Set(w.phraseTags), boundary: new Set(w.boundaryVerbs), join: new Set(w.joinWords), spec: new RegExp(w.specQualifier, 'u') });
}

const NAME_CHARS = /^[\p{Script=Han}A-Za-z]+$/u;

function inPhrase(t: Token, atHead: boolean): boolean {
  const { tags, boundary } = wordSets();
  if (!NAME_CHARS.test(t.word)) return false;
  // 生产设备: a governing verb right before the head is its modifier, not its verb.
  if (boundary.has(t.word)) return atHead && t.tag === 'vn';
  if (tags.has(t.tag)) return true;
  return t.tag.startsWith('v') && t.word.length >= 2;
}

/**
 * Start of the phrase ending at `headEnd` whose head starts at `headStart`, looking back at most
 * `maxChars` within [limit, headStart). `join` lets 和/与/及 join two nouns (境外组织和个人); a leading
 * quantity qualifier (14纳米及以下) is kept.
 */
export function zhPhraseStart(text: string, limit: number, headStart: number, maxChars = 16, join = false): number {
  const from = Math.max(limit, headStart - maxChars);
  const tokens = tagSpan(text, from, headStart + 8);
  // The head may sit inside a token (存储芯片): the phrase starts no later than that token.
  const inside = tokens.find((t) => t.start < headStart && t.end > headStart);
  const { join: joins, spec } = wordSets();
  // 采取措施 as one token: the verb that applies a measure is not part of it (生产 of 生产指数 is).
  let start = inside && !zhWords().controlVerbs.includes(inside.word.slice(0, headStart - inside.start)) ? inside.start : headStart;
  const left = tokens.filter((t) => t.end <= start);
  for (let i = left.length - 1; i >= 0; i--) {
    const t = left[i];
    // A token at the window's edge may be the tail of a cut word (国 of 中国).
    if (t.start === from && from > limit && /\p{Script=Han}/u.test(text[from - 1] ?? '')) break;
    if (inPhrase(t, start === headStart || start === inside?.start)) {
      start = t.start;
      continue;
    }
    if (join && joins.has(t.word) && i > 0 && inPhrase(left[i - 1], false) && start < headStart) {
      start = t.start;
      continue;
    }
    break;
  }
  const q = spec.exec(text.slice(Math.max(limit, start - 12), start));
  if (q) start -= q[0].length;
  return start;
}

/** End of the phrase that starts at `from` (the object after 实行 in 实行总量调控管理). */
export function zhPhraseEnd(text: string, from: number, limit: number, maxChars = 12): number {
  const to = Math.min(limit, from + maxChars);
  let end = from;
  for (const t of tagSpan(text, from, to)) {
    if (t.end === to && to < limit) break;
    if (!inPhrase(t, false) && !(t.tag.startsWith('v') && t.word.length >= 2 && NAME_CHARS.test(t.word))) break;
    end = t.end;
  }
  return end;
}
