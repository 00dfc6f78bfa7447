// Structural Chinese relations stated by a set shape around names, not by a cue verb between them:
// who holds a role in an organisation (宇树科技 CEO 王兴兴 → PART_OF), where an event takes place
// (世界人工智能大会将于…在上海举行 → INVOLVES), what a measure is part of (该法案…，是“清洁工业协议”的旗舰立法,
// 作为 Y 的一部分, Y 框架下的 X → PART_OF), who signs an official notice at its end (商务部 / 2026年2月24日
// → ISSUED_BY) and who stands before a headline's colon (商务部:将…列入关注名单). Words are data in
// lexicon/zh-participants.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { cited, clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, isHan, matchesIn, type Clause } from '../text.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface ParticipantWords {
  memberRoles: string[];
  roleJoiners: string[];
  venueMarkers: string[];
  venueVerbs: string[];
  venueGap: number;
  partHeads: string[];
  partIntro: string[];
  frameworkUnder: string[];
  signedHeads: string[];
  notSigned: string[];
  programHeads: string[];
  headingMaxChars: number;
  makerVerbs: string[];
  grantVerbs: string[];
  receiveVerbs: string[];
  grantReach: number;
  makerWorks: NodeLabel[];
  documentHeads: string[];
  issuerJoin: string;
  signatureDate: string;
  headlineColon: string;
}

let words: ParticipantWords | undefined;
const w = (): ParticipantWords =>
  (words ??= JSON.parse(readFileSync(new URL('../lexicon/zh-participants.json', import.meta.url), 'utf8')) as ParticipantWords);

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
let compiled: { role: RegExp; part: RegExp; under: RegExp; venueVerb: RegExp; date: RegExp; colon: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const x = w();
  const role = alt(x.memberRoles);
  return (compiled = {
    // ORG (的) 创始人兼 CEO ⟨person⟩: the roles end right where the person starts.
    role: new RegExp(`^\\s*的?\\s*(?:${role})(?:\\s*(?:${alt(x.roleJoiners)})\\s*(?:${role}))*\\s*$`),
    // 是 Y 的 旗舰立法 / 作为 Y 的一部分: Y is the span between the intro word and 的.
    part: new RegExp(`(${alt(x.partIntro)})\\s*([^，。；：,;:]{1,40}?)\\s*的\\s*(?:${alt(x.partHeads)})`, 'gu'),
    under: new RegExp(`(?:${alt(x.frameworkUnder)})`, 'gu'),
    venueVerb: new RegExp(`(?:${alt(x.venueVerbs)})`, 'gu'),
    date: new RegExp(x.signatureDate, 'u'),
    colon: new RegExp(x.headlineColon, 'u'),
  });
}

const ACTORS: NodeLabel[] = ['Place', 'Person'];
const PART: NodeLabel[] = ['Policy', 'Event', 'Concept', 'Product', 'Organization'];
const WHOLE: NodeLabel[] = ['Policy', 'Event', 'Concept', 'Organization'];
const FRAMEWORK: NodeLabel[] = ['Policy', 'Event', 'Concept'];

export function zhParticipantRelations(ctx: SentenceContext): void {
  if (!hasHan(ctx)) return;
  const ms = topLevel(ctx).filter((m) => !ctx.outletIds.has(m.id));
  const clauses = clausesOf(ctx.text, ctx.start, ctx.end);
  roleMembers(ctx, ms);
  venues(ctx, ms, clauses);
  partOfWhole(ctx, ms, clauses);
  frameworks(ctx, ms);
  signature(ctx, ms);
  documentIssuers(ctx, ms);
  programs(ctx, ms, clauses);
  passiveMakers(ctx, ms, clauses);
  grants(ctx, ms, clauses);
  rememberDocuments(ctx, ms);
}

/**
 * A 与 B 同日获得中国民用航空局颁发的…运营合格证: the organisation before 颁发的 issues the licence or
 * measure after it; those who obtain it (获得/取得…) take part in it.
 */
function grants(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  const x = w();
  grantRe ??= new RegExp(`(?:${alt(x.grantVerbs)})\\s*的`, 'gu');
  receiveRe ??= new RegExp(`(?:${alt(x.receiveVerbs)})`, 'gu');
  const granted = (from: number, to: number) => ms.find((n) => n.start >= from && n.start - from <= x.grantReach && n.end <= to && n.label === 'Policy');
  for (const g of matchesIn(grantRe, text, start, end)) {
    if (ctx.mentions.some((n) => g.index >= n.start && g.index < n.end)) continue;
    const cl = clauseAt(clauses, g.index);
    const org = ms.filter((n) => n.label === 'Organization' && n.end <= g.index && /^\s*$/.test(text.slice(n.end, g.index))).pop();
    const gEnd = g.index + g[0].length;
    const doc = org && granted(gEnd, cl.end);
    if (org && doc && !ms.some((n) => n.start >= gEnd && n.end <= doc.start && (n.label === 'Organization' || n.label === 'Person'))) ctx.addEdge('ISSUED_BY', doc.id, org.id, 'reported');
  }
  for (const r of matchesIn(receiveRe, text, start, end)) {
    if (ctx.mentions.some((n) => r.index >= n.start && n.end > r.index)) continue;
    const cl = clauseAt(clauses, r.index);
    const rEnd = r.index + r[0].length;
    const doc = ms.find((n) => n.start >= rEnd && n.end <= cl.end && n.label === 'Policy');
    if (!doc) continue;
    for (const o of ms) if (o.label === 'Organization' && o.start >= cl.start && o.end <= r.index) ctx.addEdge('INVOLVES', doc.id, o.id, 'reported');
  }
}
let grantRe: RegExp | undefined;
let receiveRe: RegExp | undefined;

/**
 * 李在明主持“三极大跃进超大型项目”发布会, 欧盟委员会已接受大众汽车…提交的价格承诺: a project, plan,
 * undertaking or agreement involves the people and organisations its clause names (as an event does).
 */
function programs(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const heads = w().programHeads;
  for (const p of ms) {
    if (p.label !== 'Policy' || !heads.some((h) => ctx.text.slice(p.start, p.end).replace(/[”"」』]+$/u, '').endsWith(h))) continue;
    const cl = clauseAt(clauses, p.start);
    for (const who of ms) {
      if ((who.label === 'Person' || who.label === 'Organization') && who.start >= cl.start && who.end <= cl.end) ctx.addEdge('INVOLVES', p.id, who.id, 'reported');
    }
  }
  headingTopic(ctx, ms);
}

/** 韩国“三极大跃进超大型项目”：三星与 SK 海力士押注存储芯片 — a heading's project before its colon involves who the rest names. */
function headingTopic(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start) < 0 ? end : Math.min(end, text.indexOf('\n', start));
  const line = text.slice(lineStart, lineEnd);
  const colon = line.search(/[:：]/);
  if (colon < 0 || line.length > w().headingMaxChars || /[。；;！？]/.test(line)) return;
  const at = lineStart + colon;
  const heads = w().programHeads;
  // Only a project or plan: after an event's colon come those who react to it (美国最高法院关税裁决：商务部正全面评估).
  const topic = ms.filter((m) => m.end <= at && m.label === 'Policy' && heads.some((h) => text.slice(m.start, m.end).replace(/[”"」』]+$/u, '').endsWith(h))).pop();
  if (!topic) return;
  for (const who of ms) if ((who.label === 'Person' || who.label === 'Organization') && who.start > at && who.end <= lineEnd) ctx.addEdge('INVOLVES', topic.id, who.id, 'reported');
}

/**
 * “祖冲之三号”由中国科学技术大学潘建伟、朱晓波、彭承志等团队于今年 3 月 3 日发布: the thing before 由 is
 * the work of the organisations named before the verb, else of the people.
 */
function passiveMakers(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  const x = w();
  makerRe ??= new RegExp(`由([^，。；,;]{1,48}?)(?:${alt(x.makerVerbs)})`, 'gu');
  for (const m of matchesIn(makerRe, text, start, end)) {
    if (ctx.mentions.some((n) => m.index >= n.start && m.index < n.end)) continue;
    // 由于 (because), 由此, 理由, 自由, 经由: no agent.
    if (/[于此衷]/.test(text[m.index + 1] ?? '') || /[理自缘经]/.test(text[m.index - 1] ?? '')) continue;
    const cl = clauseAt(clauses, m.index);
    const work = ms.filter((n) => n.end <= m.index && n.start >= cl.start && x.makerWorks.includes(n.label)).pop();
    if (!work) continue;
    const [from, to] = [m.index + 1, m.index + 1 + m[1].length];
    const inSpan = (n: Placed) => n.start >= from && n.end <= to;
    const orgs = ms.filter((n) => inSpan(n) && n.label === 'Organization');
    const makers = orgs.length ? orgs : ms.filter((n) => inSpan(n) && n.label === 'Person');
    for (const o of makers) if (o.id !== work.id) ctx.addEdge('ISSUED_BY', work.id, o.id, 'reported');
  }
}
let makerRe: RegExp | undefined;

/** The measures named in the sentence read last, by text (signedBy asks before this sentence is remembered). */
let lastDocuments: { text: string; end: number; ids: string[] } | undefined;
forgetPerBriefing(() => {
  lastDocuments = undefined;
});

/** Lists a rule named from running text in this sentence (商务部将…列入反制清单): no mention stands for them. */
let listed: { text: string; start: number; ids: string[] } | undefined;
forgetPerBriefing(() => {
  listed = undefined;
});

/** Called by the list rules for a list they name in the sentence at `ctx`. */
export function noteListed(ctx: SentenceContext, id: string): void {
  if (!listed || listed.text !== ctx.text || listed.start !== ctx.start) listed = { text: ctx.text, start: ctx.start, ids: [] };
  listed.ids.push(id);
}

function rememberDocuments(ctx: SentenceContext, ms: Placed[]): void {
  const ids = ms.filter((m) => m.label === 'Policy' && m.rule !== 'lexicon' && !cited(ctx.text, m)).map((m) => m.id);
  if (listed && listed.text === ctx.text && listed.start === ctx.start) ids.push(...listed.ids);
  lastDocuments = { text: ctx.text, end: ctx.end, ids };
}

/**
 * 该决定由商务部部长王文涛签署 after a sentence stating what was decided (商务部将…列入反制清单) with no
 * 决定 named: the measure that sentence announced, its last uncited Policy (not the law it relies on).
 */
export function decidedBefore(ctx: SentenceContext): string | undefined {
  if (!lastDocuments || lastDocuments.text !== ctx.text || lastDocuments.end > ctx.start || !/^\s*$/.test(ctx.text.slice(lastDocuments.end, ctx.start))) return undefined;
  return lastDocuments.ids[lastDocuments.ids.length - 1];
}

/** 商务部 海关总署公告2025年第18号: the organisations that open a numbered document's name issue it. */
function documentIssuers(ctx: SentenceContext, ms: Placed[]): void {
  const { text } = ctx;
  const x = w();
  const join = new RegExp(x.issuerJoin, 'u');
  for (const doc of ms) {
    if (doc.label !== 'Policy') continue;
    const org = ctx.mentions.find((n) => n.nested && n.label === 'Organization' && n.start === doc.start && n.end < doc.end);
    if (!org || !x.documentHeads.some((h) => text.slice(org.end, doc.end).trimStart().startsWith(h))) continue;
    const issuers = [org];
    for (let at = doc.start; ; ) {
      const prev = ms.filter((n) => n.end <= at).pop();
      if (!prev || prev.label !== 'Organization' || !join.test(text.slice(prev.end, at)) || text.slice(prev.end, at).includes('\n')) break;
      issuers.push(prev);
      at = prev.start;
    }
    for (const o of issuers) if (!ctx.outletIds.has(o.id)) ctx.addEdge('ISSUED_BY', doc.id, o.id, 'reported');
  }
}

const hasHan = (ctx: SentenceContext) => /\p{Script=Han}/u.test(ctx.text.slice(ctx.start, ctx.end));

/** 宇树科技 CEO 王兴兴, 商务部部长王文涛: the person holds a role in the organisation written before it. */
function roleMembers(ctx: SentenceContext, ms: Placed[]): void {
  for (const p of ctx.mentions) {
    if (p.label !== 'Person') continue;
    const org = ms.filter((m) => m.label === 'Organization' && m.end <= p.start && p.start - m.end <= 24).pop();
    if (!org || !patterns().role.test(ctx.text.slice(org.end, p.start))) continue;
    ctx.addEdge('PART_OF', p.id, org.id, 'reported');
  }
}

/** 世界人工智能大会将于 7 月 17 日至 20 日在上海举行 / 在上海举行的世界人工智能大会: the event involves its venue. */
function venues(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  const x = w();
  for (const v of matchesIn(patterns().venueVerb, text, start, end)) {
    const place = ms.filter((m) => m.label === 'Place' && m.end <= v.index && v.index - m.end <= x.venueGap).pop();
    if (!place || /[，。；：,;:、\n]/.test(text.slice(place.end, v.index))) continue;
    if (!x.venueMarkers.some((mk) => text.slice(Math.max(start, place.start - mk.length - 2), place.start).trimEnd().endsWith(mk))) continue;
    const cl = clauseAt(clauses, v.index);
    const vEnd = v.index + v[0].length;
    // 在上海举行的大会: the event follows; …大会将于…在上海举行: it leads the clause.
    const event = /^\s*的/.test(text.slice(vEnd, vEnd + 2))
      ? ms.find((m) => m.start >= vEnd && m.start - vEnd <= 8 && m.label === 'Event')
      : ms.filter((m) => m.label === 'Event' && m.start >= cl.start && m.end <= place.start).pop();
    if (event) ctx.addEdge('INVOLVES', event.id, place.id, 'reported');
  }
}

/** X …，是 Y 的旗舰立法 / X 作为 Y 的一部分 / 作为 Y 的一部分，X…: X is part of Y. */
function partOfWhole(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { text, start, end } = ctx;
  for (const m of matchesIn(patterns().part, text, start, end)) {
    const intro = m[1];
    const yFrom = m.index + intro.length;
    const yTo = yFrom + m[0].slice(intro.length).indexOf(m[2]) + m[2].length;
    // “战略性新兴产业”和“未来产业”的重要组成部分: each whole named there, not one only qualifying the next (欧盟的…).
    const wholes = ms.filter((n) => n.start >= yFrom && n.end <= yTo && WHOLE.includes(n.label) && !/^\s*的/.test(text.slice(n.end, yTo)));
    if (!wholes.length) continue;
    // 不是…的一部分 says the opposite.
    if (/[不非]\s*$/.test(text.slice(Math.max(start, m.index - 2), m.index))) continue;
    const i = clauses.indexOf(clauseAt(clauses, m.index));
    const cl = clauses[i];
    const lead = (c: Clause | undefined, to: number) => (c ? ms.find((n) => n.start >= c.start && n.end <= to && PART.includes(n.label) && !wholes.includes(n)) : undefined);
    let part = lead(cl, m.index);
    // 作为 Y 的一部分，X…: the clause opening with 作为 qualifies the subject of the next one.
    if (!part && intro === '作为' && !/\S/.test(text.slice(cl.start, m.index))) part = lead(clauses[i + 1], clauses[i + 1]?.end ?? cl.end);
    // …提出，是 Y 的旗舰立法: a clause opening with 是 continues the subject of the clause before.
    else if (!part && !/\S/.test(text.slice(cl.start, m.index))) part = lead(clauses[i - 1], clauses[i - 1]?.end ?? cl.start);
    if (part && !ACTORS.includes(part.label)) for (const whole of wholes) if (whole.id !== part.id) ctx.addEdge('PART_OF', part.id, whole.id, 'reported');
  }
}

/** Y 框架下的 X: a measure or event under a framework is part of it. */
function frameworks(ctx: SentenceContext, ms: Placed[]): void {
  for (const m of matchesIn(patterns().under, ctx.text, ctx.start, ctx.end)) {
    const mEnd = m.index + m[0].length;
    const whole = ms.filter((n) => n.end <= m.index && m.index - n.end <= 1 && FRAMEWORK.includes(n.label)).pop();
    const part = ms.find((n) => n.start >= mEnd && n.start - mEnd <= 1 && FRAMEWORK.includes(n.label));
    if (whole && part && whole.id !== part.id) ctx.addEdge('PART_OF', part.id, whole.id, 'reported');
  }
}

/** The notices, decisions and lists an official text has named so far, by text. */
let signable: { text: string; ids: string[] } | undefined;
forgetPerBriefing(() => {
  signable = undefined;
});

/**
 * An official notice signs off with its issuer alone on a line and the date on the next (商务部 /
 * 2026年2月24日): what it announced under a document's head word is that organisation's.
 */
function signature(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  if (!signable || signable.text !== text) signable = { text, ids: [] };
  const heads = w().signedHeads;
  for (const m of ms) {
    const surface = text.slice(m.start, m.end);
    if (m.label !== 'Policy' || m.rule === 'lexicon' || !heads.some((h) => surface.endsWith(h)) || cited(text, m)) continue;
    // 申请移出关注名单 is an act on a list, not a document of the notice.
    if (!w().notSigned.some((x) => surface.includes(x)) && !signable.ids.includes(m.id)) signable.ids.push(m.id);
  }
  // The signature closes the text: nothing but the date line after the organisation's line.
  if (/\S/.test(text.slice(end))) return;
  const lines = text.slice(start, end).split('\n');
  const dateLine = lines.map((l) => l.trim()).filter(Boolean).pop();
  if (!dateLine || !patterns().date.test(dateLine)) return;
  const orgLineEnd = start + text.slice(start, end).lastIndexOf(dateLine) - 1;
  const orgLineStart = text.lastIndexOf('\n', orgLineEnd - 1) + 1;
  const line = text.slice(orgLineStart, orgLineEnd).trim();
  const org = ms.find((m) => m.label === 'Organization' && m.start >= orgLineStart && text.slice(m.start, m.end).trim() === line);
  if (!org) return;
  for (const id of signable.ids) if (id !== org.id) ctx.addEdge('ISSUED_BY', id, org.id, 'reported');
}

/**
 * 商务部:将20家日本实体列入关注名单 — the organisation alone at the start of a line before the colon
 * that opens `clauseStart` is the subject of the clause (for the list and measure issuer rules).
 */
export function headlineSubject(text: string, orgs: Placed[], clauseStart: number): Placed | undefined {
  return orgs.find((m) => patterns().colon.test(text.slice(m.end, clauseStart)) && /^\s*$/.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start)) && isHan(text[m.start]));
}
