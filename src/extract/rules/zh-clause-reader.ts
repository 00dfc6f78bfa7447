// The general Chinese clause reader: any clause read by its grammar rather than by a listed shape.
// [subject] (adverbials, 在/于 + time or place) [verb] [object], jieba's tags telling verbs from the rest,
// and the verb's class (data in lexicon/zh-clause-reader.json) choosing the edge: constraining verbs
// CONSTRAINS, causing verbs CAUSES, issuing verbs ISSUED_BY (a measure by an organisation or person),
// any other verb INVOLVES between a measure or event and its participant. Prepositions change the
// roles: 对/向 X + V (X is what V acts on), 与 X + 签署 (both take part), 被 X + V (X acts), 由 X + 发布
// (X issues), 据 X (a source, never an end). Runs after the shape rules; adds only where they left the
// two nodes unjoined (ctx.linked).
import { readFileSync } from 'node:fs';
import type { EdgeType, Modality, NodeLabel } from '../../model/index.js';
import { modalityOf } from '../cues.js';
import { ACTORS, topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { tagSpan, type Token } from '../segment.js';
import { clausesOf, type Clause } from '../text.js';
import { cueInNoun } from './false-edges.js';
import { isArgument, promoteArguments, type ReaderContext } from './zh-arguments.js';

interface Words {
  constrain: string[];
  cause: string[];
  issue: string[];
  issueObjects: NodeLabel[];
  issueSubjects: NodeLabel[];
  agentIssue: string[];
  agentInvolve: string[];
  noEdge: string[];
  targetPreps: string[];
  disposal: string[];
  withPreps: string[];
  withVerbs: string[];
  passive: string[];
  agentPreps: string[];
  sourcePreps: string[];
  adverbialPreps: string[];
  leadTags: string[];
  leadWords: string[];
  particles: string[];
  objectGapTags: string[];
  listInto: string[];
  purposeMarks: string[];
  demonstratives: string[];
  coJoiners: string[];
  restrictiveHeads: string[];
  barriers: string[];
  locatives: string[];
  publishVerbs: string[];
}

let loaded: Words | undefined;
const words = (): Words => (loaded ??= JSON.parse(readFileSync(new URL('../lexicon/zh-clause-reader.json', import.meta.url), 'utf8')) as Words);

type Role = 'alias' | 'co' | 'core' | 'target' | 'disposal' | 'with' | 'agent' | 'passive' | 'adverbial' | 'source';
interface Slot {
  m: Placed;
  role: Role;
  /** Where the phrase starts: the preposition before the mention, or the mention itself. */
  from: number;
}

const EVENTS: NodeLabel[] = ['Policy', 'Event'];
const PARTICIPANTS: NodeLabel[] = ['Organization', 'Person', 'Product'];
const isVerbTag = (tag: string) => tag === 'v' || tag === 'vn';
const solid = (toks: Token[]) => toks.filter((t) => /\S/.test(t.word));

/** The role a mention takes from the word right before it (对 X → target, 据 X → source, 在 X → adverbial). */
function slotOf(text: string, m: Placed, clauseStart: number): Slot {
  const w = words();
  // 安世半导体（Nexperia）: a name in brackets right after another is the same party, no clause role of its own.
  if (/[（(]\s*$/.test(text.slice(Math.max(clauseStart, m.start - 2), m.start)) && /[\p{L}\p{N}》”"]\s*[（(]\s*$/u.test(text.slice(Math.max(clauseStart, m.start - 3), m.start))) {
    return { m, role: 'alias', from: m.start };
  }
  const prev = solid(tagSpan(text, Math.max(clauseStart, m.start - 4), m.start)).pop();
  if (!prev || /\S/.test(text.slice(prev.end, m.start))) return { m, role: 'core', from: m.start };
  // 对原产于中国的纯电动汽车征收…: the head after 的 of a 对-phrase is the target, not a subject.
  const beforeDe = prev.word === '的' ? solid(tagSpan(text, Math.max(clauseStart, prev.start - 3), prev.start)).pop() : undefined;
  if (prev.word === '的' && !(beforeDe && isVerbTag(beforeDe.tag))) {
    const opener = solid(tagSpan(text, clauseStart, m.start)).filter((t) => w.targetPreps.includes(t.word) && t.tag === 'p').pop();
    if (opener && m.start - opener.end <= 20) return { m, role: 'target', from: opener.start };
  }
  const at = prev.start;
  if (w.sourcePreps.includes(prev.word)) return { m, role: 'source', from: at };
  if (w.targetPreps.includes(prev.word) && prev.tag === 'p') return { m, role: 'target', from: at };
  if (w.disposal.includes(prev.word)) return { m, role: 'disposal', from: at };
  if (w.withPreps.includes(prev.word)) return { m, role: 'with', from: at };
  // 工业和信息化部、科学技术部…联合印发: the next member of a list shares its role.
  if (w.coJoiners.includes(prev.word)) return { m, role: 'co', from: at };
  if (w.passive.includes(prev.word)) return { m, role: 'passive', from: at };
  if (w.agentPreps.includes(prev.word) && prev.tag === 'p') return { m, role: 'agent', from: at };
  // 经国务院批准: 经 X is a circumstance whatever jieba tags it.
  if (w.adverbialPreps.includes(prev.word) && (prev.tag === 'p' || prev.word === '经')) return { m, role: 'adverbial', from: at };
  return { m, role: 'core', from: m.start };
}

type VerbClass = 'constrain' | 'list' | 'cause' | 'issue' | 'other';
function classOf(word: string): VerbClass {
  const w = words();
  if (w.constrain.includes(word)) return 'constrain';
  if (w.listInto.includes(word)) return 'list';
  if (w.cause.includes(word)) return 'cause';
  if (w.issue.includes(word)) return 'issue';
  return 'other';
}

/** Tokens of [from, to) that are not inside a mention and not a prepositional phrase's own preposition. */
function freeTokens(toks: Token[], slots: Slot[], from: number, to: number): Token[] {
  return toks.filter((t) => t.start >= from && t.end <= to && !slots.some((s) => t.start < s.m.end && t.end > s.from));
}

/** True when the tokens are adverbs, times, modal and control words only (将, 已, 正式, 10月4日, 宣布). */
function onlyLead(toks: Token[]): boolean {
  const w = words();
  return toks.every((t) => w.leadTags.includes(t.tag) || w.leadWords.includes(t.word) || /^[\p{P}\s]+$/u.test(t.word));
}

/** The object of a verb: the first core mention after it, with only particles, 的, numbers and modifiers between; then the head of its phrase. */
function objectAfter(text: string, toks: Token[], slots: Slot[], verb: Token, clauseEnd: number): { o: Slot; relative: boolean; more: Placed[] } | undefined {
  const w = words();
  const next = slots.find((s) => s.from >= verb.end && s.role !== 'alias');
  if (!next || next.role !== 'core' || next.m.start - verb.end > 12) return undefined;
  const gap = freeTokens(toks, slots, verb.end, next.m.start);
  const relative = gap[0]?.word === '的';
  const rest = relative ? gap.slice(1) : gap;
  if (!rest.every((t) => w.particles.includes(t.word) || (w.objectGapTags.includes(t.tag) && classOf(t.word) === 'other' && t.word !== '的'))) return undefined;
  if (rest.some((t) => isVerbTag(t.tag) && t.tag !== 'vn')) return undefined;
  // 安世控制权 / 闻泰科技的子公司: a phrase is about its last name.
  let head = next;
  for (const s of slots) {
    if (s.from < head.m.end || s.role !== 'core' || s.m.end > clauseEnd) continue;
    if (!/^的?$/.test(text.slice(head.m.end, s.m.start))) break;
    head = s;
  }
  if (!endsPhrase(text, toks, slots, head.m, clauseEnd)) return undefined;
  return { o: head, relative, more: listedAfter(slots, head) };
}

/** The members of a list after `first` (限制 A、B 和 C): mentions each right after a joiner. */
function listedAfter(slots: Slot[], first: Slot): Placed[] {
  const out: Placed[] = [];
  let last = first;
  for (const s of slots) {
    if (s.from < last.m.end) continue;
    if (s.role !== 'co' || s.from !== last.m.end) break;
    out.push(s.m);
    last = s;
  }
  return out;
}

/**
 * Whether a name ends its noun phrase: 推动中国 AI 产业形成… or 带动服务器、AI 芯片…的需求 name only a
 * modifier of the object (产业, 需求), so no edge reaches the name. A verb, a preposition or the clause's
 * end closes the phrase; a noun right after it or a 的 before the next verb continues it.
 */
function endsPhrase(text: string, toks: Token[], slots: Slot[], m: Placed, clauseEnd: number): boolean {
  const rest = toks.filter((t) => t.start >= m.end && t.end <= clauseEnd && !slots.some((s) => t.start < s.m.end && t.end > s.m.start));
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i];
    if (/^[\p{P}\s]+$/u.test(t.word) && t.word !== '、') return true;
    if (t.word === '的' || t.word === '之') return false;
    // 推动人工智能与各行业深度融合: 与 B + verb makes the named thing part of a clause object.
    if (i === 0 && words().withPreps.includes(t.word)) return false;
    if (i === 0 && t.start === m.end && /^(?:n|nz|ng|nr|ns|nt|vn|j|eng|x|l)$/.test(t.tag) && !/^[“”"'（）()]/.test(t.word)) return false;
    if (t.tag === 'v' || t.tag === 'p' || t.tag === 'd' || t.tag === 'ul' || t.tag === 'uz') return true;
  }
  return true;
}

interface Frame {
  subject?: Slot;
  /** Further subjects joined to it by 、/和 (A、B 联合印发). */
  co: Placed[];
  /** Further targets listed after the first (将 A、B 等实体列入). */
  targets: Placed[];
  target?: Slot;
  partner?: Slot;
  agent?: Slot;
  passive?: Slot;
  lead: boolean;
}

/** What stands before a verb in its clause: the nearest core mention as subject, prepositional phrases in their roles. */
function frameBefore(toks: Token[], slots: Slot[], verb: Token, clauseStart: number, taken: Set<string>): Frame {
  const f: Frame = { lead: false, co: [], targets: [] };
  let edge = verb.start;
  // 将斯巴鲁株式会社等…20 家日本实体列入: 将/把 X reaches its verb over the rest of X's phrase.
  const cls = classOf(verb.word);
  const moved = cls === 'list' || cls === 'constrain' ? slots.filter((s) => s.role === 'disposal' && s.m.end <= verb.start && s.m.start >= clauseStart).pop() : undefined;
  if (moved) {
    f.target = moved;
    f.targets = listedAfter(slots, moved);
    edge = moved.from;
  }
  let pending: Placed[] = [];
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i];
    if (s.m.end > edge || s.role === 'alias') continue;
    const gap = freeTokens(toks, slots, s.m.end, edge);
    // 为遏制芬太尼而加征: 而 joins a purpose or a second predicate; what stands before it is no subject of the verb after.
    if (!onlyLead(gap) || gap.some((t) => words().barriers.includes(t.word))) break;
    edge = s.from;
    // 在现有关税之上再加征…: a name before a locative is a circumstance.
    if (gap[0] && gap[0].start === s.m.end && words().locatives.includes(gap[0].word)) continue;
    if (s.role === 'core') {
      if (!taken.has(s.m.id)) [f.subject, f.co] = [s, pending];
      break;
    }
    // 对镓、锗相关物项实施: members listed after a target are targets too; after a subject, subjects.
    if (s.role === 'co') pending.unshift(s.m);
    else if ((s.role === 'target' || s.role === 'disposal') && !f.target) [f.target, f.targets] = [s, [...f.targets, ...pending]];
    else if (s.role === 'with') f.partner ??= s;
    else if (s.role === 'agent') f.agent ??= s;
    else if (s.role === 'passive') f.passive ??= s;
    if (s.role !== 'co') pending = [];
  }
  f.lead = !f.subject && onlyLead(freeTokens(toks, slots, clauseStart, edge));
  return f;
}

export function zhClauseRelations(ctx: SentenceContext): void {
  readClauses(ctx);
  // Then again with the noun phrases no rule made a node, each a node only when its clause joins it to one.
  promoteArguments(ctx, readClauses);
}

function readClauses(ctx: ReaderContext): void {
  const { text } = ctx;
  const ms = topLevel(ctx);
  if (ms.length < 2) return;
  let carried: Placed | undefined;
  // 商务部发布公告，决定对镓实施出口管制: the measure carries over as subject, its issuer as actor.
  let carriedActor: Placed | undefined;
  for (const cl of clausesOf(text, ctx.start, ctx.end)) {
    const inClause = ms.filter((m) => m.start >= cl.start && m.end <= cl.end);
    const slots = inClause.map((m) => slotOf(text, m, cl.start));
    // 经中国国务院批准 / 对美国商务部: a name right after another in a prepositional phrase shares its role.
    for (let i = 1; i < slots.length; i++) {
      const [a, b] = [slots[i - 1], slots[i]];
      if (b.role === 'core' && a.role !== 'core' && a.role !== 'co' && !/\S/.test(text.slice(a.m.end, b.m.start))) slots[i] = { ...b, role: a.role, from: a.from };
    }
    for (let i = slots.length - 1; i >= 0; i--) if (slots[i].role === 'source') slots.splice(i, 1);
    const toks = solid(tagSpan(text, cl.start, cl.end));
    const verbs = toks.filter((t, i) => isClauseVerb(text, ctx.mentions, t, toks[i - 1]));
    let clauseSubject: Placed | undefined;
    let clauseActor: Placed | undefined;
    // 措施可能推动国产医疗装备加快替代进口: the object of one verb is no subject of the verb after it.
    const taken = new Set<string>();
    for (const v of verbs) {
      const f = frameBefore(toks, slots, v, cl.start, taken);
      const cls = classOf(v.word);
      const subject = f.subject?.m ?? (f.lead && !f.passive && !f.agent ? carried : undefined);
      const found = objectAfter(text, toks, slots, v, cl.end);
      const obj = found?.o.m;
      [ctx.verb, ctx.verbClass, ctx.carried] = [v.word, cls, !f.subject];
      const subjects = [subject, ...f.co];
      const objects = [obj, ...(found?.more ?? [])];
      for (const s of subjects) {
        for (const o of objects) {
          const actor = f.lead && !f.subject ? carriedActor : undefined;
          read(ctx, cl, v, cls, s, o, f, f.target?.m, actor);
          for (const t of f.targets) read(ctx, cl, v, cls, s, o, f, t, actor);
        }
      }
      if (obj) taken.add(obj.id);
      // 商务部发布出口管制措施，限制…: what the next clause constrains, the measure just issued does.
      if (cls === 'issue' && obj && EVENTS.includes(obj.label) && !f.target) {
        clauseSubject = obj;
        if (subject && words().issueSubjects.includes(subject.label)) clauseActor = subject;
      }
      else if (f.subject) clauseSubject ??= f.subject.m;
    }
    // 硬件长期受美国出口管制，制约了…: after 受/被 X, X is what acts in the clauses that follow.
    const passive = slots.find((x) => x.role === 'passive');
    if (passive) {
      // 关键量子硬件长期受美国出口管制: a restricting measure after 受/被 with no verb of its own constrains the subject.
      const bearer = slots.filter((x) => x.role === 'core' && x.m.end <= passive.from).pop();
      const onlyIt = !verbs.some((v) => v.start >= passive.m.end);
      if (bearer && onlyIt && restrictive(text, passive.m) && !ctx.linked(passive.m.id, bearer.m.id)) ctx.addEdge('CONSTRAINS', passive.m.id, bearer.m.id, modalityOf(text, cl.start, cl.end));
      clauseSubject = passive.m;
    }
    if (clauseSubject) [carried, carriedActor] = [clauseSubject, clauseActor];
  }
}

/** A verb of the clause: tagged so or of a class, outside every name, not a noun (的管制, 此次制裁, 管控名单), not a purpose (为遏制…而). */
function isClauseVerb(text: string, mentions: Placed[], t: Token, prev: Token | undefined): boolean {
  const w = words();
  if (!(isVerbTag(t.tag) || classOf(t.word) !== 'other') || w.noEdge.includes(t.word)) return false;
  if (mentions.some((m) => t.start < m.end && t.end > m.start)) return false;
  if (text[t.start - 1] === '的' || cueInNoun(text, t.end)) return false;
  if (prev && prev.end === t.start && (w.demonstratives.includes(prev.word) || w.purposeMarks.includes(prev.word))) return false;
  return true;
}

function read(ctx: SentenceContext, cl: Clause, v: Token, cls: VerbClass, subject: Placed | undefined, obj: Placed | undefined, f: Frame, target: Placed | undefined, actor?: Placed): void {
  const w = words();
  const modality = modalityWithout(ctx.text, cl.start, v.end, f.target?.role === 'disposal' ? f.target.from : undefined);
  const edge = (type: EdgeType, a: Placed | undefined, b: Placed | undefined) => {
    if (!a || !b || a.id === b.id || ctx.linked(a.id, b.id)) return;
    if (a.label === 'Place' && b.label === 'Place') return;
    // 电动汽车…征收反补贴税: a restricting measure is what constrains, never what is constrained by a thing.
    if (type === 'CONSTRAINS' && b.label === 'Policy' && restrictive(ctx.text, b) && !ACTORS.includes(a.label) && !EVENTS.includes(a.label)) return;
    ctx.addEdge(type, a.id, b.id, modality);
  };
  // 由 X 发布 / 由 X 牵头: what the clause is about (its subject, or the noun of 由 X 发布的 Y) comes from X.
  if (f.agent) {
    const thing = subject ?? obj;
    if (w.agentIssue.includes(v.word) && thing && EVENTS.includes(thing.label)) edge('ISSUED_BY', thing, f.agent.m);
    else if (w.agentInvolve.includes(v.word) && thing && EVENTS.includes(thing.label)) edge('INVOLVES', thing, f.agent.m);
    // 供应链乱局由荷方引发: X caused it.
    else if (cls === 'cause') edge('CAUSES', f.agent.m, thing);
    return;
  }
  // 华为被美国制裁: the one after 被 acts on the subject.
  if (f.passive) {
    if (cls === 'constrain') edge('CONSTRAINS', f.passive.m, subject);
    // 华为被列入实体清单: the list constrains the one put on it.
    else if (cls === 'list') edge('CONSTRAINS', obj, subject);
    else if (cls === 'cause') edge('CAUSES', f.passive.m, subject);
    return;
  }
  // 中方与荷方举行磋商: both sides take part in what they hold or sign.
  if (f.partner) {
    if (!w.withVerbs.includes(v.word)) return;
    if (obj && EVENTS.includes(obj.label)) {
      edge('INVOLVES', obj, subject);
      edge('INVOLVES', obj, f.partner.m);
    } else if (!obj && subject && PARTICIPANTS.includes(subject.label) && PARTICIPANTS.includes(f.partner.m.label)) edge('INVOLVES', subject, f.partner.m);
    return;
  }
  // 中方对民用出口予以豁免: a country puts a measure the shape rules did not name (an argument) in place for its government.
  const issuer = subject && (w.issueSubjects.includes(subject.label) || (subject.label === 'Place' && isArgument(obj))) ? subject : actor;
  // 对安世中国实施出口管制 / 将 20 家实体列入管控名单: the measure acts on the target, and its actor issues it.
  if (f.target && target) {
    if (f.target.role === 'disposal' && cls !== 'constrain' && cls !== 'list') return;
    const measure = obj && EVENTS.includes(obj.label) ? obj : undefined;
    if (cls === 'list') {
      edge('CONSTRAINS', obj, target);
      if (issuer && measure) edge('ISSUED_BY', measure, issuer);
    } else if (cls === 'constrain') {
      if (measure) {
        edge('CONSTRAINS', measure, target);
        if (issuer) edge('ISSUED_BY', measure, issuer);
      } else if (!obj) edge('CONSTRAINS', subject, target);
    } else if (cls === 'issue' && measure) {
      if (issuer) edge('ISSUED_BY', measure, issuer);
      // 对超硬材料实施出口管制: a restricting measure put on X constrains X; 对 X 发放豁免 only involves X.
      if (restrictive(ctx.text, measure)) edge('CONSTRAINS', measure, target);
      else
      if (PARTICIPANTS.includes(target.label) || target.label === 'Place') edge('INVOLVES', measure, target);
    }
    return;
  }
  if (cls === 'constrain') {
    edge('CONSTRAINS', subject, obj);
    // 停止向 X 供应 / 禁止对 X 出口: a constraining verb whose object is a clause acts on that clause's target.
    if (!obj) edge('CONSTRAINS', subject, targetOfNext(ctx, cl, v));
  } else if (cls === 'list') edge('CONSTRAINS', obj, subject && !issuer ? subject : undefined);
  // 促使欧盟重新评估…: a party after a causing verb is who is moved, not the effect.
  else if (cls === 'cause') edge('CAUSES', subject, obj && !ACTORS.includes(obj.label) ? obj : undefined);
  else if (cls === 'issue') {
    // PayPal 宣布裁员: an event announced involves its actor; a measure, document or product is issued.
    if (issuer && obj && obj.label === 'Event' && !w.publishVerbs.includes(v.word)) edge('INVOLVES', obj, issuer);
    else if (issuer && obj && w.issueObjects.includes(obj.label)) edge('ISSUED_BY', obj, issuer);
  } else if (subject && obj) {
    if (EVENTS.includes(subject.label) && PARTICIPANTS.includes(obj.label)) edge('INVOLVES', subject, obj);
    else if (EVENTS.includes(obj.label) && PARTICIPANTS.includes(subject.label)) edge('INVOLVES', obj, subject);
    else if (subject.label === 'Organization' && obj.label === 'Organization') edge('INVOLVES', subject, obj);
  }
}

/** How the clause states its fact, not counting the 将 that only moves the object (将 20 家实体列入…). */
function modalityWithout(text: string, from: number, to: number, disposalAt: number | undefined): Modality {
  if (disposalAt === undefined) return modalityOf(text, from, to);
  const a = modalityOf(text, from, disposalAt);
  const b = modalityOf(text, disposalAt + 1, to);
  return a === 'possible' || b === 'possible' ? 'possible' : a === 'expected' || b === 'expected' ? 'expected' : 'reported';
}

/** Whether a measure's words name a restriction (出口管制, 制裁, 关税, 管控名单). */
function restrictive(text: string, m: Placed): boolean {
  const span = text.slice(m.start, m.end);
  return words().restrictiveHeads.some((h) => span.includes(h));
}

/** 停止向 X 供应晶圆: the mention right after 向/对 that follows the verb, before the next verb. */
function targetOfNext(ctx: SentenceContext, cl: Clause, v: Token): Placed | undefined {
  const w = words();
  const toks = solid(tagSpan(ctx.text, v.end, Math.min(cl.end, v.end + 3)));
  if (!toks.length || toks[0].start !== v.end || !w.targetPreps.includes(toks[0].word)) return undefined;
  const target = topLevel(ctx).find((m) => m.start === toks[0].end && m.end <= cl.end);
  // 暂停对安世半导体行政令: 对 X before a noun names whose order it is, not what the verb acts on.
  const next = target && solid(tagSpan(ctx.text, target.end, Math.min(cl.end, target.end + 4)))[0];
  if (!next || next.start !== target!.end || next.tag !== 'v' && next.tag !== 'vn' || ctx.mentions.some((m) => m.start === next.start)) return undefined;
  return target;
}
