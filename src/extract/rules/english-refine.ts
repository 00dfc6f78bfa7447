// Repairs and additions to the English mentions compromise proposes, by the shape of official
// English prose: a person named after a long title chain (Under Secretary of Commerce for Industry
// and Security Alan Estevez), dateline fragments (Washington, D.C.—The …), sentence-initial
// prepositions read as part of a name (Under the Phase One Agreement), names cut at "of the", and
// Title Case event names with a number in them (Section 301 investigation). Word lists: lexicon/english.json.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { rules } from '../lexicon.js';
import type { Mention } from '../mention.js';

export interface EnglishShapes {
  titleWords: string[];
  leadingWords: string[];
  trailingWords: string[];
  possessive: string;
  abilityTo: string;
  orgTailMinWords: number;
  occurrenceVerbs: string[];
  policyEventWords: string[];
  eventOf: string;
}

let shapes: EnglishShapes | undefined;
export const englishShapes = (): EnglishShapes =>
  (shapes ??= JSON.parse(readFileSync(new URL('../lexicon/english.json', import.meta.url), 'utf8')) as EnglishShapes);

interface Compiled {
  title: RegExp;
  surname: RegExp;
  leading: RegExp;
  trailing: RegExp;
  titleCaseEvent: RegExp;
}

let compiled: Compiled | undefined;
/** After a person's name: punctuation, the end, or a lowercase word that is not a preposition (the verb). */
const AFTER_NAME = `(?=\\s*[,;:.”"]|\\s+(?!(?:on|of|for|and|the|to|in|at|with|from|by)\\b)[a-z]|\\s*$)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');

function prepare(): Compiled {
  if (compiled) return compiled;
  const d = englishShapes();
  const word = `[A-Z][\\w.'’-]*`;
  compiled = {
    // TITLE (of|for|and|the|Capitalised)* NAME, where NAME is two capitalised words (a middle
    // initial allowed) followed by punctuation, a lowercase word (the verb) or the end.
    title: new RegExp(
      `\\b(?:${alt(d.titleWords)})((?:\\s+(?:of|for|and|the|${word}))*?)\\s+([A-Z][a-z'’-]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][a-z'’-]+)${AFTER_NAME}`,
      'g',
    ),
    // "said Ambassador Greer.": a title right before one capitalised word, which is the surname.
    surname: new RegExp(`\\b(?:${alt(d.titleWords)})\\s+([A-Z][a-z'’-]+)${AFTER_NAME}`, 'g'),
    leading: new RegExp(`^(?:${alt(d.leadingWords)})\\s+(?:(?:the|a|an)\\s+)?`),
    trailing: new RegExp(`(?:\\s+(?:${alt(d.trailingWords)}))+$`),
    // Title Case words (numbers and "and" allowed: Section 301 investigation, Economic and Trade
    // Agreement) before an event word. Only the
    // event word ignores case, so "the historic and enforceable Phase One Agreement" starts at Phase.
    titleCaseEvent: new RegExp(
      `\\b([A-Z][\\w'’-]*(?:\\s+(?:and\\s+)?(?:[A-Z][\\w'’-]*|\\d[\\w-]*)){0,4})\\s+(${rules()
        .englishEventWords.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
        .join('|')})\\b`,
      'g',
    ),
  };
  return compiled;
}

const labelOf = (eventWord: string): 'Policy' | 'Event' => (englishShapes().policyEventWords.includes(eventWord.toLowerCase()) ? 'Policy' : 'Event');
/** "The Supreme Court’s" → "Supreme Court". */
const trimOwner = (owner: string): string => owner.replace(/[’']s$/, '').replace(prepare().leading, '');

/** A mention re-cut to text[s, e). */
const recut = (text: string, m: Mention, s: number, e: number): Mention => ({ ...m, start: s, end: e, name: text.slice(s, e) });

/** A person named after a title, and the title chain before the name (Under Secretary of Commerce for Industry and Security). */
export interface Titled {
  chainStart: number;
  chainEnd: number;
  start: number;
  end: number;
}

export function titledNames(text: string, start: number, end: number): Titled[] {
  const slice = text.slice(start, end);
  const out: Titled[] = [];
  for (const re of [prepare().title, prepare().surname]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const name = m[m.length - 1];
      const s = start + m.index + m[0].length - name.length;
      if (out.some((o) => s < o.end && s + name.length > o.start)) continue;
      // The chain reaches back over the capitalised words before the title (United States Trade Representative).
      const lead = /(?:[A-Z][\w.'’-]*\s+)*$/.exec(slice.slice(0, m.index))!;
      out.push({ chainStart: start + m.index - lead[0].length, chainEnd: s, start: s, end: s + name.length });
    }
  }
  return out;
}

/** People after a title chain; the mentions they replace are the english ones overlapping them. */
function titledPeople(text: string, start: number, end: number): Mention[] {
  return titledNames(text, start, end).map((t) => ({ start: t.start, end: t.end, name: text.slice(t.start, t.end), label: 'Person', rule: 'english' }));
}

/** One English mention with its dateline, leading function words and trailing "of the" cut off. */
function trim(text: string, m: Mention): Mention | undefined {
  const c = prepare();
  let s = m.start;
  let e = m.end;
  let name = text.slice(s, e);
  // "D.C.—The Department of Commerce": a dateline ends at the dash; the name starts after it.
  const dash = name.search(/[—–]/);
  if (dash >= 0) {
    const rest = name.slice(dash + 1).match(/^\s*(?:The\s+)?/)!;
    s += dash + 1 + rest[0].length;
    name = text.slice(s, e);
  }
  const lead = c.leading.exec(name);
  if (lead && lead[0].length < name.length) {
    s += lead[0].length;
    name = text.slice(s, e);
  }
  const tail = c.trailing.exec(name);
  if (tail) {
    e -= tail[0].length;
    name = text.slice(s, e);
  }
  if (e - s < 2 || !/^[A-Z0-9]/.test(name) && m.label !== 'Concept') return undefined;
  // What is left must still be a name: one generic capitalised word ("Government") is not.
  if (m.label === 'Organization' && !/\s/.test(name) && name !== name.toUpperCase() && tail) return undefined;
  return s === m.start && e === m.end ? m : recut(text, m, s, e);
}

const verbCache = new Map<string, boolean>();
/** "Initiates" reads as a verb in "it initiates" (compromise, on two words; cached). */
function isPresentVerb(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbCache.get(w);
  if (v === undefined) verbCache.set(w, (v = nlp(`it ${w}`).has('#PresentTense')));
  return v;
}

/**
 * Headlines put a verb inside a Title Case run (USTR Initiates Section 301 Investigation, Commerce
 * Implements New Export Controls): after a one- or two-word subject, a present-tense verb starts
 * the name after it. Compromise does not tag such verbs in Title Case, so each candidate word is
 * read alone. A longer lead (International Emergency Economic Powers Act) is a name, not a subject.
 */
function headlineVerbCut(text: string, m: Mention): Mention {
  if (m.label !== 'Event' && m.label !== 'Policy') return m;
  const words = [...text.slice(m.start, m.end).matchAll(/\S+/g)];
  for (let i = 1; i <= 2 && i < words.length - 2; i++) {
    const w = words[i][0];
    if (!/^[A-Z][a-z]+s$/.test(w) || !isPresentVerb(w)) continue;
    return recut(text, m, m.start + words[i + 1].index!, m.end);
  }
  return m;
}

/** "Department of Commerce’s Bureau of Industry and Security": two organisations, not one. */
function splitPossessive(text: string, m: Mention): Mention[] {
  if (m.label !== 'Organization') return [m];
  const name = text.slice(m.start, m.end);
  const at = name.search(/[’']s\s+[A-Z]/);
  if (at < 0) return [m];
  const ownerEnd = m.start + at;
  const partStart = m.start + at + name.slice(at).search(/\s[A-Z]/) + 1;
  return [recut(text, m, m.start, ownerEnd), recut(text, m, partStart, m.end)];
}

/**
 * The sentence's English rule mentions (compromise's and the event phrases) repaired, plus the
 * people after titles and titleCaseEvent Title Case events. Lexicon mentions are not touched.
 */
export function refineEnglish(text: string, start: number, end: number, found: Mention[]): Mention[] {
  const people = titledPeople(text, start, end);
  const out: Mention[] = [...people];
  for (const m of found) {
    if (m.rule !== 'english') {
      out.push(m);
      continue;
    }
    // A person that overlaps a titled name is that name with part of its title attached.
    if (m.label === 'Person' && people.some((p) => m.start < p.end && m.end > p.start)) continue;
    // The general event rule ignores case; an event name is Title Case up to its event word, so
    // "China’s implementation of the agreement" is not one (the Title Case rule below finds names).
    if (m.dateRole === 'occurred' && /\s[a-z]/.test(text.slice(m.start, m.end).replace(/\s+\S+$/, ''))) continue;
    const t = trim(text, m);
    if (t) out.push(...splitPossessive(text, headlineVerbCut(text, t)));
  }
  const re = prepare().titleCaseEvent;
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = start + m.index;
    // "President Trump’s IEEPA tariffs": the owner is a name of its own and the phrase's issuer;
    // "the Supreme Court’s decision" stays one name, with the court as its issuer.
    const owned = /^(.*[’']s)(?:\s+|$)/.exec(m[1]);
    const issuerName = owned ? trimOwner(owned[1]) : undefined;
    const s2 = owned && owned[0].length < m[1].length ? s + owned[0].length : s;
    const mention: Mention = { start: s2, end: s + m[0].length, name: text.slice(s2, s + m[0].length), label: labelOf(m[2]), rule: 'english', dateRole: 'occurred', ...(issuerName ? { issuerName } : {}) };
    const trimmed = trim(text, mention);
    if (!trimmed) continue;
    const t = headlineVerbCut(text, trimmed);
    // The same phrase found by the general event rule is this one (now with its issuer).
    const same = out.findIndex((o) => o.rule === 'english' && o.start === t.start && o.end === t.end);
    if (same >= 0) out[same] = t;
    else out.push(t);
  }
  return out;
}
