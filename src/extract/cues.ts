// Finding cue words in a sentence: one regex per cue list, compiled once. English cues match whole
// words; Chinese cues anywhere, except inside a mention (限制 inside 稀土出口限制 is a name, not a cue).
import { cues } from './lexicon.js';
import type { Modality } from '../model/index.js';

export interface CueHit {
  start: number;
  end: number;
  word: string;
}

const cache = new Map<string, RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex for a word list: longest first, Latin words bounded by \b. */
export function cueRegex(key: string, words: string[]): RegExp {
  let re = cache.get(key);
  if (!re) {
    const alts = [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => (/^[A-Za-z]/.test(w) ? `\\b${escape(w)}\\b` : escape(w)));
    re = new RegExp(alts.join('|'), 'gi');
    cache.set(key, re);
  }
  return re;
}

export function findCues(key: string, words: string[], text: string, start: number, end: number): CueHit[] {
  const re = cueRegex(key, words);
  const slice = text.slice(start, end);
  const out: CueHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: start + m.index, end: start + m.index + m[0].length, word: m[0] });
  return out;
}

/** How text[start, end) states its fact: 可能/有望/may → possible; 预计/将/计划/expected → expected. */
export function modalityOf(text: string, start: number, end: number): Modality {
  const c = cues().modality;
  if (findCues('modality.possible', c.possible, text, start, end).length) return 'possible';
  if (findCues('modality.expected', c.expected, text, start, end).length) return 'expected';
  return 'reported';
}
