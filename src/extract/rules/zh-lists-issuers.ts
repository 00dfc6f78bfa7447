// Who issues a list or a measure in Chinese releases: 商务部将 A、B 等 10 家美国实体列入出口管制管控名单
// (the list is the subject's, and names A and B), the subject carried over a ground phrase
// (商务部依据《…法》，将…), and the passive 《X》由欧盟委员会提出 / 该标准由工信部牵头制定.
// Words are data in lexicon/cues.json (issuedBy.lists, issuedBy.verbs).
import { findCues } from '../cues.js';
import { cues } from '../lexicon.js';
import { clauseAt, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clausesOf, matchesIn, alternation as alt } from '../text.js';
import { headlineSubject, noteListed } from './zh-participants.js';

type Names = (id: string) => { name: string; aliases: string[]; titled: boolean };
type Issuable = (m: Placed) => boolean;

let compiled: { putOn: RegExp; passive: RegExp; ground: RegExp; helpers: RegExp; ban: RegExp; banName: RegExp; joiner: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const l = cues().issuedBy.lists;
  return (compiled = {
    // 将 <listed> 列入 <name ending in 名单/清单>: no clause break inside (a list of Latin company names runs long).
    // or 增列 <listed> 至 <name>.
    putOn: new RegExp(`(?:(?:${alt(l.objectMarkers)})([^。；;，,]{1,160}?)(?:${alt(l.putOn)})|(?:${alt(l.addVerbs)})([^。；;，,]{1,160}?)(?:${alt(l.addTo)}))\\s*([\\p{Script=Han}A-Za-z“”"]{0,16}?(?:${alt(l.heads)}))`, 'gu'),
    // A 被(ORG)列入 X 清单: A is listed; the organisation between 被 and the verb, if any, lists it.
    passive: new RegExp(`被([^。；;，,]{0,24}?)(?:${alt(l.putOn)})\\s*([\\p{Script=Han}A-Za-z“”"]{0,16}?(?:${alt(l.heads)}))`, 'gu'),
    ban: new RegExp(`(?:${alt(l.banVerbs)})`, 'gu'),
    // 采购禁令 opening a later clause; 该禁令 refers back and is left to the anaphora rules.
    banName: new RegExp(`^\\s*(?!${alt(l.referBack)})(\\p{Script=Han}{1,6}?(?:${alt(l.banHeads)}))`, 'u'),
    joiner: new RegExp(`^\\s*(?:${alt(l.joiners)})\\s*$`),
    ground: new RegExp(`^\\s*(?:${alt(l.grounds)})[^，,；;。]*[，,]\\s*$`),
    // 由欧盟委员会于2020年12月提出 (also 于 3 月 4 日), 由工信部牵头制定: a date or a helper word before the verb.
    helpers: new RegExp(`^(?:\\s|${alt(l.byHelpers)}|于?\\s*\\d{1,4}\\s*[年月日]|于?\\s*(?:${alt(l.byTimeWords)}))*$`),
  });
}

/**
 * The organisation that is the subject at `pos`: the last one before it in its clause, or one whose
 * 依据/根据… phrase ends in the comma right before the clause (商务部依据《…法》，将…), or one alone before
 * a headline's colon (商务部:将…列入关注名单).
 */
export function subjectAt(ctx: SentenceContext, ms: Placed[], pos: number): Placed | undefined {
  const clauses = clausesOf(ctx.text, ctx.start, ctx.end);
  const cl = clauseAt(clauses, pos);
  const orgs = ms.filter((m) => m.label === 'Organization' && m.end <= pos);
  const inClause = orgs.filter((m) => m.start >= cl.start).pop();
  if (inClause) return inClause;
  return orgs.find((m) => patterns().ground.test(ctx.text.slice(m.end, cl.start))) ?? headlineSubject(ctx.text, orgs, cl.start);
}

/** The organisation and those joined to it (商务部、海关总署; 工信部和国家发展改革委), in text order. */
export function joined(text: string, ms: Placed[], org: Placed): Placed[] {
  const orgs = ms.filter((m) => m.label === 'Organization');
  const group = [org];
  const i = orgs.indexOf(org);
  for (let j = i - 1; j >= 0 && patterns().joiner.test(text.slice(orgs[j].end, group[0].start)); j--) group.unshift(orgs[j]);
  for (let j = i + 1; j < orgs.length && patterns().joiner.test(text.slice(group[group.length - 1].end, orgs[j].start)); j++) group.push(orgs[j]);
  return group;
}

export function zhListIssuers(ctx: SentenceContext, names: Names, issuable: Issuable): void {
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  const l = cues().issuedBy.lists;
  for (const m of matchesIn(patterns().putOn, text, start, end)) {
    const listEnd = m.index + m[0].length;
    const [items, name] = [m[1] ?? m[2], m[3]];
    const listStart = listEnd - name.length;
    // The list a rule already named (不可靠实体清单), else a Policy node for the name after the verb.
    const named = ms.find((x) => x.label === 'Policy' && x.end === listEnd && x.start >= listStart);
    const list = named?.id ?? ctx.nodeFor(name, 'Policy');
    if (!list) continue;
    noteListed(ctx, list);
    const org = subjectAt(ctx, ms, m.index);
    const issuers = org ? joined(text, ms, org) : [];
    for (const o of issuers) if (!ctx.outletIds.has(o.id) && o.id !== list) ctx.addEdge('ISSUED_BY', list, o.id, 'reported');
    const itemsStart = m.index + m[0].indexOf(items);
    const itemsEnd = itemsStart + items.length;
    for (const x of ms) {
      if (x.start < itemsStart || x.end > itemsEnd || issuers.includes(x)) continue;
      // 20家日本实体: the place says whose entities the list names.
      const whose = x.label === 'Place' && l.placeEntities.some((p) => text.slice(x.end, itemsEnd).trimStart().startsWith(p));
      if (l.listedLabels.includes(x.label) || whose) ctx.addEdge('INVOLVES', list, x.id, 'reported');
    }
  }
  for (const m of matchesIn(patterns().passive, text, start, end)) {
    const listEnd = m.index + m[0].length;
    const list = ms.find((x) => x.label === 'Policy' && x.end === listEnd && x.start >= listEnd - m[2].length)?.id ?? ctx.nodeFor(m[2], 'Policy');
    if (!list) continue;
    const cl = clauseAt(clausesOf(text, start, end), m.index);
    const listed = ms.filter((x) => x.end <= m.index && x.start >= cl.start && l.listedLabels.includes(x.label)).pop();
    if (listed) ctx.addEdge('INVOLVES', list, listed.id, 'reported');
    const byStart = m.index + 1;
    const org = ms.find((x) => x.label === 'Organization' && x.start >= byStart && x.end <= byStart + m[1].length);
    if (org && !ctx.outletIds.has(org.id)) ctx.addEdge('ISSUED_BY', list, org.id, 'reported');
  }
  bannedBy(ctx, ms);
  passiveBy(ctx, ms, names, issuable);
}

/** 财政部宣布禁止…采购…，采购禁令自…生效: the ban named in a later clause is the subject's of 禁止. */
function bannedBy(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  const clauses = clausesOf(text, start, end);
  for (const b of matchesIn(patterns().ban, text, start, end)) {
    if (ctx.mentions.some((m) => b.index >= m.start && b.index < m.end)) continue;
    const org = subjectAt(ctx, ms, b.index);
    if (!org || ctx.outletIds.has(org.id)) continue;
    const cl = clauseAt(clauses, b.index);
    // The ban as a node in the clause of 禁止 or named at the head of a later clause of the sentence.
    let ban = ms.find((m) => m.label === 'Policy' && m.start > b.index && m.end <= cl.end)?.id;
    for (const later of clauses) {
      if (ban || later.start < cl.end) continue;
      const named = patterns().banName.exec(text.slice(later.start, later.end));
      if (!named) continue;
      const at = later.start + named.index + named[0].length - named[1].length;
      ban = ms.find((m) => m.label === 'Policy' && m.start === at)?.id ?? ctx.nodeFor(named[1], 'Policy');
    }
    for (const o of joined(text, ms, org)) if (ban && ban !== o.id && !ctx.outletIds.has(o.id)) ctx.addEdge('ISSUED_BY', ban, o.id, 'reported');
  }
}

/** 《X》由欧盟委员会提出, 该标准由工信部牵头制定: the thing before 由 is issued by the organisation after it. */
function passiveBy(ctx: SentenceContext, ms: Placed[], names: Names, issuable: Issuable): void {
  const { text, start, end } = ctx;
  const clauses = clausesOf(text, start, end);
  const verbs = findCues('issuedBy.verbs', cues().issuedBy.verbs, text, start, end);
  for (let i = text.indexOf('由', start); i >= 0 && i < end; i = text.indexOf('由', i + 1)) {
    if (ctx.mentions.some((m) => i >= m.start && i < m.end)) continue;
    const org = ms.find((m) => m.label === 'Organization' && m.start > i && /^\s*$/.test(text.slice(i + 1, m.start)));
    if (!org || ctx.outletIds.has(org.id)) continue;
    const issuers = joined(text, ms, org).filter((o) => o.start >= org.start);
    const last = issuers[issuers.length - 1];
    const verb = verbs.find((v) => v.start >= last.end && patterns().helpers.test(text.slice(last.end, v.start)));
    if (!verb) continue;
    const cl = clauseAt(clauses, i);
    const before = ms.filter((m) => m.end <= i && m.start >= cl.start && issuable(m)).pop();
    let doc = before?.id;
    if (!doc) {
      // 该标准由…: the thing the previous sentence named, when its name ends in the head word.
      const head = /^(?:该|这一|此|这项|这份)(\p{Script=Han}{1,4})$/u.exec(text.slice(cl.start, i).trim())?.[1];
      const prev = ctx.previousSalient;
      if (head && prev && [names(prev).name, ...names(prev).aliases].some((n) => n.endsWith(head))) doc = prev;
    }
    for (const o of issuers) if (doc && doc !== o.id && !ctx.outletIds.has(o.id)) ctx.addEdge('ISSUED_BY', doc, o.id, 'reported');
  }
}
