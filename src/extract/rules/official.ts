// Official documents (公告, 决定, 通知, 办法): their titles after the verb that issues them, and the
// relations their standard phrasing states: 经 X 批准 (approval), 根据《…法》 (legal
// basis), 原则上不予许可 / 逐案审批 (the announced measures constrain what the item names).
// Words are data in lexicon/official.json.
import { readFileSync } from 'node:fs';
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { findCues } from '../cues.js';
import { clauseAt, topLevel } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { lexicon } from '../lexicon.js';
import { clausesOf, isHan, matchesIn, tidy, alternation as alt } from '../text.js';
import { actsOnMeasure, citesLaw } from './false-edges.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface OfficialWords {
  documentTitle: { verbs: string[]; openers: string[]; kinds: string[]; issuerSuffixes: string[] };
  approval: { policyAfter: string[]; verbs: string[] };
  orgJoinVerbs: { words: string[] };
  legalBasis: string[];
  denial: { cues: string[]; listIntro: string[] };
  frontDateLabels: NodeLabel[];
}

let words: OfficialWords | undefined;
export const official = (): OfficialWords =>
  (words ??= JSON.parse(readFileSync(new URL('../lexicon/official.json', import.meta.url), 'utf8')) as OfficialWords);

let titleRe: RegExp | undefined;

/** 商务部公布对境外相关稀土物项实施出口管制的决定 → the Policy 对境外相关稀土物项实施出口管制的决定. */
export function documentTitleMentions(text: string, start: number, end: number): Mention[] {
  const t = official().documentTitle;
  titleRe ??= new RegExp(`(?:${alt(t.verbs)})\\s*((?:${alt(t.openers)})[^，。；：,;:！？!?\\n《》]{2,34}?的(?:${alt(t.kinds)}))(?![\\p{Script=Han}])`, 'gu');
  const out: Mention[] = [];
  for (const m of matchesIn(titleRe, text, start, end)) {
    const s = m.index + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, name: tidy(m[1]), label: 'Policy', rule: 'title', dateRole: 'occurred' });
  }
  out.push(...issuerTitleMentions(text, start, end));
  return out;
}

let issuerTitleRe: RegExp | undefined;

/**
 * 国务院关于深入实施“人工智能+”行动的意见: a title led by the organ that issues it, named with it
 * (two organs issue different 关于…的意见), and known by its 关于… form too; the kind may be qualified
 * (…的实施意见, …的暂行办法); a verb that issues it may follow (…的决定公布).
 */
function issuerTitleMentions(text: string, start: number, end: number): Mention[] {
  const t = official().documentTitle;
  issuerTitleRe ??= new RegExp(`([\\p{Script=Han}]{2,16})(关于[^，。；：,;:！？!?\\n《》]{2,40}?的[\\p{Script=Han}]{0,4}?(?:${alt(t.kinds)}))(?!(?!${alt(t.verbs)})[\\p{Script=Han}])`, 'gu');
  const out: Mention[] = [];
  for (const m of matchesIn(issuerTitleRe, text, start, end)) {
    const issuer = issuerAtEnd(m[1], !isHan(text[m.index - 1]));
    if (!issuer) continue;
    const s = m.index + m[1].length - issuer.length;
    const e = m.index + m[0].length;
    out.push({ start: s, end: e, name: tidy(text.slice(s, e)), label: 'Policy', rule: 'title', dateRole: 'occurred', aliases: [tidy(m[2])] });
  }
  return out;
}

/** The organ that ends `run`: a known organisation, or (when the run is all name) one ending in an organ's suffix. */
export function issuerAtEnd(run: string, wholeRun: boolean): string | undefined {
  for (let i = 0; i + 2 <= run.length; i++) {
    if (lexicon().lookup(run.slice(i))?.label === 'Organization') return run.slice(i);
  }
  return wholeRun && official().documentTitle.issuerSuffixes.some((x) => run.endsWith(x)) ? run : undefined;
}

const DOCUMENT_LABELS: NodeLabel[] = ['Policy', 'Indicator', 'Event'];
// The measures an official text announces (决定采取以下出口管制措施：), remembered for its items.
let announced: { text: string; id: string } | undefined;
forgetPerBriefing(() => {
  announced = undefined;
});

export function officialRelations(ctx: SentenceContext): void {
  const w = official();
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  const clauses = clausesOf(text, start, end);
  if (announced && announced.text !== text) announced = undefined;

  // 国务院关于深入实施“人工智能+”行动的意见: issued by the organ before 关于; about the policy it names.
  for (const doc of ms) {
    if (doc.label !== 'Policy') continue;
    const surface = text.slice(doc.start, doc.end);
    const at = surface.indexOf('关于');
    const issuer = at >= 2 ? issuerAtEnd(surface.slice(0, at), true) : undefined;
    if (!issuer || issuer.length !== at) continue;
    const org = ctx.nodeFor(issuer, 'Organization');
    if (org) ctx.addEdge('ISSUED_BY', doc.id, org, 'reported');
    for (const inner of ctx.mentions) {
      if (inner.nested && inner.label === 'Policy' && inner.start >= doc.start + at && inner.end <= doc.end) ctx.addEdge('INVOLVES', doc.id, inner.id, 'reported');
    }
  }

  // 经中国国务院批准，决定采取以下出口管制措施.
  for (const v of findCues('official.approval', w.approval.verbs, text, start, end)) {
    const org = ms.filter((m) => m.label === 'Organization' && m.end <= v.start && v.start - m.end <= 2).pop();
    if (!org) continue;
    // 经中国国务院批准: a country before the organisation is part of its name.
    const place = ms.find((m) => m.label === 'Place' && m.end === org.start);
    const at = place?.start ?? org.start;
    const lead = text.slice(Math.max(start, at - 3), at);
    if (!w.approval.policyAfter.some((o) => lead.endsWith(o))) continue;
    const doc = ms.find((m) => m.start >= v.end && DOCUMENT_LABELS.includes(m.label));
    if (doc) ctx.addEdge('INVOLVES', doc.id, org.id, 'reported');
  }

  // 根据《出口管制法》《两用物项出口管制条例》等…规定，…决定采取以下出口管制措施.
  for (const hit of findCues('official.legalBasis', w.legalBasis, text, start, end)) {
    const cl = clauseAt(clauses, hit.start);
    const laws = ms.filter((m) => m.start >= hit.end && m.end <= cl.end && m.label === 'Policy');
    if (!laws.length || !citesLaw(text, hit.end, laws[0].start)) continue;
    const doc = ms.find((m) => m.start >= cl.end && DOCUMENT_LABELS.includes(m.label));
    if (!doc) continue;
    for (const law of laws) ctx.addEdge('INVOLVES', law.id, doc.id, 'reported');
  }

  // 采取以下出口管制措施：— the items that follow are these measures.
  for (const m of ms) {
    if (m.label !== 'Policy') continue;
    const lead = text.slice(Math.max(start, m.start - 4), m.start);
    if (w.denial.listIntro.some((x) => lead.endsWith(x)) && /^\s*[:：]/.test(text.slice(m.end, end + 1))) announced = { text, id: m.id };
  }

  // 四、最终用途为研发、生产14纳米及以下逻辑芯片…的出口申请，逐案审批。
  const denials = findCues('official.denial', w.denial.cues, text, start, end);
  if (!denials.length) return;
  const policy = announced?.id ?? ms.filter((m) => m.label === 'Policy' && m.end <= denials[0].start).pop()?.id;
  if (!policy) return;
  for (const m of ms) {
    if (m.id === policy || m.end > denials[denials.length - 1].start || m.label === 'Place' || m.label === 'Policy') continue;
    if (actsOnMeasure(text, m)) continue;
    ctx.addEdge('CONSTRAINS', policy, m.id, 'reported');
  }
}
