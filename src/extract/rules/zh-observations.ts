// A change stated in the clause after an indicator's value (制造业新订单指数为50.3%，比上月上升0.3个百分点)
// is an observation of the same indicator: in percentage points, negative when it fell, for the same
// period. The general observation rule looks for its indicator in the number's own clause only.
import type { ObservationContext } from '../observations.js';
import { clausesOf } from '../text.js';
import { zhWords } from './zh-phrase.js';

let change: RegExp | undefined;

export function zhChangeObservations(ctx: ObservationContext): void {
  const w = zhWords().change;
  change ??= new RegExp(w.pattern);
  const clauses = clausesOf(ctx.text, ctx.start, ctx.end);
  for (let i = 1; i < clauses.length; i++) {
    const body = ctx.text.slice(clauses[i].start, clauses[i].end);
    const m = change.exec(body);
    if (!m) continue;
    const prev = clauses[i - 1];
    const target = ctx.mentions.filter((t) => !t.nested && t.label === 'Indicator' && t.start >= prev.start && t.end <= prev.end).pop();
    const node = target && ctx.node(target.id);
    if (!node) continue;
    const value = Number(m[2]) * (w.down.includes(m[1]) ? -1 : 1);
    const period = node.observations?.find((o) => o.evidence.start <= clauses[i].start && o.evidence.end >= clauses[i].end)?.period;
    const list = (node.observations ??= []);
    if (!list.some((o) => o.value === value && o.unit === 'pp' && o.period === period)) {
      list.push({ value, unit: 'pp', evidence: ctx.evidence(), ...(period ? { period } : {}) });
    }
  }
}
