// Edges read from structure rather than causal cues: INVOLVES (an event and the people and
// organisations named with it), ISSUED_BY (工信部…发布…草案, 据 SIA 报告 + an indicator, 最高法院裁决,
// 奕斯伟…产能…硅片, Nvidia B300) and PART_OF (X 旗下 Y).
import { findCues } from './cues.js';
import { cues } from './lexicon.js';
import { clauseAt, topLevel, type Placed } from './relations.js';
import type { Clause } from './text.js';
import { makerOf, reportsOtherActor } from './rules/false-edges.js';
import { joined, subjectAt, zhListIssuers } from './rules/zh-lists-issuers.js';
import { decidedBefore, zhParticipantRelations } from './rules/zh-participants.js';
import { zhRelationWords } from './rules/zh-release.js';
import type { SentenceContext } from './sentence.js';
import { clausesOf } from './text.js';

let dataRe: RegExp | undefined;
const ISSUABLE_EVENT = /报告|裁决|判决|白皮书|研讨会|论坛|讨论|数据|ruling|report|decision|paper/i;

function issuable(m: Placed, name: string, titled: boolean): boolean {
  if (m.label === 'Policy' || m.label === 'Source' || m.label === 'Indicator') return true;
  return m.label === 'Event' && (titled || ISSUABLE_EVENT.test(name));
}

export function structuralRelations(ctx: SentenceContext, names: (id: string) => { name: string; aliases: string[]; titled: boolean }): void {
  const c = cues();
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  const clauses = clausesOf(text, start, end);
  const modality = 'reported' as const;

  // INVOLVES: people and organisations in the event's clause, and those named inside the event.
  const participantLabels = new Set(c.involves.participantLabels);
  for (const ev of ctx.mentions) {
    if (ev.nested || !c.involves.eventLabels.includes(ev.label)) continue;
    const cl = clauseAt(clauses, ev.start);
    for (const p of ctx.mentions) {
      if (p.id === ev.id || !participantLabels.has(p.label) || ctx.outletIds.has(p.id)) continue;
      const within = p.start >= ev.start && p.end <= ev.end;
      const sameClause = p.start >= cl.start && p.end <= cl.end;
      if (within || sameClause) ctx.addEdge('INVOLVES', ev.id, p.id, modality);
    }
  }

  // INVOLVES: a policy named after its object governs it (稀土出口限制 → 稀土, 芯片出口管制 → 芯片).
  const objectLabels = new Set(c.involves.policyObjectLabels);
  for (const pol of ctx.mentions) {
    if (pol.nested || pol.label !== 'Policy') continue;
    for (const o of ctx.mentions) {
      // The policy's own head word (tariffs in "retaliatory tariffs") is not its object, nor part of a
      // hyphenated word ("non-tariff countermeasures").
      const ownWord = (o.end === pol.end && /[A-Za-z]$/.test(ctx.text.slice(o.start, o.end))) || ctx.text[o.start - 1] === '-';
      if (o.nested && o.id !== pol.id && objectLabels.has(o.label) && o.start >= pol.start && o.end <= pol.end && !ownWord) {
        ctx.addEdge('INVOLVES', pol.id, o.id, modality);
      }
    }
  }

  const inMention = (pos: number) => ctx.mentions.some((m) => pos >= m.start && pos < m.end);
  // ISSUED_BY through a verb: ORG … 发布 … X.
  for (const v of findCues('issuedBy.verbs', c.issuedBy.verbs, text, start, end)) {
    if (inMention(v.start)) continue;
    const cl = clauseAt(clauses, v.start);
    // The organisation in the clause, or carried over a 依据/根据《…》， phrase.
    const org = subjectAt(ctx, ms, v.start);
    if (!org || ctx.outletIds.has(org.id) || reportsOtherActor(text, ms, org.end, v.start)) continue;
    const ok = (m: Placed) => issuable(m, names(m.id).name, names(m.id).titled);
    const x = ms.find((m) => m.start >= v.end && m.end <= cl.end && ok(m));
    // Nvidia 宣布美国政府已表示将批准…: the report verb is no issuing of what the other actor does.
    if (x && reportsOtherActor(text, ms, v.start, x.start)) continue;
    // 商务部、海关总署…发布: every organisation of a joint subject issues it.
    if (x) for (const o of joined(text, ms, org)) if (o.end <= org.end && !ctx.outletIds.has(o.id)) ctx.addEdge('ISSUED_BY', x.id, o.id, modality);
  }
  signedBy(ctx, ms, clauses, names);
  // ORG 将 A 列入 X 清单, ORG 依据…，将…, 《X》由 ORG 提出.
  zhListIssuers(ctx, names, (m) => issuable(m, names(m.id).name, names(m.id).titled));
  // Roles (宇树科技 CEO 王兴兴), venues (在上海举行), 是 Y 的一部分, an official notice's signature.
  zhParticipantRelations(ctx);

  // ORG 于 … 在 X 案中 … 裁定: the case is the court's ruling.
  for (const v of findCues('issuedBy.judgeVerbs', c.issuedBy.judgeVerbs, text, start, end)) {
    if (inMention(v.start)) continue;
    const cl = clauseAt(clauses, v.start);
    const org = ms.filter((m) => m.label === 'Organization' && m.end <= v.start && m.start >= cl.start).pop();
    const x = org && ms.find((m) => m.start >= org.end && m.end <= v.start && m.label === 'Event');
    if (org && x) ctx.addEdge('ISSUED_BY', x.id, org.id, modality);
  }

  // ISSUED_BY for data: 据 SIA（…）5 月 5 日报告，…全球半导体销售额… — the indicators of the sentence.
  dataRe ??= new RegExp(`^[^，。；,;]{0,24}?(${c.issuedBy.dataNouns.join('|')})`);
  for (const org of ctx.mentions) {
    if (org.nested || org.label !== 'Organization' || !dataRe.test(text.slice(org.end, end))) continue;
    for (const ind of ms) if (ind.label === 'Indicator' && ind.start > org.end) ctx.addEdge('ISSUED_BY', ind.id, org.id, modality);
  }

  // ISSUED_BY by possession or adjacency: 工信部的新框架草案, Nvidia B300, 寒武纪 MLU.
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i], ms[i + 1]];
    if (a.label !== 'Organization' || ctx.outletIds.has(a.id)) continue;
    const gap = text.slice(a.end, b.start);
    // Nvidia B300, 英伟达的 H20, 英伟达旗下 H20, 英伟达及其 H20: the maker written before its product.
    if (b.label === 'Product' && /^\s*(?:的|旗下的?|及其|和其|其)?\s*$/.test(gap)) ctx.addEdge('ISSUED_BY', b.id, a.id, modality);
    else if (/^\s*的\s*$/.test(gap) && issuable(b, names(b.id).name, names(b.id).titled)) ctx.addEdge('ISSUED_BY', b.id, a.id, modality);
  }
  for (const m of ctx.mentions) if (m.issuer) ctx.addEdge('ISSUED_BY', m.id, m.issuer, modality);
  // Nvidia H20 as one product name: the maker it opens with.
  for (const p of ms) {
    if (p.label !== 'Product') continue;
    const maker = ctx.mentions.find((m) => m.nested && m.label === 'Organization' && m.start === p.start && m.end < p.end);
    if (maker) ctx.addEdge('ISSUED_BY', p.id, maker.id, modality);
  }

  // Makers: ORG …其…产能/量产… PRODUCT.
  for (const p of findCues('issuedBy.produces', c.issuedBy.produces, text, start, end)) {
    if (inMention(p.start)) continue;
    const org = ms.filter((m) => m.label === 'Organization' && m.end <= p.start && !ctx.outletIds.has(m.id)).pop();
    const product = ms.find((m) => m.label === 'Product' && m.start >= p.end);
    // Morgan Stanley 分析师估计，…中国制造人形机器人: the maker acts in the verb's own clause, with no
    // other actor between (美国商务部…，Nvidia 推出 H20 is Nvidia's product).
    if (org && !makerOf(text, ms, clauseAt(clauses, p.start).start, org, p.start)) continue;
    if (org && product) ctx.addEdge('ISSUED_BY', product.id, org.id, modality);
  }

  // PART_OF: X 旗下 Y; Y, a unit of X.
  for (const hit of findCues('partOf.ownerFirst', c.partOf.ownerFirst, text, start, end)) {
    if (inMention(hit.start)) continue;
    // 闻泰科技旗下安世半导体; not 美国相关子公司采取反制措施 (a country owns no company here, a measure is no unit).
    const owner = ms.filter((m) => m.end <= hit.start && hit.start - m.end <= 2 && m.label === 'Organization').pop();
    const part = ms.find((m) => m.start >= hit.end && m.start - hit.end <= 4 && OWNED.includes(m.label));
    if (owner && part) ctx.addEdge('PART_OF', part.id, owner.id, modality);
  }
  for (const hit of findCues('partOf.partFirst', c.partOf.partFirst, text, start, end)) {
    // Owned by China's Wingtech: a place in the possessive only says whose the owner is.
    const owner = ms.find((m) => m.start >= hit.end && m.start - hit.end <= 6 && !POSSESSIVE.test(text.slice(m.end, m.end + 2)));
    // A unit of / owned by: a company belongs to a company; part of / 隶属 may join any two things.
    const owning = OWNERSHIP.test(text.slice(hit.start, hit.end));
    const part = ms.filter((m) => m.end <= hit.start && !(owning && m.label === 'Place')).pop();
    if (!owner || !part || (owning && owner.label !== 'Organization')) continue;
    ctx.addEdge('PART_OF', part.id, owner.id, modality);
  }
}

const PRONOUN = /[他她]/;
const OWNED: string[] = ['Organization', 'Product'];
const POSSESSIVE = /^['’]s/;
const OWNERSHIP = /unit|subsidiary|owned/i;
const SIGNER: string[] = ['Person', 'Organization'];

/**
 * Who signs a document issues it: 他已签署行政命令 (他 is the person the sentence named), and the passive
 * 该决定由商务部部长王文涛签署 (the decision the previous sentence named, when its name has the head 决定).
 */
function signedBy(ctx: SentenceContext, ms: Placed[], clauses: Clause[], names: (id: string) => { name: string; aliases: string[]; titled: boolean }): void {
  const { text, start, end } = ctx;
  for (const v of findCues('zh.signVerbs', zhRelationWords().signVerbs, text, start, end)) {
    if (ctx.mentions.some((m) => v.start >= m.start && v.start < m.end)) continue;
    const cl = clauseAt(clauses, v.start);
    const lead = text.slice(cl.start, v.start);
    // 对安世半导体签发的行政令: the party after 对/向/针对 is the order's target, never its signer.
    const aim = Math.max(lead.lastIndexOf('对'), lead.lastIndexOf('向'));
    const target = (m: Placed) => aim >= 0 && m.start >= cl.start + aim;
    let signer = ms.filter((m) => SIGNER.includes(m.label) && m.end <= v.start && m.start >= cl.start && !ctx.outletIds.has(m.id) && !target(m)).pop()?.id;
    if (!signer && PRONOUN.test(lead)) signer = ms.filter((m) => m.label === 'Person' && m.end <= cl.start).pop()?.id;
    if (!signer) continue;
    const by = lead.indexOf('由');
    let doc: string | undefined;
    if (by >= 0) {
      // 该决定由…签署: the document is before 由, named there or in the previous sentence.
      const before = ms.filter((m) => m.end <= cl.start + by && issuableLabel(m.label)).pop()?.id;
      const head = /^(?:该|这一|此)(\p{Script=Han}{1,4})$/u.exec(lead.slice(0, by).trim())?.[1];
      const prev = ctx.previousSalient;
      doc = before ?? (head && prev && [names(prev).name, ...names(prev).aliases].some((n) => n.endsWith(head)) ? prev : undefined);
      // 该决定 with no 决定 named: the measure the sentence before announced.
      if (!doc && head) doc = decidedBefore(ctx);
    } else {
      // 他已签署行政命令: a document no node names is named by its head word.
      doc = ms.find((m) => m.start >= v.end && m.end <= cl.end && m.label === 'Policy')?.id ?? signedDocument(ctx, v.end, cl.end);
    }
    if (doc && doc !== signer) ctx.addEdge('ISSUED_BY', doc, signer, 'reported');
  }
}

const issuableLabel = (l: string) => l === 'Policy' || l === 'Event';

/** 签署行政命令 / 签署了一项法案: the document right after the verb, by a document head word. */
function signedDocument(ctx: SentenceContext, from: number, to: number): string | undefined {
  const heads = zhRelationWords().signedDocuments;
  const m = new RegExp(`^\\s*了?\\s*(?:一项|一份|该|这份)?\\s*((?:\\p{Script=Han}{0,6}?)(?:${heads.join('|')}))`, 'u').exec(ctx.text.slice(from, to));
  return m ? ctx.nodeFor(m[1], 'Policy') : undefined;
}
