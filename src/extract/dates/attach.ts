// Which mentions a date can belong to, and where a sentence opens with its date. A date dates
// something that happens or is issued (an event, a rule, a report), or, when it is a period, a
// measured quantity (制造业 PMI, the trade deficit); never a place, a person or an organisation.
// Word lists: lexicon/temporal.json (attach), rules.json englishEventWords.

import { rules } from '../lexicon.js';
import type { Placed } from '../relations.js';
import { lexicon as L, wordsPattern } from './lexicon.js';

const DATED_LABELS = new Set(['Event', 'Policy', 'Source']);
const MEASURES = new Set(L.attach.measureHeads);
let eventHeads: Set<string> | undefined;

/** The last word of a mention as written, lower-cased: the head of an English noun phrase. */
export function headWord(text: string, m: Placed): string {
  const words = text.slice(m.start, m.end).toLowerCase().match(/[a-z][a-z'’-]*/g);
  return words?.[words.length - 1] ?? '';
}

/**
 * Something that happens or is issued: an Event, Policy or Source, or a phrase headed by an event
 * noun even where the name rules left it a Concept (an interim final rule, its invasion of Ukraine).
 */
export function isDatable(text: string, m: Placed): boolean {
  if (m.nested) return false;
  if (DATED_LABELS.has(m.label)) return true;
  eventHeads ??= new Set([...rules().englishEventWords, ...L.attach.datableHeads].map((w) => w.toLowerCase()));
  return m.label === 'Concept' && eventHeads.has(headWord(text, m));
}

/** A measured quantity, dated by the period its value is for: an Indicator, or the trade deficit. */
export function isMeasure(text: string, m: Placed): boolean {
  if (m.nested) return false;
  return m.label === 'Indicator' || (m.label === 'Concept' && MEASURES.has(headWord(text, m)));
}

/** A wire dateline before the sentence proper: "WASHINGTON, D.C. – ", "BEIJING (Reuters) - ". */
const DATELINE = String.raw`(?:[A-Z][A-Z.,' ]+(?:\([^)]{1,20}\))?\s*[–—-]\s*)?`;
/** A fact sheet's capitalised lead-in before the sentence proper: "ADJUSTING IMPORTS: Today, …". */
const LEAD_IN = String.raw`(?:[A-Z][A-Z0-9’'&,. -]{2,80}:\s*)?`;
const QUOTE = String.raw`[“"‘']?\s*`;
let openingRe: RegExp | undefined;

/**
 * Whether `before` (the sentence or clause up to a date) leaves the date opening it: nothing, a
 * dateline, a capitalised lead-in, or an opener word ("On", "Between", "Earlier", 在, 从).
 */
export function opens(before: string): boolean {
  openingRe ??= new RegExp(
    `^\\s*${DATELINE}${LEAD_IN}${QUOTE}(?:(?:${wordsPattern(L.attach.openersEnglish, true)})\\s+)*` +
      `(?:${L.attach.openersChinese.join('|')})?\\s*$`,
  );
  return openingRe.test(before);
}
