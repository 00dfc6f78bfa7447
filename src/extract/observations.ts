// Numbers stated for an indicator or product (制造业 PMI 为 50.3; 同比增长 25%; 月产能为 120 万片
// 12 英寸硅片; 约 100 万美元), kept as Observations on that node so "what was April's PMI" has an answer.
import type { Evidence, GraphNode, IsoDate, Observation } from '../model/index.js';
import type { TemporalExpression } from './dates.js';
import type { Placed } from './relations.js';
import { clausesOf } from './text.js';
import { clauseAt } from './relations.js';
import { zhChangeObservations } from './rules/zh-observations.js';

const NUMBER = /(?<![\d.A-Za-z])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万|千|trillion|billion|million)?\s*(个百分点|percentage points?|%|亿美元|美元|元人民币|元|万人|人|片|种|台|吨|dollars)?/g;
const NOT_A_VALUE_AFTER = /^\s*(英寸|纳米|nm|年|月|日|季度|倍|位|项|家|个|多|\+|-\d|号)/;
const SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, trillion: 1e12, billion: 1e9, million: 1e6 };
const TARGET_LABELS = new Set(['Indicator', 'Product']);
/** In-text citation markers ([2], [1,4], [3-5]): their numbers are references, never values. */
const CITATION_MARKER = /\[\d+(?:\s*[,，、\-–]\s*\d+)*\]/g;

function unitOf(unit: string | undefined, lead: string, target: GraphNode): string {
  const yoy = /同比|year[- ]on[- ]year|y\/y/i.test(lead);
  switch (unit) {
    case '%':
      return yoy ? '% y/y' : '%';
    case '个百分点':
    case 'percentage point':
    case 'percentage points':
      return 'pp';
    case '美元':
    case '亿美元':
    case 'dollars':
      return 'USD';
    case '元人民币':
    case '元':
      return 'CNY';
    case '人':
    case '万人':
      return 'people';
    case '片':
      return /月产能|per month|a month/.test(lead) ? 'wafers/month' : 'wafers';
    case '种':
      return 'items';
    case undefined:
      return /PMI|指数|index/i.test(target.name + target.aliases.join(' ')) ? 'index' : '';
    default:
      return unit;
  }
}

export interface ObservationContext {
  text: string;
  start: number;
  end: number;
  mentions: Placed[];
  expressions: TemporalExpression[];
  node(id: string): GraphNode | undefined;
  evidence(): Evidence;
}

export function attachObservations(ctx: ObservationContext): void {
  const { text, start, end } = ctx;
  const clauses = clausesOf(text, start, end);
  const targets = ctx.mentions.filter((m) => TARGET_LABELS.has(m.label) && !m.nested);
  if (!targets.length) return;
  const covered = (s: number, e: number) =>
    ctx.expressions.some((x) => s < x.end && e > x.start) || ctx.mentions.some((m) => s < m.end && e > m.start);
  const slice = text.slice(start, end);
  const markers = [...slice.matchAll(CITATION_MARKER)].map((x) => [start + x.index, start + x.index + x[0].length]);
  const inMarker = (s: number) => markers.some(([ms, me]) => s > ms && s < me);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].trimEnd().length;
    if (covered(s, e) || inMarker(s) || NOT_A_VALUE_AFTER.test(text.slice(e, e + 4)) && !m[3]) continue;
    const cl = clauseAt(clauses, s);
    const target =
      [...targets].reverse().find((t) => t.end <= s && t.start >= cl.start && s - t.end <= 24) ??
      targets.find((t) => t.start >= e && t.end <= cl.end && t.start - e <= 8);
    const node = target && ctx.node(target.id);
    if (!target || !node) continue;
    const value = Number(m[1].replace(/,/g, '')) * (SCALE[m[2] ?? ''] ?? 1) * (m[3] === '亿美元' ? 1e8 : m[3] === '万人' ? 1e4 : 1);
    const lead = text.slice(Math.max(cl.start, Math.min(target.start, s) - 8), s);
    const period = periodFor(ctx.expressions, target, cl.start);
    const unit = unitOf(m[3], lead, node);
    if (!unit) continue; // a bare number beside a product is not a measurement of it
    const obs: Observation = { value, unit, evidence: ctx.evidence(), ...(period ? { period } : {}) };
    const list = (node.observations ??= []);
    if (!list.some((o) => o.value === obs.value && o.unit === obs.unit && o.period === obs.period)) list.push(obs);
  }
  zhChangeObservations(ctx);
}

/** The period a number is for: the date written in its clause before the indicator (中国 4 月官方制造业 PMI). */
function periodFor(xs: TemporalExpression[], target: Placed, clauseStart: number): IsoDate | undefined {
  const x = [...xs].reverse().find((x) => x.end <= target.start && x.start >= clauseStart);
  return x?.value.start;
}
