// English sentences: people, places and organisations through compromise (fed the lexicon's Latin
// names as a plugin, so Trump, Xi, Brookings and Reuters are known); event phrases ending in an
// English event word (the Busan truce, the Supreme Court IEEPA Decision); and plain noun phrases
// (border security, trade deficit) as candidate Concepts, which extract.ts keeps only when they
// matter: mentioned twice, or a party to an evidenced relation.
import nlp from 'compromise';
import type { NodeLabel } from '../../model/index.js';
import { isCodeCitation, lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { isFacilityName, isLeadStop, isPlaceName, phraseMentions, type Term as PhraseTerm } from './english-phrases.js';
import { englishShapes, refineEnglish } from './english-refine.js';
import { definedAcronymMentions } from './english-acronyms.js';
import { restrictedPartyMentions } from './english-purpose.js';
import { wireMentions } from './english-wire.js';
import { reviseEnglishNames } from './english-names.js';
import { englishPlaceMentions } from './places.js';

const TAG: Partial<Record<NodeLabel, string>> = { Person: 'Person', Place: 'Place', Organization: 'Organization' };
let ready = false;
let eventRe: RegExp | undefined;
let nounStop: Set<string> | undefined;

function prepare(): void {
  if (ready) return;
  const words: Record<string, string> = {};
  for (const e of lexicon().entries) {
    const tag = TAG[e.label];
    if (!tag) continue;
    for (const a of e.aliases) if (/^[A-Za-z][A-Za-z .'-]+$/.test(a) && a.length > 2) words[a.toLowerCase()] = tag;
  }
  nlp.plugin({ words });
  const r = rules();
  eventRe = new RegExp(`\\b((?:[A-Z][\\w'’-]*\\s+){1,4})(${r.englishEventWords.join('|')})\\b`, 'gi');
  nounStop = new Set(r.englishNounStopwords);
  ready = true;
}

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
const ORG_VERB_AFTER = /^\s+(?:said|says|announced|reported|stated|estimated|Inc\b|Corp\b)/;
let roleSet: Set<string> | undefined;
const roleWords = () => (roleSet ??= new Set(rules().roleWords));
function knownOrganization(name: string): boolean {
  if (lexicon().lookup(name)?.label === 'Organization') return true;
  const lex = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  return lex[name.toLowerCase()] === 'Organization';
}

// Title Case names by their event word: an instrument (… Act, … Controls) is a Policy (one list with english-refine.ts: english.json policyEventWords).
const eventLabel = (word: string): NodeLabel => (englishShapes().policyEventWords.includes(word.toLowerCase()) ? 'Policy' : 'Event');

interface Found {
  text: string;
  offset: { start: number; length: number };
}
interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Runs of common nouns (with their adjectives) inside compromise's noun phrases: "border security". */
function nounPhrases(doc: ReturnType<typeof nlp>, base: number): Mention[] {
  const out: Mention[] = [];
  const stop = nounStop ?? new Set<string>();
  // toView(): the plain view's json, without the per-noun parse (plural, adjectives…) nothing here reads.
  for (const np of doc.nouns().toView(null).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]) {
    let run: Term[] = [];
    const flush = () => {
      while (run.length && !run[run.length - 1].tags.includes('Noun')) run.pop();
      while (run.length && run[0].tags.some((t) => t === 'Determiner' || t === 'Possessive')) run.shift();
      // "Higher tariffs" is tariffs, and "other countries" no thing at all (not a second "countries").
      if (run.length && isLeadStop(run[0].text)) run = run.length > 2 ? run.slice(1) : [];
      // "has cut magnet deliveries": a word right after has/have/had is a participle, no part of the noun.
      if (run.length > 1 && /\b(?:has|have|had)\s+$/i.test(doc.text().slice(Math.max(0, run[0].offset.start - 6), run[0].offset.start))) run = run.slice(1);
      if (run.length && run.length <= 4) {
        const s = base + run[0].offset.start;
        const last = run[run.length - 1];
        const e = base + last.offset.start + last.offset.length;
        const name = run.map((t) => t.text).join(' ').replace(/[’']s$/, '');
        // The head (last word) decides: "stated intent", "PRC access" are not things.
        const head = run[run.length - 1].text.toLowerCase().replace(/[^a-z-]/g, '');
        if (!stop.has(head) && /^[a-z][a-z -]+$/i.test(name) && name.length >= 4) {
          out.push({ start: s, end: e, name: name.toLowerCase() === name ? name : name, label: 'Concept', rule: 'english-np' });
        }
      }
      run = [];
    };
    for (const t of np.terms) {
      const content = (t.tags.includes('Noun') || t.tags.includes('Adjective')) && !t.tags.some((x) => ['ProperNoun', 'Acronym', 'Pronoun', 'Value', 'Date', 'Determiner', 'Possessive', 'Preposition', 'Conjunction'].includes(x));
      if (content) run.push(t);
      else flush();
      if (/[,;:.]$/.test(t.text) || t.tags.includes('Possessive')) flush();
    }
    flush();
  }
  return out;
}

/**
 * "Nvidia Corp and Advanced Micro Devices Inc": two companies, when the part before "and" ends in a
 * legal form or either part is a known organisation ("Bureau of Industry and Security" stays one).
 */
function splitCompanies(f: Found): Found[] {
  const m = /^(.+?)\s+and\s+(.+)$/.exec(f.text);
  if (!m) return [f];
  const clean = (x: string) => x.replace(/^(?:the|a|an)\s+/i, '').replace(/[.,]+$/, '');
  if (!/\b(?:Corp|Inc|Ltd|LLC|Co|Group|Holdings|Corporation|Incorporated)\.?$/.test(m[1]) && !knownOrganization(clean(m[1])) && !knownOrganization(clean(m[2]))) return [f];
  const second = f.text.length - m[2].length;
  return [
    { text: m[1], offset: { start: f.offset.start, length: m[1].length } },
    { text: m[2], offset: { start: f.offset.start + second, length: m[2].length } },
  ];
}

export function englishMentions(text: string, start: number, end: number): Mention[] {
  prepare();
  const slice = text.slice(start, end);
  const doc = nlp(slice);
  // The terms compromise tagged once serve the head-noun phrases too (no second parse). Read them
  // before the people/places/organizations views, which retag "of" and "and" inside a name.
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: PhraseTerm[] }[]).flatMap((x) => x.terms);
  const out: Mention[] = [];
  const add = (found: Found[], label: NodeLabel) => {
    // "SMIC, YMTC and CXMT" may come back as one match: each comma-separated part is a name of its own
    // (but "Learning Resources, Inc." is one).
    const parts = found.flatMap((f) =>
      [...f.text.matchAll(/(?:[^,]|,(?=\s*(?:Inc|Ltd|Corp|LLC|Co|Jr)\b))+/g)].map((p) => ({ text: p[0].trimStart(), offset: { start: f.offset.start + p.index! + (p[0].length - p[0].trimStart().length), length: p[0].trimStart().length } })),
    );
    for (const f of label === 'Organization' ? parts.flatMap(splitCompanies) : parts) {
      // "People's Republic of China (PRC, or China)": the name ends where the brackets start.
      const name = f.text.split(/\s*[(（]/)[0].replace(/^(?:the|a|an)\s+/i, '').replace(/[’']s$/, '').replace(/[.,;:!?"”)]+$/, '').replace(/[’']s$/, '').trim();
      if (name.length < 2) continue;
      const s = start + f.offset.start + f.text.indexOf(name);
      // RIN 0694-AK11, a bare "President": a person's name has no digits and is more than a title.
      if (label === 'Person' && (/\d/.test(name) || !/\p{Ll}/u.test(name) || roleWords().has(name))) continue;
      if (isCodeCitation(text, s, s + name.length)) continue;
      // "its Chitose office" is where the company works, no organisation: the place, if it is one.
      if (label === 'Organization' && isFacilityName(name)) {
        const place = name.slice(0, name.lastIndexOf(' '));
        if (isPlaceName(text, place)) out.push({ start: s, end: s + place.length, name: place, label: 'Place', rule: 'english' });
        continue;
      }
      // IPO, PUE, CFO: compromise calls every unknown acronym an organisation; the lexicon, compromise's
      // own organisation list or a reporting verb after it (CSIS said) decide, else it is a term that
      // becomes a node only if it matters.
      if (label === 'Organization' && ACRONYM.test(name) && !knownOrganization(name) && !ORG_VERB_AFTER.test(text.slice(s + name.length, s + name.length + 12))) {
        out.push({ start: s, end: s + name.length, name, label: 'Concept', rule: 'english-np' });
        continue;
      }
      out.push({ start: s, end: s + name.length, name, label, rule: 'english' });
    }
  };
  // Plain views' json (toView): the people view would also parse every name into first/last/gender.
  add(doc.people().toView(null).json({ offset: true }) as Found[], 'Person');
  add(doc.places().toView(null).json({ offset: true }) as Found[], 'Place');
  add(doc.organizations().toView(null).json({ offset: true }) as Found[], 'Organization');
  // "The 50 percent ownership standard": the tagger leaves the number out, but "percent …" needs it.
  for (const m of nounPhrases(doc, start)) {
    const n = /^percent\b/i.test(m.name) ? /\d[\d.,]*\s+$/.exec(text.slice(Math.max(start, m.start - 8), m.start)) : null;
    out.push(n ? { ...m, start: m.start - n[0].length, name: text.slice(m.start - n[0].length, m.end) } : m);
  }
  const re = eventRe!;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[1].trim().replace(/^(?:The|A|An|This|That|Its|Their|These|Those)\s+/, '');
    if (!lead || !/^[A-Z]/.test(lead)) continue;
    const s = start + m.index + m[0].indexOf(lead);
    const e = start + m.index + m[0].length;
    out.push({ start: s, end: e, name: `${lead} ${m[2]}`, label: eventLabel(m[2]), rule: 'english', dateRole: 'occurred' });
  }
  const phrases = [...phraseMentions(terms, text, start, end), ...restrictedPartyMentions(text, start, end), ...wireMentions(text, start, end)];
  // A head-noun phrase is the better cut of the plain noun run it overlaps ("substantial military applications").
  const kept = refineEnglish(text, start, end, out).filter((m) => m.rule !== 'english-np' || !phrases.some((p) => m.start < p.end && m.end > p.start));
  const named = reviseEnglishNames(text, start, end, [...kept, ...phrases, ...definedAcronymMentions(text, start, end)]);
  return [...named, ...englishPlaceMentions(text, start, end, named)];
}
