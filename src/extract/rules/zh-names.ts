// Chinese names of companies and venues no lexicon holds. A company is often written as a short
// name and its trade (闻泰科技, 宇树科技, 安世半导体) with no suffix such as 公司; jieba does not know
// the short name (it tags 闻泰 x) or knows the whole as an organisation (中信证券 nt). A venue is
// named where something happens in it (在国家速滑馆开幕). Words are data in lexicon/zh-phrases.json.
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy, alternation as alt } from '../text.js';
import { yearNotCode } from './false-edges.js';
import { zhWords } from './zh-phrase.js';

const HAN = /^\p{Script=Han}+$/u;

let compiled: { trade: RegExp; venue: RegExp; code: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const w = zhWords().entities;
  return (compiled = {
    trade: new RegExp(alt(w.companies.tradeWords), 'g'),
    // 在(北京)国家速滑馆开幕: the venue runs from after 在 to its venue word, before what happens.
    code: new RegExp(`(?<=\\p{Script=Han})\\s?(${w.productCodes.code})(?!${w.productCodes.notAfter})`, 'gu'),
    venue: new RegExp(`(?:${alt(w.venues.before)})(\\p{Script=Han}{2,14}?(?:${alt(w.venues.ends)}))(?=${alt(w.venues.after)})`, 'gu'),
  });
}

/** 闻泰科技, 中信证券: a company named by a short name and its trade. */
export function companyMentions(text: string, start: number, end: number): Mention[] {
  const w = zhWords().entities.companies;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().trade, text, start, end)) {
    const e = m.index + m[0].length;
    const tokens = tagSpan(text, Math.max(start, m.index - w.nameChars.max - 2), Math.min(end, e + 2));
    const last = tokens.find((t) => t.start <= m.index && t.end >= e);
    if (!last || last.end !== e) continue;
    let s: number | undefined;
    if (last.start < m.index) {
      // 中信证券/nt, 恒瑞医药/nz: jieba's own word for the company, when what comes before the trade is
      // a name of two characters or more and no trade itself (中医药, 新能源汽车/nz are sectors).
      const prefix = text.slice(last.start, m.index);
      const named = w.orgTags.includes(last.tag) || (last.tag === 'nz' && !w.tradeWords.includes(prefix) && !lexicon().lookup(prefix));
      if (named && HAN.test(last.word) && prefix.length >= 2) s = last.start;
    } else {
      const name = tokens.filter((t) => t.end === m.index).pop();
      const n = name?.word.length ?? 0;
      if (name && w.nameTags.includes(name.tag) && HAN.test(name.word) && n >= w.nameChars.min && n <= w.nameChars.max) s = name.start;
    }
    // LG 新能源, TCL 科技: a Latin short name (2–6 capitals) joins a trade word that only companies
    // carry (EDA 软件 is a kind of software).
    const latin = /(?<![\p{L}\d])[A-Z][A-Z\d&]{1,5}[ \u00a0]?$/u.exec(text.slice(Math.max(start, (s ?? m.index) - 8), s ?? m.index));
    if (latin && w.latinTradeWords.includes(m[0]) && !lexicon().lookup(latin[0])) s = (s ?? m.index) - latin[0].length;
    if (s === undefined) continue;
    const known = lexicon().lookup(text.slice(s, e)) ?? lexicon().lookup(text.slice(s, m.index));
    if (known && known.label !== 'Organization') continue;
    out.push({ start: s, end: e, name: tidy(text.slice(s, e)), label: 'Organization', rule: 'org-suffix' });
  }
  return out;
}

/** 在国家速滑馆开幕: the venue, without the city before it (在北京国家速滑馆 → 国家速滑馆). */
export function venueMentions(text: string, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().venue, text, start, end)) {
    let s = m.index + m[0].length - m[1].length;
    const e = s + m[1].length;
    const city = lexicon()
      .match(text, s, e)
      .find((x) => x.start === s && x.entry.label === 'Place');
    if (city) s = city.end;
    const name = text.slice(s, e);
    if (name.length < 3 || lexicon().lookup(name)) continue;
    out.push({ start: s, end: e, name, label: 'Place', rule: 'org-suffix' });
  }
  return out;
}

/** 昇腾 910C, 思元 590: the product line before a model code, with the code. */
export function productCodeMentions(text: string, start: number, end: number): Mention[] {
  const w = zhWords().entities.productCodes;
  const out: Mention[] = [];
  for (const m of matchesIn(patterns().code, text, start, end)) {
    const codeStart = m.index + m[0].length - m[1].length;
    const e = codeStart + m[1].length;
    const line = tagSpan(text, Math.max(start, m.index - 6), m.index).at(-1);
    if (!line || line.end !== m.index || !HAN.test(line.word) || !w.lineTags.includes(line.tag)) continue;
    if (!/[A-Za-z]/.test(m[1]) && !w.bareNumberTags.includes(line.tag)) continue;
    if (yearNotCode(text, m[1], e)) continue;
    const known = lexicon().lookup(line.word);
    if (known && known.label !== 'Product' && known.label !== 'Organization') continue;
    out.push({ start: line.start, end: e, name: tidy(text.slice(line.start, e)), label: 'Product', rule: 'latin' });
  }
  return out;
}

let rateRe: RegExp | undefined;
/** 加征 100% 关税, 25% 的附加关税: a levy at a rate is a Policy (a tariff rate is a tariff), not a measure. */
export function rateLevyMentions(text: string, start: number, end: number): Mention[] {
  rateRe ??= new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?\\s*[%％])\\s*的?\\s*(${alt(zhWords().entities.rateLevies.words)})`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(rateRe, text, start, end)) {
    const name = `${m[1].replace(/\s+/g, '').replace('％', '%')} ${m[2]}`;
    out.push({ start: m.index, end: m.index + m[0].length, name, label: 'Policy', rule: 'policy-suffix', aliases: [tidy(m[0])] });
  }
  return out;
}
