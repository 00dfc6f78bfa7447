// The noun phrase before a head word (草案, 峰会, 基金会): walk jieba tokens leftwards while they are
// nouns, names, Latin words or noun-like verbs, stop at function words, verbs such as 发布/举行/达成,
// numbers, dates and punctuation. 稀土生产和加工监管框架草案 keeps its inner 和; 发布了…草案 stops at 了.
import { cues, rules } from '../lexicon.js';
import { tagSpan, type Token } from '../segment.js';

const HAS_NAME_CHAR = /[\p{Script=Han}A-Za-z]/u;
const TEMPORAL_POSTPOSITION = new Set(['前', '后', '时']);

let sets: { np: Set<string>; join: Set<string>; stop: Set<string>; stopVerbs: Set<string>; modifiers: string[] } | undefined;
function wordSets() {
  if (sets) return sets;
  const r = rules();
  return (sets = {
    np: new Set(r.npTags),
    join: new Set(r.npJoinWords),
    stop: new Set(r.npStopWords),
    // Cue words end a phrase too: AI 驱动裁员潮 is AI driving layoffs, not a name.
    stopVerbs: new Set([...r.stopVerbs, ...[...cues().causes.forward, ...cues().constrains.forward].filter((w) => /^\p{Script=Han}+$/u.test(w))]),
    // Longest first, so 名义上 goes before 名义.
    modifiers: [...r.nameModifiers].sort((a, b) => b.length - a.length),
  });
}

const isNounLike = (t: Token, np: Set<string>) =>
  np.has(t.tag) ? t.tag !== 'x' || HAS_NAME_CHAR.test(t.word) : /^[A-Za-z][\w.&'-]*$/.test(t.word);

/**
 * Start offset of the noun phrase that ends where `headStart` begins, looking back at most
 * `maxChars` within [limit, headStart). Returns headStart when there is none.
 */
export function nounPhraseStart(text: string, limit: number, headStart: number, maxChars = 18, allowVerbs = false): number {
  const windowStart = Math.max(limit, headStart - maxChars);
  if (windowStart >= headStart) return headStart;
  // Punctuation or a space right before the head: no phrase, and no need to ask jieba.
  if (/[，。；：、,;:（）()“”"《》—]/.test(text[headStart - 1] ?? '')) return headStart;
  const tokens = tagSpan(text, windowStart, headStart);
  const { np, join, stop, stopVerbs } = wordSets();
  let start = headStart;
  // No conjunction right before the head: 关税和制裁 is two things, 生产和加工…草案 one.
  let lastAcceptedNoun = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (/^\s+$/.test(t.word)) continue;
    // The first token may be cut by the window: only whole words count.
    if (i === 0 && t.start === windowStart && windowStart > limit) break;
    const prev = tokens[i - 1];
    if (TEMPORAL_POSTPOSITION.has(t.word) && prev && prev.tag === 'v') {
      // 发布前政府审查: "before publication" modifies the phrase; keep the verb with its postposition.
      start = prev.start;
      i--;
      lastAcceptedNoun = false;
      continue;
    }
    if (stop.has(t.word) || stopVerbs.has(t.word)) break;
    if (join.has(t.word)) {
      // 北京与习近平 is two names side by side, not one name: no joining next to a person or place.
      const right = tokens.slice(i + 1).find((x) => !/^\s+$/.test(x.word));
      const names = (x: Token | undefined) => !!x && (x.tag === 'nr' || x.tag === 'ns' || x.tag === 'nrfg');
      if (lastAcceptedNoun && prev && isNounLike(prev, np) && !stop.has(prev.word) && !names(prev) && !names(right)) {
        start = t.start;
        lastAcceptedNoun = false;
        continue;
      }
      break;
    }
    if (isNounLike(t, np)) {
      start = t.start;
      lastAcceptedNoun = true;
      continue;
    }
    // A verb inside a name only as the second conjunct (信息技术与创新基金会), never 会同/负责.
    if (allowVerbs && t.tag === 'v' && HAS_NAME_CHAR.test(t.word) && prev && join.has(prev.word)) {
      start = t.start;
      lastAcceptedNoun = true;
      continue;
    }
    break;
  }
  // A phrase does not begin with a verb, a conjunction or a space.
  const toks = tokens.filter((t) => t.start >= start && t.end <= headStart);
  while (toks.length && (/^\s+$/.test(toks[0].word) || join.has(toks[0].word) || toks[0].tag === 'v')) toks.shift();
  return toks.length ? toks[0].start : headStart;
}

/** End offset of the noun phrase that starts at `from` (for 重建关税体系: the object after the verb). */
export function nounPhraseEnd(text: string, from: number, limit: number, maxChars = 12): number {
  const windowEnd = Math.min(limit, from + maxChars);
  if (from >= windowEnd) return from;
  const tokens = tagSpan(text, from, windowEnd);
  const { np, stop, stopVerbs } = wordSets();
  let end = from;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === tokens.length - 1 && t.end === windowEnd && windowEnd < limit) break;
    if (/^\s+$/.test(t.word)) continue;
    if (stop.has(t.word) || stopVerbs.has(t.word) || !isNounLike(t, np)) break;
    end = t.end;
  }
  return end;
}

/** Removes generic modifiers (这一, 新, 中美, 名义…) from the front of a phrase. */
export function stripModifiers(phrase: string): string {
  let s = phrase.trim();
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const m of wordSets().modifiers) {
      if (s.startsWith(m)) {
        s = s.slice(m.length).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

const BOUNDARY_TAGS = new Set(['x', 'uj', 'ul', 'uz', 'ug', 'p', 'd', 'c', 'r', 'm', 'q', 'f', 'w']);

/**
 * True when the phrase starting at `at` was cut short by a content word (扩散 in AI 扩散报告), not by a
 * function word, punctuation or a verb of the sentence: a head noun there is an unnamed thing, not a
 * reference back to a named one.
 */
export function cutByContentWord(text: string, limit: number, at: number): boolean {
  const from = Math.max(limit, at - 4);
  if (from >= at) return false;
  const toks = tagSpan(text, from, at).filter((t) => !/^\s+$/.test(t.word));
  const t = toks[toks.length - 1];
  if (!t) return false;
  const { stop, stopVerbs, join } = wordSets();
  if (stop.has(t.word) || stopVerbs.has(t.word) || join.has(t.word) || BOUNDARY_TAGS.has(t.tag) || !HAS_NAME_CHAR.test(t.word)) return false;
  return true;
}
