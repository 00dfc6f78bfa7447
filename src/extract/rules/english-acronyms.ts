// An acronym the text defines stands for what it abbreviates: "In this interim final rule (IFR), …"
// then "Under this IFR, …" names the same rule; "the Export Administration Regulations (EAR)" then
// "amending the EAR" the same regulations. The definition is the run of words right before the
// bracket whose initials spell the acronym (function words inside it skipped: Bureau of Industry
// and Security (BIS)).
import type { Mention } from '../mention.js';
import { headLabel } from './english-phrases.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface Definition {
  acronym: string;
  /** Where the bracket with the acronym opens: uses before it are not yet defined. */
  at: number;
  words: string;
}

const INNER = /^(?:of|and|the|for|on|in|to|&)$/i;
let memo: { text: string; defs: Map<string, Definition> } | undefined;
forgetPerBriefing(() => {
  memo = undefined;
});

/** The words before `at` whose initials spell `acronym`, or undefined. */
function expansion(text: string, at: number, acronym: string): string | undefined {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const ws = [...line.matchAll(/[A-Za-z][\w’'-]*/g)];
  let i = acronym.length - 1;
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k][0];
    if (INNER.test(w)) {
      // A definition never ends in a function word ("the (IFR)") nor starts with one.
      if (i === acronym.length - 1) return undefined;
      continue;
    }
    if (w[0].toUpperCase() !== acronym[i]) return undefined;
    if (i-- === 0) {
      const s = ws[k].index!;
      const e = ws[ws.length - 1].index! + ws[ws.length - 1][0].length;
      return line.slice(s, e).replace(/[’']s$/, '');
    }
  }
  return undefined;
}

function definitions(text: string): Map<string, Definition> {
  if (memo?.text === text) return memo.defs;
  const defs = new Map<string, Definition>();
  for (const m of text.matchAll(/\s\(([A-Z]{2,6})\)/g)) {
    const at = m.index! + 1;
    if (defs.has(m[1])) continue;
    const words = expansion(text, m.index!, m[1]);
    // One letter per word: a definition as long as the acronym at least (two words or more).
    if (words && /\s/.test(words)) defs.set(m[1], { acronym: m[1], at, words });
  }
  memo = { text, defs };
  return defs;
}

/** Each use of a defined acronym in text[start, end) (its defining bracket too) as a mention of the defined words. */
export function definedAcronymMentions(text: string, start: number, end: number): Mention[] {
  const defs = definitions(text);
  if (!defs.size) return [];
  const out: Mention[] = [];
  for (const m of text.slice(start, end).matchAll(/\b[A-Z]{2,6}\b/g)) {
    const d = defs.get(m[0]);
    const s = start + m.index!;
    if (!d || s < d.at) continue;
    // Only what a head noun names (a rule, regulations, systems): a plain abbreviation (LNG, IP)
    // stays the word it is, a term of its own.
    const label = headLabel(d.words);
    if (label) out.push({ start: s, end: s + m[0].length, name: d.words, label, rule: 'english', aliases: [m[0]] });
  }
  return out;
}
