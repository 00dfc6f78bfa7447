// Which known names inside a longer Chinese name are names of their own. A lexicon alias matches
// anywhere in running text, so inside a longer name it must also be a word of that name: 人大 lies
// across 机器人|大会 in 世界机器人大会 and names no one there. And an organ after a country inside an
// organisation's name is that country's organ, which the longer name already is: 商务部 in 美国商务部
// is no second ministry (China's MOFCOM).
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';

const HAN = /\p{Script=Han}/u;

/** False when the nested lexicon mention `c` inside the kept mentions is no name of its own. */
export function nestedNameStands(text: string, c: Mention, kept: Mention[]): boolean {
  if (c.rule !== 'lexicon') return true;
  const outer = kept.filter((k) => c.start >= k.start && c.end <= k.end && !(c.start === k.start && c.end === k.end));
  if (c.label === 'Organization' && outer.some((k) => k.label === 'Organization' && k.end === c.end && k.start < c.start)) return false;
  if (!HAN.test(text[c.start] ?? '') || !HAN.test(text[c.end - 1] ?? '')) return true;
  // The widest name around it, cut into words: the nested name may lie inside a word (a known long
  // name is one word) but not across the edge of one.
  const k = outer.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), outer[0]);
  if (!k) return true;
  const across = (t: { start: number; end: number }, at: number) => t.start < at && at < t.end && !(t.start <= c.start && t.end >= c.end);
  return !tagSpan(text, k.start, k.end).some((t) => across(t, c.start) || across(t, c.end));
}
