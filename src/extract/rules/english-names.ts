// English proper names the lexicon does not know, found by their shape: a capitalised run (with
// inner of/for/the, &, hyphens, accented letters, CamelCase, ALLCAPS) typed by the evidence around
// it — a role word before or an apposition after (Person), an organisation head word or noun
// (Organization), "according to X", a list whose other members are organisations. A bracketed or
// appositive acronym and a later bare surname name the same node. Members of an enumeration after
// "among them / such as / including" are each a node labelled like the noun before the cue.
// Word lists: lexicon/english-names.json; the runs: english-name-chunks.ts; lists: english-name-lists.ts.
// Only shapes with evidence make new mentions; compromise's guesses that the evidence contradicts
// (Person | April, Person | Frank of Frank Eckard) are dropped.
import nlp from 'compromise';
import type { NodeLabel } from '../../model/index.js';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { CAMEL, chunkText, nameChunks, words, type NameChunk } from './english-name-chunks.js';
import { enumerationMentions, listSiblings } from './english-name-lists.js';
import { isHeadline, tidyPersons } from './english-person.js';
import { forgetPerBriefing } from '../per-briefing.js';

const firstNameCache = new Map<string, boolean>();
function isFirstName(word: string): boolean {
  let v = firstNameCache.get(word);
  if (v === undefined) firstNameCache.set(word, (v = nlp(word).has('#FirstName')));
  return v;
}

const demonymCache = new Map<string, boolean>();
function isDemonym(word: string): boolean {
  let v = demonymCache.get(word);
  if (v === undefined) demonymCache.set(word, (v = nlp(word).has('#Demonym')));
  return v;
}

const PARTICLE = /^(?:van|von|de|der|den|da|di|du|la|le|bin|al)$/;

/** Two or three capitalised words with no head word: the shape of a person's name. */
function personShaped(c: NameChunk): boolean {
  const w = words();
  // "Geoffrey van Leeuwen": a lowercase particle may stand inside, never at either end.
  const ts = c.tokens.filter((t, i) => !(i > 0 && i < c.tokens.length - 1 && (PARTICLE.test(t.text) || /^\p{Lu}\.$/u.test(t.text))));
  return ts.length >= 2 && ts.length <= 3 && ts.every((t) => /^\p{Lu}[\p{Ll}'’-]/u.test(t.text) && !w.heads.has(t.text) && !w.roles.has(t.text.toLowerCase()));
}

/** The last token that is an organisation head ("Ministry" of Ministry of Commerce, "Partners"), if any. */
function hasOrgHead(c: NameChunk): boolean {
  const w = words();
  const ts = c.tokens;
  // "the Administration", "the Commission": a head word alone refers back, it names nothing new.
  if (ts.length < 2) return false;
  if (w.heads.has(ts[ts.length - 1].text)) return true;
  // "Alliance for Automotive Innovation", "Ministry of Commerce": a head right before of/for.
  return ts.some((t, i) => w.heads.has(t.text) && (ts[i + 1]?.text === 'of' || ts[i + 1]?.text === 'for'));
}

export interface TypedName {
  start: number;
  end: number;
  name: string;
  label: NodeLabel;
  aliases?: string[];
}

/**
 * A chunk with a role word inside it ("EU Trade Commissioner Maros Sefcovic"): the person after the
 * last role, and for a company's role ("Ford CEO Jim Farley") the organisation before it.
 */
function splitAtRole(c: NameChunk): { person: NameChunk; org?: NameChunk } | undefined {
  const w = words();
  const ts = c.tokens;
  for (let i = ts.length - 2; i >= 0; i--) {
    const two = i > 0 ? `${ts[i - 1].text} ${ts[i].text}`.toLowerCase() : '';
    const roleStart = w.roles.has(two) ? i - 1 : i;
    if (roleStart === i && !w.roles.has(ts[i].text.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(ts[i].text)) continue;
    let rest = ts.slice(i + 1);
    // "Secretary of Commerce Howard Lutnick": after the office the person starts at a known first name.
    if (['of', 'for'].includes(rest[0]?.text ?? '')) {
      const k = rest.findIndex((t, j) => j > 1 && isFirstName(t.text) && rest.length - j >= 2 && rest.length - j <= 3);
      if (k < 0) return undefined;
      rest = rest.slice(k);
    }
    const person = { start: rest[0].start, end: rest[rest.length - 1].end, tokens: rest };
    if (!personShaped(person)) return undefined;
    const lead = ts.slice(0, roleStart);
    const role = ts.slice(roleStart, i + 1).map((t) => t.text).join(' ').toLowerCase();
    // "Alliance CEO …": a head word alone refers back to an organisation named before, it names none.
    const org = lead.length && !(lead.length === 1 && w.heads.has(lead[0].text)) && w.companyRoles.has(role) && !lead.some((t) => w.roles.has(t.text.toLowerCase())) ? { start: lead[0].start, end: lead[lead.length - 1].end, tokens: lead } : undefined;
    return { person, ...(org ? { org } : {}) };
  }
  return undefined;
}

/** The label the words around a chunk give it, or undefined when they say nothing. */
function evidence(text: string, c: NameChunk, lineStart: number, headline: boolean): NodeLabel | undefined {
  const w = words();
  if (headline) return hasOrgHead(c) ? 'Organization' : undefined;
  const before = text.slice(Math.max(lineStart, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 80);
  const name = chunkText(text, c);
  const single = c.tokens.length === 1;
  // "the German magnet maker": a demonym names a people's adjective, not an organisation or person.
  if (single && isDemonym(name)) return undefined;
  if (hasOrgHead(c) || w.roleAt.test(before)) return 'Organization';
  if (officeShaped(text, c, before)) return 'Person';
  if (personShaped(c)) {
    if (w.roleBefore.test(before) || w.rolePast.test(after) || (w.saidBefore.test(before) && /^\s*[.,;]/.test(after))) return 'Person';
    // "Maruti Suzuki has said its stocks …": a speaker is a person unless it speaks of "its".
    if (w.sayAfter.test(after)) return thingAfter(after, 0, after.length) ? 'Organization' : 'Person';
    // "Jim Farley", "Nils Poel": a known first name opening two or three capitalised words.
    if (isFirstName(c.tokens[0].text) && !thingAfter(after, 0, after.length)) return 'Person';
  }
  if (w.orgNounBefore.test(before) || w.orgPast.test(after)) return 'Organization';
  if (single && CAMEL.test(name)) return 'Organization';
  if (w.sourceBefore.test(before)) return personShaped(c) && isFirstName(c.tokens[0].text) ? 'Person' : 'Organization';
  return undefined;
}

/**
 * The end of ", Trade and Industry" after an organisation named "… of Economy": one Title Case word
 * each, none a known name, the last followed by a lowercase word or punctuation. Undefined if none.
 */
function listedTail(text: string, c: NameChunk): number | undefined {
  const ts = c.tokens;
  if (ts.length < 3 || !['of', 'for'].includes(ts[ts.length - 2].text)) return undefined;
  const m = /^((?:,\s+\p{Lu}\p{Ll}+)+),?\s+and\s+\p{Lu}\p{Ll}+(?=\s+\p{Ll}|\s*[,.;:)(]|$)/u.exec(text.slice(c.end, c.end + 80));
  if (!m) return undefined;
  const parts = m[0].split(/,?\s+and\s+|,\s+/).filter(Boolean);
  // (compromise's own lexicon knows many company and place names: Toyota, Sony)
  if (parts.some((p) => lexicon().lookup(p) || isFirstName(p) || words().never.has(p) || nlp(p).has('(#Organization|#Place|#Person)'))) return undefined;
  return c.end + m[0].length;
}

/** "the Secretary of Commerce": a title of (for) one or two Title Case words names an office, held by a person. */
function officeShaped(text: string, c: NameChunk, before: string): boolean {
  const ts = c.tokens;
  const w = words();
  if (!/\bthe\s+$/i.test(before) || !w.roles.has(ts[0].text.toLowerCase()) || !['of', 'for'].includes(ts[1]?.text ?? '')) return false;
  const rest = ts.slice(2);
  if (rest.length < 1 || rest.length > 2 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  // "the Secretary of Commerce Howard Lutnick" elsewhere: the title belongs to a named person, not an office node.
  return !new RegExp(`${chunkText(text, c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\p{Lu}`, 'u').test(text);
}

interface TextIndex {
  text: string;
  typed: TypedName[];
  /** Bare acronyms and surnames → the full name they stand for. */
  refer: Map<string, TypedName>;
}
let memo: TextIndex | undefined;
forgetPerBriefing(() => {
  memo = undefined;
});

/** Every typed name of the text, and what its acronyms and surnames refer to (one pass, memoised per text). */
function textIndex(text: string): TextIndex {
  if (memo?.text === text) return memo;
  const typed: TypedName[] = [];
  const refer = new Map<string, TypedName>();
  for (const line of text.matchAll(/[^\n]+/g)) {
    const ls = line.index!;
    const headline = isHeadline(line[0]);
    for (const c of nameChunks(text, ls, ls + line[0].length)) {
      const split = headline ? undefined : splitAtRole(c);
      if (split?.org) typed.push({ start: split.org.start, end: split.org.end, name: chunkText(text, split.org), label: 'Organization' });
      const chunk = split?.person ?? c;
      const label = split ? 'Person' : evidence(text, c, ls, headline);
      if (!label) continue;
      const t: TypedName = { start: chunk.start, end: chunk.end, name: chunkText(text, chunk), label };
      // "Ministry of Economy, Trade and Industry said": the name goes on over ", Trade and Industry".
      if (label === 'Organization') t.end = listedTail(text, chunk) ?? t.end;
      t.name = text.slice(t.start, t.end);
      typed.push(t);
      // "European Association of Automotive Suppliers (CLEPA)" / "CLEPA, the European Association …".
      const bracket = /^\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/u.exec(text.slice(t.end, t.end + 14));
      const apposed = /(?:^|\s)(\p{Lu}{2,8}),\s+the\s+$/u.exec(text.slice(Math.max(ls, t.start - 20), t.start));
      const acronym = label === 'Organization' && chunk.tokens.length > 1 ? (bracket ?? apposed)?.[1] : undefined;
      if (acronym && !refer.has(acronym)) {
        t.aliases = [acronym];
        refer.set(acronym, t);
      }
      // "Nvidia Corp" … "Nvidia", "ASML Holding NV" … "ASML": the name without its legal forms is the
      // same company; the bare stem is an alias, so a lexicon's short name finds this node too.
      if (label === 'Organization' && t.end === chunk.end) {
        let n = chunk.tokens.length;
        while (n >= 2 && words().legalForms.has(chunk.tokens[n - 1].text)) {
          const stem = text.slice(chunk.start, chunk.tokens[n - 2].end);
          if (!refer.has(stem)) refer.set(stem, t);
          n--;
        }
        const stem = text.slice(chunk.start, chunk.tokens[n - 1].end);
        const known = lexicon().lookup(stem)?.label;
        if (n < chunk.tokens.length && (!known || known === 'Organization') && !words().never.has(stem)) t.aliases = [...(t.aliases ?? []), stem];
      }
      if (label === 'Person' && chunk.tokens.length >= 2) {
        const surname = chunk.tokens[chunk.tokens.length - 1].text;
        if (surname.length >= 3 && !refer.has(surname)) refer.set(surname, t);
      }
    }
  }
  // "According to CLEPA, the European Association …", "Acme Photonics said" after Acme Photonics Corp:
  // a short form typed on its own evidence is the full name it stands for.
  for (const t of typed) {
    const long = refer.get(t.name);
    if (long && long !== t && (long.start < t.start || /^\p{Lu}+$/u.test(t.name))) Object.assign(t, { name: long.name, label: long.label, aliases: [t.name, ...(long.aliases ?? [])] });
  }
  memo = { text, typed, refer };
  return memo;
}

/** The typed names inside text[start, end), with later bare acronyms and surnames as mentions of their full names. */
function typedMentions(text: string, start: number, end: number): Mention[] {
  const idx = textIndex(text);
  const out: Mention[] = [];
  for (const t of idx.typed) {
    if (t.start < start || t.end > end) continue;
    out.push({ start: t.start, end: t.end, name: t.name, label: t.label, rule: 'english', ...(t.aliases ? { aliases: t.aliases } : {}) });
  }
  // A later chunk that is exactly a known short form (Eckard, CLEPA, Nvidia of Nvidia Corp) is that name.
  for (const c of nameChunks(text, start, end)) {
    const short = chunkText(text, c);
    const t = idx.refer.get(short);
    if (!t || (c.start >= t.start && c.start < t.end) || out.some((o) => c.start < o.end && c.end > o.start)) continue;
    out.push({ start: c.start, end: c.end, name: t.name, label: t.label, rule: 'english', aliases: [short, ...(t.aliases ?? [])] });
  }
  return out;
}

/** The first pronoun after a name in its sentence is "its": the name is a company's, not a person's. */
function thingAfter(text: string, at: number, end: number): boolean {
  const p = words().pronoun.exec(text.slice(at, end));
  return !!p && words().thing.has(p[0]) && !/[,;:.]/.test(text.slice(at, at + p.index));
}

const NAME_LABELS: NodeLabel[] = ['Person', 'Organization', 'Place'];

/**
 * The sentence's English mentions with the typed names added: compromise's person, place and
 * organisation guesses that a typed name overlaps, or that are only never-name words (April), go.
 */
export function reviseEnglishNames(text: string, start: number, end: number, found: Mention[]): Mention[] {
  const w = words();
  // The lexicon's names stand as they are ("U.S. Commerce Department" stays the known Commerce Department).
  const known = found.filter((m) => m.rule === 'lexicon');
  const names = typedMentions(text, start, end).filter((n) => !known.some((k) => n.start < k.end && n.end > k.start));
  names.push(...listSiblings(text, start, end, [...found, ...names]));
  // A typed name replaces what the general rules guessed for the same words ("General Motors" as a
  // product by its head "motors"), and every person/place/organisation guess it overlaps.
  const kept = found.filter((m) => {
    if (m.rule !== 'english') return true;
    // (an Event or Policy named by its event word stays: "… Powers Act" is no organisation)
    if (names.some((n) => n.start === m.start && n.end === m.end)) return m.label === 'Event' || m.label === 'Policy';
    if (!NAME_LABELS.includes(m.label)) return true;
    if (text.slice(m.start, m.end).split(/\s+/).every((x) => w.never.has(x))) return false;
    return !names.some((n) => m.start < n.end && m.end > n.start);
  }).map((m) => (m.rule === 'english' && m.label === 'Person' && thingAfter(text, m.end, end) ? { ...m, label: 'Organization' as NodeLabel } : m));
  return tidyPersons(text, [...kept, ...names, ...enumerationMentions(text, start, end, [...kept, ...names])], (x) => w.roles.has(x.toLowerCase()));
}
