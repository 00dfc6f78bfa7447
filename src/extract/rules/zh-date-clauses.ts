// Chinese clause shapes that say which node a date belongs to, beyond date + verb + object
// (rules/zh-dates.ts):
// - a list: 美国国防部 6 月 8 日扩充“1260H 清单” / 2 月 24 日，商务部…将 A 列入 X 名单，将 B 列入 Y 名单 →
//   each list after its verb takes the date; so does a date heading a report (据 X 6 月 22 日报道，…);
// - an announcement heading a colon: 中方 6 月 22 日出台两项措施：商务部将…列入出口管制管控名单，… → the
//   lists and issues after the colon are those measures, of that day;
// - an agent between a thing and its date: 该法案由欧盟委员会于 3 月 4 日提出 → the bill's start;
// - a suspension's end: …禁止性条款仍处于暂停状态，暂停期将于 2026 年 11 月 27 日到期 → the end
//   (expiry) of the measure named before, not of whatever follows;
// - an official text's signature (an organisation line, then a date line, at its end) dates the
//   lists its sentences put names on, when nothing else dates them.
// Words: lexicon/temporal.json `clauses`.
import type { Evidence, GraphNode, IsoDate } from '../../model/index.js';
import { isDatable, opens } from '../dates/attach.js';
import { escapeRegExp, lexicon as T } from '../dates/lexicon.js';
import type { Placed } from '../relations.js';
import type { DateContext } from '../temporal.js';
import { hasStart, setEnd, setStart } from '../temporal.js';
import { alternation } from '../text.js';

const CJK = /[\u3400-\u9fff]/;
const CLAUSE_END = /[，,。；;！？!?：:]/;
const SENTENCE_END = /[。；;！？!?]/;
/** Between a list verb and the list: quotes, title marks, markup, 了, a list code (1260H“…”). */
const LIST_NEXT = /^[\s“”"《〈*了]*$/;
const PASSIVE = /(?:被|已|曾)\s*$/;
/** After a list, what makes it a modifier of a noun (实体清单企业, 清单的): the list was not made then. */
const MODIFIES = /^\s*(?:的|企业|公司|实体|中)/;
/** Between a date and a list verb in the date's own clause: an adverb, or 将/把 and what is listed. */
const TO_LIST_VERB = /^[\s*]*(?:(?:又|再次|正式|已|还|也|同时|首次|分别)[\s*]*)*(?:(?:将|把)[^，,。；;：:]{0,60}?)?(?:(?:新增|再次|正式|分别|一并)[\s*]*)?$/;

/** Lists put a name on (or updated) after `from`, up to `to`: the first datable mention after each list verb. */
function listsAfter(ctx: DateContext, from: number, to: number, listRe: RegExp, anyGap: boolean): Placed[] {
  const { text } = ctx;
  const out: Placed[] = [];
  listRe.lastIndex = from;
  for (let v = listRe.exec(text); v && v.index < to; v = listRe.exec(text)) {
    if (!anyGap && !TO_LIST_VERB.test(text.slice(from, v.index))) break;
    // 消息人士称美国可能将…列入 / 发言人表示，美方将…列入…是错误的: not an act of that day.
    if (T.clauses.notActs.some((w) => text.slice(from, v.index).includes(w))) break;
    const verbEnd = v.index + v[0].length;
    const m = ctx.mentions.find((m) => !m.nested && m.start >= verbEnd && m.end <= to);
    // 被列入实体清单企业 / 已列入…的: a name already on the list, no listing of that day.
    const modifier = PASSIVE.test(text.slice(Math.max(from, v.index - 2), v.index)) || (m && MODIFIES.test(text.slice(m.end, m.end + 2)));
    if (m && !modifier && LIST_NEXT.test(text.slice(verbEnd, m.start)) && isDatable(text, m) && m.label === 'Policy') out.push(m);
    if (!anyGap) break;
  }
  return out;
}

// The clause patterns, built once from the word lists of temporal.json `clauses`.
const W = T.clauses;
const alt = (ws: string[]) => alternation(ws, escapeRegExp);
const listRe = new RegExp(alt(W.listVerbs), 'g');
const issueRe = new RegExp(alt(T.attach.actionVerbsChinese));
const issueAllRe = new RegExp(issueRe.source, 'g');
const agentRe = new RegExp(`(?:${alt(W.agentMarkers)})[^，,。；;：:]{1,24}?(?:于|在)[\\s*]*$`);
const proposalRe = new RegExp(`^[\\s*]*(?:正式|首次|已)?[\\s*]*(?:${alt(W.proposalVerbs)})`);
const suspensionRe = new RegExp(`(?:${alt(W.suspensions)})[^，,。；;]{0,6}$`);
const leadRe = new RegExp(`^[\\s*]*(?:${alt(W.reportLead)})?[\\s*]*[，,]`);
const productRe = new RegExp(`^[\\s*]*(?:正式|首次)?[\\s*]*(?:${alt(W.productVerbs)})`);
const atRe = new RegExp(`^[\\s*]*(?:${alt(W.atEvent)})`);
const heldRe = new RegExp(`^[\\s*]*(?:正式|隆重|在[^，,。；;]{1,12}?)?[\\s*]*(?:${alt(W.heldVerbs)})`);
const hostRe = new RegExp(`(?:${alt(W.hostVerbs)})[\\s“”"《*]*$`);
const launchRe = new RegExp(`^[\\s“”"》*]*(?:${alt(W.launchEvents)})`);
const hostsLaunchRe = new RegExp(`(?:${alt(W.hostVerbs)})[^，,。；;]*?(?:${alt(W.launchEvents)})`);
const serialRe = new RegExp(`^[\\s*]*(?:(?:${alt(W.serialLinks)})[\\s*]*)?(?:${alt(T.attach.actionVerbsChinese)})`);
/** Between a date and the event it finds someone at: 在, and the edition year of the event (在2025广州车展上). */
const AT_GAP = /^[\s*]*在[\s*]*(?:\d{4}\s*年?)?[\s*“”"《]*$/;
/** 据中华网报道，11 月 13 日，…: a report's lead before a date standing alone. */
const LEAD_BEFORE = /^[\s*]*据[^，,。；;]{1,40}?(?:报道|消息|显示)[\s*]*[，,][\s*]*$/;

/** Objects of list verbs in sentences with no date, for the signature date of an official text. */
const undatedLists = new WeakSet<GraphNode>();

export function zhClauseDates(ctx: DateContext): void {
  const { text } = ctx;
  if (!CJK.test(text.slice(ctx.start, ctx.end))) return;
  const ev = () => ctx.evidence();
  const start = (m: Placed | undefined, value: IsoDate) => {
    const node = m && ctx.node(m.id);
    if (node && !hasStart(node)) setStart(node, value, ev());
  };

  if (!ctx.expressions.length) {
    for (const m of listsAfter(ctx, ctx.start, ctx.end, listRe, true)) {
      const node = ctx.node(m.id);
      if (node) undatedLists.add(node);
    }
    return;
  }
  for (const [i, x] of ctx.expressions.entries()) {
    if (x.kind !== 'point' || x.value.start.length < 10 || (x.vague && !T.sameDay.includes(x.text))) continue;
    // 2026 年第 11 号公告 is a number, not the next date.
    const nextDate = ctx.expressions.slice(i + 1).find((y) => !(y.value.start.length === 4 && /^\s*第/.test(text.slice(y.end, y.end + 3))))?.start ?? ctx.end;
    const clauseStart = lastBreak(text, ctx.start, x.start);
    const before = text.slice(clauseStart, x.start);
    const after = text.slice(x.end, ctx.end);
    // 2 月 24 日，商务部… / 据 Benchmark Mineral Intelligence 6 月 22 日报道，商务部…: the date is the day of
    // what the sentence goes on to do, up to the next date.
    const alone = /^[\s*]*[，,]/.test(after);
    const heads =
      (alone && (opens(text.slice(ctx.start, x.start)) || LEAD_BEFORE.test(text.slice(ctx.start, x.start)))) || (/^[\s*]*据/.test(before) && leadRe.test(after));
    // 中方 6 月 22 日同日出台两项对美限制措施：…: what follows the colon is what was issued that day.
    const colon = /^[^，,。；;]*[：:]/.exec(after);
    const issuesBeforeColon = colon && issueRe.test(colon[0]);
    const reach = heads ? nextDate : ctx.end;
    if (heads || issuesBeforeColon) {
      const from = heads ? x.end : x.end + colon![0].length;
      const to = Math.min(reach, from + (SENTENCE_END.exec(text.slice(from, ctx.end))?.index ?? ctx.end - from));
      for (const m of listsAfter(ctx, from, to, listRe, true)) start(m, x.value.start);
      if (issuesBeforeColon) for (const m of issuedAfter(ctx, from, to)) start(m, x.value.start);
      // 据中华网报道，11 月 13 日，2025 四川低空经济产业链生态大会举行: the event held that day.
      if (heads) for (const m of heldAfter(ctx, from, to)) start(m, x.value.start);
    } else {
      // 美国国防部 6 月 8 日扩充“1260H 清单” / 6 月 8 日将 65 家实体新增列入…清单: the date's own clause.
      const clauseEnd = x.end + (CLAUSE_END.exec(after)?.index ?? after.length);
      for (const m of listsAfter(ctx, x.end, Math.min(clauseEnd, nextDate), listRe, false)) start(m, x.value.start);
    }
    // 该法案由欧盟委员会于 3 月 4 日提出: the thing before the agent is what was proposed.
    const agent = agentRe.exec(before);
    if (agent && proposalRe.test(after)) {
      // “祖冲之三号”由…团队于今年 3 月 3 日发布: a product is dated by its release.
      const released = productRe.test(after);
      const subject = [...ctx.mentions]
        .reverse()
        .find((m) => !m.nested && m.end <= clauseStart + agent.index && m.start >= clauseStart && (isDatable(text, m) || (released && m.label === 'Product')));
      start(subject, x.value.start);
    }
    // 冯兴亚昨日在2025广州车展上表示: the event the date finds someone at.
    const atEvent = ctx.mentions.find((m) => !m.nested && m.start >= x.end && m.label === 'Event' && AT_GAP.test(text.slice(x.end, m.start)));
    if (atEvent && atRe.test(text.slice(atEvent.end, atEvent.end + 6))) start(atEvent, x.value.start);
    // 6 月 29 日主持“三极大跃进超大型项目”发布会 / 当天在首尔总统府主持发布会，公布“…”: what a launch announces.
    for (const m of launched(ctx, x.end, nextDate)) start(m, x.value.start);
    // …仍处于暂停状态，暂停期将于 2026 年 11 月 27 日到期: the suspended measure ends (expires) then.
    if (suspensionRe.test(before) && (x.cue === 'expires' || x.cue === 'ends')) {
      const measure = [...ctx.mentions].reverse().find((m) => !m.nested && m.end <= clauseStart && m.label === 'Policy');
      const node = measure && ctx.node(measure.id);
      if (node && !node.end) setEnd(node, x.value.end ?? x.value.start, 'expires', ev());
    }
  }
}

/** Events in [from, to) followed by a verb of holding them (大会举行, 峰会在北京召开). */
function heldAfter(ctx: DateContext, from: number, to: number): Placed[] {
  return ctx.mentions.filter((m) => !m.nested && m.label === 'Event' && m.start >= from && m.end <= to && heldRe.test(ctx.text.slice(m.end, m.end + 16)));
}

/**
 * What a date's launch announces: “X” between a hosting verb and a launch event in the date's own
 * clause (主持“X”发布会), or the object of an issuing verb opening the clauses right after a clause
 * that holds the launch (当天在首尔总统府主持发布会，公布“X”), while they keep its subject.
 */
function launched(ctx: DateContext, from: number, to: number): Placed[] {
  const { text } = ctx;
  const clauseEnd = (pos: number) => pos + (CLAUSE_END.exec(text.slice(pos, to))?.index ?? to - pos);
  const own = clauseEnd(from);
  const out: Placed[] = [];
  let hosts = false;
  for (const m of ctx.mentions) {
    if (m.nested || m.start < from || m.end > own) continue;
    if (hostRe.test(text.slice(from, m.start)) && launchRe.test(text.slice(m.end, m.end + 8))) {
      if (isDatable(text, m)) out.push(m);
      hosts = true;
    }
  }
  hosts ||= hostsLaunchRe.test(text.slice(from, own));
  if (!hosts) return out;
  // The clauses after it, while each opens with an issuing verb (公布“X”, 并发布…).
  for (let pos = own + 1; pos < to; ) {
    const end = clauseEnd(pos);
    const verb = serialRe.exec(text.slice(pos, end));
    if (!verb) break;
    const m = ctx.mentions.find((m) => !m.nested && m.start >= pos + verb[0].length && m.end <= end);
    if (m && LIST_NEXT.test(text.slice(pos + verb[0].length, m.start)) && isDatable(text, m)) out.push(m);
    pos = end + 1;
  }
  return out;
}

/** The mention right after each match of `verbs` (a global pattern) between `from` and `to` that `keep` accepts. */
function afterVerbs(text: string, verbs: RegExp, mentions: Placed[], from: number, to: number, keep: (m: Placed) => boolean): Placed[] {
  verbs.lastIndex = from;
  const out: Placed[] = [];
  for (let v = verbs.exec(text); v && v.index < to; v = verbs.exec(text)) {
    const verbEnd = v.index + v[0].length;
    const m = mentions.find((m) => !m.nested && m.start >= verbEnd && m.end <= to);
    if (m && LIST_NEXT.test(text.slice(verbEnd, m.start)) && keep(m)) out.push(m);
  }
  return out;
}

/** What the issuing verbs after `from` issue: the mention right after each. */
function issuedAfter(ctx: DateContext, from: number, to: number): Placed[] {
  return afterVerbs(ctx.text, issueAllRe, ctx.mentions, from, to, (m) => isDatable(ctx.text, m));
}

/** Where the clause holding `pos` starts (after the last comma or stop before it). */
function lastBreak(text: string, floor: number, pos: number): number {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_END.test(text[i])) return i + 1;
  return floor;
}

/**
 * 商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定: in a headline or
 * document line, what its issuing verbs issue (the front matter's date is theirs too).
 */
export function issuedInLine(text: string, start: number, end: number, mentions: Placed[]): Placed[] {
  if (!CJK.test(text.slice(start, end))) return [];
  return afterVerbs(text, issueAllRe, mentions, start, end, (m) => m.label === 'Policy' || m.label === 'Event');
}

/** An official text's signature at its end: an organisation line, then a date line. */
const SIGNATURE = /\n[ \t]*([^\n，,。；;：:]{2,30})[ \t]*\n[ \t]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[ \t]*\s*$/;

/** Where the signature's date line stands, and its day, if the text ends with one. */
export function signatureOf(text: string): { at: number; value: IsoDate } | undefined {
  const from = Math.max(0, text.length - 200);
  const m = SIGNATURE.exec(text.slice(from));
  if (!m) return undefined;
  const d = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(m[2])!;
  const value = `${d[1]}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}` as IsoDate;
  return { at: from + m.index + m[0].indexOf(m[2]), value };
}

/**
 * 附件：关注名单（2026年2月24日）/ 商务部 / 2026年2月24日: the day an official text is signed dates
 * the lists it puts names on (决定将…列入关注名单) that no sentence dates.
 */
export function dateBySignature(nodes: Iterable<GraphNode>, signature: { value: IsoDate } | undefined, evidence: Evidence | undefined): void {
  if (!signature || !evidence) return;
  for (const n of nodes) if (undatedLists.has(n) && !n.start) setStart(n, signature.value, evidence);
}
