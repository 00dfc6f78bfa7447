// Dates official Chinese texts give a plan or rule: 到2027年 / 到 2030 年 is where a target or plan
// runs to (its end), for the plan the sentence names and for what the target is about (到2027年，
// 新一代智能终端、智能体等应用普及率超70% → the terminals and agents); 自 2025 年 12 月 1 日起施行
// is when a rule takes effect (its start); and a sentence opening with its date (日前，工业和信息化部
// 等三部门联合印发《…》) dates what its verb issues. Words are data in lexicon/zh-phrases.json and
// lexicon/temporal.json (attach).
import { isDatable, opens } from '../dates/attach.js';
import { lexicon as T } from '../dates/lexicon.js';
import type { Placed } from '../relations.js';
import type { DateContext } from '../temporal.js';
import { hasStart, setEnd, setStart } from '../temporal.js';
import { zhWords } from './zh-phrase.js';

const RULE_LABELS = new Set(['Policy', 'Event']);
const CJK = /[\u3400-\u9fff]/;
let startAfter: RegExp | undefined;
let verbRe: RegExp | undefined;
/** Between a date and the verb it dates: nothing but an adverb (正式, 联合, 同步) or markup. */
const VERB_NEXT = /^[\s*]*(?:(?:正式|联合|先后|分别|同步|再次|首次|已|还|也|将|又)[\s*]*)?$/;
const CLAUSE_END = /[，,。；;！？!?]/;
/** Between an issuing verb and what it issues: quotes, title marks, markup, 了. */
const OBJECT_NEXT = /^[\s“”"《〈*了]*$/;

/** The plan or rule a sentence dates: the last Policy/Event before `pos`, else the first after it. */
function ruleFor(ms: Placed[], pos: number): Placed | undefined {
  const top = ms.filter((m) => !m.nested && RULE_LABELS.has(m.label));
  return top.filter((m) => m.end <= pos).pop() ?? top.find((m) => m.start >= pos);
}

export function zhRuleDates(ctx: DateContext): void {
  const w = zhWords();
  startAfter ??= new RegExp(w.targetDate.startAfter);
  const { text } = ctx;
  if (!CJK.test(text.slice(ctx.start, ctx.end))) return;
  const leadOf = (x: { start: number }) => text.slice(Math.max(ctx.start, x.start - 3), x.start).trimEnd();
  // 自…起施行 first: when a rule takes effect is its start, before the day it was published.
  const effective = ctx.expressions.filter(
    (x) => w.targetDate.startBefore.some((b) => leadOf(x).endsWith(b)) && startAfter!.test(text.slice(x.end, Math.min(ctx.end, x.end + 8))),
  );
  for (const x of effective) {
    const node = ctx.node(ruleFor(ctx.mentions, x.start)?.id ?? '');
    if (node) setStart(node, x.value.start, ctx.evidence());
  }
  for (const [i, x] of ctx.expressions.entries()) {
    if (effective.includes(x)) continue;
    const lead = leadOf(x);
    // 自 7 月 5 日起对原产于欧盟的进口相关白兰地征收为期 5 年的反倾销税: what the clause imposes from then.
    if (w.targetDate.startBefore.some((b) => lead.endsWith(b)) && /^\s*起/.test(text.slice(x.end, x.end + 3))) {
      const clauseEnd = x.end + (CLAUSE_END.exec(text.slice(x.end, ctx.end))?.index ?? ctx.end - x.end);
      const m = ctx.mentions.find((m) => !m.nested && m.start >= x.end && m.end <= clauseEnd && isDatable(text, m));
      const node = m && ctx.node(m.id);
      if (node && !hasStart(node)) setStart(node, x.value.start, ctx.evidence());
      continue;
    }
    // A target is a year (到2027年); 至 17 日 is how long something lasts, read with the other ends.
    if (!w.targetDate.before.some((b) => lead.endsWith(b)) || x.value.start.length !== 4) {
      // 上周，商务部发布…: a week is no day to issue something on.
      if (x.kind === 'point') issuedOn(ctx, x.start, x.end, x.value.start, x.vague);
      continue;
    }
    // 到2027年 but not 从 2025 年到 2027 年, which is a range.
    const head = text.slice(Math.max(ctx.start, x.start - 14), x.start);
    if (w.targetDate.rangeBefore.some((b) => head.includes(b)) && ctx.expressions.some((y) => y.end <= x.start && y.start >= x.start - 14)) continue;
    const value = x.value.end ?? x.value.start;
    const ends = (m: Placed | undefined) => {
      const node = m && ctx.node(m.id);
      if (!node) return;
      setEnd(node, value, 'ends', ctx.evidence());
      if (x.value.start > ctx.briefingDate) node.modality = 'expected';
    };
    const rule = ruleFor(ctx.mentions, x.start);
    ends(rule);
    // 到2027年，…: a target opening its sentence is about the things it names, up to the next target.
    const targetStart = x.start - w.targetDate.before.find((b) => lead.endsWith(b))!.length;
    if (!opens(text.slice(ctx.start, targetStart))) continue;
    const upTo = ctx.expressions[i + 1]?.start ?? ctx.end;
    for (const m of ctx.mentions) {
      if (m !== rule && !m.nested && m.start >= x.end && m.start < upTo && T.attach.targetLabels.includes(m.label)) ends(m);
    }
  }
}

/**
 * 日前，工业和信息化部等三部门联合印发《…》: a date opening the sentence dates what its verb issues;
 * 商务部 10 月 9 日发布商务部公告 2025 年第 61 号 / 商务部同日宣布对…采取反制措施: so does a date
 * right before an issuing verb, for what that verb issues in the same clause.
 */
function issuedOn(ctx: DateContext, from: number, to: number, value: string, vague = false): void {
  const { text } = ctx;
  verbRe ??= new RegExp([...T.attach.actionVerbsChinese].sort((a, b) => b.length - a.length).join('|'), 'g');
  const opening = opens(text.slice(ctx.start, from)) && /^[\s*]*[，,]/.test(text.slice(to, to + 3));
  verbRe.lastIndex = to;
  const first = verbRe.exec(text);
  if (!first || first.index >= ctx.end) return;
  // ITIF 同日举办… with no day before it: the briefing's date would be a guess about another day;
  // 国家发展改革委近日印发《…》 says "recently" of this very act.
  const guess = vague && !T.vagueDays.includes(text.slice(from, to));
  if (!opening && (guess || !VERB_NEXT.test(text.slice(to, first.index)))) return;
  const limit = opening ? ctx.end : first.index + (CLAUSE_END.exec(text.slice(first.index, ctx.end))?.index ?? ctx.end - first.index);
  // What a verb issues stands right after it (印发《…》, 采取反制措施), not further on (发布的“50% 规则”又把实体清单…).
  for (let verb: RegExpExecArray | null = first; verb && verb.index < limit; verb = verbRe.exec(text)) {
    const verbEnd = verb.index + verb[0].length;
    const m = ctx.mentions.find((m) => !m.nested && m.start >= verbEnd && m.end <= limit);
    if (!m || !OBJECT_NEXT.test(text.slice(verbEnd, m.start))) continue;
    const node = isDatable(text, m) ? ctx.node(m.id) : undefined;
    if (node && !hasStart(node)) setStart(node, value, ctx.evidence(), vague);
    return;
  }
}
