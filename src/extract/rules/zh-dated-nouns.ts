// A Chinese date no earlier rule used lands on the happening its clause states. On unseen text most
// dated things are no node yet: 该项目预计2027年实现量产, 明年进行装车测试, 首条中试线将于明年一季度投产,
// 第二届…论坛9月25日在北京开幕, 市场监管总局10月10日对高通公司立案调查, 征求意见截止日期为10月31日.
// Three clause shapes, read with jieba tags and verb lists kept as data:
// - DATE (lead words, 在 PLACE) LIGHT-VERB OBJECT: the object (a verbal noun phrase) is the event;
// - SUBJECT DATE (lead words, 在 PLACE, 对 X) HAPPEN-VERB: an event subject (论坛, 会议) takes the date
//   itself; another thing names the happening with the verb (中试线投产); none, the verb alone (量产);
// - NP 截止日期/有效期/日期 为/至 DATE: the NP's end (or start).
// Saying, negation and other verbs between date and verb stop the reading; a plan is dated, as expected.
// Words: lexicon/zh-dated-nouns.json (stop words shared with zh-dated-verbs.json).
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { findTemporalExpressions } from '../dates.js';
import { isDatable, opens } from '../dates/attach.js';
import type { Mention } from '../mention.js';
import type { Placed } from '../relations.js';
import { tagSpan, type Token } from '../segment.js';
import { setEnd, setStart, hasStart, type DateContext } from '../temporal.js';
import { headKind } from './labels.js';
import { addDays, parseIso, toIso } from '../dates/calendar.js';
import { lexicon as T } from '../dates/lexicon.js';

interface Words {
  lightVerbs: string[];
  nounVerbs: string[];
  effectVerbs: string[];
  happenVerbs: { start: string[]; end: string[] };
  holdVerbs: string[];
  eventHeads: string[];
  dateNouns: { start: string[]; end: string[] };
  dateNounJoins: string[];
  leadWords: string[];
  possibleWords: string[];
  placeJoins: string[];
  targetJoins: string[];
  notHeads: string[];
  subjectStops: string[];
}
interface Shared {
  stops: string[];
  notAfterDate: string[];
  notBeforeDate: string[];
  determiners: string[];
}
interface Span {
  start: number;
  end: number;
}
interface DateAt extends Span {
  vague?: boolean;
}
export interface DatedNoun {
  date: Span;
  role: 'start' | 'end';
  /** Where the node's mention is (the object, the subject, or the verb). */
  span: Span;
  name: string;
  label: NodeLabel;
  /** The subject is an event already: date the mention there, make none. */
  existing?: boolean;
  /** No subject: the last rule or measure named before in the sentence (span: where to look). */
  previous?: boolean;
  /** A rule taking effect (实施/施行/生效): its start, before the day it was published in the same sentence. */
  effect?: boolean;
  possible?: boolean;
}

let W: Words | undefined;
let S: Shared | undefined;
function words(): { w: Words; s: Shared } {
  W ??= JSON.parse(readFileSync(new URL('../lexicon/zh-dated-nouns.json', import.meta.url), 'utf8')) as Words;
  S ??= JSON.parse(readFileSync(new URL('../lexicon/zh-dated-verbs.json', import.meta.url), 'utf8')) as Shared;
  return { w: W, s: S };
}

const CJK = /[\u3400-\u9fff]/;
const CLAUSE_BREAK = /[，,。；;：:！？!?\n]/;
const NAME_OK = /^[\u3400-\u9fffA-Za-z0-9]+$/;
/** Tags of the words of a noun phrase (a subject or an object). */
const NP_TAG = /^(?:n|nz|vn|j|l|eng|nw|b|an|ng|x)$/;
/** Tags that may stand in a place after 在/于: 在北京, 在昊铂品牌车型上, 在深交所互动平台. */
const PLACE_TAG = /^(?:ns|n|nz|nt|ng|s|f|j|eng|x|nr|l|m|q|d)$/
/** Tags of what 对 names: 对高通公司, 对Qualcomm. */
const TARGET_TAG = /^(?:n|nz|nt|ns|nr|j|eng|x|l)$/;
const MAX_NAME = 12;

const clauseStart = (text: string, floor: number, pos: number): number => {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1;
  return floor;
};
const clauseEnd = (text: string, pos: number, end: number): number => {
  for (let i = pos; i < end; i++) if (CLAUSE_BREAK.test(text[i])) return i;
  return end;
};

/** The last characters of a subject that fit (一期工程 of 10kV供电项目线路工程一期工程), cut at a word. */
function shorten(head: string, room: number): string {
  if (head.length <= room) return head;
  const toks = tagSpan(head, 0, head.length);
  let out = '';
  for (let i = toks.length - 1; i >= 0 && out.length + toks[i].word.length <= room; i--) out = toks[i].word + out;
  return out;
}

/** A phrase as a name: no marks, brackets, spaces. */
const tidy = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s*“”"《》〈〉]/g, '');

/** The last word of a phrase, at least two characters: where its mention stands. */
function headSpan(toks: Token[]): Span {
  const last = toks[toks.length - 1];
  let start = last.start;
  for (let i = toks.length - 2; i >= 0 && last.end - start < 2; i--) start = toks[i].start;
  return { start, end: last.end };
}

/** The object of a light verb: the noun phrase to the clause's end, ending in a happening (not a measure or stage). */
function objectOf(text: string, toks: Token[]): { span: Span; name: string } | undefined {
  const { w, s } = words();
  let i = 0;
  while (i < toks.length && (s.determiners.includes(toks[i].word) || /^(?:m|mq|q)$/.test(toks[i].tag) || /^\s+$/.test(toks[i].word))) i++;
  // 完成近7亿元人民币的C+轮融资: a phrase with 的 names its head after it.
  const of = toks.map((t) => t.word).lastIndexOf('的');
  if (of >= i) i = of + 1;
  const np = toks.slice(i).filter((t) => t.word.trim());
  if (!np.length || np.some((t) => !NP_TAG.test(t.tag) && !(t.tag === 'v' && t.word.length >= 2) && t.tag !== 'a' && t.tag !== 'ad')) return undefined;
  const last = np[np.length - 1];
  if (w.notHeads.some((h) => last.word.endsWith(h)) || /^[a]/.test(last.tag)) return undefined;
  const name = tidy(text.slice(np[0].start, last.end));
  if (name.length < 2 || name.length > MAX_NAME || !NAME_OK.test(name)) return undefined;
  // The mention stands on the head word only (批量生产 of 全固态电池小批量生产): the modifiers keep their own nodes.
  return { span: headSpan(np), name };
}

/** 首次, 第二届, 首批: which time or which one, part of an event's name. */
const ORDINAL = /^(?:第[一二三四五六七八九十\d]+[届次轮期批]|[一二三四五六七八九十\d]+期|首届|首次|首批|首条|首个|本届|新一轮)$/;

/**
 * The subject right before `to` (a date, or 将于/已于 before it): nouns back to a break or an actor.
 * `pointer`: it opened with 本/该/此 (本办法), a reference to a thing named elsewhere.
 */
function subjectOf(text: string, from: number, to: number): { span: Span; head: string; pointer: boolean } | undefined {
  const { w, s } = words();
  // 运动会（World Humanoid Robot Games）8月14日: the gloss in brackets is no part of the phrase.
  to -= /(?:将|已经|已|于|在|预计|计划|正式|原定|\s|\*)*$/.exec(text.slice(from, to))![0].length;
  to -= /[（(][^）)]{0,60}[）)][\s*]*$/.exec(text.slice(from, to))?.[0].length ?? 0;
  const toks = tagSpan(text, from, to).filter((t) => t.word.trim());
  let j = toks.length;
  while (j > 0 && (w.leadWords.includes(toks[j - 1].word) || toks[j - 1].tag === 'd' || toks[j - 1].tag === 'p')) j--;
  if (!j) return undefined;
  const end = toks[j - 1].end;
  let i = j;
  while (i > 0 && (NP_TAG.test(toks[i - 1].tag) || ORDINAL.test(toks[i - 1].word)) && toks[i - 1].word !== '的' && end - toks[i - 1].start <= 14) i--;
  // 首届/第七届/首条 opening the phrase say which one, as names here leave them out; 一期工程 is a phase, kept.
  while (i < j && ORDINAL.test(toks[i].word) && !/期$/.test(toks[i].word)) i++;
  if (i === j) return undefined;
  const pointer = i > 0 && (s.determiners.includes(toks[i - 1].word) || toks[i - 1].tag === 'r');
  const head = tidy(text.slice(toks[i].start, end));
  if (head.length < 2 || !NAME_OK.test(head) || w.subjectStops.some((x) => head.endsWith(x))) return undefined;
  return { span: { start: toks[i].start, end }, head, pointer };
}

/** Whether the tokens between a date and a verb leave the verb that date's: lead words, a place after 在, a target after 对. */
function cleanGap(toks: Token[], allowTarget: boolean, allowSubject: boolean): { ok: boolean; possible: boolean } {
  const { w, s } = words();
  let possible = false;
  let mode: 'lead' | 'place' | 'target' = 'lead';
  for (const [k, t] of toks.entries()) {
    if (!t.word.trim()) continue;
    if (s.stops.some((x) => x === t.word) && !w.leadWords.includes(t.word)) return { ok: false, possible };
    if (w.possibleWords.includes(t.word)) possible = true;
    if (w.placeJoins.includes(t.word)) {
      mode = 'place';
      continue;
    }
    if (allowTarget && w.targetJoins.includes(t.word)) {
      mode = 'target';
      continue;
    }
    if (w.leadWords.includes(t.word)) continue;
    // 在北京国家速滑馆: a verb-like word inside a place's name, a noun right after it.
    if (mode === 'place' && (PLACE_TAG.test(t.tag) || (t.tag === 'v' && /^n/.test(toks[k + 1]?.tag ?? '')))) continue;
    if (mode === 'target' && TARGET_TAG.test(t.tag)) continue;
    if (allowSubject && mode === 'lead' && (NP_TAG.test(t.tag) || /^(?:nt|ns|nr|m|q)$/.test(t.tag) || /^[与和及、]$/.test(t.word))) continue;
    if (t.tag === 'd' && !/^(?:不|未|没|没有|尚未|并未|无)$/.test(t.word)) continue;
    return { ok: false, possible };
  }
  return { ok: true, possible };
}

/** The dated happenings of sentence text[start, end), given its dates. */
export function findDatedNouns(text: string, start: number, end: number, dates: DateAt[]): DatedNoun[] {
  const { w, s } = words();
  const out: DatedNoun[] = [];
  const happen = new Map<string, 'start' | 'end'>([...w.happenVerbs.start.map((v) => [v, 'start'] as const), ...w.happenVerbs.end.map((v) => [v, 'end'] as const)]);
  for (const x of dates) {
    if (x.vague) continue;
    const cs = clauseStart(text, start, x.start);
    const before = text.slice(cs, x.start);
    const after = text.slice(x.end, end);
    // 10月4日前 bounds a span; 2027年前后 / 左右 is about then.
    const next = after.replace(/^[\s*]+/, '');
    if (!/^(?:前后|左右)/.test(next) && s.notAfterDate.some((a) => next.startsWith(a))) continue;
    // 截至9月底, 到2027年 stand for a span, 表示 before the date says who said it.
    if (/(?:截至|截止|直至|直到|至|到)[\s*]*$/.test(before) && !/(?:将|预计|计划)[\s*]*(?:到|至)[\s*]*$/.test(before)) continue;
    // 表示/同意/如果 before the date: what someone says, agrees to or supposes, not a happening of that date.
    const says = (word: string) => s.stops.includes(word) && !w.leadWords.includes(word);
    if (tagSpan(text, cs, x.start).some((t) => says(t.word)) || s.stops.some((st) => st.length >= 2 && says(st) && before.includes(st))) continue;
    // NP 截止日期为 DATE.
    const dn = new RegExp(`([\\u3400-\\u9fffA-Za-z0-9]{2,14}?)(?:的)?(${[...w.dateNouns.end, ...w.dateNouns.start].join('|')})(?:${w.dateNounJoins.join('|')})[\\s*]*$`).exec(before);
    if (dn) {
      // 征求意见截止日期为…: the words before the date noun, after a pointer (本公告有效期至 → 公告).
      // 新的截止时间为: a modifier alone names nothing (the deadline is read by the expiry rules).
      if (/^(?:新|原|最新|最终|最后)的?$|的$/.test(dn[1])) continue;
      // 此次征求意见: which time, not a pointer; 本公告: a pointer to the text's own notice.
      // 委员会的决定日期为: the phrase after its last 的.
      const of = dn[1].lastIndexOf('的') + 1;
      if (of) ((dn.index += of), (dn[1] = dn[1].slice(of)));
      const once = /^(?:此次|本次|该次|这次)/.exec(dn[1])?.[0].length ?? 0;
      const lead = once || (/^(?:本|该|此|其|上述)/.exec(dn[1])?.[0].length ?? 0);
      const np = { start: cs + dn.index + lead, end: cs + dn.index + dn[1].length };
      const name = dn[1].slice(lead);
      if (name.length >= 2 && !w.subjectStops.some((h) => name.endsWith(h))) {
        out.push({ date: x, role: w.dateNouns.end.includes(dn[2]) ? 'end' : 'start', span: np, name, label: headKind(name) === 'Policy' ? 'Policy' : 'Event', existing: (lead > 0 && !once) || headKind(name) === 'Policy' });
      }
      continue;
    }
    // Where the predicate starts: after the date, or after the comma of a date heading its sentence.
    let from = x.end + /^[\s*]*(?:起)?/.exec(after)![0].length;
    const heading = /^[\s*]*[，,]/.exec(text.slice(from));
    const headed = !!heading && opens(text.slice(start, x.start));
    if (heading && !headed) continue;
    if (heading) from += heading[0].length;
    const to = clauseEnd(text, from, end);
    const toks = tagSpan(text, from, to);
    // The first listed verb as a word.
    const vi = toks.findIndex((t) => w.lightVerbs.includes(t.word) || happen.has(t.word) || [...happen.keys()].some((v) => v.length > 2 && t.word === v.slice(0, 2) && text.startsWith(v, t.start)));
    if (vi < 0) continue;
    const v = toks[vi];
    const verbWord = [...happen.keys()].find((h) => h.length > v.word.length && text.startsWith(h, v.start)) ?? v.word;
    const verbEnd = v.start + verbWord.length;
    const rest = toks.filter((t) => t.start >= verbEnd);
    const light = w.lightVerbs.includes(verbWord) && rest.some((t) => t.word.trim());
    const gap = cleanGap(toks.slice(0, vi), !light, headed);
    if (!gap.ok) continue;
    // 公司有望在2027年…: a modal before the date makes the happening possible only.
    if (tagSpan(text, cs, x.start).some((t) => w.possibleWords.includes(t.word))) gap.possible = true;
    if (light) {
      const obj = objectOf(text, rest);
      if (obj) out.push({ date: x, role: 'start', span: obj.span, name: obj.name, label: 'Event', possible: gap.possible });
      continue;
    }
    const role = happen.get(verbWord);
    if (!role) continue;
    // 量产交付: a verb closing the clause (or one short verbal word after it).
    const tail = rest.filter((t) => t.word.trim());
    if (tail.length > 1 || (tail.length === 1 && (tail[0].word.length > 2 || !/^v/.test(tail[0].tag)))) continue;
    const verbName = text.slice(v.start, tail.length ? tail[0].end : verbEnd);
    // The subject: before the date, or after a heading date's comma (up to 在 PLACE).
    const placeAt = headed ? toks.slice(0, vi).find((t) => w.placeJoins.includes(t.word)) : undefined;
    const subj = headed ? subjectOf(text, from, placeAt?.start ?? v.start) : subjectOf(text, cs, x.start);
    const hold = w.holdVerbs.includes(verbWord);
    // 互征特别港务费**于10月14日生效: a subject right before its date is dated by the general rules.
    const adjacent = !!subj && !headed && /^[\s*》”"]*(?:已经|已|将)?[\s*]*(?:于|在)?[\s*]*$/.test(text.slice(subj.span.end, x.start));
    // 论坛…开幕 / 本办法…施行 / 协议…到期: an event or a rule as subject is what the date is of.
    const eventSubject = subj && w.eventHeads.some((h) => subj.head.endsWith(h));
    if (subj && (eventSubject || headKind(subj.head) === 'Policy' || role === 'end')) {
      const existing = subj.pointer || subj.head.length < 3 || !eventSubject;
      out.push({ date: x, role, span: subj.span, name: subj.head, label: eventSubject ? 'Event' : 'Policy', existing, effect: w.effectVerbs.includes(verbWord), possible: gap.possible });
      continue;
    }
    // 论坛开幕 with no event named, 举行 of nothing, 到期 of nothing named: no happening to name.
    if (hold || role === 'end') continue;
    // …的决定，11月8日起实施: what takes effect is the rule named before in the sentence.
    if (!subj && w.effectVerbs.includes(verbWord)) {
      out.push({ date: x, role, span: { start, end: cs }, name: '', label: 'Policy', existing: true, previous: true, effect: true, possible: gap.possible });
      continue;
    }
    // 中试线将于…投产 needs its own happening; a named or marked thing (**港务费**于, 《…》于) is dated as itself.
    if (subj?.pointer || (adjacent && (headKind(subj!.head) || /[*》”"]/.test(text.slice(subj!.span.end, x.start))))) continue;
    const target = /(?:对|向|针对)([\u3400-\u9fffA-Za-z0-9]{2,8})[\s*]*$/.exec(text.slice(from, v.start));
    const name = subj ? shorten(subj.head, MAX_NAME - verbName.length) + verbName : target && verbName.length >= 4 ? `对${target[1]}${verbName}` : verbName;
    // A bare verb names a happening only when it is one by itself (量产, 投产), not 实施 or 启动.
    if (name === verbName && !w.nounVerbs.includes(verbWord)) continue;
    // The mention stands on the verb: the subject keeps its own.
    out.push({ date: x, role, span: { start: v.start, end: v.start + verbName.length }, name, label: 'Event', possible: gap.possible });
  }
  return out;
}

/** The Event mentions the dated happenings of a sentence make (dates found in it alone: only their places matter here). */
export function zhDatedNounMentions(text: string, start: number, end: number, taken: Span[]): Mention[] {
  const slice = text.slice(start, end);
  if (!CJK.test(slice)) return [];
  const dates = findTemporalExpressions(slice, '2025-01-01').map((d) => ({ ...d, start: d.start + start, end: d.end + start }));
  if (!dates.length) return [];
  return findDatedNouns(text, start, end, dates)
    .filter((f) => !f.existing && !taken.some((t) => t.start === f.date.start))
    .map((f) => ({ start: f.span.start, end: f.span.end, name: f.name, label: f.label, rule: 'dated-thing' as const }));
}

const LASTS = /(?:为期|会期)\s*([一二两三四五六七八九十]|\d{1,2})\s*天/;

/**
 * 论坛9月25日在北京开幕，为期两天: an event this sentence gave a first day lasts that many days (its end),
 * the nearest one before 为期.
 */
function lasting(ctx: DateContext): void {
  const m = LASTS.exec(ctx.text.slice(ctx.start, ctx.end));
  if (!m) return;
  const at = ctx.start + m.index;
  const days = /\d/.test(m[1]) ? Number(m[1]) : T.chineseNumbers[m[1]];
  const ev = ctx.evidence();
  const dated = ctx.mentions.filter((p) => !p.nested && p.end <= at).reverse().map((p) => ctx.node(p.id)).find((n) => n?.start?.length === 10 && n.startEvidence?.start === ev.start);
  const first = dated && parseIso(dated.start!);
  if (!dated || !first || !days || days < 2 || days > 31 || (dated.end && dated.end !== dated.start)) return;
  setEnd(dated, toIso(addDays(first, days - 1)), 'ends', ev);
}

/** Dates the happenings found above: the mention at their span (or, for an event subject, the one ending there). */
export function zhDatedNounDates(ctx: DateContext, used: (x: { value: { start: string; end?: string } }) => boolean): void {
  const { text } = ctx;
  const top = ctx.mentions.filter((m) => !m.nested);
  for (const f of findDatedNouns(text, ctx.start, ctx.end, ctx.expressions)) {
    const x = ctx.expressions.find((e) => e.start === f.date.start);
    if (!x || used(x)) continue;
    const m: Placed | undefined = f.previous
      ? [...top].reverse().find((p) => p.end <= f.span.end && p.start >= f.span.start && p.label === 'Policy')
      : top.find((p) => p.start <= f.span.start && p.end >= f.span.end && p.end - p.start <= f.span.end - f.span.start + 12) ??
      (f.existing ? top.find((p) => p.end === f.span.end && p.start >= f.span.start) : undefined);
    const node = m && isDatable(text, m) ? ctx.node(m.id) : undefined;
    if (!node) continue;
    const ev = ctx.evidence();
    if (f.role === 'end') {
      setEnd(node, x.value.end ?? x.value.start, /到期|届满|失效|有效期/.test(ev.text) ? 'expires' : 'ends', ev);
    } else {
      // …公布…的决定，11月8日起实施: taking effect outranks the publication the same sentence dated.
      const published = f.effect && node.startEvidence?.start === ev.start && node.start !== x.value.start;
      if (published) delete node.start;
      if (hasStart(node)) continue;
      setStart(node, x.value.start, ev);
      if (x.value.end) setEnd(node, x.value.end, 'ends', ev);
    }
    if (f.possible) node.modality = 'possible';
    else if ((x.value.start > ctx.briefingDate || x.modality) && node.modality !== 'possible') node.modality = 'expected';
  }
  lasting(ctx);
}
