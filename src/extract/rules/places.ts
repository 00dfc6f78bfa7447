// Places no lexicon knows, found by the slot they stand in rather than by their name, so a new city
// in a new wire is still a place: English "its plant in Chitose", "the northern island of Hokkaido",
// "Aichi Prefecture"; Chinese 东莞工厂 (an ns word before a facility) and 位于荷兰奈梅亨，(an unknown
// name after 位于 and a known place). A span another rule or the lexicon already claims is left to
// it. Words are data in lexicon/places.json.
import { readFileSync } from 'node:fs';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { alternation as alt, matchesIn } from '../text.js';

interface PlaceWords {
  english: { facilities: string[]; ofHeads: string[]; nameHeads: string[]; orgTails: string[]; notPlaces: string[] };
  chinese: { facilities: string[]; locatives: string[]; nameTags: string[]; closers: string; notPlaces: string[] };
}
let data: PlaceWords | undefined;
const words = (): PlaceWords => (data ??= JSON.parse(readFileSync(new URL('../lexicon/places.json', import.meta.url), 'utf8')) as PlaceWords);

// One to three capitalised words (São Paulo, Nijmegen, New South Wales), no acronym.
const CAP = `\\p{Lu}[\\p{Ll}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}'’-]+){0,2}`;
let tailRe: RegExp | undefined;
const tail = () => (tailRe ??= new RegExp(`\\s+(?:${alt(words().english.nameHeads)})$`));
let en: { slot: RegExp; of: RegExp; head: RegExp } | undefined;
function enPatterns() {
  if (en) return en;
  const w = words().english;
  return (en = {
    slot: new RegExp(`\\b(?:${alt(w.facilities)})\\s+(?:in|near)\\s+(${CAP})(?![\\p{L}\\d])`, 'gu'),
    of: new RegExp(`\\b(?:${alt(w.ofHeads)})\\s+of\\s+(${CAP})(?![\\p{L}\\d])`, 'gu'),
    head: new RegExp(`(?<![\\p{L}\\d])(${CAP})\\s+(?:${alt(w.nameHeads)})\\b`, 'gu'),
  });
}

/** English places by slot, unless `claimed` (the sentence's other English mentions) or the lexicon names the span. */
export function englishPlaceMentions(text: string, start: number, end: number, claimed: Mention[]): Mention[] {
  const w = words().english;
  const p = enPatterns();
  const out: Mention[] = [];
  for (const re of [p.slot, p.of, p.head]) {
    for (const m of matchesIn(re, text, start, end)) {
      // "in Saga Prefecture" is Saga; "a plant at Tata Steel" is a company's, by its last word.
      const name = m[1].replace(tail(), '');
      if (w.orgTails.includes(name.split(/\s/).at(-1)!)) continue;
      const s = m.index + m[0].indexOf(m[1]);
      const e = s + name.length;
      if (e > end || w.notPlaces.includes(name.split(/\s/)[0])) continue;
      // "a plant in Taiwan Semiconductor…": a name running on into an organisation is that organisation's.
      if (claimed.some((c) => c.rule !== 'english-np' && c.label !== 'Concept' && s < c.end && e > c.start)) continue;
      if (lexicon().lookup(name) || lexicon().match(text, s, e).length) continue;
      if (out.some((o) => o.start === s)) continue;
      out.push({ start: s, end: e, name, label: 'Place', rule: 'english' });
    }
  }
  return out;
}

let zh: { facility: RegExp; locative: RegExp; closer: RegExp } | undefined;
function zhPatterns() {
  if (zh) return zh;
  const w = words().chinese;
  return (zh = { facility: new RegExp(alt(w.facilities), 'g'), locative: new RegExp(alt(w.locatives), 'g'), closer: new RegExp(`^${w.closers}`, 'u') });
}

const HAN = /^\p{Script=Han}+$/u;
const unknownHan = (name: string) => HAN.test(name) && name.length >= 2 && name.length <= 5 && !words().chinese.notPlaces.includes(name) && !lexicon().lookup(name);

/** Chinese places by slot: an ns word before a facility (东莞工厂), an unknown name after 位于 + a known place. */
export function zhPlaceMentions(text: string, start: number, end: number): Mention[] {
  const w = words().chinese;
  const p = zhPatterns();
  const out: Mention[] = [];
  const add = (s: number, e: number) => {
    if (!out.some((o) => o.start === s && o.end === e)) out.push({ start: s, end: e, name: text.slice(s, e), label: 'Place', rule: 'org-suffix' });
  };
  // 东莞工厂, 苏州基地: jieba's place word right before the facility (the window ends at the facility,
  // so the facility cannot join the word).
  for (const m of matchesIn(p.facility, text, start, end)) {
    const t = tagSpan(text, Math.max(start, m.index - 6), m.index).at(-1);
    if (!t || t.end !== m.index || t.tag !== 'ns' || !unknownHan(t.word) || t.start === Math.max(start, m.index - 6) && t.start > start) continue;
    add(t.start, t.end);
  }
  // 位于荷兰奈梅亨，: after 位于 and a known place, the unknown name up to a clause mark is a place inside it.
  for (const m of matchesIn(p.locative, text, start, end)) {
    const from = m.index + m[0].length;
    const known = lexicon().match(text, from, Math.min(end, from + 12)).find((x) => x.start === from && x.entry.label === 'Place');
    if (!known) continue;
    for (let e = known.end + 2; e <= Math.min(end, known.end + 5); e++) {
      if (!p.closer.test(text.slice(e, e + 1))) continue;
      const name = text.slice(known.end, e);
      const toks = tagSpan(text, known.end, e);
      if (unknownHan(name) && toks.every((t) => w.nameTags.includes(t.tag) || t.word.length === 1)) add(known.end, e);
      break;
    }
  }
  return out;
}
