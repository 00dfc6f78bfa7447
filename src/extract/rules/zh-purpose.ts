// Two set phrases of Chinese official and news prose that tie a thing to what it serves or to who
// runs it: a purpose clause (美方正在准备采取贸易调查等替代措施，以期维持对贸易伙伴加征的关税 — the
// measures involve the tariffs they are meant to keep) and a responsibility (工业和信息化部会同自然资源部、
// 国家发展改革委负责全国稀土开采…总量调控管理 — each organisation takes part in the control). Words
// are data in lexicon/zh-relations.json; a purpose stated with a cause verb (以期促使…) is left to
// the cue rules, which read it as CAUSES. A third: 国家互联网信息办公室约谈 Nvidia (who summons or meets
// another involves it).
import type { NodeLabel } from '../../model/index.js';
import { findCues } from '../cues.js';
import { cues } from '../lexicon.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf } from '../text.js';
import { phraseAfter } from './zh-cue-phrases.js';
import { zhRelationWords } from './zh-release.js';

const ACTING: NodeLabel[] = ['Policy', 'Event'];
const NOT_PURPOSE: NodeLabel[] = ['Place', 'Person', 'Organization', 'Source', 'Briefing'];
const RUN: NodeLabel[] = ['Policy', 'Event', 'Concept', 'Indicator'];

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
}
