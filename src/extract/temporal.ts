// Dates attached to the node they belong to, within one sentence: 峰会（5 月 14-15 日） → the summit's
// start and end; 关税框架…2026 年 11 月 10 日到届 → the framework's end (expires); 4 月 29 日发布…草案 →
// the draft's start; 去年 10 月釜山贸易休战 → the truce's start; 据国家统计局 4 月 30 日数据 → the release
// date of the indicators the sentence reports; 10月份，制造业PMI为49.0% → the period of the indicator's
// value; the October 7, 2022, controls → the controls' start. A date dates the event, policy or
// report nearest it in its clause (dates/attach.ts says which mentions can be dated), never a place,
// person or organisation; English verb shapes are in rules/english-dates.ts, official Chinese ones
// (到2027年, 自…起施行, 日前，…印发《…》) in rules/zh-dates.ts. The sentence is the evidence.
import type { Evidence, GraphNode, IsoDate } from '../model/index.js';
import type { TemporalExpression } from './dates.js';
import { cues } from './lexicon.js';
import type { Placed } from './relations.js';
import { clauseAt } from './relations.js';
import { clausesOf } from './text.js';
import { englishDates } from './rules/english-dates.js';
import { zhRuleDates } from './rules/zh-dates.js';
import { zhClauseDates } from './rules/zh-date-clauses.js';
import { datedThingDates } from './rules/dated-things.js';
import { isDatable, isMeasure, opens } from './dates/attach.js';
import { happeningDates } from './dates/happenings.js';
import { enDatedVerbDates } from './rules/en-dated-verbs.js';
import { zhDatedVerbDates } from './rules/zh-dated-verbs.js';
import { retenseEnglish } from './dates/tense-en.js';

const precision = (d: IsoDate) => d.length;
const consistent = (a: IsoDate, b: IsoDate) => a.startsWith(b) || b.startsWith(a);

export interface DateContext {
  text: string;
  start: number;
  end: number;
  briefingDate: IsoDate;
  mentions: Placed[];
  expressions: TemporalExpression[];
  node(id: string): GraphNode | undefined;
  evidence(): Evidence;
}

/** Nodes whose start is a vague date (日前, 同日 with nothing before it): a real date replaces it. */
const guessed = new WeakSet<GraphNode>();

/**
 * Sets a node's start unless it has a more precise or conflicting one already (or this one is
 * vague and it has any).
 */
export function setStart(node: GraphNode, value: IsoDate, ev: Evidence, vague = false): void {
  const replaceable = node.start !== undefined && guessed.has(node) && !vague;
  if (node.start && !replaceable && (vague || !consistent(node.start, value) || precision(node.start) >= precision(value))) return;
  node.start = value;
  node.startEvidence = ev;
  if (vague) guessed.add(node);
  else guessed.delete(node);
}

/** Whether a node has a start a later date should not replace. */
export const hasStart = (node: GraphNode): boolean => node.start !== undefined && !guessed.has(node);

export function setEnd(node: GraphNode, value: IsoDate, kind: 'ends' | 'expires', ev: Evidence): void {
  if (node.end && (!consistent(node.end, value) || precision(node.end) >= precision(value))) return;
  node.end = value;
  node.endKind = kind;
  node.endEvidence = ev;
}

let gapRe: RegExp | undefined;
let dataRe: RegExp | undefined;
/** Between an English date and the noun it modifies: "the October 7, 2022, controls", "last year’s rules". */
const MODIFIES = /^(?:\s*,?\s*|['’]s\s+)$/;
/** A date after the thing it dates, by a preposition: "its invasion of Ukraine in February 2022". */
const PREPOSITION = /\b(?:in|on|during|since|from|between|as of)\s+(?:the\s+)?$/i;
const OF_EVENT_OPEN = /^[\s*]*(?:(?:将|已|正式|首次)?\s*(?:举行|召开|举办|发布|公布|出台|签署|开幕|启动|推出|印发|生效)\s*)?的[\s*“”"《]*/;
/** At most this many words between the thing and its date (of Ukraine in; the Commerce Department took in). */
const PREPOSITION_REACH = 6;
const LATIN = /^[\x00-\x7f’“”–—]*$/;

/** What may join the mentions of one Chinese noun phrase: no mark, particle, verb-like break or date. */
const IN_PHRASE = /^[^\s，,。；;、：:“”"《》（）()的和与及在于将]{0,8}$/;

/** 的 after a date's verb, then at most a few words of the phrase before its first mention (举行的中美|斯德哥尔摩经贸会谈). */
const ofEvent = (gap: string): boolean => {
  const m = OF_EVENT_OPEN.exec(gap);
  return !!m && IN_PHRASE.test(gap.slice(m[0].length));
};

/**
 * 23 日举行的三沙市第一届人民代表大会第一次会议: a 的-phrase may open with a place or an organisation;
 * its event is the first datable mention further along the same phrase.
 */
function eventOfPhrase(text: string, mentions: Placed[], first: Placed): Placed | undefined {
  let last = first;
  for (const m of mentions) {
    if (m.nested || m.start < first.start) continue;
    if (m !== first && (m.start < last.end || !IN_PHRASE.test(text.slice(last.end, m.start)))) {
      if (m.start < last.end) continue;
      break;
    }
    if (isDatable(text, m)) return m;
    last = m;
  }
  return undefined;
}

export function attachDates(ctx: DateContext): void {
  const d = cues().dates;
  gapRe ??= new RegExp(d.gapBeforeObject);
  dataRe ??= new RegExp(d.dataAfterDate);
  const { text, mentions } = ctx;
  retenseEnglish(text, ctx.start, ctx.end, ctx.expressions, ctx.briefingDate);
  const clauses = clausesOf(text, ctx.start, ctx.end);
  const dated = mentions.filter((m) => isDatable(text, m));
  const withoutDates = (s: string) => ctx.expressions.reduce((acc, x) => acc.replace(x.text, ''), s);

  for (const [i, x] of ctx.expressions.entries()) {
    const cl = clauseAt(clauses, x.start);
    // A date broken by its own comma (October 17, 2023) runs to the end of the clause it ends in.
    const clEnd = Math.max(cl.end, clauseAt(clauses, Math.max(x.start, x.end - 1)).end);
    const nextDate = ctx.expressions[i + 1]?.start ?? ctx.end;
    const english = LATIN.test(text.slice(x.start, x.end)) && !/[\u3400-\u9fff]/.test(text.slice(ctx.start, ctx.end));
    const ev = ctx.evidence();
    const future = x.value.start > ctx.briefingDate;
    const apply = (m: Placed | undefined, asEnd = false): boolean => {
      const node = m && ctx.node(m.id);
      if (!node) return false;
      const expires = x.cue === 'expires' || d.expiryWords.some((w) => text.slice(x.end, x.end + 6).includes(w));
      if (asEnd || expires || x.cue === 'ends') {
        setEnd(node, x.value.end ?? x.value.start, expires ? 'expires' : 'ends', ev);
      } else {
        setStart(node, x.value.start, ev, x.vague);
        if (x.value.end) setEnd(node, x.value.end, 'ends', ev);
      }
      if (future || x.modality) node.modality = x.modality === 'possible' ? 'possible' : 'expected';
      return true;
    };
    /** A period dates what was measured over it: its start is the period's start. */
    const measured = (m: Placed): boolean => {
      const node = ctx.node(m.id);
      if (!node) return false;
      setStart(node, x.value.start, ev);
      // 1—9 月 after 9 月: the node keeps the month it had, and no end that belongs to another span.
      if (x.value.end && node.start === x.value.start) setEnd(node, x.value.end, 'ends', ev);
      return true;
    };
    const period = x.kind !== 'point' || x.value.start.length < 10;

    // 据国家统计局 4 月 30 日数据: the release date of every indicator the sentence reports.
    const indicators = mentions.filter((m) => m.label === 'Indicator');
    if (indicators.length && dataRe.test(text.slice(x.end, x.end + 8))) {
      for (const ind of indicators) {
        const node = ctx.node(ind.id);
        if (node) setStart(node, x.value.start, ev);
      }
      continue;
    }
    // 10月份，制造业采购经理指数（PMI）为49.0% / Between April 1, 2025 and December 31, 2025, the trade
    // deficit …: a period opening the sentence (or, in Chinese, a clause) is that of the measures it reports.
    if (period && opens(text.slice(english ? ctx.start : cl.start, x.start))) {
      // In February, the President ordered an investigation into copper imports: an event or policy
      // before the measure is what the date is of; the measure only names its subject.
      const firstDated = dated.find((m) => m.start >= x.end && m.start < nextDate);
      const measures = mentions.filter((m) => m.start >= x.end && m.start < nextDate && isMeasure(text, m) && !(firstDated && firstDated.start < m.start));
      if (measures.map(measured).some(Boolean)) continue;
    }
    // 峰会（5 月 14-15 日） / 釜山休战（将于 2026 年 11 月到期）.
    const host = [...dated].reverse().find((m) => m.end <= x.start && /^\s*[（(][^）)]{0,6}$/.test(text.slice(m.end, x.start)));
    if (host && apply(host)) continue;
    // 关税框架计划于 2026 年 11 月 10 日到届 / 釜山休战能否延续至 11 月到期: what expires comes before.
    const expiring = x.cue === 'expires' || x.cue === 'ends' || d.expiryWords.some((w) => text.slice(x.end, x.end + 6).includes(w));
    if (expiring) {
      const m = [...dated].reverse().find((m) => m.end <= x.start && m.start >= cl.start) ?? dated.find((m) => m.start >= x.end && m.end <= clEnd);
      // …将关税休战再延长 90 天，新的截止时间为 11 月 10 日: a clause naming nothing but the deadline
      // gives it to the last event before it in the sentence.
      const bare = !mentions.some((o) => o.start >= cl.start && o.end <= x.start);
      if (apply(m ?? (bare ? [...dated].reverse().find((o) => o.end <= cl.start) : undefined), true)) continue;
    }
    // The October 7, 2022, controls / last year’s rules: an English date right before a noun modifies it.
    const adjacent = mentions.find((m) => !m.nested && m.start >= x.end && m.start <= x.end + 4);
    if (english && adjacent && MODIFIES.test(text.slice(x.end, adjacent.start))) {
      if (isDatable(text, adjacent) && apply(adjacent)) continue;
      if (period && isMeasure(text, adjacent) && measured(adjacent)) continue;
    }
    // 去年 10 月釜山贸易休战 / 4 月 29 日发布…草案 / 于 2026 年 2 月 20 日在 … 案中.
    const next = mentions.find((m) => !m.nested && m.start >= x.end && m.end <= clEnd);
    const gap = next && withoutDates(text.slice(x.end, next.start)).replace(/\*/g, '');
    // 7 月 28-29 日的斯德哥尔摩经贸会谈 / 下周举行的 G20 峰会: a Chinese date joined to an event by 的
    // (after the verb that holds or issues it) is its date.
    if (next && !english && ofEvent(text.slice(x.end, next.start)) && apply(eventOfPhrase(text, mentions, next))) continue;
    if (next && gap !== undefined && gapRe.test(gap)) {
      // 2025年10月中国采购经理指数: a date right before an indicator is the period of its values.
      if (next.label === 'Indicator' && period && !gap.trim() && measured(next)) continue;
      // 4 月非农就业报告: a date right before a report is the period it covers, not when it came out.
      if (next.label === 'Indicator' || (next.dateRole === 'period' && !gap.trim())) continue;
      if (isDatable(text, next) && apply(next)) continue;
    }
    // The decision today / 峰会 5 月 14 日举行: a date right after an event dates it.
    const prev = [...dated].reverse().find((m) => m.end <= x.start && m.start >= cl.start);
    // Closing marks and markdown emphasis (**互征特别港务费**于 10 月 14 日, 《…意见》于) are no word between them.
    if (prev && /^[\s*》〉”"」]*(?:on|in|of|于|将于|已于)?[\s*]*$/.test(text.slice(prev.end, x.start)) && apply(prev)) continue;
    // Its invasion of Ukraine in February 2022 / exports rose 5% in the first half: after a
    // preposition, the date is of the nearest event (or, for a period, measure) before it in the clause.
    // China’s exports rose 8.3% last month: a relative period after a measure needs no preposition.
    if (english && (PREPOSITION.test(text.slice(cl.start, x.start)) || (period && x.relative))) {
      const preposition = PREPOSITION.test(text.slice(cl.start, x.start));
      const before = mentions.filter(
        (m) => m.end <= x.start && m.start >= cl.start && ((preposition && isDatable(text, m)) || (period && isMeasure(text, m))),
      );
      const nearest = before[before.length - 1];
      const words = nearest ? text.slice(nearest.end, x.start).trim().split(/\s+/).length : Infinity;
      if (nearest && words <= PREPOSITION_REACH && (isDatable(text, nearest) ? apply(nearest) : measured(nearest))) continue;
    }
  }
  englishDates(ctx);
  zhRuleDates(ctx);
  zhClauseDates(ctx);
  datedThingDates(ctx);
  happeningDates(ctx);
  enDatedVerbDates(ctx);
  zhDatedVerbDates(ctx);
}

/**
 * Deadline refinement. A briefing often states one deadline twice: by month for the main event
 * (釜山休战…11 月到期) and by day for the arrangement that carries it (关税框架…2026 年 11 月 10 日到届),
 * in the same story (top-level section). When exactly one day-precise expiry falls inside a node's
 * month-precise expiry within that story, the node takes that day, with that sentence as evidence.
 */
export function refineDeadlines(nodes: GraphNode[], storyOf: (ev: Evidence) => number): void {
  const exact = nodes.filter((n) => n.endKind === 'expires' && n.end && n.end.length === 10 && n.endEvidence);
  for (const n of nodes) {
    if (n.endKind !== 'expires' || !n.end || n.end.length >= 10 || !n.endEvidence) continue;
    const story = storyOf(n.endEvidence);
    const inside = exact.filter((e) => e !== n && e.end!.startsWith(n.end!) && storyOf(e.endEvidence!) === story);
    const days = new Set(inside.map((e) => e.end));
    if (days.size !== 1) continue;
    n.end = inside[0].end;
    n.endEvidence = inside[0].endEvidence;
  }
}

/**
 * What a headline or document line announces (商务部公布…的决定, 商务部公告2025年第61号, Commerce
 * Implements New Export Controls) happened on the text's own date, unless the body dates it: the
 * first event or policy of each front-matter line, with that line as evidence.
 */
export function dateFromFrontMatter(nodes: Iterable<GraphNode>, front: Map<string, Evidence>, date: IsoDate): void {
  for (const n of nodes) {
    const ev = front.get(n.id);
    if (ev && !n.start) setStart(n, date, ev);
  }
}
