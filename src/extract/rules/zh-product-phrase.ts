// Where a product phrase cut from running text starts: not at a verb of control (限制先进芯片 → 先进芯片)
// and not before a verb with its subject (海力士押注存储芯片 → 存储芯片). Words
// are data in lexicon/zh-shapes.json (productLead).
import { readFileSync } from 'node:fs';
import { tagSpan } from '../segment.js';

let lead: { words: string[]; subjectTags: string[] } | undefined;
const words = () =>
  (lead ??= (JSON.parse(readFileSync(new URL('../lexicon/zh-shapes.json', import.meta.url), 'utf8')) as { productLead: { words: string[]; subjectTags: string[] } }).productLead);

const HAN = /^\p{Script=Han}+$/u;

/** The start of the product phrase text[at, end). */
export function productStart(text: string, at: number, end: number): number {
  const w = words();
  const verb = w.words.find((x) => text.startsWith(x, at));
  let s = verb && at + verb.length + 2 <= end ? at + verb.length : at;
  const toks = tagSpan(text, s, end).filter((t) => !/^\s+$/.test(t.word));
  for (let i = toks.length - 2; i >= 0; i--) {
    const t = toks[i];
    if (t.tag !== 'v' || t.word.length < 2 || !HAN.test(t.word)) continue;
    // A verb after its subject (海力士/n 押注/v) governs what follows when that is a name of its own (four
    // characters: 存储芯片); 边缘计算芯片 and 推理芯片 are kinds of chip, 研磨/vn 抛光/v 设备 a pair of processes.
    const before = toks[i - 1];
    if (!before || !w.subjectTags.includes(before.tag) || end - t.end < 4) continue;
    s = t.end;
    break;
  }
  return s;
}
