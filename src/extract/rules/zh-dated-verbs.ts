// A Chinese date keyed on the verb it modifies. In news the dated thing is often an act, not a
// listed noun: 荷兰政府19日宣布，暂停…签发的行政令 (暂停 on the 19th), 于本月18日和19日在北京…举行了两轮
// 面对面磋商 (the consultations, 18th to 19th), 10月26日，安世荷兰宣布停止向…工厂供应晶圆, 事件起因于荷兰
// 政府9月30日签发的行政令 (the order's start), 依据1952年《货物供应法》 (the law's year). For a date no
// earlier rule used, the verb it modifies is found by the clause's shape — DATE (在/于 PLACE)? V,
// 于 DATE V, 自 DATE 起 V, DATE 至/和 DATE V, a date heading its sentence, 宣布(，) before the act —
// and its class says what the date goes on: an issuing verb dates its object (an event, policy or
// document); an act (暂停, 停止, 豁免 …) becomes an Event named by the verb and its object as the text
// says it; a light verb (举行, 进行 …) names the event by its verbal noun; an ending verb ends its
// subject. Saying, planning and negation words between stop the reading: a wrong date is worse than none.
// Words: lexicon/zh-dated-verbs.json.
import { readFileSync } from 'node:fs';
import { findTemporalExpressions } from '../dates.js';
import { isDatable, opens } from '../dates/attach.js';
import { escapeRegExp } from '../dates/lexicon.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { tagSpan, type Token } from '../segment.js';
import { hasStart, setEnd, setStart, type DateContext } from '../temporal.js';
import { alternation } from '../text.js';
import { findDatedThings } from './dated-things.js';
import { zhDatedNounDates, zhDatedNounMentions } from './zh-dated-nouns.js';

interface Words {
  issueVerbs: string[];
  eventVerbs: string[];
  holdVerbs: string[];
  grantVerbs: string[];
  endVerbs: string[];
  announceVerbs: string[];
  stops: string[];
  hopStops: string[];
  gapVerbs: string[];
  topics: string[];
  respectively: string[];
  reportVerbs: string[];
  futureWords: string[];
  notAfterDate: string[];
  notBeforeDate: string[];
  rangeJoins: string[];
  determiners: string[];
  objectEnds: string[];
  titleHeads: string[];
}
type VerbClass = 'issue' | 'event' | 'hold' | 'grant' | 'end' | 'announce';
interface Span {
  start: number;
  end: number;
}
/** A date as the finder needs it: where it is, whether it is a guess, how precise. */
interface DateAt extends Span {
  vague?: boolean;
  kind?: string;
  value: { start: string; end?: string };
}
interface Verb extends Span {
  word: string;
  cls: VerbClass;
}
export interface DatedVerb {
  date: Span;
  /** The second day of 18日和19日 / 18日至19日 written as two dates. */
  until?: Span;
  kind: 'issue' | 'event' | 'hold' | 'held' | 'end' | 'title';
  verb: Span;
  /** issue: what follows the verb up to its clause's end; end: the clause before the date; title: the 《title》. */
  object: Span;
  /** event/hold: the Event's name and the span its mention takes. */
  name?: string;
  mention?: Span;
}

let W: Words | undefined;
let R: { verb: RegExp; cls: Map<string, VerbClass>; notAfter: RegExp; notBefore: RegExp; range: RegExp; stops: Set<string>; ends: RegExp } | undefined;
const alt = (ws: string[]) => alternation(ws, escapeRegExp);

function words(): { w: Words; r: NonNullable<typeof R> } {
  W ??= JSON.parse(readFileSync(new URL('../lexicon/zh-dated-verbs.json', import.meta.url), 'utf8')) as Words;
  if (!R) {
    const cls = new Map<string, VerbClass>();
    const add = (ws: string[], c: VerbClass) => ws.forEach((v) => cls.set(v, c));
    add(W.issueVerbs, 'issue');
    add(W.eventVerbs, 'event');
    add(W.holdVerbs, 'hold');
    add(W.grantVerbs, 'grant');
    add(W.endVerbs, 'end');
    add(W.announceVerbs, 'announce');
    R = {
      verb: new RegExp(alt([...cls.keys()]), 'g'),
      cls,
      notAfter: new RegExp(`^[\\s*]*(?:${alt(W.notAfterDate)})`),
      notBefore: new RegExp(`(?:${alt(W.notBeforeDate)})[\\s*]*(?:于|在)?[\\s*]*$`),
      range: new RegExp(`^\\s*(?:${alt(W.rangeJoins)})\\s*$`),
      stops: new Set(W.stops),
      ends: new RegExp(alt(W.objectEnds), 'g'),
    };
  }
  return { w: W, r: R };
}

const CJK = /[\u3400-\u9fff]/;
const CLAUSE_BREAK = /[，,。；;：:！？!?\n]/;
/** Between an issuing verb and its object: 了, quotes, title marks, markup, a determiner, or 的 (签发的行政令). */
const OBJECT_NEXT = /^[\s*了“”"《〈]*(?:(?:该|这一|此|有关|相关|上述)[\s*“”"《〈]*)?(?:的[\s*“”"《〈]*)?$/;
/** Between a subject and its date before an ending verb: 将于, 已于. */
const SUBJECT_DATE = /^[\s*”"》]*(?:已经|已|将|原定|预计)?[\s*]*(?:于|在)?[\s*]*$/;
const PREPOSITION = /^(?:向|对|与|从|给|为|同|在|于|就|针对|对于)/;
/** A verbal noun's own modifiers in an event's name: nouns, place words, adjectives, distinctives. */
const MODIFIER_TAGS = /^(?:n|nz|vn|v|f|a|b|j|l|s|ns)$/;
/** 新一轮, 第二轮, 首次: which time, not what. */
const ROUND = /(?:轮|次|届)$/;
/** A count: 三家, 3家, 两项, 6份. */
const COUNT = /^[\d一二两三四五六七八九十几多数]+\s*(?:家|项|个|条|类|批|种|名|款|份|起|国)/;
const NAME_OK = /^[\u3400-\u9fffA-Za-z0-9]+$/;
const MAX_NAME = 16;

const clauseEnd = (text: string, pos: number, end: number): number => {
  for (let i = pos; i < end; i++) if (CLAUSE_BREAK.test(text[i])) return i;
  return end;
};
const clauseStart = (text: string, floor: number, pos: number): number => {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1;
  return floor;
};

/** The first listed verb in text[from, to) that stands as a word (發布会 holds no 发布). */
function firstVerb(text: string, from: number, to: number, toks: Token[]): Verb | undefined {
  const { r } = words();
  const re = new RegExp(r.verb.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const at = toks.find((t) => t.start === s);
    const inside = toks.find((t) => t.start < s && t.end >= e);
    // 发布 / 发布公告 (a verb fused with its object) / 联合发布 (an adverb fused with it); not 发布会.
    const word = (at && (toks.some((t) => t.end === e) || at.tag.startsWith('v') || at.end - e >= 2)) || (inside?.end === e && inside.tag.startsWith('v'));
    if (word && e <= to) return { start: s, end: e, word: m[0], cls: r.cls.get(m[0])! };
    re.lastIndex = s + 1;
  }
  return undefined;
}

/** A stop word as a word, or (two characters or more) inside one jieba joined with its neighbour (同意于). */
function stopped(span: string, toks: Token[]): boolean {
  const { w, r } = words();
  return toks.some((t) => r.stops.has(t.word)) || w.stops.some((x) => x.length >= 2 && span.includes(x));
}

/** Whether the words in text[from, to) leave the act one of that day: no other verb, no saying, planning or negation, no date. */
function clean(text: string, from: number, to: number, toks: Token[], dates: Span[]): boolean {
  if (to - from > 30) return false;
  if (dates.some((d) => d.start >= from && d.start < to)) return false;
  const { w, r } = words();
  const inGap = toks.filter((t) => t.start >= from && t.end <= to);
  return !stopped(text.slice(from, to), inGap) && !inGap.some((t) => t.tag === 'v' && !w.gapVerbs.includes(t.word));
}

/** Where a verb's object ends: the clause's end, or 并/以/导致 … before it. */
function objectEnd(text: string, from: number, to: number, toks: Token[]): number {
  const { r } = words();
  const re = new RegExp(r.ends.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) if (toks.some((t) => t.start === m!.index && t.word === m![0])) return m.index;
  return to;
}

/** A name made fit: no parenthesis, quote, mark, space or pointing word. */
function tidyName(s: string, toks: Token[], offset: number): string {
  const { w } = words();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const t = toks.find((k) => k.start === offset + i);
    if (t && w.determiners.includes(t.word)) {
      i += t.word.length;
      continue;
    }
    out += s[i++];
  }
  return out.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s*“”"《》〈〉]/g, '');
}

/** The name of the act `v` does to what follows it (and to what 对 names before a 予以/给予). */
function actName(text: string, v: Verb, to: number, toks: Token[], dates: Span[], grantFrom?: number): string | undefined {
  const { w } = words();
  let s = v.end;
  let e = objectEnd(text, v.end, to, toks);
  // 暂停实施10月9日公告的…: a date inside the object names no part of the act.
  if (dates.some((d) => d.start >= s && d.start < e)) return undefined;
  // 暂停实施…调查措施一年 / 开工项目共56个: a count, adverb or conjunction ends the object.
  const stop = toks.find((t) => t.start > v.end && t.end <= e && /^(?:m|q|mq|d|c)$/.test(t.tag) && !/^[A-Za-z0-9]/.test(t.word) && !COUNT.test(text.slice(t.start - 4 > v.end ? t.start - 4 : v.end, t.end + 2)));
  if (stop && !COUNT.test(text.slice(v.end, stop.end + 2))) e = stop.start;
  // 对符合条件的民用出口予以豁免: what 对 names is what is exempted.
  if (grantFrom !== undefined) {
    const pp = /(?:对|针对|对于)([^，,。；;：:]{1,30})$/.exec(text.slice(grantFrom, v.start).replace(/(?:予以|给予)$/, ''));
    const head = pp && tidyName(pp[1].split('的').pop()!, [], 0);
    return head && head.length <= 8 && NAME_OK.test(head) && text.slice(v.end, e).trim() === '' ? head + v.word : undefined;
  }
  for (let d = w.determiners.find((x) => text.startsWith(x, s)); d; d = w.determiners.find((x) => text.startsWith(x, s))) s += d.length;
  s += /^[\s*“”"《]*/.exec(text.slice(s, e))![0].length;
  // 恢复三家美国企业…: a count opening the object counts, it does not name.
  s += COUNT.exec(text.slice(s, e))?.[0].length ?? 0;
  if (s >= e) return undefined;
  let tail = text.slice(s, e);
  // 停止向安世（中国）东莞工厂供应晶圆 → 供应晶圆: past the preposition's object to the inner verb.
  if (PREPOSITION.test(tail)) {
    const inner = toks.find((t) => t.start > s + 1 && t.end <= e && (t.tag === 'v' || t.tag === 'vn'));
    if (inner && !text.slice(s, inner.start).includes('的')) s = inner.start;
    else if (tail.includes('的')) s += tail.lastIndexOf('的') + 1;
    else return undefined;
  } else if (tail.includes('的')) {
    // 加征100%关税的计划: with no verb of its own before 的, the act modifies the noun after it.
    const of = s + tail.lastIndexOf('的');
    if (!toks.some((t) => t.start >= s && t.end <= of && t.tag === 'v')) return undefined;
    s = of + 1;
  }
  // 加征100%关税的计划暂缓执行: a verb after the 的-phrase's noun makes the act a modifier of it.
  if (text.slice(v.end, e).includes('的') && toks.some((t) => t.start >= s && t.end <= e && t.tag === 'v' && t.word.length >= 2)) return undefined;
  // 暂停实施一年 → 暂停实施: an act needs a thing it is done to.
  if (!toks.some((t) => t.start >= s && t.end <= e && (/^(?:n|nz|nt|ns|nr|nrt|vn|j|l|eng)$/.test(t.tag) || /^[A-Za-z]/.test(t.word)))) return undefined;
  tail = tidyName(text.slice(s, e), toks, s);
  let name = v.word + tail;
  // Too long or too mixed to be a name: the verb and its object's head (its last nouns, up to 6 characters).
  if (name.length > MAX_NAME || !NAME_OK.test(name)) {
    const heads = toks.filter((t) => t.start >= s && t.end <= e);
    let head = '';
    for (let i = heads.length - 1; i >= 0 && /^(?:n|nz|vn|nt|j|l|ns)$/.test(heads[i].tag) && head.length + heads[i].word.length <= 6; i--) head = heads[i].word + head;
    name = v.word + tidyName(head, [], 0);
  }
  return name.length > v.word.length + 1 && name.length <= MAX_NAME && NAME_OK.test(name) ? name : undefined;
}

/** 举行了两轮面对面磋商 → 面对面磋商: the verbal noun closing a light verb's object, with its own modifiers. */
function heldEvent(text: string, v: Verb, to: number, toks: Token[], subject = false): { name: string; span: Span } | undefined {
  // 高级贸易谈判2月14日至15日在北京举行: the subject, up to the date (and 于/在/已 before it).
  const e = subject ? to - /(?:已经|已|将|于|在|\s|\*)*$/.exec(text.slice(v.end, to))![0].length : objectEnd(text, v.end, to, toks);
  const tail = toks.filter((t) => t.start >= v.end && t.end <= e && t.word.trim());
  const head = tail[tail.length - 1];
  if (!head || head.end !== e - (/\s*$/.exec(text.slice(v.end, e))![0].length)) return undefined;
  // 贸易谈判/n, 中美经贸磋商/nz: a compound noun ending in a verbal noun names a happening too.
  const verbal = (t: Token) => /^vn?$/.test(t.tag) || (t.word.length > 2 && /^(?:n|nz|l)$/.test(t.tag) && tagSpan(text, t.end - 2, t.end).some((k) => k.start === t.end - 2 && /^vn?$/.test(k.tag)));
  if (!verbal(head)) return undefined;
  let s = head.start;
  for (let i = tail.length - 2; i >= 0 && MODIFIER_TAGS.test(tail[i].tag) && !ROUND.test(tail[i].word) && head.end - tail[i].start <= 8; i--) s = tail[i].start;
  const name = tidyName(text.slice(s, head.end), [], 0);
  // A bare 谈判 or 磋商 would be every talk of the text: a held event is named by more than its noun.
  return name.length >= 3 && NAME_OK.test(name) ? { name, span: { start: s, end: head.end } } : undefined;
}

/** 18日和19日 is one stretch of days; 10月1日和11月1日 are two days. */
function span(x: DateAt, y: DateAt): boolean {
  const a = Date.parse(x.value.start);
  const b = Date.parse(y.value.end ?? y.value.start);
  return x.value.start.length === 10 && y.value.start.length === 10 && b > a && b - a <= 7 * 86400000;
}

/** The dated verbs of sentence text[start, end), given its dates. */
export function findDatedVerbs(text: string, start: number, end: number, dates: DateAt[]): DatedVerb[] {
  const { w, r } = words();
  const out: DatedVerb[] = [];
  for (let i = 0; i < dates.length; i++) {
    const x = dates[i];
    // 一季度, 上半年: a period is no day of an act.
    if (x.vague || (x.kind && x.kind !== 'point' && x.kind !== 'range')) continue;
    let last: DateAt = x;
    let until: DateAt | undefined;
    const y = dates[i + 1];
    if (y && r.range.test(text.slice(x.end, y.start))) {
      // 4月4日和9日分别发布了…: two days, two acts.
      if (w.respectively.some((a) => text.slice(y.end, clauseEnd(text, y.end, end)).includes(a)) || !span(x, y)) {
        i++;
        continue;
      }
      ((until = y), (last = y), i++);
    }
    const cs = clauseStart(text, start, x.start);
    if (r.notBefore.test(text.slice(cs, x.start))) continue;
    const after = text.slice(last.end, end);
    // 依据1952年《货物供应法》: a law or a title right after its year.
    const title = /^\s*《([^》]{2,40})》/.exec(after) ?? (x.value.start.length === 4 ? new RegExp(`^\\s*[\\u3400-\\u9fff]{2,20}?(?:${alt(w.titleHeads)})(?![\\u3400-\\u9fff])`).exec(after) : null);
    if (title) {
      out.push({ date: x, kind: 'title', verb: { start: last.end, end: last.end }, object: { start: last.end, end: last.end + title[0].length } });
      continue;
    }
    if (r.notAfter.test(after)) continue;
    const lead = tagSpan(text, cs, x.start);
    if (stopped(text.slice(cs, x.start), lead)) continue;
    // …表示，美国将自11月1日起…: what someone says will happen.
    if (lead.some((t) => w.futureWords.includes(t.word)) && cs > start && tagSpan(text, start, cs).some((t) => w.reportVerbs.includes(t.word))) continue;
    let from = last.end + /^[\s*]*(?:起|开始)?/.exec(after)![0].length;
    // 10月26日，安世荷兰宣布… / 当地时间7月28日至29日，… / 自2025年3月10日起，对…加征关税: a date
    // heading its sentence, or a 自…起 clause, reaches into the next clause.
    const comma = /^[\s*]*[，,]/.exec(text.slice(from));
    const bareLead = x.start - cs <= 8 && !lead.some((t) => t.tag === 'v');
    if (comma && (opens(text.slice(start, x.start)) || bareLead || /^[\s*]*(?:起|开始)/.test(after))) from += comma[0].length;
    let to = clauseEnd(text, from, end);
    let announced = false;
    for (let hop = 0; hop < 4; hop++) {
      const toks = tagSpan(text, from, to);
      let v = firstVerb(text, from, to, toks);
      // 宣布，将综合考虑…，对…予以豁免: an announcement's content may run a clause or two on.
      if (!v) {
        if (!announced || to - from > 30 || toks.some((t) => w.hopStops.includes(t.word)) || dates.some((d) => d.start >= from && d.start < to) || !/[，,]/.test(text[to] ?? '')) break;
        ((from = to + 1), (to = clauseEnd(text, from, end)));
        continue;
      }
      // 就尽早启动海空联络机制进行了谈判: a verb inside a topic is not the act; the light verb after it is.
      const topic = v.cls !== 'hold' && toks.find((t) => t.start >= from && t.end <= v!.start && w.topics.includes(t.word));
      if (topic) {
        const hold = toks.find((t) => t.start >= v!.end && r.cls.get(t.word) === 'hold');
        if (!hold || !clean(text, from, topic.start, toks, dates)) break;
        v = { start: hold.start, end: hold.end, word: hold.word, cls: 'hold' };
      } else if (!clean(text, from, v.start, toks, dates)) break;
      // 10月9日宣布的稀土出口管制措施: a verb before 的 modifies a noun; only an issuing verb dates it.
      const followedByOf = /^[\s*]*的/.test(text.slice(v.end, to));
      if (v.cls === 'announce') {
        if (followedByOf) break;
        announced = true;
        if (/^[\s*]*$/.test(text.slice(v.end, to)) && /[，,：:]/.test(text[to] ?? '')) ((from = to + 1), (to = clauseEnd(text, from, end)));
        else from = v.end;
        continue;
      }
      const isPoint = x.value.start.length >= 7;
      if (v.cls === 'grant') {
        const next = firstVerb(text, v.end, to, toks);
        if (!next || next.start !== v.end || next.cls !== 'event' || !isPoint) break;
        const name = actName(text, next, to, toks, dates, from);
        if (name) out.push({ date: x, until, kind: 'event', verb: next, object: { start: next.end, end: to }, name, mention: next });
        break;
      }
      if (v.cls === 'issue') out.push({ date: x, until, kind: 'issue', verb: v, object: { start: v.end, end: to } });
      else if (v.cls === 'end') out.push({ date: x, until, kind: 'end', verb: v, object: { start: cs, end: x.start } });
      else if (v.cls === 'hold' && !followedByOf && isPoint) {
        // 贸易谈判2月14日至15日在北京举行: nothing after the verb, the event is its subject.
        if (/^[\s*了]*$/.test(text.slice(v.end, to))) {
          const held = heldEvent(text, { ...v, start: cs, end: cs }, x.start, tagSpan(text, cs, x.start), true);
          out.push({ date: x, until, kind: 'held', verb: v, object: { start: cs, end: x.start }, ...(held ? { name: held.name, mention: held.span } : {}) });
        }
        else {
          const held = heldEvent(text, v, to, toks);
          out.push({ date: x, until, kind: 'hold', verb: v, object: { start: v.end, end: to }, ...(held ? { name: held.name, mention: held.span } : {}) });
        }
      } else if (v.cls === 'event' && !followedByOf && isPoint) {
        const name = actName(text, v, to, toks, dates);
        if (name) out.push({ date: x, until, kind: 'event', verb: v, object: { start: v.end, end: to }, name, mention: v });
      }
      break;
    }
  }
  return out;
}

/** The Event mentions the dated acts of a sentence make (dates found in it alone: only their places and precision matter here). */
export function zhDatedVerbMentions(text: string, start: number, end: number): Mention[] {
  const slice = text.slice(start, end);
  if (!CJK.test(slice)) return [];
  const dates = findTemporalExpressions(slice, '2025-01-01').map((d) => ({ ...d, start: d.start + start, end: d.end + start }));
  if (!dates.length) return [];
  // A date a listed thing takes (dated-things.ts) makes no second node for the same act.
  const things = findDatedThings(text, start, end, dates);
  const verbs = findDatedVerbs(text, start, end, dates);
  const own = verbs
    .filter((f) => f.name && f.mention && !things.some((t) => t.date.start === f.date.start))
    .map((f) => ({ start: f.mention!.start, end: f.mention!.end, name: f.name!, label: 'Event' as const, rule: 'dated-thing' as const }));
  // A date neither a listed thing nor a dated verb took: the happening its clause states (zh-dated-nouns.ts).
  return [...own, ...zhDatedNounMentions(text, start, end, [...things.map((t) => t.date), ...verbs.filter((f) => f.name && f.mention).map((f) => f.date)])];
}

/** Dates what the verbs of dates no earlier rule used say they date. */
export function zhDatedVerbDates(ctx: DateContext): void {
  const { text } = ctx;
  if (!ctx.expressions.length || !CJK.test(text.slice(ctx.start, ctx.end))) return;
  const ev0 = ctx.evidence();
  // A date some node already took from this sentence belongs to that node.
  const used = (x: { value: { start: string; end?: string } }) =>
    ctx.mentions.some((m) => {
      const n = ctx.node(m.id);
      return !!n && ((n.startEvidence?.start === ev0.start && n.start === x.value.start) || (n.endEvidence?.start === ev0.start && n.end === (x.value.end ?? x.value.start)));
    });
  const top = ctx.mentions.filter((m) => !m.nested);
  for (const f of findDatedVerbs(text, ctx.start, ctx.end, ctx.expressions)) {
    const x = ctx.expressions.find((e) => e.start === f.date.start);
    const y = f.until && ctx.expressions.find((e) => e.start === f.until!.start);
    if (!x || used(x) || (y && used(y))) continue;
    const endDay = y ? (y.value.end ?? y.value.start) : x.value.end;
    const date = (m: Placed | undefined, asEnd?: 'ends' | 'expires') => {
      const node = m && isDatable(text, m) ? ctx.node(m.id) : undefined;
      if (!node) return;
      const ev = ctx.evidence();
      if (asEnd) {
        if (!node.end) setEnd(node, endDay ?? x.value.start, asEnd, ev);
        return;
      }
      if (hasStart(node)) return;
      setStart(node, x.value.start, ev);
      if (endDay) setEnd(node, endDay, 'ends', ev);
      if (x.value.start > ctx.briefingDate && node.modality !== 'possible') node.modality = 'expected';
    };
    if (f.kind === 'title') date(top.find((m) => m.start >= f.object.start && m.end <= f.object.end));
    else if (f.kind === 'issue') date(top.find((m) => m.start >= f.object.start && m.end <= f.object.end && OBJECT_NEXT.test(text.slice(f.object.start, m.start))));
    else if (f.kind === 'end' || f.kind === 'held') {
      const subject = [...top].reverse().find((m) => m.end <= f.date.start && m.start >= f.object.start && SUBJECT_DATE.test(text.slice(m.end, f.date.start)));
      date(subject, f.kind === 'held' ? undefined : /到期|届满|失效/.test(text.slice(f.verb.start, f.verb.end)) ? 'expires' : 'ends');
    } else {
      // The act's own mention, or a datable one that took its span (举行磋商 where 磋商 is an event noun).
      const span = f.mention ?? f.object;
      date(top.find((m) => m.start <= span.start && m.end >= span.end) ?? (f.kind === 'hold' ? top.find((m) => m.start >= f.object.start && m.end === span.end) : undefined));
    }
  }
  zhDatedNounDates(ctx, used);
}
