// What the words around a date say about it: its cue (到期 → expires, 将于 → scheduled, 以来 →
// starts …), its modality (将/计划 → expected, 可能/有望 → possible), and which way a date written
// without a year leans (到期 → the next 11 月, 报道 → the last one).

import type { Tense } from './calendar.js';
import { lexicon as L, type TemporalCue, type TemporalModality } from './lexicon.js';
import { WordList } from './words.js';

/** How far to look on each side; the clause around the date ends it sooner. */
const WINDOW = 32;
/** How close a cue word before the date must be (将于 5 月, expires on Nov. 10). */
const ADJACENT = 4;
/** Where a clause ends: the words beyond it are about something else. Also —— and ". ". */
const CLAUSE_BREAKS = new Set([...'。；！？;!?\n，,：:（）()'].map((c) => c.charCodeAt(0)));
const DASH = '—'.charCodeAt(0);
const STOP = '.'.charCodeAt(0);

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (CLAUSE_BREAKS.has(c)) return true;
  const next = text.charCodeAt(i + 1);
  return (c === DASH && next === DASH) || (c === STOP && (next === 0x20 || next === 0x0a));
}

/** What one word says when found before or after a date. */
interface Role {
  before?: TemporalCue | null;
  after?: TemporalCue | null;
  modality?: TemporalModality;
  past?: true;
}

/**
 * All the context words in one list, so each window is read once. A word takes on the roles of
 * the listed words it starts with (将于 is a scheduled cue and, like 将, expected); a word that
 * is no cue (由于, 崛起) hides the cue inside it.
 */
const WORDS = (() => {
  const roles = new Map<string, Role>();
  const add = (word: string, role: Role) => {
    const w = word.toLowerCase();
    roles.set(w, { ...roles.get(w), ...role });
  };
  for (const w of L.notCues) add(w, { before: null, after: null });
  for (const cue of L.cuePrecedence) {
    for (const w of L.cuesBefore[cue]) add(w, { before: cue });
    for (const w of L.cuesAfter[cue]) add(w, { after: cue });
  }
  for (const w of L.modality.expected) add(w, { modality: 'expected' });
  for (const w of L.modality.possible) add(w, { modality: 'possible' });
  for (const w of L.pastMarkers) add(w, { past: true });
  for (const [word, role] of roles) {
    for (const [other, inner] of roles) {
      if (other.length >= word.length || !word.startsWith(other)) continue;
      if (role.modality === undefined && inner.modality) role.modality = inner.modality;
      if (!role.past && inner.past) role.past = true;
    }
  }
  return new WordList<Role>(roles);
})();
const RANK = new Map(L.cuePrecedence.map((c, i) => [c, i]));

export interface DateContext {
  cue?: TemporalCue;
  modality?: TemporalModality;
  tense: Tense;
}

/**
 * The clause text just before [start and just after end), not reaching into the neighbour dates,
 * lower-cased with runs of white space as one space, as the word lists are written.
 */
export function windows(text: string, start: number, end: number, prevEnd: number, nextStart: number) {
  let from = start;
  const floor = Math.max(prevEnd, start - WINDOW);
  while (from > floor && !isBreak(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(nextStart, end + WINDOW);
  while (to < ceiling && !isBreak(text, to)) to++;
  const tidy = (s: string) => {
    const lower = s.toLowerCase();
    return lower.includes('  ') || lower.includes('\n') || lower.includes('\t') ? lower.replace(/\s+/g, ' ') : lower;
  };
  return { before: tidy(text.slice(from, start)), after: tidy(text.slice(end, to)) };
}

interface CueHit {
  cue: TemporalCue;
  distance: number;
}

/** The cue nearest the date; a tie goes to the one earlier in cuePrecedence (到期 over 将于). */
function nearer(a: CueHit | undefined, b: CueHit | undefined): CueHit | undefined {
  if (!a || !b) return a ?? b;
  if (a.distance !== b.distance) return a.distance < b.distance ? a : b;
  return (RANK.get(a.cue) ?? 99) <= (RANK.get(b.cue) ?? 99) ? a : b;
}

export function readContext(before: string, after: string): DateContext {
  let cue: CueHit | undefined;
  let modality: TemporalModality | undefined;
  let past = false;
  const note = (role: Role) => {
    if (role.modality && (role.modality === 'possible' || modality === undefined)) modality = role.modality;
    past ||= role.past === true;
  };
  for (const hit of WORDS.all(before)) {
    note(hit.tag);
    const distance = before.length - (hit.index + hit.word.length);
    if (hit.tag.before && distance <= ADJACENT) cue = nearer(cue, { cue: hit.tag.before, distance });
  }
  let ownVerb = false;
  for (const hit of WORDS.all(after)) {
    // 8 月 11 日先后宣布将延长: a modal after the date's own verb belongs to another verb.
    if (!ownVerb || !hit.tag.modality) note(hit.tag);
    else past ||= hit.tag.past === true;
    ownVerb ||= !!hit.tag.after;
    // 起 right after a date starts it; further on it is likely part of another word.
    if (hit.tag.after && (hit.word.length > 1 || hit.index === 0)) {
      cue = nearer(cue, { cue: hit.tag.after, distance: hit.index });
    }
  }
  let tense: Tense = 'nearest';
  if (past) tense = 'past';
  else if (modality !== undefined || (cue && L.futureCues.includes(cue.cue))) tense = 'future';
  else if (cue && L.pastCues.includes(cue.cue)) tense = 'past';
  return { cue: cue?.cue, modality, tense };
}
