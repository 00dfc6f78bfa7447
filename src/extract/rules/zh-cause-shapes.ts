// Chinese set phrases that state a cause or a constraint without a cue verb between two names:
// a measure answering another (这两项措施被解读为对美国国防部扩充“1260H 清单”的回应), a clause
// named as the reason of another (新订单指数回升…，是带动 PMI 重返扩张区间的主要因素), a bottleneck
// (电力供给…变为限制 AI 算力扩张的硬约束), a constraint stated from the constrained side (受制于,
// 受…制约), conditions set on a target (法案拟对来自中国等国的投资设定严格条件), exports refused
// for listed end users (涉日本军事用户…不予批准) and the destination of a shift (促使…需求转向华为昇腾).
// Words are data in lexicon/zh-cause-shapes.json.
import { readFileSync } from 'node:fs';
import type { EdgeType, NodeLabel } from '../../model/index.js';
import { cues } from '../lexicon.js';
import { modalityOf } from '../cues.js';
import { clauseAt, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { alternation, clausesOf, matchesIn, tidy, type Clause } from '../text.js';
import { tagSpan } from '../segment.js';
import { nounPhraseEnd } from './noun-phrase.js';
import { phraseBefore } from './zh-cue-phrases.js';
import { noteSentence } from './zh-carry-over.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface Words {
  response: { nouns: string[]; verbs: string[]; notAfterVerb: string[] };
  clauseCause: { copulas: string[]; degree: string[]; heads: string[] };
  bottleneck: { verbs: string[]; degree: string[]; heads: string[] };
  constrainedBy: { reverse: string[]; open: string[]; close: string[] };
  setsCondition: { verbs: string[]; objects: string[] };
  refused: { open: string[]; close: string[] };
  pivotDestination: string[];
  factorList: { intro: string; items: string[] };
}

let loaded: { w: Words; re: Record<string, RegExp> } | undefined;
/** A word as a pattern that also matches across a PDF line break (变\n为). */
const flex = (w: string) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
const alt = (xs: string[]) => alternation(xs, flex);

function load() {
  if (loaded) return loaded;
  const w = JSON.parse(readFileSync(new URL('../lexicon/zh-cause-shapes.json', import.meta.url), 'utf8')) as Words;
  const hanCues = (xs: string[]) => xs.filter((x) => /^\p{Script=Han}+$/u.test(x));
  const causeCues = hanCues(cues().causes.forward);
  const limitCues = hanCues(cues().constrains.forward);
  const re = {
    responseNoun: new RegExp(`对\\s*([^，。；：,;:对]{1,30}?)\\s*的\\s*(?:直接|对等|正式|一种|某种)?\\s*(?:${alt(w.response.nouns)})`, 'gu'),
    responseVerb: new RegExp(`(?:${alt(w.response.verbs)})`, 'gu'),
    clauseCause: new RegExp(
      `(?:${alt(w.clauseCause.copulas)})\\s*(?:(${alt([...causeCues, ...limitCues])})\\s*)?([^，。；：,;:]{1,30}?)的\\s*(?:${alt(w.clauseCause.degree)})*\\s*(?:${alt(w.clauseCause.heads)})`,
      'gu',
    ),
    bottleneck: new RegExp(
      `(?:${alt(w.bottleneck.verbs)})\\s*(?:(?:${alt(limitCues)})\\s*)?([^，。；：,;:]{1,24}?)的\\s*(?:${alt(w.bottleneck.degree)})*\\s*(?:${alt(w.bottleneck.heads)})`,
      'gu',
    ),
    reverse: new RegExp(`(?:${alt(w.constrainedBy.reverse)})`, 'gu'),
    subjectTo: new RegExp(`(?:${alt(w.constrainedBy.open)})(?!\\s*(?:${alt(w.constrainedBy.close)}))`, 'gu'),
    circumfix: new RegExp(`(?:${alt(w.constrainedBy.open)})\\s*([^，。；：,;:受]{1,20}?)\\s*的?\\s*(?:${alt(w.constrainedBy.close)})`, 'gu'),
    setsCondition: new RegExp(
      `对\\s*([^，。；：,;:对]{1,24}?)\\s*(?:${alt(w.setsCondition.verbs)})\\s*了?\\s*[^，。；：,;:]{0,6}?(?:${alt(w.setsCondition.objects)})`,
      'gu',
    ),
    factorIntro: new RegExp(w.factorList.intro, 'gu'),
    factorItem: new RegExp(`(?:${alt(w.factorList.items)})\\s*`, 'gu'),
    refused: new RegExp(`(?:${alt(w.refused.open)})\\s*([^。；;]{2,80}?)\\s*(?:${alt(w.refused.close)})`, 'gu'),
  };
  return (loaded = { w, re });
}

const ACTORS: NodeLabel[] = ['Place', 'Organization', 'Person'];
const ACTING: NodeLabel[] = ['Policy', 'Event'];
const DEMONSTRATIVE = /^\s*(?:这|该|此|上述|这些|这两|这三|此次|此举)/u;
const SHORT = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,9}$/u;

/** The measures and events of the sentence read last, for 这两项措施 in the sentence after it. */
let previous: { text: string; end: number; acting: string[] } | undefined;
forgetPerBriefing(() => {
  previous = undefined;
});

export function zhCauseShapes(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  if (!/\p{Script=Han}/u.test(text.slice(start, end))) return;
  const { w, re } = load();
  const clauses = clausesOf(text, start, end);
  const add = (type: EdgeType, from: string | undefined, to: string | undefined, cl: Clause) => {
    if (from && to && from !== to) ctx.addEdge(type, from, to, modalityOf(text, cl.start, cl.end));
  };
  const within = (s: number, e: number, ok: (m: Placed) => boolean = () => true) => ms.filter((m) => m.start >= s && m.end <= e && ok(m));
  const notActor = (m: Placed) => !ACTORS.includes(m.label);
  const inMention = (pos: number) => ctx.mentions.some((m) => pos >= m.start && pos < m.end);

  // 对 X 的回应: X causes the measure that is the subject (这两项措施 → the measures named just before).
  for (const m of matchesIn(re.responseNoun, text, start, end)) {
    if (inMention(m.index)) continue;
    const cl = clauseAt(clauses, m.index);
    const span = [m.index + 1, m.index + 1 + m[1].length] as const;
    const cause = within(...span, notActor).pop() ?? within(...span).pop();
    const lead = text.slice(cl.start, m.index);
    let effects: string[] = [];
    if (DEMONSTRATIVE.test(lead)) effects = referents(ctx, lead);
    else effects = within(cl.start, m.index, (x) => ACTING.includes(x.label)).map((x) => x.id);
    // 作为对 X 的反制，商务部宣布…措施: the measure comes after.
    if (!effects.length && /作为\s*$/u.test(lead)) effects = ms.filter((x) => x.start >= m.index + m[0].length && ACTING.includes(x.label)).slice(0, 1).map((x) => x.id);
    if (!effects.length) effects = within(start, cl.start, (x) => ACTING.includes(x.label)).slice(-1).map((x) => x.id);
    for (const y of effects) add('CAUSES', cause?.id, y, cl);
  }

  // …采取反制措施，以回应美方 301 调查: the measure named before the verb answers what follows it.
  for (const m of matchesIn(re.responseVerb, text, start, end)) {
    if (inMention(m.index) || text[m.index - 1] === '的' || text[m.index - 1] === '对') continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3).trimStart();
    if (w.response.notAfterVerb.some((x) => rest.startsWith(x))) continue;
    const cl = clauseAt(clauses, m.index);
    const cause = within(m.index + m[0].length, cl.end, notActor)[0];
    const effect = within(start, m.index, (x) => ACTING.includes(x.label)).pop();
    if (cause && effect && !inMention(m.index + m[0].length)) add('CAUSES', cause.id, effect.id, cl);
  }

  // …，是带动 PMI 重返扩张区间的主要因素 / X 是购进价格指数回升的重要原因.
  for (const m of matchesIn(re.clauseCause, text, start, end)) {
    if (inMention(m.index)) continue;
    const cl = clauseAt(clauses, m.index);
    const cause = subjectOf(ctx, ms, clauses, cl, m.index);
    const spanStart = m.index + m[0].indexOf(m[2], m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
    const span = [spanStart, spanStart + m[2].length] as const;
    // 是推动这一增长的主要原因: the growth the sentence told of before.
    const effect = DEMONSTRATIVE.test(m[2])
      ? (within(start, cl.start, notActor)[0]?.id ?? ctx.previousSalient)
      : (within(...span, notActor)[0]?.id ?? lastAct(ctx, ...span));
    const type: EdgeType = m[1] && cues().constrains.forward.includes(m[1].replace(/\s+/g, '')) ? 'CONSTRAINS' : 'CAUSES';
    add(type, cause, effect, cl);
  }

  // 电力供给…变为限制 AI 算力扩张的硬约束: the subject constrains what the bottleneck holds back.
  for (const m of matchesIn(re.bottleneck, text, start, end)) {
    if (inMention(m.index)) continue;
    const cl = clauseAt(clauses, m.index);
    const cause = subjectOf(ctx, ms, clauses, cl, m.index);
    const spanEnd = m.index + m[0].lastIndexOf(m[1]) + m[1].length;
    const span = [spanEnd - m[1].length, spanEnd] as const;
    // 制约大规模应用的主要障碍: a short span no phrase rule reads is the thing held back.
    const bare = tidy(text.slice(...span));
    const effect = phraseBefore(ctx, span[0], span[1]) ?? within(...span, notActor).pop()?.id ?? (SHORT.test(bare) && !DEMONSTRATIVE.test(bare) ? ctx.nodeFor(bare, 'Concept') : undefined);
    add('CONSTRAINS', cause, effect, cl);
  }

  // 中国芯片产业受制于美国出口管制: what follows constrains what the clause led with.
  for (const m of matchesIn(re.reverse, text, start, end)) {
    if (inMention(m.index)) continue;
    const cl = clauseAt(clauses, m.index);
    // 受制于人 names no one: the constraining thing must follow right after the cue.
    const by = within(m.index + m[0].length, cl.end).filter((x) => /^[\s“"《]*$/u.test(text.slice(m.index + m[0].length, x.start)));
    const cause = by[0];
    const effect = within(cl.start, m.index, notActor).pop()?.id ?? phraseBefore(ctx, cl.start, m.index);
    add('CONSTRAINS', cause?.id, effect, cl);
  }

  // 受美国出口管制限制，…: the thing named between 受 and the verb constrains the clause's subject,
  // or the first thing the next clause names when 受… stands alone.
  for (const m of matchesIn(re.circumfix, text, start, end)) {
    // 不受…限制 and 免受… deny the constraint; 接受/享受 are other words.
    if (inMention(m.index) || /^制|^限/u.test(m[1]) || /[不免接享感]/u.test(text[m.index - 1] ?? '')) continue;
    const cl = clauseAt(clauses, m.index);
    const inner = within(m.index + 1, m.index + m[0].length);
    const cause = inner.filter(notActor).pop() ?? inner.pop();
    const rest = text.slice(m.index + m[0].length, cl.end);
    const next = clauses[clauses.indexOf(cl) + 1];
    const effect =
      within(cl.start, m.index, notActor).pop()?.id ??
      (/^[\s\p{P}]*$/u.test(rest) ? (next ? within(next.start, next.end, notActor)[0]?.id : undefined) : within(m.index + m[0].length, cl.end, notActor)[0]?.id);
    add('CONSTRAINS', cause?.id, effect, cl);
  }

  // 关键量子硬件长期受美国出口管制，…: a measure the clause ends with constrains what the clause led with.
  for (const m of matchesIn(re.subjectTo, text, start, end)) {
    if (inMention(m.index) || /[不免接享感遭]/u.test(text[m.index - 1] ?? '')) continue;
    const cl = clauseAt(clauses, m.index);
    const after = m.index + m[0].length;
    // 受美国出口管制，: the measure (a place before it says whose) right after 受, closing the clause.
    const policy = ms.find((x) => x.label === 'Policy' && x.start >= after && x.start - after <= 4 && x.end <= cl.end && /^[\s\p{P}]*$/u.test(text.slice(x.end, cl.end)));
    if (!policy || within(after, policy.start, (x) => x.label !== 'Place').length) continue;
    const lead = trimAdverbs(ctx, cl.start, m.index);
    const effect = within(cl.start, lead, notActor).pop()?.id ?? phraseBefore(ctx, cl.start, lead);
    add('CONSTRAINS', policy.id, effect, cl);
  }

  // 法案拟对来自中国等国的投资设定严格条件: the measure constrains what the conditions are set on.
  for (const m of matchesIn(re.setsCondition, text, start, end)) {
    if (inMention(m.index)) continue;
    const cl = clauseAt(clauses, m.index);
    const lead = text.slice(cl.start, m.index);
    const subject = within(cl.start, m.index, (x) => ACTING.includes(x.label)).pop() ?? within(cl.start, m.index, (x) => x.label === 'Organization').pop();
    const subj = subject?.id ?? (DEMONSTRATIVE.test(lead) ? referents(ctx, lead)[0] : undefined);
    add('CONSTRAINS', subj, targetOf(ctx, ms, m.index + 1, m.index + 1 + m[1].length), cl);
  }

  // 商务部将…审查，涉日本军事用户、军事用途…出口不予批准: the organisation refuses exports to each item.
  for (const m of matchesIn(re.refused, text, start, end)) {
    if (inMention(m.index)) continue;
    const org = ms.find((x) => x.start - start <= 2 && (x.label === 'Organization' || x.label === 'Policy') && !ctx.outletIds.has(x.id));
    if (!org) continue;
    const cl = clauseAt(clauses, m.index);
    const from = m.index + m[0].indexOf(m[1]);
    let at = from;
    for (const item of m[1].split(/(、|，|,|以及|及|和)/u)) {
      const [s, e] = [at, at + item.length];
      at = e;
      if (/^(?:、|，|,|以及|及|和)$/u.test(item)) continue;
      // 日本军事用户: the place only says whose users.
      const place = within(s, e, (x) => x.label === 'Place')[0];
      const bare = tidy(text.slice(place && place.start - s <= 1 ? place.end : s, e));
      if (SHORT.test(bare)) add('CONSTRAINS', org.id, ctx.nodeFor(bare, 'Concept'), cl);
    }
  }

  // …引进候选药物，主要受两方面因素推动：一是重磅药物专利集中到期…；二是…: each item causes the thing before.
  // …；二是… read as a sentence of its own continues the list of the sentence before.
  re.factorItem.lastIndex = 0;
  if (factors && factors.text === text && /^\s*$/.test(text.slice(factors.end, start)) && re.factorItem.test(text.slice(start, start + 4))) {
    const effect = factors.effect;
    factorItems(ctx, ms, clauses, start, end, (cause, cl) => add('CAUSES', cause, effect, cl));
    factors.end = end;
  }
  for (const m of matchesIn(re.factorIntro, text, start, end)) {
    const cl = clauseAt(clauses, m.index);
    const own = /\p{Script=Han}{4,}/u.test(text.slice(cl.start, m.index).replace(/(?:主要|也|则|还|均|都)\s*$/u, ''));
    const before = own ? { start: cl.start, end: m.index } : clauses[clauses.indexOf(cl) - 1];
    if (!before) continue;
    const effect = within(before.start, before.end, notActor).pop()?.id ?? tailAct(ctx, before.start, before.end);
    factorItems(ctx, ms, clauses, m.index + m[0].length, end, (cause, c) => add('CAUSES', cause, effect, c));
    factors = { text, end, effect };
  }

  previous = { text, end, acting: ms.filter((x) => ACTING.includes(x.label)).map((x) => x.id) };
  noteSentence(ctx, ms);
}

/** The factor list read last (一是…；), whose effect 二是… in the next sentence still explains. */
let factors: { text: string; end: number; effect: string | undefined } | undefined;
forgetPerBriefing(() => {
  factors = undefined;
});

/** Each item of a list (一是 X…；二是 Y…) in [from, to): its first node (not an actor), else its opening phrase. */
function factorItems(ctx: SentenceContext, ms: Placed[], clauses: Clause[], from: number, to: number, each: (cause: string | undefined, cl: Clause) => void): void {
  for (const item of matchesIn(load().re.factorItem, ctx.text, from, to)) {
    const at = item.index + item[0].length;
    const cl = clauseAt(clauses, at);
    each(ms.find((m) => m.start >= at && m.end <= cl.end && !ACTORS.includes(m.label))?.id ?? leadPhrase(ctx, at, cl.end), cl);
  }
}

/** 促使更多算力需求转向华为昇腾: the thing the demand turns to (not an actor), for a second edge. */
export function pivotDestination(ctx: SentenceContext, ms: Placed[], from: number, to: number): Placed | undefined {
  const { w } = load();
  const m = new RegExp(`(?:${alt(w.pivotDestination)})\\s*$`, 'u');
  const dest = ms.find((x) => x.start >= from && x.end <= to && m.test(ctx.text.slice(Math.max(from, x.start - 4), x.start)));
  return dest && !ACTORS.includes(dest.label) ? dest : undefined;
}

/** 这两项措施 / 该措施: the measures of the sentence read just before (as many as counted), else the salient node. */
function referents(ctx: SentenceContext, lead: string): string[] {
  const prev = previous && previous.text === ctx.text && previous.end <= ctx.start && /^\s*$/.test(ctx.text.slice(previous.end, ctx.start)) ? previous.acting : [];
  const count = /(?:这|此)\s*([两二三四])\s*(?:项|个|条|份)/u.exec(lead)?.[1];
  const n = count ? ({ 两: 2, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[count] : 1;
  if (prev.length) return count ? prev.slice(0, n) : prev.slice(-1);
  return ctx.previousSalient ? [ctx.previousSalient] : [];
}

/**
 * What a clause's predicate says something about: the first thing (not an actor) before `at` in the
 * clause, else — when the clause opens with the copula — the first thing the clause before names.
 */
function subjectOf(ctx: SentenceContext, ms: Placed[], clauses: Clause[], cl: Clause, at: number): string | undefined {
  const own = subjectIn(ctx, ms, cl.start, at);
  if (own) return own.id;
  const lead = ctx.text.slice(cl.start, at);
  if (/\p{Script=Han}{2,}/u.test(lead.replace(/^\s*(?:这也|这|也|则|正|就|或|均|正在|已|已经|将)/u, ''))) return leadPhrase(ctx, cl.start, at);
  const before = clauses[clauses.indexOf(cl) - 1];
  return before && (subjectIn(ctx, ms, before.start, before.end)?.id ?? leadPhrase(ctx, before.start, before.end));
}

/** AI 服务器对 HBM 的需求持续超出供给: the phrase before the first verb ends in its head (HBM), not an actor. */
function subjectIn(ctx: SentenceContext, ms: Placed[], from: number, to: number): Placed | undefined {
  const verb = tagSpan(ctx.text, from, to).find((t) => /^v[^n]?$/.test(t.tag) && !ms.some((m) => t.start >= m.start && t.start < m.end));
  const fit = (m: Placed, e: number) => m.start >= from && m.end <= e && !ACTORS.includes(m.label);
  return ms.filter((m) => fit(m, verb?.start ?? to)).pop() ?? ms.find((m) => fit(m, to));
}

/** The noun phrase opening text[from, to) (电力供给 of 电力供给正在从…变为…), as a node. */
function leadPhrase(ctx: SentenceContext, from: number, to: number): string | undefined {
  const s = from + (ctx.text.slice(from, to).match(/^\s*/)?.[0].length ?? 0);
  const e = nounPhraseEnd(ctx.text, s, to, 10);
  return e > s ? phraseBefore(ctx, s, e) : undefined;
}

/** 两家企业加码投资: the act a span ends with (after a counted subject such as 两家企业), as a node. */
function lastAct(ctx: SentenceContext, from: number, to: number): string | undefined {
  const toks = tagSpan(ctx.text, from, to).filter((t) => /\S/.test(t.word));
  let i = 0;
  while (i < toks.length && /^(?:m|q|mq)$/.test(toks[i].tag)) i++;
  if (i > 0 && toks[i]?.tag.startsWith('n') && i + 1 < toks.length) i++;
  const s = toks[i]?.start ?? from;
  const name = tidy(ctx.text.slice(s, to));
  return SHORT.test(name) ? ctx.nodeFor(name, 'Concept') : undefined;
}

/** 从中国引进候选药物: the act a clause ends with — its last verbs and nouns (up to three words). */
function tailAct(ctx: SentenceContext, from: number, to: number): string | undefined {
  const toks = tagSpan(ctx.text, from, to).filter((t) => /\S/.test(t.word));
  let i = toks.length;
  while (i > 0 && toks.length - i < 3 && /^(?:n|nz|v|vn)$/.test(toks[i - 1].tag)) i--;
  if (i === toks.length) return undefined;
  const name = tidy(ctx.text.slice(toks[i].start, toks[toks.length - 1].end));
  return SHORT.test(name) && name.length >= 3 ? ctx.nodeFor(name, 'Concept') : undefined;
}

/** Where text[from, to) ends without its trailing adverbs (关键量子硬件长期|受). */
function trimAdverbs(ctx: SentenceContext, from: number, to: number): number {
  const toks = tagSpan(ctx.text, from, to).filter((t) => /\S/.test(t.word));
  while (toks.length > 1 && /^(?:d|ad|t)$/.test(toks[toks.length - 1].tag)) toks.pop();
  return toks.length ? toks[toks.length - 1].end : to;
}

/** 来自中国等国的投资: the words after the last 的 (the head), else the last thing named, an actor last. */
function targetOf(ctx: SentenceContext, ms: Placed[], from: number, to: number): string | undefined {
  const de = ctx.text.lastIndexOf('的', to - 1);
  if (de >= from) {
    const head = tidy(ctx.text.slice(de + 1, to));
    const named = ms.find((m) => m.start >= de + 1 && m.end <= to);
    if (named) return named.id;
    if (SHORT.test(head)) return ctx.nodeFor(head, 'Concept');
  }
  const inner = ms.filter((m) => m.start >= from && m.end <= to);
  return (inner.filter((m) => !ACTORS.includes(m.label)).pop() ?? inner.pop())?.id;
}
