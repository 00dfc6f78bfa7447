// Chinese lists that name several things at once: items joined by 、 and closed by 等 and a class
// noun (铁路运输、航空运输、邮政、住宿等行业 → one node per item, labelled by the class), and the
// addressee line of an official text (各省、自治区、直辖市人民政府,国务院各部委、各直属机构:), whose
// comma-separated groups are organisations. Words are data in lexicon/zh-phrases.json (entities).
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { matchesIn, tidy, alternation as alt } from '../text.js';
import { zhWords } from './zh-phrase.js';

const ITEM = /^[\p{Script=Han}A-Za-z0-9·]+$/u;
const NOUN_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'vn', 'j', 'l', 'b', 'an', 'eng', 'x']);

let compiled: { closer: RegExp; classOf: Map<string, { label: NodeLabel; minItemChars: number }>; organEnd: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const w = zhWords().entities;
  const classOf = new Map<string, { label: NodeLabel; minItemChars: number }>();
  for (const c of w.enumeration.classes) for (const n of c.nouns) classOf.set(n, c);
  return (compiled = {
    closer: new RegExp(`等(${alt([...classOf.keys()])})`, 'g'),
    classOf,
    organEnd: new RegExp(`(?:${alt(w.addressee.organEnds)})$`),
  });
}

/** Where the first item of a list starts: the noun words right before its first 、. */
function firstItemStart(text: string, limit: number, sep: number, maxChars: number): number {
  const tokens = tagSpan(text, Math.max(limit, sep - maxChars), sep);
  let s = sep;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.start === tokens[0].start && t.start > limit) break;
    if (!NOUN_TAGS.has(t.tag) || !ITEM.test(t.word)) break;
    s = t.start;
  }
  return s;
}

/** 铁路运输、航空运输、邮政、住宿 、文化体育娱乐等行业: each item, labelled by 行业. */
export function enumerationMentions(text: string, start: number, end: number): Mention[] {
  const { closer, classOf } = patterns();
  const { maxItemChars, minItems } = zhWords().entities.enumeration;
  const out: Mention[] = [];
  for (const m of matchesIn(closer, text, start, end)) {
    const kind = classOf.get(m[1]);
    if (!kind) continue;
    // Walk back over 、-separated items until something that is not an item.
    const items: { s: number; e: number }[] = [];
    let e = m.index;
    for (;;) {
      const sep = text.lastIndexOf('、', e - 1);
      const piece = sep >= start ? text.slice(sep + 1, e) : '';
      const trimmed = piece.trim();
      if (sep < start || !ITEM.test(trimmed) || trimmed.length > maxItemChars) break;
      const s = sep + 1 + piece.indexOf(trimmed);
      items.unshift({ s, e: s + trimmed.length });
      e = sep;
    }
    if (!items.length) continue;
    const firstEnd = text.slice(start, e).trimEnd().length + start;
    const firstStart = firstItemStart(text, start, firstEnd, maxItemChars);
    if (firstEnd - firstStart >= 2) items.unshift({ s: firstStart, e: firstEnd });
    // A、B和C等: the last item may join two with 和/及/与.
    const tail = items[items.length - 1];
    const join = tail ? /^(\p{Script=Han}{2,})[和及与](\p{Script=Han}{2,})$/u.exec(text.slice(tail.s, tail.e)) : null;
    if (tail && join && items.length > 1) items.splice(items.length - 1, 1, { s: tail.s, e: tail.s + join[1].length }, { s: tail.e - join[2].length, e: tail.e });
    if (items.length < minItems) continue;
    for (const it of items) {
      const name = tidy(text.slice(it.s, it.e));
      // 科技、产业、消费…等领域: short generic words are not worth a node of their own in every class.
      if (name.length < kind.minItemChars) continue;
      out.push({ start: it.s, end: it.e, name, label: kind.label, rule: 'policy-suffix' });
    }
  }
  return out;
}

/**
 * 各省、自治区、直辖市人民政府,国务院各部委、各直属机构: — a line closed by a colon whose every
 * comma-separated group ends in an organ word, at least one addressed with 各.
 */
export function addresseeMentions(text: string, start: number, end: number): Mention[] {
  const line = text.slice(start, end);
  if (!/[：:]\s*$/.test(line) || line.includes('\n') || line.length > 80) return [];
  const w = zhWords().entities.addressee;
  const { organEnd } = patterns();
  const groups: Mention[] = [];
  const re = /[^，,：:]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const g = m[0].trim();
    if (!g) continue;
    if (!organEnd.test(g) || !/^[\p{Script=Han}、]+$/u.test(g)) return [];
    const s = start + m.index + m[0].indexOf(g);
    groups.push({ start: s, end: s + g.length, name: g, label: 'Organization', rule: 'org-suffix' });
  }
  return groups.some((g) => w.markers.some((k) => g.name.includes(k))) ? groups : [];
}
