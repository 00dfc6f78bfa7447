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
  // said on June 7 that it would …: what the that-clause says is not of the date.
  return (c === DASH && next === DASH) || (c === STOP && (next === 0x20 || next === 0x0a)) || (c === 0x20 && text.startsWith(' that ', i));
}

/** What one word says when found before or after a date. */
interface Role {
  before?: TemporalCue | null;
  after?: TemporalCue | null;
  modality?: TemporalModality;
  past?: true;
  /** 原定于: no lean either way (nearestMarkers). */
  nearest?: true;
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
  for (const w of L.nearestMarkers) add(w, { nearest: true });
  for (const [word, role] of roles) {
    for (const [other, inner] of roles) {
      // 若干 (several) is no 若 (if): a word listed as no cue takes on nothing.
      if (other.length >= word.length || !word.startsWith(other) || (role.before === null && role.after === null)) continue;
      if (role.modality === undefined && inner.modality) role.modality = inner.modality;
      if (!role.past && !role.nearest && inner.past) role.past = true;
    }
  }
  return new WordList<Role>(roles);
})();
const DISPOSAL = /(?<!即)将\s*$/;
const PAST_VERB = /\b(?:was|were|had)?\s*[a-z]{3,}ed\s+(?:on\s+|in\s+)?$/;
/** scheduled on, expected in, delayed until: participles that look ahead. */
const AHEAD_VERB = /\b(?:scheduled|expected|planned|slated|proposed|set|delayed|postponed|extended|needed|required|due|anticipated)\s+(?:on\s+|in\s+)?$/;
/** the fiscal year that begins on Tuesday: a present-tense start or end that looks ahead. */
const AHEAD_PRESENT = /\b(?:begins|starts|takes effect|comes into force|expires|lapses)\s+(?:on\s+|in\s+)?$/;
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
  // 4 月 2 日，合肥市与峰飞航空签署…: a date that stands alone before its comma is told by the clause after it.
  let next = '';
  if (to === end && OPENER_COMMA.has(text.charCodeAt(to))) {
    let stop = to + 1;
    const limit = Math.min(nextStart, to + 1 + WINDOW);
    while (stop < limit && !isBreak(text, stop)) stop++;
    next = tidy(text.slice(to + 1, stop));
  }
  return { before: tidy(text.slice(from, start)), after: tidy(text.slice(end, to)), next };
}

const OPENER_COMMA = new Set([...'，,'].map((c) => c.charCodeAt(0)));

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

/**
 * The cue, modality and lean of a date from the words of its clause before and after it; `next`,
 * the clause after a date standing alone before its comma, only says which way it leans.
 */
export function readContext(before: string, after: string, next = ''): DateContext {
  let cue: CueHit | undefined;
  let modality: TemporalModality | undefined;
  let past = false;
  let unsure = false;
  const note = (role: Role) => {
    if (role.modality && (role.modality === 'possible' || modality === undefined)) modality = role.modality;
    past ||= role.past === true;
    unsure ||= role.nearest === true;
  };
  for (const hit of WORDS.all(before)) {
    note(hit.tag);
    const distance = before.length - (hit.index + hit.word.length);
    if (hit.tag.before && distance <= ADJACENT) cue = nearer(cue, { cue: hit.tag.before, distance });
  }
  const modalBefore = modality;
  const cueBefore = cue?.cue;
  // 商务部同日将 4 月针对…采取的…措施暂停: a bare 将 right before the date, a 的 after it, takes
  // the measure as its object; it says nothing of when 4 月 is.
  const disposal = DISPOSAL.test(before) && after.includes('的');
  let ownVerb = false;
  let relative = false;
  for (const hit of WORDS.all(after)) {
    // 将 10 月 9 日宣布的…措施暂停: the date is of the verb of its 的-clause, told as done; the 将
    // before it belongs to the verb that follows.
    if (!ownVerb && hit.index <= 2 && hit.tag.after && L.pastCues.includes(hit.tag.after) && after[hit.index + hit.word.length] === '的') {
      relative = true;
    }
    // 6 月 8 日将 65 家实体列入…: this 将 puts something on a list; it is no future.
    if (putsOnList(after, hit)) continue;
    // 8 月 11 日先后宣布将延长: a modal after the date's own verb belongs to another verb.
    if (!ownVerb || !hit.tag.modality) note(hit.tag);
    else past ||= hit.tag.past === true;
    ownVerb ||= !!hit.tag.after;
    // 起 right after a date starts it; further on it is likely part of another word.
    if (hit.tag.after && (hit.word.length > 1 || hit.index === 0)) {
      cue = nearer(cue, { cue: hit.tag.after, distance: hit.index });
    }
  }
  // 将于 10 月 9 日发布的: a cue of its own before the date still looks ahead.
  if (relative && cueBefore === undefined && modality === modalBefore) {
    modality = undefined;
    past = true;
  }
  if (disposal && cueBefore === undefined && modality === modalBefore) modality = undefined;
  // unveiled on March 18: an English verb in the past tense right before the date tells of it as done.
  past ||= PAST_VERB.test(before) && !AHEAD_VERB.test(before);
  let tense: Tense = 'nearest';
  if (past) tense = 'past';
  // 原定于 11 月 29 日到期: planned before, so the date may lie either side of the briefing.
  else if (unsure) tense = 'nearest';
  else if (modality !== undefined || (cue && L.futureCues.includes(cue.cue)) || AHEAD_PRESENT.test(before)) tense = 'future';
  else if (cue && L.pastCues.includes(cue.cue)) tense = 'past';
  else if (next) tense = leanOf(next);
  return { cue: cue?.cue, modality, tense };
}

/** 将 A 列入 X 名单: this 将 puts something on a list (words: temporal.json clauses.disposal); it is no future. */
const putsOnList = (clause: string, hit: { word: string; index: number }) =>
  hit.word === '将' && L.clauses.disposal.some((v) => clause.includes(v, hit.index + 2));

/** Which way the clause after a date's comma leans: 将/计划 → ahead, a verb of a past event (签署, 发布) → back. */
function leanOf(clause: string): Tense {
  // The first word that leans decides: in 签署…将 the 将 belongs to a later verb.
  for (const hit of WORDS.all(clause)) {
    const { tag } = hit;
    if (putsOnList(clause, hit)) continue;
    if (tag.nearest) return 'nearest';
    if (tag.modality || (tag.after && L.futureCues.includes(tag.after))) return 'future';
    if (tag.past || (tag.after && L.pastCues.includes(tag.after))) return 'past';
  }
  return 'nearest';
}
