// CAUSES and CONSTRAINS from cue words within a sentence (cue lists in lexicon/cues.json). The
// subject is the nearest node before the cue in its clause, the object the nearest after; reverse
// cues (源于, 原因是, due to) swap them; 因 X 而 V / 以 X 为由 V make X the cause of what V did;
// A 与 B 互相钳制 constrains both ways; 对 X 的出口管制 and X 下的 Y read a policy's target.
import type { EdgeType, NodeLabel } from '../model/index.js';
import type { MentionRule } from './mention.js';
import { findCues, modalityOf, type CueHit } from './cues.js';
import { cues } from './lexicon.js';
import { cueInNoun } from './rules/false-edges.js';
import { nounPhraseStart, stripModifiers } from './rules/noun-phrase.js';
import { afterPreposition, contentStart, emptyLead, factors, objectStart, phraseBefore, shortDemonstrative } from './rules/zh-cue-phrases.js';
import { changedSubject, datedReferent, disposal, inRelativeClause, quotedSubject, rememberDates, zhCueObject } from './rules/zh-cue-sides.js';
import { alternation, clausesOf, isHan, tidy, type Clause } from './text.js';
import { zhRelationWords } from './rules/zh-release.js';
import { tagSpan } from './segment.js';
import { officialRelations } from './rules/official.js';
import { zhControlRelations } from './rules/zh-controls.js';
import { zhPurposeRelations } from './rules/zh-purpose.js';
import { zhShapeRelations } from './rules/zh-relation-shapes.js';
import { pivotDestination, zhCauseShapes } from './rules/zh-cause-shapes.js';
import { carriedTopic } from './rules/zh-carry-over.js';
import { englishRelations } from './rules/english-relations.js';
import { englishCueSubject } from './rules/english-clauses.js';
import type { SentenceContext } from './sentence.js';
import { forgetPerBriefing } from './per-briefing.js';

export interface Placed {
  id: string;
  label: NodeLabel;
  start: number;
  end: number;
  nested: boolean;
  /** The organisation a phrase names as its issuer (最高法院裁决 → the court). */
  issuer?: string;
  /** What a date written right before the mention means. */
  dateRole?: 'occurred' | 'period';
  /** The rule that found the mention. */
  rule?: MentionRule;
}

const NOT_SUBJECT: NodeLabel[] = ['Source', 'Briefing'];
const ACTING: NodeLabel[] = ['Policy', 'Event'];
/** Who acts: rarely what a measure constrains or causes unless named as its direct object or target. */
export const ACTORS: NodeLabel[] = ['Place', 'Organization', 'Person'];
const DEMONSTRATIVE = /这一|这些|这种|这|该|此|this|these|that/i;

export function clauseAt(clauses: Clause[], pos: number): Clause {
  return clauses.find((c) => pos >= c.start && pos < c.end) ?? clauses[clauses.length - 1];
}

export function topLevel(ctx: SentenceContext): Placed[] {
  return ctx.mentions.filter((m) => !m.nested && !NOT_SUBJECT.includes(m.label) && !ctx.outletIds.has(m.id));
}

const inside = (ms: Placed[], pos: number) => ms.some((m) => pos >= m.start && pos < m.end);
/**
 * The nearest mention ending before `to`; in English "export controls of advanced semiconductors"
 * the phrase is about its first noun, so step back over "X of Y".
 */
function before(ms: Placed[], from: number, to: number, text?: string): Placed | undefined {
  const list = ms.filter((m) => m.end <= to && m.start >= from);
  let at = list.length - 1;
  while (text && at > 0 && /^\s+(?:of|on|for|over)\s+(?:the\s+|advanced\s+|certain\s+|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several)\s+)*$/i.test(text.slice(list[at - 1].end, list[at].start))) at--;
  return list[at];
}
const after = (ms: Placed[], from: number, to: number) => ms.find((m) => m.start >= from && m.end <= to);

/**
 * The head of the phrase that starts with `first`: Chinese noun phrases end in their head
 * (中国国产 AI 芯片的替代进程 is about 替代, not 中国), so follow mentions that come right after
 * one another (at most a few characters, no punctuation, verb or conjunction between).
 */
function headOf(text: string, ms: Placed[], first: Placed | undefined, to: number): Placed | undefined {
  let head = first;
  while (head) {
    const next = ms.find((m) => m.start >= head!.end && m.end <= to);
    if (!next || next.start - head.end > 4 || !/^[^，。；：,;:、与和及是为在对将把被使让\s]*\s?[^，。；：,;:、与和及是为在对将把被使让\s]*$/.test(text.slice(head.end, next.start))) break;
    const gap = text.slice(head.end, next.start);
    // English: Trump’s IEEPA tariffs is about the tariffs; any other Latin word ends the phrase.
    if (/[A-Za-z]/.test(gap) && !/^[’']s\s+$/.test(gap)) break;
    head = next;
  }
  return head;
}

function add(ctx: SentenceContext, type: EdgeType, from: Placed | string | undefined, to: Placed | string | undefined, clause: Clause): void {
  const f = typeof from === 'string' ? from : from?.id;
  const t = typeof to === 'string' ? to : to?.id;
  if (!f || !t || f === t) return;
  ctx.addEdge(type, f, t, modalityOf(ctx.text, clause.start, clause.end));
}

/** The side of a cue with no node of its own: 这一增长 → the salient node of the previous sentence. */
function referredBack(ctx: SentenceContext, from: number, to: number): string | undefined {
  return DEMONSTRATIVE.test(ctx.text.slice(from, to)) ? ctx.previousSalient : undefined;
}

/** The first node (not a place) of the sentence read last, for 受此影响 in the sentence right after it. */
let lastLead: { text: string; end: number; id?: string } | undefined;
forgetPerBriefing(() => {
  lastLead = undefined;
});
function previousLead(ctx: SentenceContext): string | undefined {
  if (!lastLead || lastLead.text !== ctx.text || lastLead.end > ctx.start) return undefined;
  return /^[^\S\n]*\n?[^\S\n]*$/.test(ctx.text.slice(lastLead.end, ctx.start)) ? lastLead.id : undefined;
}

/**
 * 这一增长 / 这一“恐怖平衡”使得… (at the start of the sentence) refers to the previous sentence; 这些限制
 * or 这一…的安排 later in a sentence to the policy or event its earlier clauses named.
 */
function zhReferredBack(ctx: SentenceContext, ms: Placed[], cl: Clause, said: number, cueAt: number): Placed | string | undefined {
  if (!DEMONSTRATIVE.test(ctx.text.slice(cl.start, cueAt))) return undefined;
  const opening = !ms.some((m) => m.start >= said && m.end <= cl.start);
  if (opening || shortDemonstrative(ctx.text, cl.start, cueAt)) return referredBack(ctx, cl.start, cueAt);
  return before(ms.filter((m) => ACTING.includes(m.label)), said, cl.start) ?? referredBack(ctx, cl.start, cueAt);
}

export function cueRelations(ctx: SentenceContext): void {
  const c = cues();
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  const all = ctx.mentions;
  const clauses = clausesOf(text, start, end);

  // A forward cue inside a reverse one (驱动 in 驱动力是) is not a cue of its own.
  const reverseHits = findCues('causes.reverse', c.causes.reverse, text, start, end);
  // Forward cues in text order, so a clause without a subject can take the one the clause before used.
  const forward = [
    ...findCues('causes.forward', c.causes.forward, text, start, end).map((h) => ({ ...h, type: 'CAUSES' as EdgeType })),
    ...findCues('constrains.forward', c.constrains.forward, text, start, end).map((h) => ({ ...h, type: 'CONSTRAINS' as EdgeType })),
  ].sort((a, b) => a.start - b.start);
  let lastSubject: Placed | string | undefined;
  for (const hit of forward) {
    if (inside(all, hit.start)) continue;
    if (reverseHits.some((r) => hit.start < r.end && hit.end > r.start)) continue;
    const cl = clauseAt(clauses, hit.start);
    const zh = isHan(hit.word[0]);
    // X 的带动/推动: the cue is a noun there, its effect not after it.
    if (zh && text[hit.start - 1] === '的') continue;
    if (zh && cueInNoun(text, hit.end)) continue;
    if (zh && (threatensAnAct(text, hit) || inRelativeClause(text, hit.end, cl.end))) continue;
    let subj: Placed | string | undefined = before(zh ? ms.filter((m) => !afterPreposition(text, m)) : ms, cl.start, hit.start, text);
    const objFrom = zh ? objectStart(text, hit.end, cl.end) : hit.end;
    const first = after(ms, objFrom, cl.end);
    let obj: Placed | string | undefined = headOf(text, ms, first, cl.end);
    if (zh) obj = zhCueObject(ctx, ms, hit, objFrom, cl.end, first, obj as Placed | undefined);
    else if (englishAdjective(text, hit.start, cl.start)) continue;
    // An actor is a cue's object only when named right after it ('forced China', 'target Huawei').
    else if (obj && ACTORS.includes((obj as Placed).label) && !/^\s*(?:the\s+)?$/i.test(text.slice(hit.end, (obj as Placed).start))) obj = undefined;
    // A clause without a subject continues the sentence's topic; an object is never sought beyond the
    // clause (进一步收紧，加速… has none). In Chinese, 安全审查促使… names the subject right before the
    // cue, …，推动人工智能…，加快形成… carries the subject of the cue before, and a clause with words
    // of its own before the cue (但终端需求不足可能制约…) borrows none.
    // 将中国企业排除在…之外: the name after 将/把 is the object; the subject stands before 将, or acted earlier.
    const moved = zh ? disposal(ctx, ms, cl.start, hit.start) : undefined;
    if (moved) {
      obj = moved.object;
      subj = before(ms.filter((m) => !afterPreposition(text, m) && !ACTORS.includes(m.label)), cl.start, moved.at) ?? lastSubject ?? before(ms.filter((m) => ACTING.includes(m.label)), start, cl.start);
    }
    if (zh && !moved) {
      // Karremans 称这一做法…，只针对…: the speaker is not the subject of what he said.
      const said = contentStart(text, start, cl.start);
      subj ??= quotedSubject(ctx, cl.start, hit.start) ?? zhReferredBack(ctx, ms, cl, said, hit.start) ?? phraseBefore(ctx, cl.start, hit.start);
      if (!subj && !emptyLead(text, Math.max(cl.start, said), hit.start)) subj = changedSubject(ctx, Math.max(cl.start, said), hit.start);
      // 退出中国将削弱…: a place right after a verb is that verb's object; the act is the subject.
      if (subj && typeof subj !== 'string' && ACTORS.includes(subj.label) && objectOfVerb(text, subj, cl.start)) subj = changedSubject(ctx, Math.max(cl.start, said), hit.start);
      // …深入实施“人工智能+”行动，涌现…，加快培育发展新质生产力: a policy or event named earlier acts.
      if (!subj && emptyLead(text, cl.start, hit.start)) subj = lastSubject ?? carriedTopic(ctx) ?? before(ms.filter((m) => ACTING.includes(m.label)), said, hit.start) ?? before(ms, said, hit.start);
    } else if (!zh) {
      // English: "the deficit that … and furthered X", "tariffs could drive up prices and threaten X" (rules/english-clauses.ts).
      subj = englishCueSubject(text, ms, cl.start, hit.start) ?? subj;
      subj ??= referredBack(ctx, cl.start, hit.start) ?? before(ms, start, hit.start);
    }
    if (hit.type === 'CONSTRAINS' && isMutual(text, cl.start, hit.start)) {
      const pair = ms.filter((m) => m.end <= hit.start && m.start >= cl.start).slice(-2);
      if (pair.length === 2) {
        add(ctx, hit.type, pair[0], pair[1], cl);
        add(ctx, hit.type, pair[1], pair[0], cl);
        continue;
      }
    }
    add(ctx, hit.type, subj, obj, cl);
    if (zh && obj) for (const m of listedWith(text, ms, obj, objFrom, cl.end)) add(ctx, hit.type, subj, m, cl);
    // 促使…需求转向华为昇腾: the cause also reaches what the demand turns to.
    if (zh && hit.type === 'CAUSES') add(ctx, hit.type, subj, pivotDestination(ctx, ms, objFrom, cl.end), cl);
    lastSubject = subj ?? lastSubject;
  }
  for (const hit of reverseHits) {
    if (inside(all, hit.start)) continue;
    const cl = clauseAt(clauses, hit.start);
    // EFFECT 源于 CAUSE: the effect may sit earlier in the sentence, the cause later. 理由是中方即将实施
    // “大规模出口管制”: the reason is the measure its clause names, not the actor before it.
    let cause = headOf(text, ms, after(ms, hit.end, end), end);
    if (cause && ACTORS.includes(cause.label)) cause = ms.find((m) => m.start >= cause!.end && m.end <= clauseAt(clauses, cause!.start).end && !ACTORS.includes(m.label)) ?? cause;
    // A cue opening its own clause (…，理由是… / …, in response to U.S. tariffs) explains the measure or
    // event the sentence named before it, never merely the nearest name.
    const effect = before(ms, cl.start, hit.start) ?? referredBack(ctx, cl.start, hit.start) ?? explained(text, ms, start, hit.start, cause);
    add(ctx, 'CAUSES', cause, effect, cl);
  }

  // 因 X 而推迟 / 以 X 为由进行裁员: X causes what the verb after it did, or the event before it.
  // 受此影响，Y…: 此 is what the previous sentence led with; 受 A、B 等因素影响，Y…: each named factor.
  for (const { open, close } of c.causes.circumfix) {
    for (const o of findCues(`open:${open}`, [open], text, start, end)) {
      if (inside(all, o.start) || (open === '因' && /[素此为果]/.test(text[o.end] ?? '')) || /[原基诱]/.test(text[o.start - 1] ?? '')) continue;
      const closeAt = text.indexOf(close, o.end);
      if (closeAt < 0 || closeAt - o.end > 40 || closeAt >= end) continue;
      const zh = isHan(open[0]);
      let causes: (Placed | string | undefined)[] = ms.filter((m) => m.start >= o.end && m.end <= closeAt);
      // 因美方新增许可要求而: the place only says whose requirement; the requirement is the cause.
      if (zh) causes = (causes as Placed[]).filter((m) => !ACTORS.includes(m.label) || !isHan(text[m.end]) || m.end >= closeAt);
      if (!causes.length && zh) causes = /^[此这该]/.test(text.slice(o.end, closeAt)) ? [previousLead(ctx) ?? ctx.previousSalient] : factors(ctx, o.end, closeAt);
      if (!causes.length) continue;
      const cl = clauseAt(clauses, o.start);
      // 受…影响，PMI 降至 49.3%: with nothing after the close in its clause, the effect leads the next one.
      const restOfClause = !/^[\s\p{P}]*$/u.test(text.slice(closeAt + close.length, cl.end));
      const effect =
        (restOfClause || !zh ? after(ms.filter((m) => !ACTORS.includes(m.label)), closeAt + close.length, cl.end) : ms.find((m) => m.start >= cl.end && m.label !== 'Place')) ??
        [...ms].reverse().find((m) => m.end <= o.start && (m.label === 'Event' || m.label === 'Policy')) ??
        (zh ? before(ms, cl.start, o.start) ?? phraseBefore(ctx, cl.start, o.start) : before(ms, start, o.start));
      for (const x of causes) add(ctx, 'CAUSES', x, effect, cl);
    }
  }

  // 由于 X，Y: what the marked clause names causes the first node of the next clause.
  for (const hit of findCues('causes.causeClause', c.causes.causeClause, text, start, end)) {
    const i = clauses.indexOf(clauseAt(clauses, hit.start));
    const next = clauses[i + 1];
    if (!next) continue;
    // 由于 CT、MRI 等设备此前由欧洲企业主导: the companies named are the circumstance, not a cause.
    const cause = ms.find((m) => m.start >= hit.end && m.end <= clauses[i].end && !ACTORS.includes(m.label));
    // …等高端影像设备此前由欧洲企业主导: a clause whose agent is named after the thing states a situation, not a cause.
    if (cause && ms.some((m) => m.start >= cause.end && m.end <= clauses[i].end && ACTORS.includes(m.label))) continue;
    add(ctx, 'CAUSES', cause, after(ms.filter((m) => !ACTORS.includes(m.label)), next.start, next.end), clauses[i]);
  }

  // 最高法院裁决后的关税体系重建: the event named before 后 causes what follows it.
  for (const hit of findCues('causes.after', c.causes.after, text, start, end)) {
    const cl = clauseAt(clauses, hit.start);
    const x = [...ms].reverse().find((m) => m.end <= hit.end && hit.start - m.end <= 2 && m.label === 'Event');
    const y = ms.find((m) => m.start >= hit.end && m.end <= Math.min(end, cl.end + 1) && (m.label === 'Event' || m.label === 'Policy'));
    add(ctx, 'CAUSES', x, y, cl);
  }

  lastLead = { text, end, id: ms.find((m) => m.label !== 'Place')?.id };
  rememberDates(ctx, ms);
  underRelations(ctx, ms, clauses);
  targetRelations(ctx, ms, clauses);
  limitRelations(ctx, ms, clauses);
  officialRelations(ctx);
  zhControlRelations(ctx);
  zhPurposeRelations(ctx);
  zhShapeRelations(ctx, ms);
  zhCauseShapes(ctx, ms);
  englishRelations(ctx);
}

/** 制约国内工业软件和 EDA 等环节: the other members of a list the object heads, when the list ends its clause or runs into 等. */
let joinerRe: RegExp | undefined;
function listedWith(text: string, ms: Placed[], first: Placed | string, objFrom: number, clauseEnd: number): Placed[] {
  // Built once: the joiner words are loaded data and this runs for every cue with an object.
  const joiner = (joinerRe ??= new RegExp(`^\\s*(?:${alternation(zhRelationWords().enumeration.joiners)})\\s*$`, 'u'));
  // An object made of words (国内工业软件) ends where the first joiner starts.
  const firstEnd = typeof first === 'string' ? objFrom + (/^\s*[^，。；,;、和及与或的\s]+/u.exec(text.slice(objFrom, clauseEnd))?.[0].length ?? 0) : first.end;
  const actor = typeof first !== 'string' && ACTORS.includes(first.label);
  const out: Placed[] = [];
  let end = firstEnd;
  for (const m of ms.filter((x) => x.start >= firstEnd && x.end <= clauseEnd)) {
    if (!joiner.test(text.slice(end, m.start))) break;
    out.push(m);
    end = m.end;
  }
  const rest = text.slice(end, clauseEnd).trim();
  const ends = !rest || /^[，。；,;]/u.test(rest) || zhRelationWords().enumeration.closes.some((c) => rest.startsWith(c));
  return ends && out.every((m) => ACTORS.includes(m.label) === actor) ? out : [];
}

const EXPLAINED: NodeLabel[] = ['Policy', 'Event', 'Concept'];
/** The measure or event a reason explains: the last one named before it, other than the reason, and not a law it cites. */
function explained(text: string, ms: Placed[], from: number, to: number, cause: Placed | undefined): Placed | undefined {
  return [...ms].reverse().find((m) => m.start >= from && m.end <= to && EXPLAINED.includes(m.label) && m.id !== cause?.id && !cited(text, m));
}

/** 依据《货物供应法》/ 援引《…》: a law cited as the ground of an act. */
let citingRe: RegExp | undefined;
export function cited(text: string, m: Placed): boolean {
  citingRe ??= new RegExp(`(?:${cues().constrains.citing.join('|')})\\s*[《“"]?\\s*$`);
  return citingRe.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/** 'limited restrictions', 'were restricted': an -ed cue after a determiner or a form of 'be' is no verb of its subject. */
function englishAdjective(text: string, at: number, clauseStart: number): boolean {
  // Opening its clause (", limited restrictions on…"), the word has no subject to be the verb of.
  if (!/[A-Za-z0-9]/.test(text.slice(clauseStart, at))) return true;
  const prev = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  // "(Regulating Imports … That Contribute to …)": a capitalised cue inside a bracketed title is a word of the title.
  const lead = text.slice(Math.max(0, at - 200), at);
  if (/^[A-Z]/.test(text[at]) && lead.lastIndexOf('(') > lead.lastIndexOf(')')) return true;
  // "a series of targeted updates": an -ed word right after a preposition is an adjective.
  if (/^[A-Za-z]+ed\b/.test(text.slice(at, at + 30)) && !!prev && cues().constrains.participleAfter.includes(prev)) return true;
  return !!prev && cues().constrains.adjectiveAfter.includes(prev);
}

function objectOfVerb(text: string, m: Placed, from: number): boolean {
  const prev = tagSpan(text, Math.max(from, m.start - 4), m.start).filter((t) => /\S/.test(t.word)).pop();
  return !!prev && prev.end === m.start && prev.tag.startsWith('v');
}

function threatensAnAct(text: string, hit: CueHit): boolean {
  const t = cues().constrains.threatenTo;
  const rest = text.slice(hit.end, hit.end + 6).trimStart();
  return t.cues.includes(hit.word) && t.followedBy.some((w) => rest.startsWith(w));
}

function isMutual(text: string, from: number, cueStart: number): boolean {
  const lead = text.slice(Math.max(from, cueStart - 4), cueStart);
  return cues().constrains.mutual.some((w) => lead.includes(w));
}

/** 出口管制下的 AI 算力困境: a policy constrains what is under it. */
function underRelations(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { markers, notFollowedBy } = cues().constrains.under;
  for (const p of ms) {
    if (p.label !== 'Policy') continue;
    const rest = ctx.text.slice(p.end, Math.min(ctx.end, p.end + 4));
    const marker = markers.find((mk) => rest.startsWith(mk));
    if (!marker) continue;
    const tail = rest.slice(marker.length);
    if (marker === '下' && notFollowedBy.some((w) => tail.startsWith(w))) continue;
    const cl = clauseAt(clauses, p.start);
    // 出口管制下的中国企业 constrains the companies, not the country that only says whose they are.
    const under = after(ms, p.end + marker.length, cl.end);
    if (under && ACTORS.includes(under.label) && isHan(ctx.text[under.end] ?? '')) continue;
    add(ctx, 'CONSTRAINS', p, under, cl);
  }
}

let targetRe: RegExp | undefined;

/** 对中国 AI 产业的出口管制 / 对华出口限制: the policy constrains its target. */
function targetRelations(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const t = cues().constrains.target;
  for (const p of ms) {
    if (p.label !== 'Policy') continue;
    const cl = clauseAt(clauses, p.start);
    const lead = ctx.text.slice(cl.start, p.start);
    const abbr = Object.keys(t.abbreviations).find((a) => lead.trimEnd().endsWith(a));
    if (abbr) {
      add(ctx, 'CONSTRAINS', p, ctx.nodeFor(t.abbreviations[abbr]), cl);
      continue;
    }
    targetRe ??= new RegExp(`${t.open}([^${t.open}]{1,24}?)${t.close}\\s*$`);
    const m = targetRe.exec(lead);
    if (!m) continue;
    const from = cl.start + m.index + t.open.length;
    const target = before(ms, from, from + m[1].length);
    // 对原产于欧盟的进口相关白兰地…征收反倾销税: the EU only says where the brandy comes from.
    if (target && ACTORS.includes(target.label) && /[\p{Script=Han}A-Za-z]/u.test(ctx.text.slice(target.end, from + m[1].length))) continue;
    add(ctx, 'CONSTRAINS', p, target, cl);
  }
}

/** 为双方设定了关键谈判时间窗口: what sets a window or deadline constrains what the window is for. */
function limitRelations(ctx: SentenceContext, ms: Placed[], clauses: Clause[]): void {
  const { cues: words, requires } = cues().constrains.setsLimit;
  for (const hit of findCues('constrains.setsLimit', words, ctx.text, ctx.start, ctx.end)) {
    const cl = clauseAt(clauses, hit.start);
    const req = findCues('constrains.setsLimit.requires', requires, ctx.text, hit.end, cl.end)[0];
    if (!req) continue;
    // 11 月 10 日这一截止时间，也为双方…会晤设定了谈判窗口: the subject stands before 为, the beneficiary after it.
    const wei = ctx.text.lastIndexOf('为', hit.start);
    const lead = wei >= cl.start ? wei : hit.start;
    const subj = before(ms, cl.start, lead) ?? datedReferent(ctx, ctx.start, lead) ?? (wei >= cl.start ? undefined : before(ms, ctx.start, hit.start));
    const phraseStart = nounPhraseStart(ctx.text, hit.end, req.start, 12);
    const phrase = stripModifiers(tidy(ctx.text.slice(phraseStart, req.end)));
    if (phrase.length < 3) continue;
    add(ctx, 'CONSTRAINS', subj, ctx.nodeFor(phrase, 'Concept'), cl);
  }
}
