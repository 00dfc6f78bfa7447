// The temporal word lists (src/extract/lexicon/temporal.json), typed, plus the two regex helpers
// every pattern built from them needs.

import data from '../lexicon/temporal.json' with { type: 'json' };

export type TemporalCue = 'expires' | 'starts' | 'ends' | 'scheduled' | 'published' | 'occurred';
export type TemporalModality = 'expected' | 'possible';

export interface TemporalLexicon {
  englishMonths: Record<string, number>;
  englishWeekdays: Record<string, number>;
  chineseWeekdays: Record<string, number>;
  ordinals: Record<string, number>;
  relativeDays: Record<string, number>;
  sameDay: string[];
  vagueDays: string[];
  chineseNotThis: string;
  chineseNumbers: Record<string, number>;
  chineseNotAfter: Record<string, string>;
  chineseYearShift: Record<string, number>;
  chineseShift: Record<string, number>;
  englishShift: Record<string, number>;
  chineseHalves: Record<string, number>;
  chineseMonthParts: string[];
  chineseYearParts: string[];
  englishMonthParts: string[];
  englishYearPrepositions: string[];
  englishMonthPrepositions: string[];
  englishWeekdayLeads: string[];
  timeOfDay: { parts: string[]; about: string[]; english: string[] };
  englishNotNouns: string[];
  cuePrecedence: TemporalCue[];
  cuesBefore: Record<TemporalCue, string[]>;
  cuesAfter: Record<TemporalCue, string[]>;
  notCues: string[];
  futureCues: TemporalCue[];
  pastCues: TemporalCue[];
  pastMarkers: string[];
  nearestMarkers: string[];
  modality: Record<TemporalModality, string[]>;
  attach: {
    datableHeads: string[];
    measureHeads: string[];
    actionVerbs: string[];
    sayingVerbs: string[];
    reportedVerbs: string[];
    openersEnglish: string[];
    openersChinese: string[];
    actionVerbsChinese: string[];
    targetLabels: string[];
  };
  happenings: Record<string, { labels: string[]; zh: string[]; en: string[] }>;
  /** Chinese clause shapes that say which node a date belongs to (rules/zh-date-clauses.ts). */
  clauses: {
    listVerbs: string[];
    disposal: string[];
    reportLead: string[];
    agentMarkers: string[];
    proposalVerbs: string[];
    suspensions: string[];
    heldVerbs: string[];
    atEvent: string[];
    hostVerbs: string[];
    launchEvents: string[];
    productVerbs: string[];
    serialLinks: string[];
    notActs: string[];
  };
}

export const lexicon = data as TemporalLexicon;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LATIN_START = /^[A-Za-z]/;
const LATIN_END = /[A-Za-z]$/;

/**
 * An alternation of words, longest first (so 将于 wins over 将), English ones held to word
 * boundaries (so `will` is not found in `William`). `firstLetterEitherCase` lets `last` match `Last`
 * in a regex compiled without the i flag.
 */
export function wordsPattern(words: Iterable<string>, firstLetterEitherCase = false): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted
    .map((w) => {
      let p = escapeRegExp(w).replace(/ /g, '\\s+');
      if (firstLetterEitherCase && LATIN_START.test(w)) {
        p = `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${p.slice(1)}`;
      }
      if (LATIN_START.test(w)) p = `\\b${p}`;
      if (LATIN_END.test(w)) p = `${p}\\b`;
      return p;
    })
    .join('|');
}

/** A Chinese date word, unless glued onto a character that makes it part of another word. */
export function chineseWord(word: string, body = escapeRegExp(word)): string {
  const blocked = lexicon.chineseNotAfter[word];
  return blocked ? `(?<![${escapeRegExp(blocked)}])${body}` : body;
}

export const hasCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);
