// What the words around a date say about it: its cue (到期 → expires, 将于 → scheduled, 以来 →
// starts …), its modality (将/计划 → expected, 可能/有望 → possible), and which way a date written
// without a year leans (到期 → the next 11 月, 报道 → the last one).

import type { Tense } from './calendar.js';
import { lexicon as L, wordsPattern, type TemporalCue, type TemporalModality } from './lexicon.js';

/** How far to look on each side; the clause around the date ends it sooner. */
const WINDOW = 32;
/** Where a clause ends: the words beyond it are about something else. */
const CLAUSE_BREAK = /[。；！？;!?\n，,：:（）()]|——|\.\s/g;
/** How close a cue word before the date must be (将于 5 月, expires on Nov. 10). */
const ADJACENT = 4;

const normal = (w: string) => w.toLowerCase().replace(/\s+/g, ' ');

/** Words a cue may hide in (由于 holds 于, 崛起 holds 起): matched whole, they mean no cue. */
function cueMatcher(table: Record<TemporalCue, string[]>) {
  const cueOf = new Map<string, TemporalCue | null>();
  for (const w of L.notCues) cueOf.set(w.toLowerCase(), null);
  for (const cue of L.cuePrecedence) for (const w of table[cue]) cueOf.set(w.toLowerCase(), cue);
  const re = new RegExp(wordsPattern(cueOf.keys()), 'gi');
  return { re, cueOf };
}

const BEFORE = cueMatcher(L.cuesBefore);
const AFTER = cueMatcher(L.cuesAfter);
const MODALITY_OF = new Map<string, TemporalModality>();
for (const w of L.modality.expected) MODALITY_OF.set(w.toLowerCase(), 'expected');
for (const w of L.modality.possible) MODALITY_OF.set(w.toLowerCase(), 'possible');
const MODALITY = new RegExp(wordsPattern(MODALITY_OF.keys()), 'gi');
const PAST = new RegExp(wordsPattern(L.pastMarkers), 'i');
const RANK = new Map(L.cuePrecedence.map((c, i) => [c, i]));

export interface DateContext {
  cue?: TemporalCue;
  modality?: TemporalModality;
  tense: Tense;
}

/** The clause text just before [start and just after end), not reaching into the neighbour dates. */
export function windows(text: string, start: number, end: number, prevEnd: number, nextStart: number) {
  let before = text.slice(Math.max(prevEnd, start - WINDOW), start);
  let after = text.slice(end, Math.min(nextStart, end + WINDOW));
  let last = -1;
  for (const m of before.matchAll(CLAUSE_BREAK)) last = m.index + m[0].length;
  if (last >= 0) before = before.slice(last);
  CLAUSE_BREAK.lastIndex = 0;
  const cut = CLAUSE_BREAK.exec(after);
  CLAUSE_BREAK.lastIndex = 0;
  if (cut) after = after.slice(0, cut.index);
  return { before, after };
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

function cueBefore(before: string): CueHit | undefined {
  let best: CueHit | undefined;
  for (const m of before.matchAll(BEFORE.re)) {
    const cue = BEFORE.cueOf.get(normal(m[0]));
    const distance = before.length - (m.index + m[0].length);
    if (cue && distance <= ADJACENT) best = nearer(best, { cue, distance });
  }
  return best;
}

function cueAfter(after: string): CueHit | undefined {
  let best: CueHit | undefined;
  for (const m of after.matchAll(AFTER.re)) {
    const cue = AFTER.cueOf.get(normal(m[0]));
    // 起 right after a date starts it; further on it is likely part of another word.
    if (cue && (m[0].length > 1 || m.index === 0)) best = nearer(best, { cue, distance: m.index });
  }
  return best;
}

export function readContext(before: string, after: string): DateContext {
  const cue = nearer(cueBefore(before), cueAfter(after))?.cue;
  let modality: TemporalModality | undefined;
  for (const s of [before, after]) {
    for (const m of s.matchAll(MODALITY)) {
      const found = MODALITY_OF.get(normal(m[0]));
      if (found === 'possible' || modality === undefined) modality = found;
    }
  }
  let tense: Tense = 'nearest';
  if (PAST.test(before) || PAST.test(after)) tense = 'past';
  else if (modality !== undefined || (cue && L.futureCues.includes(cue))) tense = 'future';
  else if (cue && L.pastCues.includes(cue)) tense = 'past';
  return { cue, modality, tense };
}
