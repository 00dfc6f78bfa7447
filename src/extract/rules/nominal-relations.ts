// Relations stated by the shape of a noun phrase, with no verb between the two names: a person's
// role in an organisation (Eurofer director-general Henrik Adam, 欧盟委员会执行副主席塞茹尔内), a place
// inside a place (in Chitose, on the northern island of Hokkaido; 荷兰奈梅亨), a company where it is
// based (TSMC, which is building plants in Kumamoto; 总部位于…), ownership (Nexperia, a unit of
// Wingtech; 闻泰科技控股的…) and membership of a class (copper products such as copper pipes; 卷绕机、
// 叠片机等电池制造设备). Each shape is a pattern on the text between two nodes; its words are classes in
// lexicon/nominal-relations.json. Run after the shape rules: an edge only where none joins the pair.
import { readFileSync } from 'node:fs';
import type { EdgeType, NodeLabel } from '../../model/index.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { alternation, flexSpaces } from '../text.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface NominalWords {
  roles: { en: string[]; enModifiers: string[]; zh: string[]; zhModifiers: string[]; zhJoiners: string[] };
  places: {
    enRegionHeads: string[];
    enLocatives: string[];
    enLocativeVerbs: string[];
    enFacilities: string[];
    enFacilityModifiers: string[];
    zhLocatives: string[];
    zhWithin: string[];
    zhPlaceSuffixes: string[];
  };
  ownership: {
    enUnits: string[];
    enOwnedBy: string[];
    enOwnedHyphen: string[];
    zhOwnerOf: string[];
    zhUnits: string[];
    zhUnitModifiers: string[];
    zhUnitAfterOwner: string[];
  };
  membership: {
    enExample: string[];
    enOther: string[];
    zhEtc: string[];
    zhInclude: string[];
    zhInside: string[];
    zhBracketIntro: string[];
    zhAsList: string[];
    joiners: string[];
  };
  categoryLabels: NodeLabel[];
  itemLabels: NodeLabel[];
  genericCategories: string[];
}

let data: NominalWords | undefined;
const words = (): NominalWords =>
  (data ??= JSON.parse(readFileSync(new URL('../lexicon/nominal-relations.json', import.meta.url), 'utf8')) as NominalWords);

const esc = (w: string) => flexSpaces(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const alt = (ws: string[]) => alternation(ws, esc);

/**
 * One shape: node A, the text between (gap), node B; `after` (optional) is what must follow B.
 * `part` says which end is the part (or the member, the company) of the edge.
 */
interface Shape {
  name: string;
  type: EdgeType;
  a: NodeLabel[];
  b: NodeLabel[];
  gap: RegExp;
  before?: RegExp;
  after?: RegExp;
  part: 'a' | 'b';
  /** Max characters between the two nodes. */
  reach: number;
}

const ORG: NodeLabel[] = ['Organization'];
const PERSON: NodeLabel[] = ['Person'];
const PLACE: NodeLabel[] = ['Place'];
const OWNED: NodeLabel[] = ['Organization', 'Product'];
// A place list goes on after the second place (in China, Japan and Korea; in Taiwan, South Korea, …).
const NO_LIST = /^(?!\s*(?:,\s*(?:(?:and|or)\s+)?(?:the\s+)?\p{Lu}|(?:and|or|\/)\s*(?:the\s+)?\p{Lu}))/u;

let compiled: { en: Shape[]; zh: Shape[]; joiner: RegExp } | undefined;
function shapes(): { en: Shape[]; zh: Shape[]; joiner: RegExp } {
  if (compiled) return compiled;
  const w = words();
  const r = w.roles;
  // 'executive vice-president', 'then-industry minister', 'trade commissioner': modifiers, then the role.
  const enRole = `(?:(?:${alt(r.enModifiers)})[\\s-]+){0,3}(?:${alt(r.en)})`;
  const zhRole = `(?:${alt(r.zhModifiers)}){0,3}(?:${alt(r.zh)})`;
  const zhRoles = `${zhRole}(?:\\s*(?:${alt(r.zhJoiners)})\\s*${zhRole})*`;
  const p = w.places;
  const facility = `(?:(?:${alt(p.enFacilityModifiers)})\\s+){0,3}(?:${alt(p.enFacilities)})`;
  const o = w.ownership;
  const m = w.membership;
  const en: Shape[] = [
    // Eurofer director-general Henrik Adam; Eurofer's president, Henrik Adam; Nvidia chief executive Jensen Huang.
    { name: 'org-role-person', type: 'PART_OF', a: ORG, b: PERSON, gap: new RegExp(`^\\s*(?:['’]s\\s+)?${enRole}\\s*,?\\s*$`, 'i'), part: 'b', reach: 60 },
    // Henrik Adam, president of Eurofer; Jensen Huang, the chief executive of Nvidia.
    { name: 'person-role-of-org', type: 'PART_OF', a: PERSON, b: ORG, gap: new RegExp(`^\\s*,\\s*(?:(?:the|a|an)\\s+)?${enRole}\\s+(?:of|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?$`, 'iu'), part: 'a', reach: 60 },
    // Henrik Adam, Eurofer's president.
    { name: 'person-org-s-role', type: 'PART_OF', a: PERSON, b: ORG, gap: /^\s*,\s*(?:the\s+)?$/, after: new RegExp(`^['’]s\\s+${enRole}\\b`, 'i'), part: 'a', reach: 8 },
    // in Chitose, on the northern island of Hokkaido; in Nijmegen, in the east of the Netherlands.
    { name: 'place-in-region', type: 'PART_OF', a: PLACE, b: PLACE, gap: new RegExp(`^\\s*,?\\s*(?:on|in)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(p.enRegionHeads)})\\s+of\\s+(?:the\\s+)?$`, 'iu'), part: 'a', reach: 60 },
    // in Chitose, Hokkaido; in Nijmegen, the Netherlands (a locative before, no list after).
    { name: 'place-comma-place', type: 'PART_OF', a: PLACE, b: PLACE, gap: /^\s*,\s*(?:the\s+)?$/, before: new RegExp(`\\b(?:${alt(p.enLocatives)})\\s+(?:the\\s+)?$`, 'i'), after: NO_LIST, part: 'a', reach: 8 },
    // Nijmegen in the Netherlands (a locative before the first place too).
    { name: 'place-in-place', type: 'PART_OF', a: PLACE, b: PLACE, gap: /^\s+in\s+(?:the\s+)?$/, before: new RegExp(`\\b(?:${alt(p.enLocatives)}|${alt(p.enFacilities)})\\s+(?:the\\s+)?$`, 'i'), after: NO_LIST, part: 'a', reach: 10 },
    // TSMC, which is itself building plants in Kumamoto; X, based in Y; X, which has a plant in Y.
    {
      name: 'org-located-in',
      type: 'INVOLVES',
      a: ORG,
      b: PLACE,
      gap: new RegExp(
        `^\\s*(?:\\([^)]{1,30}\\))?\\s*,?\\s*(?:(?:which|that)\\s+(?:(?:is|are|was|were|has|have|had|been|itself|also|now|already|currently|still|will|be)\\s+){0,3})?(?:${alt(p.enLocativeVerbs)})\\s+(?:${facility}\\s+)?(?:in|at|near)\\s+(?:the\\s+)?$`,
        'i',
      ),
      part: 'a',
      reach: 70,
    },
    // Tokyo-based Rapidus: the company involves the place.
    { name: 'place-based-org', type: 'INVOLVES', a: PLACE, b: ORG, gap: /^-(?:based|headquartered)\s+(?:[\p{L}-]+\s+){0,2}$/u, part: 'b', reach: 30 },
    // Nexperia, a unit of Wingtech; Nexperia, the Dutch chipmaker owned by Wingtech.
    { name: 'org-unit-of-org', type: 'PART_OF', a: OWNED, b: ORG, gap: new RegExp(`^\\s*,\\s*(?:a|an|the|its)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:${alt(o.enUnits)})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}.]+['’]s\\s+)?$`, 'iu'), part: 'a', reach: 60 },
    { name: 'org-owned-by-org', type: 'PART_OF', a: OWNED, b: ORG, gap: new RegExp(`^\\s*,\\s*(?:(?:a|an|the)\\s+(?:[\\p{L}.-]+\\s+){0,3}?)?(?:${alt(o.enOwnedBy)})\\s+(?:the\\s+)?(?:[\\p{L}.]+['’]s\\s+)?$`, 'iu'), part: 'a', reach: 60 },
    // Wingtech's subsidiary Nexperia; Wingtech-owned Nexperia.
    { name: 'org-s-unit', type: 'PART_OF', a: ORG, b: OWNED, gap: new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(o.enUnits)})\\s*,?\\s*$`, 'iu'), part: 'b', reach: 40 },
    { name: 'org-owned-org', type: 'PART_OF', a: ORG, b: OWNED, gap: new RegExp(`^-(?:${alt(o.enOwnedHyphen)})\\s+(?:[\\p{L}-]+\\s+){0,2}?$`, 'iu'), part: 'b', reach: 30 },
    // semi-finished copper products (such as copper pipes, …): the first item; the others follow it.
    { name: 'category-such-as', type: 'PART_OF', a: w.categoryLabels, b: w.itemLabels, gap: new RegExp(`^\\s*[,(]?\\s*(?:${alt(m.enExample)})\\s+$`, 'i'), part: 'b', reach: 20 },
    // copper pipes, wires and other copper products: the last item; the others precede it.
    { name: 'item-and-other', type: 'PART_OF', a: w.itemLabels, b: w.categoryLabels, gap: new RegExp(`^\\s*,?\\s*(?:${alt(m.enOther)})\\s+$`, 'i'), part: 'a', reach: 20 },
  ];
  const zh: Shape[] = [
    // 欧盟委员会执行副主席塞茹尔内, 商务部的新闻发言人何亚东.
    { name: 'zh-org-role-person', type: 'PART_OF', a: ORG, b: PERSON, gap: new RegExp(`^\\s*的?\\s*${zhRoles}\\s*$`), part: 'b', reach: 24 },
    // 王文涛（商务部部长）.
    { name: 'zh-person-org-role', type: 'PART_OF', a: PERSON, b: ORG, gap: /^\s*[（(]\s*$/, after: new RegExp(`^\\s*的?\\s*${zhRoles}\\s*[）)]`), part: 'a', reach: 2 },
    // 荷兰奈梅亨, 日本北海道千岁: two place names written together, the second inside the first.
    { name: 'zh-place-place', type: 'PART_OF', a: PLACE, b: PLACE, gap: new RegExp(`^(?:${alt(p.zhPlaceSuffixes)})?$`), after: /^(?![、和与及])/, part: 'b', reach: 3 },
    // 位于北海道的千岁.
    { name: 'zh-within-place', type: 'PART_OF', a: PLACE, b: PLACE, gap: /^\s*的\s*$/, before: new RegExp(`(?:${alt(p.zhWithin)})\\s*$`), part: 'b', reach: 2 },
    // 安世半导体总部位于荷兰奈梅亨; X 落户 Y.
    { name: 'zh-org-located', type: 'INVOLVES', a: ORG, b: PLACE, gap: new RegExp(`^\\s*(?:目前|现|已|将|主要|均)?\\s*(?:${alt(p.zhLocatives)})\\s*(?:于|在)?\\s*$`), part: 'a', reach: 10 },
    // 位于荷兰的安世半导体.
    { name: 'zh-located-org', type: 'INVOLVES', a: PLACE, b: ORG, gap: /^\s*的\s*$/, before: new RegExp(`(?:${alt(p.zhLocatives)})\\s*$`), part: 'b', reach: 2 },
    // 闻泰科技控股的安世半导体, 闻泰科技旗下的安世.
    { name: 'zh-owner-of', type: 'PART_OF', a: ORG, b: OWNED, gap: new RegExp(`^\\s*(?:${alt(o.zhOwnerOf)})\\s*$`), part: 'b', reach: 8 },
    // 安世半导体（闻泰科技子公司）.
    { name: 'zh-bracket-unit', type: 'PART_OF', a: OWNED, b: ORG, gap: /^\s*[（(]\s*(?:系|为|是)?\s*$/, after: new RegExp(`^\\s*(?:${alt(o.zhUnitAfterOwner)})?\\s*(?:${alt(o.zhUnitModifiers)}){0,2}(?:${alt(o.zhUnits)})\\s*[）)]`), part: 'a', reach: 4 },
    // 卷绕机、叠片机、注液机等电池制造设备: the last item; the others precede it.
    { name: 'zh-items-etc', type: 'PART_OF', a: w.itemLabels, b: w.categoryLabels, gap: new RegExp(`^\\s*(?:${alt(m.zhEtc)})\\s*$`), part: 'a', reach: 6 },
    // 包括稀土、锂在内的关键矿产.
    { name: 'zh-including-inside', type: 'PART_OF', a: w.itemLabels, b: w.categoryLabels, gap: new RegExp(`^\\s*(?:${alt(m.zhEtc)})?\\s*(?:${alt(m.zhInside)})\\s*$`), part: 'a', reach: 6 },
    // 关键矿产（含稀土、锂）, 关键矿产，如稀土、锂.
    { name: 'zh-category-bracket', type: 'PART_OF', a: w.categoryLabels, b: w.itemLabels, gap: new RegExp(`^\\s*(?:[（(]\\s*(?:${alt(m.zhBracketIntro)})|[，,]\\s*(?:${alt(m.zhAsList)}))\\s*$`), part: 'b', reach: 6 },
  ];
  const joiner = new RegExp(`^\\s*(?:${alt(m.joiners)})\\s*(?:(?:and|or)\\s+)?$`, 'i');
  return (compiled = { en, zh, joiner });
}

/** Shapes whose B (or A) end is the first (or last) of a list: every item of the list shares the edge. */
const LIST_FROM_B = new Set(['category-such-as', 'zh-category-bracket']);
const LIST_FROM_A = new Set(['item-and-other', 'zh-items-etc', 'zh-including-inside']);
const MEMBERSHIP = new Set([...LIST_FROM_A, ...LIST_FROM_B]);
/** technologies such as AI, companies like Lynas: a one-word class too general to hold anything. */
const generic = (name: string) => words().genericCategories.includes(name.trim().toLowerCase());

export function nominalRelations(ctx: SentenceContext, english: boolean): void {
  const { text } = ctx;
  const ms = ctx.mentions.filter((m) => !m.nested && m.label !== 'Source' && m.label !== 'Briefing' && !ctx.outletIds.has(m.id));
  const s = shapes();
  const add = (shape: Shape, part: Placed, whole: Placed) => {
    if (part.id === whole.id || ctx.linked(part.id, whole.id)) return;
    ctx.addEdge(shape.type, part.id, whole.id, 'reported');
  };
  for (const shape of english ? s.en : s.zh) {
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i];
      if (!shape.a.includes(a.label)) continue;
      if (shape.before && !shape.before.test(text.slice(Math.max(ctx.start, a.start - 40), a.start))) continue;
      // The nearest node after A whose gap fits: nodes inside the gap are part of its words (a role
      // the tagger named a concept), so try each in turn up to the reach.
      for (let j = i + 1; j < ms.length; j++) {
        const b = ms[j];
        if (b.start < a.end) continue;
        if (b.start - a.end > shape.reach) break;
        if (!shape.b.includes(b.label) || !shape.gap.test(text.slice(a.end, b.start))) continue;
        if (shape.after && !shape.after.test(text.slice(b.end, Math.min(ctx.end, b.end + 40)))) break;
        const [part, whole] = shape.part === 'a' ? [a, b] : [b, a];
        if (MEMBERSHIP.has(shape.name)) {
          if (generic(text.slice(whole.start, whole.end)) || !member(ctx, part, whole, english)) break;
          for (const item of [part, ...(LIST_FROM_B.has(shape.name) ? listAfter(ctx, ms, j, shape.b) : listBefore(ctx, ms, i, shape.a))]) {
            if (member(ctx, item, whole, english)) add(shape, item, whole);
          }
          break;
        }
        add(shape, part, whole);
        break;
      }
    }
  }
  possessiveRole(ctx, ms, english);
  if (!english) ownedSubject(ctx, ms);
  rememberLead(ctx, ms);
}

// The organisation the sentence before opened with (The European steel association Eurofer had
// asked …), for "Its president, Henrik Adam" in the next sentence of the same paragraph.
let lead: { text: string; end: number; org?: string } | undefined;
forgetPerBriefing(() => {
  lead = undefined;
});
function rememberLead(ctx: SentenceContext, ms: Placed[]): void {
  // The subject stands in the first clause: the first organisation before any comma or colon.
  const stop = ctx.text.slice(ctx.start, ctx.end).search(/[,:;，：；]/);
  const firstClauseEnd = stop < 0 ? ctx.end : ctx.start + stop;
  lead = { text: ctx.text, end: ctx.end, org: ms.find((m) => m.label === 'Organization' && m.end <= firstClauseEnd)?.id };
}
function leadBefore(ctx: SentenceContext): string | undefined {
  if (!lead || lead.text !== ctx.text || lead.end > ctx.start || /\n\s*\n/.test(ctx.text.slice(lead.end, ctx.start))) return undefined;
  return lead.org;
}

let possessiveRe: { en: RegExp; zh: RegExp } | undefined;
/**
 * Its president, Henrik Adam / 其董事长张学政: the person is PART_OF the organisation the pronoun
 * stands for — the nearest one before it in the sentence, else the one the sentence before led with.
 */
function possessiveRole(ctx: SentenceContext, ms: Placed[], english: boolean): void {
  const r = words().roles;
  possessiveRe ??= {
    en: new RegExp(`\\b(?:its|their)\\s+(?:(?:${alt(r.enModifiers)})[\\s-]+){0,3}(?:${alt(r.en)})\\s*,?\\s*$`, 'i'),
    zh: new RegExp(`其\\s*(?:${alt(r.zhModifiers)}){0,3}(?:${alt(r.zh)})\\s*$`),
  };
  const re = english ? possessiveRe.en : possessiveRe.zh;
  for (const p of ms) {
    if (p.label !== 'Person' || !re.test(ctx.text.slice(Math.max(ctx.start, p.start - 60), p.start))) continue;
    const near = ms.filter((m) => m.label === 'Organization' && m.end <= p.start).pop();
    const org = near?.id ?? leadBefore(ctx);
    if (org && org !== p.id && !ctx.linked(p.id, org)) ctx.addEdge('PART_OF', p.id, org, 'reported');
  }
}

// An item ends where its list goes on or its clause ends: not 稀土 of 稀土矿产品, not 'weapons' of
// 'weapons of mass destruction'.
const ITEM_END = { en: /^(?!\s+(?:of|for)\b|[-\p{L}\d])/u, zh: /^\s*(?:[、，,；;。）)：:]|$|和|及|与|以及|或|等)/ };
/** A member fits its class: whole names end at the list's joints, and an index holds only indices. */
function member(ctx: SentenceContext, item: Placed, category: Placed, english: boolean): boolean {
  if ((item.label === 'Indicator') !== (category.label === 'Indicator')) return false;
  return (english ? ITEM_END.en : ITEM_END.zh).test(ctx.text.slice(item.end, Math.min(ctx.end, item.end + 12)));
}

/** The items joined to ms[j] after it (A, B and C), each a node of an item label. */
function listAfter(ctx: SentenceContext, ms: Placed[], j: number, labels: NodeLabel[]): Placed[] {
  const out: Placed[] = [];
  for (let k = j + 1; k < ms.length && shapes().joiner.test(ctx.text.slice(ms[k - 1].end, ms[k].start)) && labels.includes(ms[k].label); k++) out.push(ms[k]);
  return out;
}

/** The items joined to ms[i] before it (A、B、C等…), each a node of an item label. */
function listBefore(ctx: SentenceContext, ms: Placed[], i: number, labels: NodeLabel[]): Placed[] {
  const out: Placed[] = [];
  for (let k = i - 1; k >= 0 && shapes().joiner.test(ctx.text.slice(ms[k].end, ms[k + 1].start)) && labels.includes(ms[k].label); k--) out.push(ms[k]);
  return out;
}

/**
 * X…，是 Y 旗下子公司 / 是 Y 的全资子公司: X, the organisation the sentence opens with, is PART_OF Y
 * (安世半导体总部位于荷兰奈梅亨，是闻泰科技旗下子公司).
 */
function ownedSubject(ctx: SentenceContext, ms: Placed[]): void {
  const o = words().ownership;
  const after = new RegExp(`^\\s*(?:${alt(o.zhUnitAfterOwner)})?\\s*(?:${alt(o.zhUnitModifiers)}){0,2}(?:${alt(o.zhUnits)})`);
  const subject = ms[0];
  if (!subject || subject.label !== 'Organization' || !/^[\s“"《]*$/.test(ctx.text.slice(ctx.start, subject.start))) return;
  for (const y of ms) {
    if (y === subject || y.label !== 'Organization' || !/[，,]\s*(?:也|还|同时)?\s*(?:是|系|为|作为)\s*$/.test(ctx.text.slice(Math.max(ctx.start, y.start - 8), y.start))) continue;
    if (after.test(ctx.text.slice(y.end, y.end + 12)) && !ctx.linked(subject.id, y.id)) ctx.addEdge('PART_OF', subject.id, y.id, 'reported');
  }
}
