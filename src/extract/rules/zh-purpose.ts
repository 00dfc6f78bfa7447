// Two set phrases of Chinese official and news prose that tie a thing to what it serves or to who
// runs it: a purpose clause (美方正在准备采取贸易调查等替代措施，以期维持对贸易伙伴加征的关税 — the
// measures involve the tariffs they are meant to keep) and a responsibility (工业和信息化部会同自然资源部、
// 国家发展改革委负责全国稀土开采…总量调控管理 — each organisation takes part in the control). Words
// are data in lexicon/zh-relations.json; a purpose stated with a cause verb (以期促使…) is left to
// the cue rules, which read it as CAUSES. A third: 国家互联网信息办公室约谈 Nvidia (who summons or meets
// another involves it).
import type { NodeLabel } from '../../model/index.js';
import { findCues, modalityOf } from '../cues.js';
import { cues } from '../lexicon.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, alternation as alt, type Clause } from '../text.js';
import { phraseAfter } from './zh-cue-phrases.js';
import { zhRelationWords } from './zh-release.js';

const ACTING: NodeLabel[] = ['Policy', 'Event'];
const NOT_PURPOSE: NodeLabel[] = ['Place', 'Person', 'Organization', 'Source', 'Briefing'];
const RUN: NodeLabel[] = ['Policy', 'Event', 'Concept', 'Indicator'];

const MEASURE: NodeLabel[] = ['Policy', 'Event', 'Concept'];
const PARTY: NodeLabel[] = ['Organization', 'Person'];
const HONOURED: NodeLabel[] = ['Organization', 'Event'];
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Set clause shapes (lexicon/zh-relations.json clauseShapes): 为遏制芬太尼而加征的关税 (the measure
 * constrains what it is meant to curb), 施小琳为研究院授牌 (who gives the plaque takes part), ORG 宣布，
 * 产品…已完成系统搭建 (the product involves who announced it), X…，将接入 Y 云平台 (X becomes part of Y).
 */
export function zhClauseShapes(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  const w = zhRelationWords().clauseShapes;
  const add = (type: 'CONSTRAINS' | 'INVOLVES' | 'PART_OF', from: Placed | undefined, to: Placed | undefined) => {
    if (from && to && from.id !== to.id) ctx.addEdge(type, from.id, to.id, 'reported');
  };
  const within = (from: number, to: number, labels: NodeLabel[]) => ms.filter((m) => m.start >= from && m.end <= to && labels.includes(m.label));

  // 为遏制芬太尼而加征的关税: the measure after 而 constrains what the cue before it names.
  const purpose = new RegExp(`(?:${alt(w.purposeOpen)})(?:${alt(cues().constrains.forward.filter((x) => /^\p{Script=Han}+$/u.test(x)))})([^，。；：,;:]{1,${w.purposeReach}}?)${esc(w.purposeClose)}`, 'gu');
  for (const m of text.slice(start, end).matchAll(purpose)) {
    const at = start + (m.index ?? 0);
    const close = at + m[0].length;
    const cl = clauseAt(clauses, at);
    const measure = within(close, cl.end, MEASURE)[0];
    for (const x of within(close - w.purposeClose.length - m[1].length, close, [...MEASURE, 'Product'])) add('CONSTRAINS', measure, x);
  }

  // 四川省省长施小琳为四川省低空经济产业研究院授牌: the honoured organisation involves who honours it.
  for (const hit of findCues('zh.honours', w.honours.verbs, text, start, end)) {
    const cl = clauseAt(clauses, hit.start);
    const wei = text.lastIndexOf(w.honours.marker, hit.start);
    if (wei < cl.start || hit.start - wei > w.honours.reach) continue;
    const giver = within(cl.start, wei, PARTY).filter((m) => !ctx.outletIds.has(m.id)).pop();
    for (const x of within(wei + w.honours.marker.length, hit.start, HONOURED)) add('INVOLVES', x, giver);
  }

  // 中国电信量子研究院一周前宣布，超导量子计算机“天衍—287”已完成系统搭建: the product involves who announced it.
  for (const hit of findCues('zh.announces', w.announces.verbs, text, start, end)) {
    const cl = clauseAt(clauses, hit.start);
    // The organisation leads the clause of the verb (an outlet it is attributed to is no announcer).
    const org = ms.find((m) => m.start >= cl.start && m.end <= hit.start);
    if (!org || org.label !== 'Organization' || ctx.outletIds.has(org.id)) continue;
    const limit = Math.min(end, hit.end + w.announces.reach);
    const done = findCues('zh.announces.done', w.announces.done, text, hit.end, limit)[0];
    const product = done && within(hit.end, done.start, ['Product']).pop();
    // The product is the done verb's subject: only closing quotes and adverbs (已, 正式) stand between.
    if (product && new RegExp(`^[”"」\\s]*(?:${alt(w.announces.adverbs)})*\\s*$`, 'u').test(text.slice(product.end, done.start))) add('INVOLVES', product, org);
  }

  produces(ctx, ms, clauses);

  // …“天衍—287”已完成系统搭建，将接入“天衍”量子计算云平台: the clause's subject carries over the comma.
  for (const hit of findCues('zh.joins', w.joins.verbs, text, start, end)) {
    const cl = clauseAt(clauses, hit.start);
    const part = within(start, hit.start, ['Product']).pop();
    const whole = within(hit.end, cl.end, ['Product', 'Concept'])[0];
    // 接入量子计算云平台 names no whole when only 量子计算 is a node: the name must end its phrase.
    if (whole && !/^\p{Script=Han}/u.test(text.slice(whole.end, whole.end + 1).replace(/[并和与及]/u, '')) && /^[\s“”"「」《]*$/.test(text.slice(hit.end, whole.start).replace(/“[^”]{1,12}”/u, ''))) add('PART_OF', part, whole);
  }
}

/** 宁德时代…表示，公司有望…实现全固态电池小批量生产: the speaker's product is what it starts producing. */
function produces(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  const p = zhRelationWords().clauseShapes.produces;
  const made = new RegExp(`^\\s*(?:${alt(p.scale)})*\\s*(?:${alt(p.nouns)})`, 'u');
  for (const say of findCues('zh.produces.speech', p.speech, text, start, end)) {
    const cl = clauseAt(clauses, say.start);
    const org = ms.find((m) => m.start >= cl.start && m.end <= say.start);
    if (!org || org.label !== 'Organization' || ctx.outletIds.has(org.id)) continue;
    const next = clauses[clauses.indexOf(cl) + 1];
    if (!next || next.start < say.end) continue;
    const lead = text.slice(next.start, next.end).trimStart();
    const self = p.self.some((x) => lead.startsWith(x));
    for (const v of findCues('zh.produces.verbs', p.verbs, text, next.start, next.end)) {
      // Another party named before the verb is the reported clause's own subject.
      if (!self && ms.some((m) => m.start >= next.start && m.end <= v.start && PARTY.includes(m.label))) break;
      const product = ms.find((m) => m.start >= v.end && m.end <= next.end && m.label === 'Product');
      if (product && /^\s*$/.test(text.slice(v.end, product.start)) && made.test(text.slice(product.end, next.end))) ctx.addEdge('INVOLVES', product.id, org.id, modalityOf(text, next.start, next.end));
      break;
    }
  }
}

export function zhPurposeRelations(ctx: SentenceContext): void {
  const { text, start, end } = ctx;
  const w = zhRelationWords();
  const ms = topLevel(ctx);
  const clauses = clausesOf(text, start, end);
  const causeVerbs = [...cues().causes.forward, ...cues().constrains.forward];

  for (const hit of findCues('zh.purpose', w.purpose.markers, text, start, end)) {
    if (ctx.mentions.some((m) => hit.start >= m.start && hit.start < m.end)) continue;
    const cl = clauseAt(clauses, hit.start);
    if (findCues('zh.purpose.cause', causeVerbs, text, hit.end, Math.min(cl.end, hit.end + 4)).length) continue;
    const earlier = ms.filter((m) => m.end <= hit.start && !NOT_PURPOSE.includes(m.label));
    const actor = earlier.filter((m) => ACTING.includes(m.label)).pop() ?? earlier.pop();
    // 更好服务中国式现代化建设: a purpose no node names is the phrase after the marker.
    const aim = ms.filter((m) => m.start >= hit.end && m.end <= cl.end && !NOT_PURPOSE.includes(m.label)).pop()?.id ?? phraseAfter(ctx, hit.end, cl.end);
    if (actor && aim && actor.id !== aim) ctx.addEdge('INVOLVES', actor.id, aim, 'reported');
  }

  for (const hit of findCues('zh.responsible', w.responsible.verbs, text, start, end)) {
    if (ctx.mentions.some((m) => hit.start >= m.start && hit.start < m.end)) continue;
    const cl = clauseAt(clauses, hit.start);
    const orgs = ms.filter((m: Placed) => m.label === 'Organization' && m.start >= cl.start && m.end <= hit.start && !ctx.outletIds.has(m.id));
    const run = ms.filter((m) => m.start >= hit.end && m.end <= cl.end && RUN.includes(m.label));
    for (const thing of run) for (const org of orgs) ctx.addEdge('INVOLVES', thing.id, org.id, 'reported');
  }

  // 国家互联网信息办公室 7 月 31 日约谈 Nvidia: the actor right before, the other side right after.
  const PARTY: NodeLabel[] = ['Organization', 'Person'];
  for (const hit of findCues('zh.meets', w.meets.verbs, text, start, end)) {
    if (ctx.mentions.some((m) => hit.start >= m.start && hit.start < m.end)) continue;
    const cl = clauseAt(clauses, hit.start);
    const actor = ms.filter((m) => PARTY.includes(m.label) && m.start >= cl.start && m.end <= hit.start && !ctx.outletIds.has(m.id)).pop();
    const other = ms.find((m) => PARTY.includes(m.label) && m.start >= hit.end && m.start - hit.end <= 2 && m.end <= cl.end);
    if (actor && other && actor.id !== other.id) ctx.addEdge('INVOLVES', actor.id, other.id, 'reported');
  }
  zhClauseShapes(ctx, ms, clauses);
}
