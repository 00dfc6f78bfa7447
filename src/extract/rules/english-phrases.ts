// English noun phrases a reader expects as nodes even when the text names them once: a phrase ending
// in a common domain head noun (military-civil fusion strategy → Policy, semiconductor manufacturing
// equipment → Product, economic security → Concept, PRC Government → Organization), each member of
// an enumeration (industries like defense, automotive, and medical devices), and a quoted Title Case
// rule title (“Export Controls on Semiconductor Manufacturing Items”), and an act against a place
// (invasion of Ukraine). Read from the terms compromise
// already tagged for the sentence (no second parse). Word classes: lexicon/english-phrases.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { cues, lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { clauseWords } from './english-clauses.js';

export interface Term {
  text: string;
  pre?: string;
  post?: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface PhraseWords {
  heads: Partial<Record<NodeLabel, string[]>>;
  standalone: string[];
  standaloneProducts: string[];
  policyChange: string[];
  onHeads: string[];
  bareStop: string[];
  leadStop: string[];
  listMarkers: string[];
  listTailWords: string[];
  quotedTitleWords: string[];
  numberedTitles: string[];
  facilityHeads: string[];
}

interface Compiled {
  head: Map<string, NodeLabel>;
  standalone: Set<string>;
  products: Set<string>;
  change: Set<string>;
  onHeads: Set<string>;
  bareStop: Set<string>;
  leadStop: Set<string>;
  tail: Set<string>;
  marker: RegExp;
  quotedTitle: Set<string>;
  numbered: RegExp;
  facility: Set<string>;
}

let compiled: Compiled | undefined;
function words(): Compiled {
  if (compiled) return compiled;
  const d = JSON.parse(readFileSync(new URL('../lexicon/english-phrases.json', import.meta.url), 'utf8')) as PhraseWords;
  const head = new Map<string, NodeLabel>();
  for (const [label, ws] of Object.entries(d.heads) as [NodeLabel, string[]][]) for (const w of ws) head.set(w, label);
  const markers = [...d.listMarkers].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'));
  return (compiled = {
    head,
    standalone: new Set(d.standalone),
    products: new Set(d.standaloneProducts),
    change: new Set(d.policyChange),
    onHeads: new Set(d.onHeads),
    bareStop: new Set(d.bareStop),
    leadStop: new Set(d.leadStop),
    tail: new Set(d.listTailWords),
    marker: new RegExp(`\\b(?:${markers.join('|')})\\s+`, 'gi'),
    quotedTitle: new Set(d.quotedTitleWords),
    facility: new Set(d.facilityHeads),
    numbered: new RegExp(`\\b(?:${[...d.numberedTitles].sort((a, b) => b.length - a.length).join('|')})\\s+(?:No\\.\\s*)?\\d[\\d-]*\\b`, 'g'),
  });
}

const NEVER_IN_PHRASE = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Value', 'Date', 'QuestionWord'];
const FUNCTION_WORD = /^(?:of|and|or|the|a|an|to|in|for|on|by|with|from|at|as|than|that|which)$/i;
const lower = (t: Term) => t.text.toLowerCase().replace(/[’']s$/, '');
// compromise tags some acronyms before a possessive (PRC in "PRC Government’s") Possessive too: trust the text.
const isPossessive = (t: Term) => /[’']s?$/.test(t.text) || (t.tags.includes('Possessive') && /^(?:its|our|their|his|her|my|your|whose)$/i.test(t.text));
/** Only a space or a hyphen between term i and the next (a bracket opening "(UAS)" sits in the next term's pre). */
const joined = (ts: Term[], i: number) => {
  const gap = `${ts[i].post ?? ' '}${ts[i + 1]?.pre ?? ''}`;
  // "liquified natural gas (LNG) vessels": a bracketed acronym joins the noun after it (LNG vessels).
  if (/^\)\s+$/.test(gap) && /\($/.test(ts[i].pre ?? '') && /^[A-Z][A-Z0-9&-]{1,7}$/.test(ts[i].text)) return true;
  return /^[\s-]*$/.test(gap) && !/-\s/.test(gap);
};
const hyphenJoined = (ts: Term[], i: number) => `${ts[i].post ?? ''}${ts[i + 1]?.pre ?? ''}` === '-';

const TECH_NUMBER = /^\d+(?:\.\d+)?(?:[a-zA-Z]{1,3}|-[a-z]+)$/;
/** "copper" of copper 232 tariffs, "fiscal" of fiscal 2025 budget: a plain noun (no name, no verb) or the fiscal-year word. */
const numberHolder = (t: Term) => /^fiscal$/i.test(t.text) || (/^[a-z]+$/.test(t.text) && t.tags.includes('Noun') && !t.tags.some((x) => x === 'Verb' || NEVER_IN_PHRASE.includes(x)));

/** May this word stand inside a noun phrase (as a modifier)? Tagging of "supply" or "unmanned" as verbs is forgiven between nouns. */
function modifier(ts: Term[], i: number): boolean {
  const t = ts[i];
  // Inside a hyphenated compound every word belongs (ship-to-shore cranes).
  if (i > 0 && hyphenJoined(ts, i - 1)) return true;
  // "agreed to slash reciprocal tariffs": a word right after an infinitive "to" is its verb, not a modifier.
  if (i > 0 && /^to$/i.test(ts[i - 1].text) && ts[i - 1].tags.includes('Conjunction') && /^[a-z]+$/.test(t.text)) return false;
  // "Section 301 tariffs": a number right after a capitalised word is part of its name.
  if (/^\d[\d.]*$/.test(t.text) && !t.tags.includes('Date') && i > 0 && joined(ts, i - 1) && /^[A-Z][a-z]/.test(ts[i - 1].text)) return true;
  // "copper 232 tariffs", "fiscal 2025 budget": a bare number between a noun (or "fiscal") and the phrase's next word is part of it.
  if (/^\d{1,4}$/.test(t.text) && i > 0 && joined(ts, i - 1) && joined(ts, i) && numberHolder(ts[i - 1])) return true;
  // "2-nanometre chips", "5G networks", "300mm wafers": a number fused with its unit is a technical modifier.
  if (TECH_NUMBER.test(t.text) || (/^\d[\d.]*$/.test(t.text) && hyphenJoined(ts, i) && /^[a-z]+$/.test(ts[i + 1]?.text ?? ''))) return true;
  if (!t.text || /\d/.test(t.text) && !/^[A-Z]/.test(t.text) || FUNCTION_WORD.test(t.text)) return false;
  // "has cut magnet deliveries": a word right after has/have/had is a participle, whatever its tag.
  if (i > 0 && /^(?:has|have|had)$/i.test(ts[i - 1].text)) return false;
  if (t.tags.some((x) => NEVER_IN_PHRASE.includes(x))) return false;
  if (isPossessive(t)) return false;
  if (t.tags.includes('Noun') || t.tags.includes('Adjective') || t.tags.includes('Acronym')) return true;
  if (t.tags.includes('Abbreviation') && /^[A-Z]{2,}$/.test(t.text)) return true;
  // "critical supply chains", "its unmanned aerial systems": compromise reads some modifiers as
  // verbs; such a word counts after an adjective or acronym, or (a participle) after a determiner.
  if (t.tags.includes('Verb') && !t.tags.includes('Gerund') && !/s$/.test(t.text)) {
    const [prev, next] = [ts[i - 1], ts[i + 1]];
    if (!next || !(next.tags.includes('Noun') || next.tags.includes('Adjective'))) return false;
    // A bare form after an adjective or acronym (critical supply chains); never a past tense there (USTR took …).
    if (prev && joined(ts, i - 1) && (prev.tags.includes('Adjective') || prev.tags.includes('Acronym')) && !t.tags.includes('PastTense')) return true;
    // ("that resumed sales": after "that" it is the clause's verb.)
    return /(?:ed|en)$/.test(t.text) && (!prev || isPossessive(prev) || prev.tags.includes('Determiner') || prev.tags.includes('Preposition')) && !/^that$/i.test(prev?.text ?? '');
  }
  return false;
}

/** The head class of the phrase ending at term i (two-word heads such as "supply chains" first). */
function headAt(ts: Term[], i: number): { label: NodeLabel; size: number } | undefined {
  const w = words();
  const t = ts[i];
  const prev = ts[i - 1];
  if (prev && joined(ts, i - 1)) {
    const sep = hyphenJoined(ts, i - 1) ? '-' : ' ';
    const two = w.head.get(`${lower(prev)}${sep}${lower(t)}`);
    if (two) return { label: two, size: 2 };
    // "tariff increases", "export-control relief": a change to a policy is a policy.
    if (w.change.has(lower(t)) && policyWord(lower(prev))) return { label: 'Policy', size: 2 };
  }
  const one = w.head.get(lower(t)) ?? (w.products.has(lower(t)) ? 'Product' : w.standalone.has(lower(t)) ? 'Concept' : undefined);
  return one ? { label: one, size: 1 } : undefined;
}

/** tariff, tariffs, export-control: a word whose own head class is Policy. */
function policyWord(word: string): boolean {
  const h = words().head;
  return [word, `${word}s`, word.split('-').pop()!, `${word.split('-').pop()}s`].some((x) => h.get(x) === 'Policy');
}

/** The label a phrase's head noun gives it (interim final rule → Policy), if any. */
export function headLabel(phrase: string): NodeLabel | undefined {
  const ws = phrase.toLowerCase().split(/\s+/);
  return words().head.get(ws.slice(-2).join(' ')) ?? words().head.get(ws[ws.length - 1]);
}

/** Evaluative or generic words cut from the front of a phrase (higher, significant, other). */
export const isLeadStop = (word: string): boolean => words().leadStop.has(word.toLowerCase());

/** What a bare policy word targets: "on" and up to five words, stopping at punctuation, a clause word or a second preposition. */
// A capitalised word keeps its number (Section 301); a word before a comma or full stop still counts.
const TARGET = /^\s+(?:on|against)\s+(?:(?!(?:to|from|by|that|which|who|will|would|and|or|in|at|for|as|is|are|was|were|after|since|until|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w.’'-]*\s+\d[\w.-]*|[A-Za-z][\w.’'-]*)(?:\s+|(?=[,;:)”"!?]|$))|of\s+(?=[a-z])){1,6}/;
/** The target TARGET found after `end`, as an end offset (trailing full stop off), or `end`. */
const targetEnd = (text: string, end: number) => {
  const m = TARGET.exec(text.slice(end, Math.min(text.length, end + 60)));
  // "fees on U.S.-built liquified natural gas (LNG) vessels": a target going on past a bracket is no target.
  return m && text[end + m[0].length] !== '(' ? end + m[0].trimEnd().replace(/[.’']+$/, '').length : end;
};

/** Title Case words the lexicon calls a place, or that the text names after "in" (its plant in Chitose). */
export function isPlaceName(text: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(name)) return false;
  const known = lexicon().lookup(name)?.label;
  return known ? known === 'Place' : new RegExp(`\\b(?:in|of)\\s+${name}\\b`, 'u').test(text);
}

/** "Chitose office": capitalised words before a lowercase facility word (english-phrases.json facilityHeads). */
export const isFacilityName = (name: string): boolean => /^\p{Lu}\S*(?:\s\p{Lu}\S*)*\s\p{Ll}+$/u.test(name) && words().facility.has(name.split(/\s+/).pop()!);

/** A phrase ending in a head noun: walk left while the words are modifiers. */
function headPhrases(ts: Term[], base: number, text: string): Mention[] {
  const w = words();
  const out: Mention[] = [];
  const content = ts.filter((t) => /^[A-Za-z]/.test(t.text) && !FUNCTION_WORD.test(t.text));
  const headline = content.length >= 4 && content.filter((t) => /^[A-Z]/.test(t.text)).length / content.length >= 0.8;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const head = headAt(ts, i);
    if (!head) continue;
    // The phrase goes on past a noun head ("national security concerns"): its head is a later word.
    const next = ts[i + 1];
    // A capitalised run goes on into the next capitalised word (Harmonized Tariff Schedule).
    const goesOn = next && next.tags.includes('Noun') && !next.tags.some((x) => NEVER_IN_PHRASE.includes(x)) && (!next.tags.includes('ProperNoun') || /^[A-Z]/.test(t.text));
    if (!isPossessive(t) && joined(ts, i) && goesOn) continue;
    // Nor does it end inside a hyphenated compound before a head ("technology transfer-related policies").
    if (hyphenJoined(ts, i) && joined(ts, i + 1) && ts[i + 2] && headAt(ts, i + 2)) continue;
    let s = i - head.size + 1;
    while (s > 0 && joined(ts, s - 1) && modifier(ts, s - 1)) s--;
    // A hyphenated compound is taken whole (two-day public hearing, not "day public hearing").
    while (s > 0 && hyphenJoined(ts, s - 1)) s--;
    // "2-nanometre pilot line": a technical number belongs to a product (2-nanometre chips), not to other heads.
    while (head.label !== 'Product' && s < i && (TECH_NUMBER.test(ts[s].text) || (/^\d/.test(ts[s].text) && hyphenJoined(ts, s)))) s += hyphenJoined(ts, s) ? 2 : 1;
    // "Chinese steel", "Fortress steel": before a bare material word a capitalised word is no part of a product's name.
    if (w.products.has(lower(t)) && !w.head.has(lower(t)) && s < i && /^\p{Lu}/u.test(ts[s].text)) s = i;
    const walked = s;
    while (s < i - head.size + 1 && w.leadStop.has(lower(ts[s]))) s++;
    // Four words at most, a hyphenated compound counting as one (foreign-built car carrier vessels):
    // a longer run (or one over a node name's 40 characters) keeps its last words.
    const units = (from: number) => ts.slice(from, i + 1).filter((_, k) => k === 0 || !hyphenJoined(ts, from + k - 1)).length;
    const long = (from: number) => units(from) > 4 || ts[i].offset.start + ts[i].offset.length - ts[from].offset.start > 40;
    const cut = long(s);
    while (s < i && long(s)) {
      s++;
      while (s < i && hyphenJoined(ts, s - 1)) s++;
    }
    // A cut Title Case run ("… Annual United States Goods Trade Deficits") is a fragment of a title.
    if (cut && /^[A-Z]/.test(ts[s - 1].text) && /^[A-Z]/.test(ts[s].text)) continue;
    // "U.S. national security" is national security, "PRC aerospace programs" aerospace programs (the
    // place is a node of its own); "U.S.-origin items" is one word and "PRC Government" a name.
    // ("China-bound shipments" keeps its place: it is one word.) A known organisation before two more
    // words goes too ("AMD China chip sales"), not before one ("BIS license").
    const lead = () => (hyphenJoined(ts, s) || /-/.test(ts[s].text) ? undefined : lexicon().lookup(ts[s].text)?.label);
    if (head.label !== 'Organization' && s < i - head.size - 1 && lead() === 'Organization') s++;
    if (head.label !== 'Organization' && s < i - head.size && lead() === 'Place') s++;
    // "longstanding Department of the Treasury practice": a capitalised organisation head starts a
    // name (lowercase words before it are no part of it) that runs on through "of the Treasury".
    const orgName = head.label === 'Organization' && /^[A-Z]/.test(t.text) && !isPossessive(t);
    // Any capitalised head mid-sentence ends a name: "enforceable Phase One Agreement" is Phase One Agreement.
    const named = /^[A-Z][a-z]/.test(t.text) && ts.indexOf(t) > 0;
    while ((orgName || named) && s < i && !/^[A-Z0-9]/.test(ts[s].text)) s++;
    const first = ts[s];
    const last = t;
    const start = base + first.offset.start;
    let end = base + last.offset.start + last.offset.length - (isPossessive(last) ? 2 : 0);
    if (orgName) end += /^\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*)*/.exec(text.slice(end, end + 60))?.[0].replace(/\.$/, '').length ?? 0;
    // "natural gas (LNG) vessels" is LNG vessels.
    const name = text.slice(start, end).replace(/\)\s+/, ' ');
    // In a headline every word is capitalised: a Title Case phrase there is a fragment of the title.
    if (headline && /^[A-Z]/.test(name) && name.split(/\s+/).every((x) => /^[A-Z0-9]/.test(x) || FUNCTION_WORD.test(x))) continue;
    const single = !/\s/.test(name);
    // "its Chitose office": a place before a facility word names where the facility is, not a body.
    if (head.label === 'Organization' && w.facility.has(lower(t)) && s < i) {
      const place = text.slice(start, base + ts[i - 1].offset.start + ts[i - 1].offset.length);
      if (isPlaceName(text, place)) out.push({ start, end: start + place.length, name: place, label: 'Place', rule: 'english' });
      if (/^\p{Lu}/u.test(place)) continue;
    }
    // "curbs on high-bandwidth memory": a constraining cue word keeps its target apart (the relation rules
    // read CONSTRAINS from it); other bare policy words are named by their target.
    if (single && head.label === 'Policy' && !cues().constrains.forward.includes(name.toLowerCase())) {
      // "new restrictions on exports of advanced semiconductors": a bare policy word is named by its target.
      // Within a node name's 40 characters: "restrictions on exports of advanced semiconductors" is cut at "of".
      let e = targetEnd(text, end);
      while (e - start > 40 && text.slice(start, e).lastIndexOf(' of ') > 0) e = start + text.slice(start, e).lastIndexOf(' of ');
      if (e > end && e - start <= 40) {
        out.push({ start, end: e, name: text.slice(start, e), label: 'Policy', rule: 'english' });
        continue;
      }
    }
    if (single) {
      const one = name.toLowerCase();
      if (w.standalone.has(one) || w.products.has(one)) out.push({ start, end, name, label: head.label, rule: 'english' });
      // A bare head word (chips, tariffs, revenue) keeps its class but stays tentative: a node only if
      // it is named twice or takes part in a relation (extract.ts), as every plain noun does.
      // ("related materials", "other countries" name nothing: no bare head is left of them).
      else if (walked === s && !['Concept', 'Organization'].includes(head.label) && !w.bareStop.has(one) && t.tags.includes('Noun') && !t.tags.includes('Verb') && /^[A-Za-z][a-z-]+$/.test(name)) {
        out.push({ start, end, name, label: head.label, rule: 'english-np' });
      }
      continue;
    }
    // (a technical number may open it: 2-nanometre chips)
    if (name.length > 40 || !/^(?:[A-Za-z]|\d[\d.]*(?:[a-zA-Z]|-[a-z]))[\w.’'-]*(?:\s[\w.’'-]+)*$/.test(name)) continue;
    // "statutory report on Section 301 tariffs": a report or proceeding is named with its topic; the
    // short form stays an alias.
    const e = w.onHeads.has(t.text.toLowerCase()) && /^[a-z]/.test(t.text) ? targetEnd(text, end) : end;
    if (e > end && e - start <= 60) out.push({ start, end: e, name: text.slice(start, e), label: head.label, rule: 'english', aliases: [name] });
    else out.push({ start, end, name, label: head.label, rule: 'english' });
  }
  return out;
}

/** such as defense, automotive, medical devices, and power generation: one node per member. */
function listMembers(ts: Term[], base: number, text: string, slice: string): Mention[] {
  const w = words();
  const out: Mention[] = [];
  const re = w.marker;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const from = m.index + m[0].length;
    // An acronym in brackets after a member (intellectual property (IP), …) is blanked, offsets kept.
    const rest = slice.slice(from).replace(/\s*\([A-Z][A-Za-z&/.-]{1,9}\)/g, (x) => ' '.repeat(x.length));
    const stop = rest.search(/[.;:()“”"—–]|\s[-–]\s/);
    const body = rest.slice(0, stop < 0 ? rest.length : stop).replace(/\s+$/, '');
    // Members are separated by commas and a final and/or (", and power generation and the electrical grid").
    const parts: { at: number; s: string }[] = [];
    let at = 0;
    for (const sep of body.matchAll(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/g)) {
      parts.push({ at, s: body.slice(at, sep.index) });
      at = sep.index! + sep[0].length;
    }
    parts.push({ at, s: body.slice(at) });
    const members: Mention[] = [];
    const unclassed = new Set<Mention>();
    for (const p of parts) {
      const lead = /^\s*(?:(?:the|a|an)\s+)?/.exec(p.s)![0];
      const item = p.s.slice(lead.length).trimEnd();
      const s = base + from + p.at + lead.length;
      const first = item.split(/\s+/)[0]?.toLowerCase() ?? '';
      if (!item || w.tail.has(first)) break;
      const terms = ts.filter((t) => base + t.offset.start >= s && base + t.offset.start < s + item.length);
      // A member is a short lowercase noun phrase; anything else (a clause, a name, a number) ends the list.
      // (and no preposition: "export controls on rare earths" is a policy and its target, not a member).
      if (item.split(/\s+/).length > 4 || !/^[a-z][a-z -]*$/.test(item) || !terms.length || item.split(/\s+/).some((x) => FUNCTION_WORD.test(x))) break;
      const lastT = terms[terms.length - 1];
      // "copper pipes", "concentrates": in a list a plural the tagger read as a verb is still a noun.
      const plural = (t: Term) => t.tags.includes('PresentTense') && !t.tags.includes('Infinitive') && /[a-z]s$/.test(t.text);
      if (!(lastT.tags.includes('Noun') || lastT.tags.includes('Adjective') || plural(lastT)) || terms[0].tags.includes('Gerund') || (terms[0].tags.includes('Verb') && !plural(terms[0]))) break;
      const head = w.head.get(item.split(/\s+/).slice(-2).join(' ')) ?? w.head.get(lower(lastT));
      members.push({ start: s, end: s + item.length, name: text.slice(s, s + item.length), label: head ?? 'Concept', rule: 'english' });
      if (!head) unclassed.add(members[members.length - 1]);
    }
    if (members.length < 2) continue;
    // "derivative products (such as pipe fittings, cables, … electrical components)": members the head
    // nouns leave unclassed take the class of the noun before the cue, else of their classed siblings.
    // ("industries like defense, …, medical devices": a classed head before the cue decides alone.)
    const classed = new Set(members.filter((x) => !unclassed.has(x)).map((x) => x.label));
    const before = listHeadBefore(ts, base, base + m.index);
    const kind = before ? (['Product', 'Policy'].includes(before) ? before : undefined) : classed.size === 1 ? [...classed][0] : undefined;
    out.push(...members.map((x) => (kind && kind !== 'Organization' && unclassed.has(x) ? { ...x, label: kind } : x)));
  }
  return out;
}

/** The class of the head noun right before a list cue ("input materials (such as"), if it has one. */
function listHeadBefore(ts: Term[], base: number, cueAt: number): NodeLabel | undefined {
  let i = ts.length - 1;
  while (i >= 0 && base + ts[i].offset.start >= cueAt) i--;
  if (i < 0 || !/^[\s(,]*$/.test(`${ts[i].post ?? ''}`)) return undefined;
  return headAt(ts, i)?.label;
}

/** “Export Controls on Semiconductor Manufacturing Items”: a quoted Title Case title of a rule is a Policy. */
function quotedTitles(base: number, text: string, slice: string): Mention[] {
  const w = words();
  const out: Mention[] = [];
  for (const m of slice.matchAll(/[“"]([A-Z][^“”"]{4,120}?)[”"]/g)) {
    let title = m[1];
    // "Implementation of Additional Export Controls: Certain …": the title is the part before the colon.
    title = title.split(/[:;]/)[0].trim();
    const ws = title.split(/\s+/);
    // A title longer than a node name keeps its whole form as an alias (names.ts cuts the name).
    if (title.length > 100 || ws.length < 2) continue;
    if (!ws.every((x) => /^[A-Z0-9]/.test(x) || /^(?:of|on|for|and|the|to|in|a|an|with|by)$/.test(x))) continue;
    if (!ws.some((x) => w.quotedTitle.has(x))) continue;
    const s = base + m.index! + 1;
    out.push({ start: s, end: s + title.length, name: text.slice(s, s + title.length), label: 'Policy', rule: 'english' });
  }
  return out;
}

let actOfRe: RegExp | undefined;
/** its invasion of Ukraine: an act against a named place or party is an Event. */
function actsOf(base: number, text: string, slice: string): Mention[] {
  actOfRe ??= new RegExp(`\\b(?:${clauseWords().eventOfNouns.join('|')})\\s+of\\s+(?:the\\s+)?[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3}`, 'g');
  const out: Mention[] = [];
  for (const m of slice.matchAll(actOfRe)) {
    const s = base + m.index!;
    const name = m[0].replace(/[.’']+$/, '');
    if (name.length > 40 || /^[A-Z]/.test(name)) continue;
    out.push({ start: s, end: s + name.length, name, label: 'Event', rule: 'english', dateRole: 'occurred' });
  }
  return out;
}

/** Executive Order 14316, Announcement No. 61: an instrument named by its number is a Policy. */
function numberedTitles(base: number, text: string, slice: string): Mention[] {
  return [...slice.matchAll(words().numbered)].map((m) => ({
    start: base + m.index!,
    end: base + m.index! + m[0].length,
    name: m[0],
    label: 'Policy' as NodeLabel,
    rule: 'english' as const,
    dateRole: 'occurred' as const,
  }));
}

/** The sentence text[start, end)'s head-noun phrases, enumeration members and quoted rule titles. */
export function phraseMentions(terms: Term[], text: string, start: number, end: number): Mention[] {
  const slice = text.slice(start, end);
  return [...headPhrases(terms, start, text), ...listMembers(terms, start, text, slice), ...quotedTitles(start, text, slice), ...actsOf(start, text, slice), ...numberedTitles(start, text, slice)];
}
