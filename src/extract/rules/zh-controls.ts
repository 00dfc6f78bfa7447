// Chinese phrases the lexicon cannot know, found by their head word: indicators (…指数, …增加值占…比重,
// …经费投入), the objects an official control names (境外军事用户, 14纳米及以下逻辑芯片, 关注名单),
// defined terms (…总量控制指标(以下简称总量控制指标)); and the relations official phrasing states:
// 对 X 实行/实施 Y (the measure Y constrains X), …报国务院批准 (the approver takes part), 据 X 消息 …
// 《Y》公布 (X issued Y). Words are data in lexicon/zh-phrases.json.
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { topLevel } from '../relations.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { matchesIn, tidy, alternation as alt } from '../text.js';
import { zhPhraseEnd, zhPhraseStart, zhWords } from './zh-phrase.js';
import { zhPartRelations } from './zh-parts.js';
import { noteForwardList, zhRelationWords } from './zh-release.js';


interface Compiled {
  heads: RegExp;
  labelOf: Map<string, { label: NodeLabel; anywhere: boolean }>;
  control: RegExp;
  defined: RegExp;
  target: RegExp;
  submit: RegExp;
  leadingTime: RegExp;
  leadingModifier: RegExp;
  attribution: RegExp;
  passiveVerb: RegExp;
}
let compiled: Compiled | undefined;
function patterns(): Compiled {
  if (compiled) return compiled;
  const w = zhWords();
  const labelOf = new Map<string, { label: NodeLabel; anywhere: boolean }>();
  for (const h of w.indicatorHeads) labelOf.set(h, { label: 'Indicator', anywhere: true });
  for (const h of w.conceptHeadsAnywhere) labelOf.set(h, { label: 'Concept', anywhere: true });
  for (const g of w.objectHeads) for (const h of g.heads) labelOf.set(h, { label: g.label, anywhere: g.anywhere ?? false });
  return (compiled = {
    heads: new RegExp(alt([...labelOf.keys()]), 'g'),
    labelOf,
    control: new RegExp(alt(w.controlCues)),
    leadingTime: new RegExp(w.leadingTime, 'u'),
    attribution: new RegExp(w.passiveIssue.attribution, 'g'),
    // 《…》公布。 at the end of the sentence: published, with no agent named.
    passiveVerb: new RegExp(`^[》」”\\s]*(?:${alt(w.passiveIssue.verbs)})\\s*[。；;]?\\s*(?:\\[\\d+\\])?\\s*$`),
    leadingModifier: new RegExp(`^(?:${alt(w.leadingModifiers)})`),
    defined: new RegExp(w.definedTerm, 'gu'),
    // 对稀土开采(含稀土矿产品等)…实行总量调控管理: the object, then the measure.
    // Zero-width at each 对, so 对A…和对B…实行 reads both objects.
    target: new RegExp(`对(?=([^，。；：,;:]{2,60}?)(${alt(w.controlVerbs)}))`, 'g'),
    // …总量控制指标，报国务院批准: the thing is submitted to X for approval.
    submit: new RegExp(`(?:${alt(w.submitFor.before)})([^，。；：,;:]{2,20}?)(?:${alt(w.submitFor.after)})`, 'g'),
  });
}

/** The label a phrase gets from its head word, or undefined when no head list names it. */
function labelByHead(phrase: string): NodeLabel | undefined {
  const { labelOf } = patterns();
  const head = [...labelOf.keys()].filter((h) => phrase.endsWith(h)).sort((a, b) => b.length - a.length)[0];
  return head ? labelOf.get(head)?.label : undefined;
}

const MIN_CHARS = 4;

export function zhPhraseMentions(text: string, start: number, end: number): Mention[] {
  const p = patterns();
  const out: Mention[] = [];
  const isControl = p.control.test(text.slice(start, end));
  for (const m of matchesIn(p.heads, text, start, end)) {
    const info = p.labelOf.get(m[0]);
    if (!info || (!info.anywhere && !isControl)) continue;
    const e = m.index + m[0].length;
    let s = zhPhraseStart(text, start, m.index);
    if (e - s < MIN_CHARS || s >= m.index) continue;
    // 数字经济核心产业增加值占国内生产总值比重 is one indicator: a share of what comes before 占.
    const w = zhWords();
    if (m[0] === w.shareHead && text.slice(s - w.shareVerb.length, s) === w.shareVerb) {
      const s2 = zhPhraseStart(text, start, s - w.shareVerb.length);
      if (s2 < s - w.shareVerb.length) s = s2;
    }
    // 这一增速, 整个半导体材料, 第一季度…销售额: the modifier or period is not part of the name.
    const surface = text.slice(s, e);
    let bare = surface.replace(p.leadingTime, '').replace(p.leadingModifier, '').trim();
    // 等7类中重稀土相关物项: the classifier after a count is not part of the class's name.
    const counted = zhRelationWords().enumeration.countWords.find((c) => bare.startsWith(c));
    if (counted && /[\d一二三四五六七八九十两几多]\s*$/u.test(text.slice(start, e - bare.length))) bare = bare.slice(counted.length).trim();
    s = e - bare.length;
    if (bare.length < MIN_CHARS || s >= m.index || !surface.endsWith(bare)) continue;
    // 下列物项 points to the list after the sentence; it names nothing itself.
    if (zhRelationWords().headings.forwardRef.some((f) => bare.startsWith(f))) continue;
    out.push({ start: s, end: e, name: tidy(bare), label: info.label, rule: 'policy-suffix' });
  }
  // 年度稀土开采和稀土冶炼分离总量控制指标(以下简称总量控制指标): one node, named by its short form.
  for (const m of matchesIn(p.defined, text, start, end)) {
    const short = tidy(m[1]);
    const label = labelByHead(short) ?? 'Concept';
    const s = zhPhraseStart(text, start, m.index, 24, true);
    if (s < m.index) out.push({ start: s, end: m.index, name: short, label, rule: 'title', aliases: [tidy(text.slice(s, m.index))] });
    const ts = m.index + m[0].indexOf(m[1]);
    out.push({ start: ts, end: ts + m[1].length, name: short, label, rule: 'title' });
  }
  for (const t of targetsIn(text, start, end)) {
    if (t.measureEnd - t.measureStart >= 3) {
      out.push({ start: t.measureStart, end: t.measureEnd, name: tidy(text.slice(t.measureStart, t.measureEnd)), label: 'Policy', rule: 'policy-suffix' });
    }
    // 对下列物项实施出口管制: the object is the list that follows, not a thing of its own.
    if (t.objectEnd - t.objectStart >= MIN_CHARS && !pointsForward(text, t)) {
      const name = tidy(text.slice(t.objectStart, t.objectEnd));
      out.push({ start: t.objectStart, end: t.objectEnd, name, label: labelByHead(name) ?? 'Concept', rule: 'event-noun' });
    }
  }
  return out;
}

interface Target {
  objectStart: number;
  objectEnd: number;
  verbStart: number;
  measureStart: number;
  measureEnd: number;
}

function targetsIn(text: string, start: number, end: number): Target[] {
  const out: Target[] = [];
  for (const m of matchesIn(patterns().target, text, start, end)) {
    const objectStart = m.index + 1;
    const verbStart = objectStart + m[1].length;
    const measureStart = verbStart + m[2].length;
    out.push({ objectStart, objectEnd: zhPhraseEnd(text, objectStart, verbStart), verbStart, measureStart, measureEnd: zhPhraseEnd(text, measureStart, end) });
  }
  return out;
}

/** 对部分中重稀土相关物项实施…的决定: the node naming the whole object, else one made of its words without 部分. */
function titleObject(ctx: SentenceContext, within: Placed[], t: Target): string | undefined {
  const lead = new RegExp(`^(?:${alt(zhRelationWords().titleTarget.leading)})+`, 'u');
  const words = tidy(ctx.text.slice(t.objectStart, t.verbStart)).replace(lead, '');
  const whole = within.find((m) => !NOT_CONSTRAINED.includes(m.label) && m.start >= t.objectStart && m.end === t.verbStart && tidy(ctx.text.slice(m.start, m.end)) === words);
  if (whole) return whole.id;
  if (words.length >= MIN_CHARS) return ctx.nodeFor(words, labelByHead(words) ?? 'Concept');
  return within.find((m) => !NOT_CONSTRAINED.includes(m.label) && m.start >= t.objectStart && m.end <= t.verbStart)?.id;
}

const pointsForward = (text: string, t: Target) => zhRelationWords().headings.forwardRef.some((w) => text.startsWith(w, t.objectStart));

const NOT_CONSTRAINED: NodeLabel[] = ['Place', 'Organization', 'Person', 'Source'];

/** 国家对稀土开采…实行总量调控管理 → the measure CONSTRAINS what 对 names. */
export function zhControlRelations(ctx: SentenceContext): void {
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  for (const t of targetsIn(text, start, end)) {
    // 公布对部分中重稀土相关物项实施出口管制的决定: inside a document's name, its own words state the target.
    const title = ms.find((m) => m.label === 'Policy' && m.start <= t.objectStart && m.end >= t.measureEnd);
    const within = title ? ctx.mentions.filter((m) => m.id !== title.id && m.start >= title.start && m.end <= title.end) : ms;
    const measure = within.find((m) => m.start >= t.measureStart && m.start < t.measureEnd && (m.label === 'Policy' || m.label === 'Event'));
    if (!measure) continue;
    if (pointsForward(text, t)) noteForwardList(ctx, measure.id);
    if (title) {
      const object = titleObject(ctx, within, t);
      if (object && object !== measure.id) ctx.addEdge('CONSTRAINS', measure.id, object, 'reported');
      continue;
    }
    for (const m of within) {
      if (m.start < t.objectStart || m.end > t.verbStart) continue;
      if (NOT_CONSTRAINED.includes(m.label) || m.id === measure.id) continue;
      ctx.addEdge('CONSTRAINS', measure.id, m.id, 'reported');
    }
  }
  // …研究拟定…总量控制指标，报国务院批准: the organisation that approves it takes part in it.
  for (const m of matchesIn(patterns().submit, text, start, end)) {
    const orgStart = m.index + m[0].indexOf(m[1]);
    const org = ms.find((x) => x.label === 'Organization' && x.start >= orgStart && x.end <= orgStart + m[1].length);
    const thing = ms.filter((x) => x.end <= m.index && SUBMITTED.includes(x.label)).pop();
    if (org && thing) ctx.addEdge('INVOLVES', thing.id, org.id, 'reported');
  }
  // 据工信部消息，8月22日，《…暂行办法》公布: the organisation the news comes from issued it.
  const p = patterns();
  for (const a of matchesIn(p.attribution, text, start, end)) {
    const from = a.index + a[0].indexOf(a[1]);
    // 据 X 消息 marks X as the sentence's outlet, so look among all mentions, not only participants.
    const orgs = ctx.mentions.filter((x) => !x.nested && x.label === 'Organization' && x.start >= from && x.end <= from + a[1].length);
    const doc = ms.find((x) => x.label === 'Policy' && x.start > a.index && p.passiveVerb.test(text.slice(x.end, end)));
    if (doc && orgs.length === 1 && !ms.some((x) => x.label === 'Organization' && x.start >= a.index + a[0].length && x.end <= doc.start)) {
      ctx.addEdge('ISSUED_BY', doc.id, orgs[0].id, 'reported');
    }
  }
  zhPartRelations(ctx);
}

const SUBMITTED: NodeLabel[] = ['Policy', 'Indicator', 'Event'];
