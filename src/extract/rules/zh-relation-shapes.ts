// Relations Chinese briefings state by a set shape rather than a cue verb between two names:
// X 对 Y 的约束/带动 (the cue as a noun: X constrains or drives Y), A 与 B 的带动密切相关 (B drives A),
// Y 因此被纳入限制范围 (the passive: what the clause before named constrains Y), 若 X 兑现，Y 可能承压
// (the condition constrains what comes under pressure), 辅导机构为 ORG (a company and its IPO
// adviser), 中方牵头人、…何立峰 (a meeting and who led a side). Words are data in
// lexicon/zh-relations.json (shapes).
import type { EdgeType, NodeLabel } from '../../model/index.js';
import { cues } from '../lexicon.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, tidy, type Clause } from '../text.js';
import { factors } from './zh-cue-phrases.js';
import { zhRelationWords } from './zh-release.js';

const ACTORS: NodeLabel[] = ['Place', 'Organization', 'Person'];
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const words = () => zhRelationWords().shapes;
const SHORT_NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,9}$/u;

function clauseOf(clauses: Clause[], pos: number): Clause {
  return clauses.find((c) => pos >= c.start && pos < c.end) ?? clauses[clauses.length - 1];
}

/** Each listed thing in [from, to): the name ending an item, else the item's words (大规模设备更新). */
function sides(ctx: SentenceContext, ms: Placed[], from: number, to: number): string[] {
  const out: string[] = [];
  let at = from;
  for (const item of ctx.text.slice(from, to).split(/(、|以及|及|和|与)/u)) {
    const [s, e] = [at, at + item.trimEnd().length];
    at += item.length;
    if (/^(?:、|以及|及|和|与)$/u.test(item) || !item.trim()) continue;
    const m = ms.filter((n) => n.start >= s && n.end === e && !ACTORS.includes(n.label)).pop();
    const bare = tidy(ctx.text.slice(s, e));
    const id = m?.id ?? (SHORT_NAME.test(bare) ? ctx.nodeFor(bare, 'Concept') : undefined) ?? factors(ctx, s, e)[0];
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export function zhShapeRelations(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  const clauses = clausesOf(text, start, end);
  const w = words();
  const slice = text.slice(start, end);
  const add = (type: EdgeType, from: string | undefined, to: string | undefined) => {
    if (from && to && from !== to) ctx.addEdge(type, from, to, /可能|或将|有望/.test(slice) ? 'possible' : 'reported');
  };

  // 出口管制对中国先进算力的约束: X 对 Y 的 CUE.
  const c = cues();
  const nominal = new RegExp(`对([^，。；：,;:对]{1,20}?)的(${alt([...c.constrains.forward, ...c.causes.forward].filter((x) => /^\p{Script=Han}+$/u.test(x)))})`, 'gu');
  for (const m of slice.matchAll(nominal)) {
    const at = start + (m.index ?? 0);
    const x = ms.filter((n) => n.end <= at && at - n.end <= 1 && !ACTORS.includes(n.label)).pop();
    const y = ms.filter((n) => n.start > at && n.end <= at + 1 + m[1].length && !ACTORS.includes(n.label)).pop();
    add(c.constrains.forward.includes(m[2]) ? 'CONSTRAINS' : 'CAUSES', x?.id, y?.id);
  }

  // 高技术制造业和装备制造业的持续扩张，与大规模设备更新和消费品以旧换新政策的带动密切相关.
  for (const m of slice.matchAll(new RegExp(w.drivenBy, 'gu'))) {
    const at = start + (m.index ?? 0);
    const cl = clauseOf(clauses, at);
    const span = start + (m.index ?? 0) + m[0].indexOf(m[1]);
    // The driven thing leads the clause, or the clause before when 与 opens its own.
    const own = /\S/.test(text.slice(cl.start, at));
    const lead = text.slice(own ? cl.start : clauses[Math.max(0, clauses.indexOf(cl) - 1)].start, at);
    const effectEnd = lead.lastIndexOf('的') >= 0 ? at - lead.length + lead.lastIndexOf('的') : at;
    const effects = sides(ctx, ms, at - lead.length, effectEnd);
    for (const x of sides(ctx, ms, span, span + m[1].length)) for (const y of effects) add('CAUSES', x, y);
  }

  // 安世半导体因此被纳入限制范围: what the clause before named as a measure constrains Y.
  for (const m of slice.matchAll(new RegExp(w.passiveConstrained, 'gu'))) {
    const at = start + (m.index ?? 0);
    const cl = clauseOf(clauses, at);
    const y = ms.filter((n) => n.start >= cl.start && n.end <= at).pop();
    const acting = (n: Placed) => n.end <= cl.start && (n.label === 'Policy' || n.label === 'Event');
    const before = clauses[clauses.indexOf(cl) - 1];
    const x = (before && ms.find((n) => acting(n) && n.start >= before.start)) ?? ms.filter(acting).pop();
    add('CONSTRAINS', x?.id, y?.id);
  }

  // 若 100% 关税威胁兑现，第四季度出口可能明显承压.
  for (const m of slice.matchAll(new RegExp(w.underPressure, 'gu'))) {
    const at = start + (m.index ?? 0);
    const i = clauses.indexOf(clauseOf(clauses, at));
    const cond = clauses.slice(0, i).reverse().find((k) => new RegExp(`^\\s*(?:${alt(w.conditions)})`).test(text.slice(k.start, k.end)));
    if (!cond) continue;
    const x = ms.find((n) => n.start >= cond.start && n.end <= cond.end && !ACTORS.includes(n.label));
    const cl = clauses[i];
    const lead = text.slice(cl.start, at).replace(new RegExp(w.leadingPeriod, 'u'), '');
    const y = ms.filter((n) => n.start >= cl.start && n.end <= at && !ACTORS.includes(n.label)).pop()?.id ?? named(ctx, lead);
    add('CONSTRAINS', x?.id, y);
  }

  // 援引《货物供应法》，对安世半导体行使干预权: the law cited acts against the party named after 对.
  for (const law of ms) {
    if (law.label !== 'Policy' || !c.constrains.citing.some((x) => text.slice(Math.max(start, law.start - 4), law.start).includes(x))) continue;
    const rest = text.slice(law.end, Math.min(end, law.end + w.citedReach));
    const m = new RegExp(`对\\s*([^，。；,;]{1,20}?)\\s*(?:${alt(w.actsAgainst)})`, 'u').exec(rest);
    if (!m) continue;
    const from = law.end + m.index + 1;
    const target = ms.find((n) => n.start >= from && n.end <= from + m[1].length + 1 && n.label !== 'Place');
    add('CONSTRAINS', law.id, target?.id);
  }

  // 欧方…构筑新的保护主义壁垒，中方因而不得不采取对等限制措施: what the clause before built causes the measure.
  for (const m of slice.matchAll(new RegExp(alt(w.therefore), 'gu'))) {
    const at = start + (m.index ?? 0);
    const i = clauses.indexOf(clauseOf(clauses, at));
    const [prev, cl] = [clauses[i - 1], clauses[i]];
    if (!prev) continue;
    const effect = ms.find((n) => n.start >= at && n.end <= cl.end && (n.label === 'Policy' || n.label === 'Event'));
    const de = text.lastIndexOf('的', prev.end - 1);
    const bare = de >= prev.start ? tidy(text.slice(de + 1, prev.end)) : '';
    const cause = ms.filter((n) => n.start >= prev.start && n.end <= prev.end && !ACTORS.includes(n.label)).pop()?.id ?? (SHORT_NAME.test(bare) ? ctx.nodeFor(bare, 'Concept') : undefined);
    if (effect) add('CAUSES', cause, effect.id);
  }

  // 辅导机构为中信证券: the company the sentence is about involves its adviser.
  for (const m of slice.matchAll(new RegExp(`(?:${alt(w.adviserRoles)})(?:为|是)`, 'gu'))) {
    const at = start + (m.index ?? 0) + m[0].length;
    const adviser = ms.find((n) => n.start >= at && n.start - at <= 1 && n.label === 'Organization');
    const company = ms.find((n) => n.label === 'Organization' && n.end <= at && !ctx.outletIds.has(n.id));
    add('INVOLVES', company?.id, adviser?.id);
  }

  // 中美经贸磋商机制首次会议…举行，中方牵头人、国务院副总理何立峰…会谈: the meeting involves who led a side.
  for (const m of slice.matchAll(new RegExp(alt(w.leadRoles), 'gu'))) {
    const at = start + (m.index ?? 0) + m[0].length;
    const person = ms.find((n) => n.start >= at && n.start - at <= w.leaderReach && n.label === 'Person');
    const meeting = ms.find((n) => n.label === 'Event' && n.end <= at);
    add('INVOLVES', meeting?.id, person?.id);
  }
}

/** The words before a pressure verb as a node, once its adverbs are gone (出口可能明显 → 出口). */
function named(ctx: SentenceContext, lead: string): string | undefined {
  const bare = tidy(lead.replace(new RegExp(`(?:${alt(words().pressureAdverbs)})+\\s*$`, 'u'), ''));
  return SHORT_NAME.test(bare) ? ctx.nodeFor(bare, 'Concept') : undefined;
}


