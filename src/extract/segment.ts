// Chinese word boundaries and parts of speech from jieba (@node-rs/jieba 2.0.2, HMM on), used only
// on short windows around a cue (the noun phrase before 草案/峰会/中心, the name after 分析师):
// tagging a whole briefing would cost more than the rest of the extraction together.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { NodeLabel } from '../model/index.js';
import { lexicon, rules } from './lexicon.js';
import { zhWords } from './rules/zh-phrase.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

const TAG_OF: Partial<Record<NodeLabel, string>> = { Person: 'nr', Place: 'ns', Organization: 'nt' };

let jieba: Jieba | undefined;

/** jieba with its dictionary plus the lexicon's Chinese names, so 工业和信息化部 stays one word. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  const j = Jieba.withDict(dict);
  const lines: string[] = [];
  for (const e of lexicon().entries) {
    for (const a of e.aliases) {
      if (/[\u3400-\u9fff]/.test(a) && !/\s/.test(a)) lines.push(`${a} 100000 ${TAG_OF[e.label] ?? 'nz'}`);
    }
  }
  const r = rules();
  for (const n of r.eventNouns) lines.push(`${n.noun} 50000 n`);
  for (const w of r.roleWords) if (/[\u3400-\u9fff]/.test(w)) lines.push(`${w} 50000 n`);
  for (const w of zhWords().entities.segmentWords.words) lines.push(`${w} 50000 j`);
  j.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  return (jieba = j);
}

// Rules ask for the same window more than once per sentence; remember them for the current text.
let cachedText: string | undefined;
const windows = new Map<string, Token[]>();

/** Tags text[start, end) and returns tokens with offsets into `text`. */
export function tagSpan(text: string, start: number, end: number): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    windows.clear();
  }
  const key = `${start}:${end}`;
  const hit = windows.get(key);
  if (hit) return hit;
  const out: Token[] = [];
  let at = start;
  for (const t of segmenter().tag(text.slice(start, end), true)) {
    out.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
    at += t.word.length;
  }
  windows.set(key, out);
  return out;
}
