// What a node may be called: at most 40 characters, no sentence punctuation (，。；！？,;!?),
// not a bare number, not one character. Longer or punctuated forms stay as aliases.
import { joinLines } from '../briefing/index.js';

const JUNK_PUNCT = /[，。；！？,;!?]/g;
const HAS_JUNK = /[，。；！？,;!?]/;
const BARE_NUMBER = /^\d+(\.\d+)?%?$/;
export const MAX_NAME = 40;

/** A surface form made fit to be a name: a PDF break inside a Chinese word closed, punctuation to spaces, whitespace collapsed, cut at a word boundary. */
export function cleanName(s: string): string {
  let n = joinLines(s).replace(JUNK_PUNCT, ' ').replace(/\s+/g, ' ').trim();
  if (n.length > MAX_NAME) {
    const cut = n.slice(0, MAX_NAME + 1);
    const sp = cut.lastIndexOf(' ');
    n = (sp > 20 ? cut.slice(0, sp) : cut.slice(0, MAX_NAME)).trim();
  }
  return n;
}

export function isAcceptableName(s: string): boolean {
  return s.length >= 2 && s.length <= MAX_NAME && !HAS_JUNK.test(s) && !BARE_NUMBER.test(s);
}
