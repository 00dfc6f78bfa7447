// Dates official Chinese texts give a plan or rule: 到2027年 / 到 2030 年 is where a target or plan
// runs to (its end); 自 2025 年 12 月 1 日起施行 is when a rule takes effect (its start). Words are data in lexicon/zh-phrases.json.
import type { Placed } from '../relations.js';
import type { DateContext } from '../temporal.js';
import { setEnd, setStart } from '../temporal.js';
import { zhWords } from './zh-phrase.js';

const RULE_LABELS = new Set(['Policy', 'Event']);
let startAfter: RegExp | undefined;

/** The plan or rule a sentence dates: the last Policy/Event before `pos`, else the first after it. */
function ruleFor(ms: Placed[], pos: number): Placed | undefined {
  const top = ms.filter((m) => !m.nested && RULE_LABELS.has(m.label));
  return top.filter((m) => m.end <= pos).pop() ?? top.find((m) => m.start >= pos);
}

export function zhRuleDates(ctx: DateContext): void {
  const w = zhWords();
  startAfter ??= new RegExp(w.targetDate.startAfter);
  const { text } = ctx;
  for (const x of ctx.expressions) {
    const lead = text.slice(Math.max(ctx.start, x.start - 3), x.start).trimEnd();
    const after = text.slice(x.end, Math.min(ctx.end, x.end + 8));
    if (w.targetDate.startBefore.some((b) => lead.endsWith(b)) && startAfter.test(after)) {
      const node = ctx.node(ruleFor(ctx.mentions, x.start)?.id ?? '');
      if (node) setStart(node, x.value.start, ctx.evidence());
      continue;
    }
    // 到2027年 but not 从 2025 年到 2027 年, which is a range.
    if (!w.targetDate.before.some((b) => lead.endsWith(b))) continue;
    const head = text.slice(Math.max(ctx.start, x.start - 14), x.start);
    if (w.targetDate.rangeBefore.some((b) => head.includes(b)) && ctx.expressions.some((y) => y.end <= x.start && y.start >= x.start - 14)) continue;
    const node = ctx.node(ruleFor(ctx.mentions, x.start)?.id ?? '');
    if (!node) continue;
    setEnd(node, x.value.end ?? x.value.start, 'ends', ctx.evidence());
    if (x.value.start > ctx.briefingDate) node.modality = 'expected';
  }
}
