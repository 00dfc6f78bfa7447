// A dated happening becomes a node. Most date misses are no node at all for the thing that
// happened: "MOFCOM said on June 7 that it would open a "green channel"", "told the administration in a
// May letter", "the fiscal year that ended on Jan. 26", "a restriction it reversed last month",
// "The deadline to … at the hearing is May 8, 2025"; 白宫本月 1 日发布中美经贸协议情况说明, 部分 301 关税
// 排除将延长至 2026 年 11 月 10 日, 固体电解质项目已于今年 6 月点火投产, 商务部 1 月 6 日宣布加强两用物项
// 对日本出口管制. When a clause holds a date and a verb that happens to a thing (opened, lifted, ended,
// 发布, 投产, 延长至 …) and that thing's noun phrase ends in an event/measure/facility head word, the
// phrase is a mention (an Event, or a Policy by its head) and the date goes on its start or end by
// the verb. Never from the noun alone, never for a bare head (产线, 项目) in Chinese.
// Words: lexicon/dated-things.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { findTemporalExpressions } from '../dates.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { hasStart, setEnd, setStart, type DateContext } from '../temporal.js';
import { alternation } from '../text.js';
import { escapeRegExp } from '../dates/lexicon.js';

interface Side {
  startVerbs: string[];
  endVerbs: string[];
  heads: string[];
  policyHeads: string[];
}
interface Words {
  english: Side & { deadlineWords: string[] };
  chinese: Side & { extendVerbs: string[]; innerVerbs: string[]; modifiers: string[] };
}
interface Span {
  start: number;
  end: number;
}
type Role = 'start' | 'end' | 'expires' | 'extends';
export interface DatedThing extends Span {
  name: string;
  label: NodeLabel;
  date: Span;
  role: Role;
  /** The deadline's thing named before (the hearing): a reference, not a node of its own. */
  anaphor?: boolean;
}

let W: Words | undefined;
let res: Record<string, RegExp> | undefined;
const alt = (ws: string[]) => alternation(ws, escapeRegExp);

function words(): { w: Words; re: Record<string, RegExp> } {
  W ??= JSON.parse(readFileSync(new URL('../lexicon/dated-things.json', import.meta.url), 'utf8')) as Words;
  const e = W.english;
  const z = W.chinese;
  res ??= {
    enHead: new RegExp(`\\b(?:${alt(e.heads)})\\b`, 'gi'),
    enVerbBefore: new RegExp(`\\b(${alt([...e.startVerbs, ...e.endVerbs])})\\s+(?:an?|the|its|their|new)?\\s*["“]?$`, 'i'),
    // ", which expires in June 2026", ", which must lapse on 30 June 2026": a non-restrictive relative clause dates its head too.
    enRelative: new RegExp(`^,?\\s+(?:that|which)\\s+(?:(?:must|will|would|is due to|is set to)\\s+)?(${alt([...e.startVerbs, ...e.endVerbs])})\\s+(?:on|in)?\\s*$`, 'i'),
    enAppositive: new RegExp(`^\\s+(?:it|they|that|which|the \\w+)\\s+(${alt(e.endVerbs)})\\s+(?:on|in)?\\s*$`, 'i'),
    enSubject: new RegExp(`^\\s+(?:(?:was|were|has been|had been|is|are)\\s+)?(${alt([...e.startVerbs, ...e.endVerbs])})\\s+(?:on|in)?\\s*$`, 'i'),
    enDeadline: new RegExp(`\\b(?:${alt(e.deadlineWords)})\\b[^.;]{0,80}?\\b(?:at|for|of)\\s+the\\s+$`, 'i'),
    zhHead: new RegExp(alt(z.heads), 'g'),
    zhStart: new RegExp(`(?:${alt(z.startVerbs)})(?:的)?(?:${alt(z.innerVerbs)})?$`),
    zhAfterDate: new RegExp(`^[\\s*]*(?:正式|首次|已|点火|全面|全线)?[\\s*]*(${alt([...z.startVerbs, ...z.endVerbs])})`),
    zhBeforeDate: /^[\s*]*(?:已经|已|将|原定|计划|拟|预计)?[\s*]*(?:于|在)?[\s*]*$/,
    zhExtend: new RegExp(`^[\\s*]*(?:将|已|再|继续)?[\\s*]*(?:${alt(z.extendVerbs)})[\\s*]*$`),
    zhDone: new RegExp(`^(?:已经|已|正式)?[\\s*]*(?:全线|全面|正式|点火)?[\\s*]*(${alt(z.startVerbs)})`),
  };
  return { w: W, re: res };
}

const CJK = /[\u3400-\u9fff]/;
/** Words that end an English noun phrase going back from its head. */
const EN_STOP = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|to|at|of|in|on|for|by|with|it|would|will|and|or|is|was|be|every|any|some|open|said)$/i;
/** What may stand between a Chinese phrase's words: not a clause break, mark, particle or date. */
const ZH_PHRASE = /[\u3400-\u9fffA-Za-z0-9 \-—]/;
const ZH_BREAK = /[的之于在将已和与及、，,。；;：:“”"《》（）()\n]/;

const labelOf = (side: Side, head: string): NodeLabel => (side.policyHeads.includes(head.toLowerCase()) ? 'Policy' : 'Event');
const clean = (s: string) => s.replace(/["“”*]/g, '').replace(/\s+/g, ' ').trim();

/** The dated things of sentence text[start, end), given the dates in it. */
export function findDatedThings(text: string, start: number, end: number, dates: Span[]): DatedThing[] {
  return CJK.test(text.slice(start, end)) ? chinese(text, start, end, dates) : english(text, start, end, dates);
}

function english(text: string, start: number, end: number, dates: Span[]): DatedThing[] {
  const { w, re } = words();
  const out: DatedThing[] = [];
  const dateAt = (pos: number) => dates.find((d) => d.start === pos);
  const headRe = new RegExp(re.enHead.source, 'gi');
  headRe.lastIndex = start;
  for (let h = headRe.exec(text); h && h.index < end; h = headRe.exec(text)) {
    const hEnd = h.index + h[0].length;
    // The words before the head, back to a determiner or preposition (two at most; a month naming it stays).
    let npStart = h.index;
    for (let i = 0; i < 2; i++) {
      const m = /(["“]?)([A-Za-z][\w-]*)\s+["“]?$/.exec(text.slice(start, npStart));
      if (!m || EN_STOP.test(m[2])) break;
      const at = start + m.index;
      const isDate = dates.some((d) => d.start <= at + m[1].length && d.end >= at + m[1].length + m[2].length);
      if (!isDate && /^[A-Z]/.test(m[2]) && i === 0 && !/^[A-Z]/.test(h[0])) break;
      npStart = at;
    }
    // "a "green channel"": its opening quote belongs to the phrase.
    if (/["“]$/.test(text.slice(start, npStart))) npStart--;
    const label = labelOf(w.english, h[0]);
    const name = clean(text.slice(npStart, hEnd).replace(/^["“]/, ''));
    const thing = (date: Span, role: Role, anaphor = false) => out.push({ start: npStart, end: hEnd, name: anaphor ? h![0].toLowerCase() : name, label, date, role, anaphor });
    const after = text.slice(hEnd, end);
    // "a May letter": the date names it.
    const modifier = dates.find((d) => d.start >= npStart && d.end <= h!.index && /^\s*$/.test(text.slice(d.end, h!.index)));
    if (modifier && /\b(?:a|an|the|in|its|their)\s+$/i.test(text.slice(start, modifier.start))) {
      thing(modifier, 'start');
      continue;
    }
    // "in a letter last month": a date right after it, closing its clause.
    const next = dateAt(hEnd + (/^\s+/.exec(after)?.[0].length ?? 0));
    if (next && /^\s*[,.;]?\s*$/.test(text.slice(next.end, next.end + 1)) && /\b(?:in|with|by)\s+(?:a|an)\s+$/i.test(text.slice(start, npStart))) {
      thing(next, 'start');
      continue;
    }
    // "proposed a new steel safeguard on Tuesday": VERB its object DATE, the date closing the clause.
    const closing = dates.find((d) => d.start >= hEnd && /^\s*(?:on|in)?\s*$/i.test(text.slice(hEnd, d.start)) && /^\s*(?:[,.;]|$)/.test(text.slice(d.end, d.end + 2)));
    const verbOf = closing && name.toLowerCase() !== h[0].toLowerCase() && re.enVerbBefore.exec(text.slice(start, npStart));
    if (closing && verbOf) {
      thing(closing, w.english.endVerbs.includes(verbOf[1].toLowerCase()) ? 'end' : 'start');
      continue;
    }
    // "the safeguard introduced in 2019, which must lapse on 30 June 2026": a participle and its date,
    // then a relative clause with the other end.
    const born = dates.find((d) => d.start > hEnd && re.enSubject.test(text.slice(hEnd, d.start)));
    const lapse = born && dates.find((d) => d.start > born.end && re.enRelative.test(text.slice(born.end, d.start)));
    if (born && lapse) {
      const role = (from: number, to: number, r: RegExp): Role => (w.english.endVerbs.includes(r.exec(text.slice(from, to))![1].toLowerCase()) ? 'end' : 'start');
      thing(born, role(hEnd, born.start, re.enSubject));
      thing(lapse, role(born.end, lapse.start, re.enRelative));
      continue;
    }
    // "the fiscal year that ended on Jan. 26".
    const rel = dates.find((d) => d.start > hEnd && re.enRelative.test(text.slice(hEnd, d.start)));
    if (rel) {
      const verb = re.enRelative.exec(text.slice(hEnd, rel.start))![1].toLowerCase();
      thing(rel, w.english.endVerbs.includes(verb) ? 'end' : 'start');
      continue;
    }
    // ", a restriction it reversed last month": an appositive to a clause dated by "in April, when …".
    const app = dates.find((d) => d.start > hEnd && re.enAppositive.test(text.slice(hEnd, d.start)));
    if (app && /,\s+(?:a|an)\s+$/i.test(text.slice(start, npStart))) {
      thing(app, 'end');
      const when = dates.find((d) => d.end < npStart && /^,\s+when\b/i.test(text.slice(d.end, d.end + 7)));
      if (when) thing(when, 'start');
      continue;
    }
    // "A channel was opened on Friday" / "the ban took effect on March 1": the subject of a dated verb.
    const subj = dates.find((d) => d.start > hEnd && d.start - hEnd <= 40 && re.enSubject.test(text.slice(hEnd, d.start)));
    // A bare head ("the ban", "a project") names nothing a reader could look up: only a modified phrase.
    const modified = name.toLowerCase() !== h[0].toLowerCase();
    if (subj && modified && /(?:^|\b(?:a|an|the|its|their)\s+)$/i.test(text.slice(start, npStart).trimStart() === '' ? '' : text.slice(start, npStart))) {
      const verb = re.enSubject.exec(text.slice(hEnd, subj.start))![1].toLowerCase();
      thing(subj, w.english.endVerbs.includes(verb) ? 'end' : 'start');
      continue;
    }
    // "The deadline to submit a request to appear at the hearing is May 8, 2025".
    const is = /^\s+is\s+/.exec(after);
    const deadline = is && dateAt(hEnd + is[0].length);
    if (deadline && re.enDeadline.test(text.slice(start, npStart))) {
      thing(deadline, 'end', true);
      continue;
    }
    // "said on June 7 that it would open a "green channel"": the object of a dated verb.
    const verb = re.enVerbBefore.exec(text.slice(start, npStart + (text[npStart] === '"' || text[npStart] === '“' ? 1 : 0)));
    if (verb) {
      const vAt = start + verb.index;
      const date =
        [...dates].reverse().find((d) => d.end <= vAt && vAt - d.end <= 60 && !/[,;:.]/.test(text.slice(d.end, vAt))) ??
        // "On June 7, China launched a project": a date heading the sentence, no other date before the verb.
        dates.find((d) => modified && d === dates[0] && d.end <= vAt && vAt - d.end <= 40 && /^\s*(?:on|in)?\s*$/i.test(text.slice(start, d.start)) && /^\s*,/.test(text.slice(d.end)) && !/[;:.]/.test(text.slice(d.end, vAt)));
      if (date) thing(date, w.english.endVerbs.includes(verb[1].toLowerCase()) ? 'end' : 'start');
    }
  }
  return out;
}

function chinese(text: string, start: number, end: number, dates: Span[]): DatedThing[] {
  const { w, re } = words();
  const z = w.chinese;
  const out: DatedThing[] = [];
  const headRe = new RegExp(re.zhHead.source, 'g');
  headRe.lastIndex = start;
  for (let h = headRe.exec(text); h && h.index < end; h = headRe.exec(text)) {
    const hEnd = h.index + h[0].length;
    // 期, 类: 排除期 is a period, not the exclusion; a head inside a longer word names something else.
    if (/^[期类率费]/.test(text.slice(hEnd, hEnd + 1))) continue;
    // 管制措施: the longer phrase, with the later head, is the thing.
    if (new RegExp(`^(?:${re.zhHead.source})`).test(text.slice(hEnd))) continue;
    const label = labelOf(z, h[0]);
    const dateIn = (s: number, e: number) => dates.some((d) => d.start < e && d.end > s);
    // The object of a dated verb: 1 月 6 日宣布加强两用物项对日本出口管制 / 本月 1 日发布中美经贸协议情况说明.
    let from = h.index;
    while (from > start && ZH_PHRASE.test(text[from - 1]) && h.index - from < 24) from--;
    const verb = re.zhStart.exec(text.slice(from, h.index).replace(/[\s*]+$/, ''))
      ?? [...text.slice(from, h.index).matchAll(new RegExp(`(?:${alt(z.startVerbs)})(?:${alt(z.innerVerbs)})?`, 'g'))].pop();
    const thing = (s: number, date: Span, role: Role) => {
      let phrase = text.slice(s, hEnd);
      for (let changed = true; changed; ) {
        changed = false;
        // 的, and a count (两项对美限制措施 → 对美限制措施).
        phrase = phrase.replace(/^[\s*的]+/, '').replace(/^[\d一二两三四五六七八九十几]+\s*(?:项|个|条|类|批)/, '');
        for (const m of z.modifiers) if (phrase.startsWith(m)) ((phrase = phrase.slice(m.length)), (changed = true));
      }
      const name = clean(phrase);
      // A bare head (产线, 项目) names nothing; a date inside is no phrase.
      if (name.replace(/\s/g, '').length < h![0].length + 2 || name.length > 30 || dateIn(hEnd - phrase.length, hEnd)) return;
      out.push({ start: hEnd - phrase.length, end: hEnd, name, label, date, role });
    };
    if (verb) {
      const vStart = from + verb.index!;
      const objStart = vStart + verb[0].length;
      const date =
        [...dates].reverse().find((d) => d.end <= vStart && /^[\s*]*(?:正式|首次|同日|当天)?[\s*]*$/.test(text.slice(d.end, vStart))) ??
        // 4 月 10 日，宁德时代宣布启动欧洲电池项目: a date heading the sentence, its subject before the verb.
        dates.find((d) => d.end <= vStart && /^[\s*]*(?:据[^，,。]{1,20}[，,])?[\s*]*$/.test(text.slice(start, d.start)) && /^[\s*]*[，,][^，,。；;：:]{1,16}$/.test(text.slice(d.end, vStart)) && !dates.some((o) => o.start > d.end && o.start < vStart));
      // 发布支持重点项目建设: a head inside a longer word is not the object's end.
      const closes = /^[\s*]*(?:[，,。；;：:、）)”"]|$|并|和|及|的)/.test(text.slice(hEnd, end));
      if (date && closes && !dateIn(objStart, hEnd)) {
        thing(objStart, date, 'start');
        continue;
      }
    }
    // The subject: back to a break (瑞固…公司的|硫化物固体电解质项目).
    let s = h.index;
    while (s > start && !ZH_BREAK.test(text[s - 1]) && ZH_PHRASE.test(text[s - 1]) && h.index - s < 20) s--;
    if (dateIn(s, h.index)) continue;
    const after = text.slice(hEnd, end);
    // 部分 301 关税排除将延长至 2026 年 11 月 10 日.
    const ext = dates.find((d) => d.start >= hEnd && re.zhExtend.test(text.slice(hEnd, d.start)));
    if (ext) {
      thing(s, ext, 'extends');
      continue;
    }
    // 固体电解质项目已于今年 6 月点火投产 / 协议将于 11 月 10 日到期.
    const own = dates.find((d) => d.start >= hEnd && re.zhBeforeDate.test(text.slice(hEnd, d.start)));
    const ownVerb = own && re.zhAfterDate.exec(text.slice(own.end, own.end + 8));
    if (own && ownVerb) {
      thing(s, own, z.endVerbs.includes(ownVerb[1]) ? 'expires' : 'start');
      continue;
    }
    // 本月 21 日，上汽集团…披露，其…建设的全固态电池产线已全线贯通: a date heading the sentence.
    const done = re.zhDone.exec(after);
    const head = dates.find((d) => /^[\s*]*$/.test(text.slice(start, d.start)) && /^[\s*]*[，,]/.test(text.slice(d.end, d.end + 3)));
    const between = head && dates.filter((d) => d.start > head.end && d.start < h!.index);
    if (done && head && between && !between.length && s > head.end) thing(s, head, 'start');
  }
  return out;
}

/** The mentions of the dated things in a sentence (dates found in it alone: only whether there are any matters here). */
export function datedThingMentions(text: string, start: number, end: number): Mention[] {
  const slice = text.slice(start, end);
  const dates = findTemporalExpressions(slice, '2025-01-01').map((d) => ({ start: d.start + start, end: d.end + start }));
  if (!dates.length) return [];
  return findDatedThings(text, start, end, dates).map((t) => ({
    start: t.start,
    end: t.end,
    name: t.name,
    label: t.label,
    rule: 'dated-thing' as const,
    ...(t.anaphor ? { anaphorHead: t.name } : {}),
  }));
}

/** Dates the things found above (or the mention that took their span) by the verb's end. */
export function datedThingDates(ctx: DateContext): void {
  const { text } = ctx;
  if (!ctx.expressions.length) return;
  for (const t of findDatedThings(text, ctx.start, ctx.end, ctx.expressions)) {
    const x = ctx.expressions.find((e) => e.start === t.date.start);
    const m = ctx.mentions.find((p: Placed) => !p.nested && p.start <= t.start && p.end >= t.end && p.end - p.start <= t.end - t.start + 12);
    const node = x && m && ctx.node(m.id);
    if (!node || !x) continue;
    const ev = ctx.evidence();
    const day = x.value.end ?? x.value.start;
    if (t.role === 'start') {
      if (!hasStart(node)) setStart(node, x.value.start, ev);
    } else if (t.role === 'extends') {
      // 原定于 11 月 29 日到期的…排除将延长至 2026 年 11 月 10 日: the extension replaces the old end.
      node.end = day;
      node.endKind = 'expires';
      node.endEvidence = ev;
    } else {
      setEnd(node, day, t.role === 'expires' ? 'expires' : 'ends', ev);
      // "the fiscal year that ended on Jan. 26": the day it ended is not also the day it began.
      if (node.start === x.value.start && node.startEvidence?.start === ev.start) {
        delete node.start;
        delete node.startEvidence;
      }
    }
    if (x.value.start > ctx.briefingDate && t.role === 'start' && node.modality !== 'possible') node.modality = 'expected';
  }
}
