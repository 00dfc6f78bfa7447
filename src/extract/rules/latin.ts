// Latin-script names inside Chinese text (Invezz, RealClearWorld, Google DeepMind, xAI, Ryan Hass,
// Congress.gov, B300). In Chinese prose a run of Latin words is nearly always a name; what kind of
// name it is comes from its form: a model code is a Product, a known first name makes a Person
// (compromise's own name lists), everything else an Organization until something says otherwise.
import nlp from 'compromise';
import { rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { isWordChar } from '../text.js';

// Words of a name: letters first, then letters, digits and inner . & ' - (Tom's, Congress.gov, xAI);
// abbreviations keep their dot (Inc., v.).
const WORD = String.raw`(?:Inc|Ltd|Corp|Co|Jr|St|v)\.|[A-Za-z][A-Za-z0-9&'’.\-]*[A-Za-z0-9]|[A-Z]`;
const RUN = new RegExp(String.raw`(?:${WORD})(?:(?:[ \u00a0]+|,\s*(?=(?:Inc|Ltd|Corp|LLC)\b))(?:${WORD}))*`, 'g');
const WORD_IN_RUN = new RegExp(WORD, 'g');

let stop: Set<string> | undefined;
let productRe: RegExp | undefined;
let firstNames: Record<string, unknown> | undefined;

function isFirstName(w: string): boolean {
  firstNames ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  const tag = firstNames[w.toLowerCase()];
  return tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName';
}

/** Latin-script name runs within text[start, end). */
export function latinMentions(text: string, start: number, end: number): Mention[] {
  const r = rules();
  stop ??= new Set(r.latinStopwords.map((w) => w.toLowerCase()));
  productRe ??= new RegExp(r.latinProductPattern);
  const out: Mention[] = [];
  const slice = text.slice(start, end);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    const words: { w: string; s: number; e: number }[] = [];
    WORD_IN_RUN.lastIndex = 0;
    for (let w = WORD_IN_RUN.exec(m[0]); w; w = WORD_IN_RUN.exec(m[0])) {
      const s = start + m.index + w.index;
      words.push({ w: w[0], s, e: s + w[0].length });
    }
    // Stop words do not begin or end a name (The, Q1, Contents…).
    while (words.length && stop.has(words[0].w.toLowerCase())) words.shift();
    while (words.length && stop.has(words[words.length - 1].w.toLowerCase())) words.pop();
    if (!words.length) continue;
    const s = words[0].s;
    const e = words[words.length - 1].e;
    const name = text.slice(s, e).replace(/\s+/g, ' ');
    if (isWordChar(text[s - 1]) || name.length < 2 || !/[A-Z]/.test(name)) continue;
    const label = productRe.test(name)
      ? 'Product'
      : words.length >= 2 && words.length <= 3 && isFirstName(words[0].w)
        ? 'Person'
        : 'Organization';
    out.push({ start: s, end: e, name, label, rule: 'latin' });
  }
  return out;
}
