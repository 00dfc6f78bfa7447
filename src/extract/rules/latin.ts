// Latin-script names inside Chinese text (Invezz, RealClearWorld, Google DeepMind, xAI, Ryan Hass,
// Congress.gov, B300). In Chinese prose a run of Latin words is nearly always a name; what kind of
// name it is comes from its form: a model code is a Product, a known first name makes a Person
// (compromise's own name lists), everything else an Organization until something says otherwise.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { NodeLabel } from '../../model/index.js';
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { isWordChar } from '../text.js';

// Words of a name: letters first, then letters, digits and inner . & ' - (Tom's, Congress.gov, xAI);
// abbreviations keep their dot (Inc., v.). Letters are any Latin letters, accented ones too
// (Stéphane Séjourné, Müller, Peña, Søren).
const L = String.raw`\p{Script=Latin}`;
const WORD = String.raw`(?:Inc|Ltd|Corp|Co|Jr|St|v)\.(?!${L})|${L}[${L}0-9&'’.\-]*[${L}0-9]|(?=\p{Lu})${L}`;
// A number after a name is part of it (S&P 500, Llama 4), unless it starts a date or an amount (Reuters 5 月 6 日).
const NUMBER = String.raw`\d+[A-Za-z]*(?![\d.]|\s*[年月日号%％万亿个家台条点岁位名只款项倍元美次人种分秒周天期批])`;
// Words are apart by spaces, or by one PDF line break inside the sentence (Kokusai ⏎ Electric).
const RUN = new RegExp(String.raw`(?:${WORD})(?:(?:[ \u00a0]*\r?\n[ \u00a0]*|[ \u00a0]+|,\s*(?=(?:Inc|Ltd|Corp|LLC)\b))(?:${WORD}|${NUMBER}))*`, 'gu');
const WORD_IN_RUN = new RegExp(`${WORD}|${NUMBER}`, 'gu');

let stop: Set<string> | undefined;
let productRe: RegExp | undefined;
let firstNames: Record<string, unknown> | undefined;

function isFirstName(w: string): boolean {
  firstNames ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  // Stéphane, José: the name lists hold first names without their accents.
  const tag = firstNames[w.toLowerCase()] ?? firstNames[w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  return tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName';
}

let roles: RegExp | undefined;
function roleAfter(after: string): boolean {
  roles ??= new RegExp(`^\\s*(?:${[...rules().roleWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return roles.test(after);
}

const UNIT_BEFORE = /\d[ \u00a0]?$/;
const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
// AMD MI308, Nvidia GB200: a name ending in a model code is the product.
const MODEL_CODE = /^[A-Z]{1,4}\d{2,4}[A-Z]?$/;
let acronymContext: { after: RegExp; before: RegExp } | undefined;
/**
 * 据 CSIS 统计, 韩国 KBS 援引, AMD: an all-caps word the lexicon does not know names an organisation
 * when its sentence says so; IPO, PUE, EDA 软件 are terms. An acronym in brackets after a name
 * ((…，IPI)) is that name's short form and keeps the name's kind.
 */
function acronymIsOrganization(text: string, s: number, e: number, start: number, end: number): boolean {
  const r = rules().acronymOrganization;
  const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
  acronymContext ??= { after: new RegExp(`^\\s*(?:${alt(r.after)})`), before: new RegExp(`(?:${alt(r.before)})\\s*$`) };
  firstNames ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  if (firstNames[text.slice(s, e).toLowerCase()] === 'Organization') return true;
  if (acronymContext.after.test(text.slice(e, Math.min(end, e + 6)))) return true;
  const before = text.slice(Math.max(start, s - 40), s);
  if (acronymContext.before.test(before)) return true;
  if (/[（(][^）)]*$/.test(before)) return true;
  return lexicon()
    .match(text, Math.max(start, s - 8), s)
    .some((m) => m.entry.label === 'Place' && /^\s*$/.test(text.slice(m.end, s)));
}

interface LatinKinds {
  productAfter: string[];
  headLabels: { ends: string[]; label: NodeLabel }[];
}
let kinds: { product: RegExp; heads: Map<string, NodeLabel> } | undefined;
function latinKinds() {
  if (kinds) return kinds;
  const k = (JSON.parse(readFileSync(new URL('../lexicon/rules.json', import.meta.url), 'utf8')) as { latinKinds: LatinKinds }).latinKinds;
  const heads = new Map<string, NodeLabel>();
  for (const g of k.headLabels) for (const w of g.ends) heads.set(w, g.label);
  return (kinds = { product: new RegExp(`^\\s*(?:${[...k.productAfter].sort((a, b) => b.length - a.length).join('|')})`), heads });
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
    // PMI 50: a short number after an acronym is its reading; Llama 4 and S&P 500 are names.
    const tail = words[words.length - 1];
    const before = words[words.length - 2];
    if (tail && before && /^\d+$/.test(tail.w) && tail.w.length < 3 && /^[A-Z]+$/.test(before.w)) words.pop();
    if (!words.length) continue;
    const s = words[0].s;
    const e = words[words.length - 1].e;
    const name = text.slice(s, e).replace(/\s+/g, ' ');
    if (isWordChar(text[s - 1]) || name.length < 2 || !/\p{Lu}/u.test(name)) continue;
    // 300 Wh/kg, 156 mAh/g, 5 GW: a short word right after a number is its unit, no name.
    if (words.length === 1 && name.length <= 4 && UNIT_BEFORE.test(text.slice(Math.max(start, s - 3), s))) continue;
    // 600150.SH, (005930.KS): letters after a stock code's digits and dot name its exchange, no company.
    if (words.length === 1 && name.length <= 4 && /\d\.$/.test(text.slice(Math.max(start, s - 2), s))) continue;
    // Morgan Stanley 分析师, OpenAI CEO: the name before a role word is the employer, not a person.
    const employer = roleAfter(text.slice(e, Math.min(end, e + 12)));
    // S&P 500 指数, MSCI 指数: a Latin name before 指数 is the index.
    const index = /^\s*指数/.test(text.slice(e, Math.min(end, e + 4)));
    // Cupra Tavascan 车型: the product word after the name says what it is; Clean Industrial Deal: its last word.
    const k = latinKinds();
    const headLabel = words.length >= 2 ? k.heads.get(words[words.length - 1].w) : undefined;
    // Not AI 芯片 (a term) nor Nvidia 芯片 (the maker): an unknown name of two words, or one after its maker (特斯拉 Optimus 机器人).
    const maker = () => lexicon().match(text, Math.max(start, s - 12), s).some((x) => x.entry.label === 'Organization' && /^\s*$/.test(text.slice(x.end, s)));
    const productAfter = !ACRONYM.test(name) && k.product.test(text.slice(e, Math.min(end, e + 8))) && !lexicon().lookup(name) && (words.length >= 2 || maker());
    const label = index
      ? 'Indicator'
      : headLabel
        ? headLabel
      : productRe.test(name) || productAfter || (words.length >= 2 && MODEL_CODE.test(words[words.length - 1].w))
        ? 'Product'
        : !employer && words.length >= 2 && words.length <= 3 && isFirstName(words[0].w)
          ? 'Person'
          : ACRONYM.test(name) && !employer && !acronymIsOrganization(text, s, e, start, end)
            ? 'Concept'
            : 'Organization';
    out.push({ start: s, end: e, name, label, rule: 'latin' });
  }
  return out;
}
