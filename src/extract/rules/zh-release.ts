// Relations a statistics release or official text states by its layout: the issuer lines under the
// headline (2025年10月中国采购经理指数运行情况 / 国家统计局服务业调查中心 / 中国物流与采购联合会), the
// indicators 构成 another (在构成制造业PMI的5个分类指数中，生产指数…), and a breakdown of the indicator
// just reported (…非制造业商务活动指数为50.1%。分行业看，建筑业商务活动指数…). Words are data in
// lexicon/zh-relations.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import { rules } from '../lexicon.js';
import { topLevel, type Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { forgetPerBriefing } from '../per-briefing.js';

export interface ZhRelationWords {
  composition: { wholeAfter: string[]; frameEnd: string; countedBefore: string[] };
  breakdown: { lead: string; minSharedTail: number; partFigure: string; elidedLabels: NodeLabel[] };
  issuerHeader: { headlineLabels: NodeLabel[]; maxLineChars: number; endsHeader: string };
  purpose: { markers: string[] };
  subset: { markers: string[] };
  signVerbs: string[];
  signedDocuments: string[];
  meets: { verbs: string[] };
  headings: {
    top: string;
    sub: string;
    maxChars: number;
    items: string;
    code: string;
    aside: string;
    closing: string;
    modifier: string;
    enumerates: string;
    forwardRef: string[];
    introEnd: string;
  };
  guidance: { open: string; close: string[]; maxChars: number; labels: NodeLabel[] };
  responsible: { verbs: string[] };
  titleTarget: { leading: string[] };
  enumeration: { joiners: string[]; closes: string[]; countWords: string[] };
  clauseShapes: {
    purposeOpen: string[];
    purposeClose: string;
    purposeReach: number;
    honours: { marker: string; verbs: string[]; reach: number };
    announces: { verbs: string[]; done: string[]; adverbs: string[]; reach: number };
    joins: { verbs: string[] };
    produces: { speech: string[]; self: string[]; verbs: string[]; scale: string[]; nouns: string[] };
  };
  shapes: {
    drivenBy: string;
    passiveConstrained: string;
    underPressure: string;
    conditions: string[];
    leadingPeriod: string;
    pressureAdverbs: string[];
    adviserRoles: string[];
    leadRoles: string[];
    leaderReach: number;
    actsAgainst: string[];
    citedReach: number;
    therefore: string[];
  };
  cueSides: { pivotCues: string[]; pivotVerbs: string[]; quantifiers: string[]; joinChars: string[]; nameReach: number; policyHeads: string[]; relativeVerbs: string[]; changeVerbs: string[]; weakVerbs: string[] };
  cuePhrases: {
    genericNouns: string[];
    notFirstTags: string[];
    countPattern: string;
    demonstrativeReach: number;
    speechVerbs: string[];
    nounTags: string[];
    afterPhraseOk: string[];
    leadTags: string[];
    leadWords: string[];
    prepositions: string[];
  };
}

let words: ZhRelationWords | undefined;
export const zhRelationWords = (): ZhRelationWords =>
  (words ??= JSON.parse(readFileSync(new URL('../lexicon/zh-relations.json', import.meta.url), 'utf8')) as ZhRelationWords);

/** What the rules remember of one text, in reading order. */
interface TextState {
  text: string;
  /** The headline's node while the header lasts; undefined once a sentence starts. */
  headline?: string;
  headerOpen: boolean;
  /** The node a top heading (二、加快实施重点行动) names, for the sub-headings under it. */
  heading?: string;
  /** Indicators named so far, latest last, by their surface without spaces. */
  indicators: { id: string; surface: string }[];
  /** 决定对下列物项实施出口管制: the measure, while the list after the intro lasts. */
  list?: { measure: string; introEnd: number };
}
let state: TextState | undefined;
forgetPerBriefing(() => {
  state = undefined;
});

/** 对下列物项实施出口管制: — the measure of a sentence that points to the list after it (called by zh-controls). */
export function noteForwardList(ctx: SentenceContext, measure: string): void {
  if (!state || state.text !== ctx.text) state = { text: ctx.text, headerOpen: true, indicators: [] };
  if (new RegExp(zhRelationWords().headings.introEnd).test(ctx.text.slice(ctx.start, ctx.end))) state.list = { measure, introEnd: ctx.end };
}

export function zhReleaseRelations(ctx: SentenceContext): void {
  const { text } = ctx;
  if (!state || state.text !== text) state = { text, headerOpen: true, indicators: [] };
  const ms = topLevel(ctx);
  issuerHeader(ctx, ms, state);
  composition(ctx, ms);
  breakdown(ctx, ms, state);
  subset(ctx, ms);
  headings(ctx, ms, state);
  guidance(ctx, state);
}

/** 以习近平新时代中国特色社会主义思想为指导: the document the text is involves what guides it. */
function guidance(ctx: SentenceContext, st: TextState): void {
  const w = zhRelationWords().guidance;
  if (!st.headline) return;
  const { text, start, end } = ctx;
  for (const close of w.close) {
    for (let at = text.indexOf(close, start); at >= 0 && at < end; at = text.indexOf(close, at + close.length)) {
      const open = text.lastIndexOf(w.open, at);
      if (open < start || at - open > w.maxChars) continue;
      for (const m of ctx.mentions) {
        if (m.start > open && m.end <= at && w.labels.includes(m.label) && m.id !== st.headline) ctx.addEdge('INVOLVES', st.headline, m.id, 'reported');
      }
    }
  }
}

/**
 * (一)“人工智能+”科学技术 under 二、加快实施重点行动: what a sub-heading names is part of what its heading
 * names. In a list of things (一、钐相关物项 / 1. 金属钐(…)。 / a. 钐钴合金;) an item whose line is only a
 * name is part of the top heading, and a forward intro (对下列物项实施出口管制:) constrains each top heading.
 */
function headings(ctx: SentenceContext, ms: Placed[], st: TextState): void {
  // The layout reader keeps a heading's number (二、, (一)) out of its text and may join short lines
  // (钐钴合金;\nb.): read each whole line the sentence touches.
  const { text } = ctx;
  for (let at = ctx.start; at < ctx.end; ) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    headingLine(ctx, lineStart, lineEnd, ms.filter((m) => m.start >= lineStart && m.end <= lineEnd), st);
    at = lineEnd + 1;
  }
}

function headingLine(ctx: SentenceContext, lineStart: number, lineEnd: number, ms: Placed[], st: TextState): void {
  const w = zhRelationWords().headings;
  const raw = ctx.text.slice(lineStart, lineEnd);
  const marker = [w.top, w.sub, w.items].find((r) => new RegExp(r, 'u').test(raw));
  if (st.list && lineStart >= st.list.introEnd && !marker && raw.trim()) st.list = undefined;
  // 1C902.a 金属钐…(参考海关商品编号:…)。: the catalogue code, the aside and the closing mark are not the heading's words.
  const bare = (x: string) => x.replace(new RegExp(w.aside, 'gu'), '').replace(new RegExp(w.closing, 'u'), '').trim();
  const body = marker ? raw.replace(new RegExp(marker, 'u'), '').replace(new RegExp(w.code, 'u'), '') : raw;
  const line = bare(body);
  if (line.length > w.maxChars || /[。；;]/.test(line)) return;
  if (marker === w.top || (!marker && new RegExp(w.top, 'u').test(raw))) {
    st.heading = ms[ms.length - 1]?.id;
    const only = ms.length === 1 && line === ctx.text.slice(ms[0].start, ms[0].end);
    if (st.list && only) ctx.addEdge('CONSTRAINS', st.list.measure, ms[0].id, 'reported');
    return;
  }
  if (!st.heading || !marker) return;
  if (marker === w.sub) {
    const first = ms[0];
    if (first && first.id !== st.heading) ctx.addEdge('PART_OF', first.id, st.heading, 'reported');
    return;
  }
  // 1. 金属钐 / a. 钐钴合金 / 4. 含铽的钕铁硼永磁材料: the name heads the item and nothing but a list follows it.
  const m = ms[0];
  if (!m) return;
  const lead = ctx.text.slice(lineStart, m.start).replace(new RegExp(marker, 'u'), '').replace(new RegExp(w.code, 'u'), '').trim();
  const rest = bare(ctx.text.slice(m.end, lineEnd));
  if (lead && !new RegExp(`${w.modifier}$`, 'u').test(lead)) return;
  if (rest && !new RegExp(w.enumerates, 'u').test(rest)) return;
  if (m.id !== st.heading) ctx.addEdge('PART_OF', m.id, st.heading, 'reported');
}

/** 汽车322.7万辆，增长13.7%，其中新能源汽车158.0万辆: what 其中 names is part of the like thing before it. */
function subset(ctx: SentenceContext, ms: Placed[]): void {
  const { text, start, end } = ctx;
  for (const marker of zhRelationWords().subset.markers) {
    for (let at = text.indexOf(marker, start); at >= 0 && at < end; at = text.indexOf(marker, at + marker.length)) {
      const whole = ms.filter((m) => m.end <= at).pop();
      const next = ms.find((m) => m.start >= at + marker.length);
      const gap = next ? text.slice(at + marker.length, next.start) : '';
      if (!whole || !next || whole.label !== next.label || whole.id === next.id || !/^[\s，,：:]*$/.test(gap)) continue;
      // 购进价格指数和出厂价格指数…，其中购进价格指数…: 其中 picks one of a list, not a part.
      const earlier = ms.filter((m) => m.end <= at);
      const listed = earlier.some((m) => m.id === next.id || (m.label === whole.label && m.id !== whole.id && /^\s*[和与及、]\s*$/.test(text.slice(m.end, whole.start))));
      if (listed) continue;
      ctx.addEdge('PART_OF', next.id, whole.id, 'reported');
    }
  }
}

function issuerHeader(ctx: SentenceContext, ms: Placed[], st: TextState): void {
  if (!st.headerOpen) return;
  const w = zhRelationWords().issuerHeader;
  const line = ctx.text.slice(ctx.start, ctx.end).trim();
  if (new RegExp(w.endsHeader).test(line) || line.length > w.maxLineChars) {
    st.headerOpen = false;
    return;
  }
  if (!st.headline) {
    // Only the first line can be the headline; a daily's name (新质生产力每日动态) names no document.
    st.headline = ms.find((m) => w.headlineLabels.includes(m.label))?.id;
    if (!st.headline) st.headerOpen = false;
    return;
  }
  const org = issuerLine(ctx, line);
  if (org) ctx.addEdge('ISSUED_BY', st.headline, org, 'reported');
}

/** The organisation a header line consists of: one name, or a unit of a known one (国家统计局服务业调查中心). */
function issuerLine(ctx: SentenceContext, line: string): string | undefined {
  const orgs = ctx.mentions.filter((m) => m.label === 'Organization');
  const whole = orgs.find((m) => ctx.text.slice(m.start, m.end).trim() === line);
  if (whole) return whole.id;
  if (!rules().orgSuffixes.some((x) => line.endsWith(x))) return undefined;
  const first = orgs.find((m) => ctx.text.slice(ctx.start, m.start).trim() === '');
  return first?.id;
}

function composition(ctx: SentenceContext, ms: Placed[]): void {
  const w = zhRelationWords().composition;
  const { text, start, end } = ctx;
  for (const cue of w.wholeAfter) {
    for (let at = text.indexOf(cue, start); at >= 0 && at < end; at = text.indexOf(cue, at + cue.length)) {
      const whole = ms.find((m) => m.label === 'Indicator' && m.start >= at + cue.length && m.start - at - cue.length <= 1);
      if (!whole) continue;
      // 在构成 X 的 5 个分类指数中，…: the parts are named after the frame closes.
      const close = text.slice(whole.end, Math.min(end, whole.end + 16)).search(new RegExp(`${w.frameEnd}\\s*[，,]`));
      const from = close >= 0 ? whole.end + close : whole.end;
      for (const part of ms) {
        if (part.start < from || part.label !== 'Indicator' || part.id === whole.id || counted(text, part)) continue;
        ctx.addEdge('PART_OF', part.id, whole.id, 'reported');
      }
    }
  }
}

/** 5个分类指数: a counted class name, not a part. */
const counted = (text: string, m: Placed) => zhRelationWords().composition.countedBefore.includes(text[m.start - 1] ?? '');

function breakdown(ctx: SentenceContext, ms: Placed[], st: TextState): void {
  const w = zhRelationWords().breakdown;
  const { text } = ctx;
  const indicators = ms.filter((m) => m.label === 'Indicator').map((m) => ({ m, surface: bare(text.slice(m.start, m.end)) }));
  const hit = new RegExp(w.lead, 'u').exec(text.slice(ctx.start, ctx.end));
  if (!hit) {
    st.indicators.push(...indicators.map(({ m, surface }) => ({ id: m.id, surface })));
    return;
  }
  // 从分类指数看: the lead's own words name the breakdown, not a part.
  const from = ctx.start + hit[0].length;
  let sentenceWhole: string | undefined;
  for (const { m, surface } of indicators) {
    // A part is new here (制造业PMI named again in the lead is the whole, not a part) and qualified.
    if (m.start < from || counted(text, m) || st.indicators.some((x) => x.id === m.id)) continue;
    // 大型企业PMI breaks down the PMI named before; 建筑业商务活动指数 the 非制造业商务活动指数.
    const whole = [...st.indicators].reverse().find((x) => {
      const tail = sharedTail(x.surface, surface);
      return x.id !== m.id && tail >= w.minSharedTail && tail < surface.length;
    });
    if (!whole) continue;
    ctx.addEdge('PART_OF', m.id, whole.id, 'reported');
    sentenceWhole ??= whole.id;
  }
  if (!sentenceWhole) return;
  // 采矿业增加值同比增长6.4%，制造业增长7.3%: the list goes on naming parts without the indicator word.
  const growth = new RegExp(w.partFigure, 'u');
  for (const m of ms) {
    if (m.start >= from && w.elidedLabels.includes(m.label) && growth.test(text.slice(m.end, ctx.end))) ctx.addEdge('PART_OF', m.id, sentenceWhole, 'reported');
  }
}

const bare = (s: string) => s.replace(/\s+/g, '');

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
