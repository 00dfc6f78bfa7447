// Which node a Chinese cue acts on, beyond "the nearest name after it": 促使更多算力需求转向华为昇腾 acts
// on the demand that turns (the pivot), not on where it turns; 针对韩国企业 on the companies, not the
// country; 制约国内工业软件和 EDA first on the phrase before any name; and a place, organisation or
// person is constrained only when named right after the cue (制裁华为), never caused. A quoted term
// opening the clause (“反内卷”政策推动…, 这一“以收入换许可”的安排…) names its own side. Words are data in
// lexicon/zh-relations.json (cueSides).
import type { NodeLabel } from '../../model/index.js';
import type { CueHit } from '../cues.js';
import { findCues } from '../cues.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { nounPhraseEnd } from './noun-phrase.js';
import { tagSpan } from '../segment.js';
import { phraseAfter, phraseBefore } from './zh-cue-phrases.js';
import { zhRelationWords } from './zh-release.js';
import { tidy } from '../text.js';
import { forgetPerBriefing } from '../per-briefing.js';

const ACTORS: NodeLabel[] = ['Place', 'Organization', 'Person'];
const words = () => zhRelationWords().cueSides;

/** After a leading quantifier (部分大宗商品价格 → 大宗商品价格). */
function skipQuantifier(text: string, from: number): number {
  const at = from + (text.slice(from).match(/^\s*/)?.[0].length ?? 0);
  const q = words().quantifiers.find((w) => text.startsWith(w, at));
  return q ? at + q.length : from;
}

export function zhCueObject(
  ctx: SentenceContext,
  ms: Placed[],
  hit: CueHit & { type: string },
  from: number,
  to: number,
  first: Placed | undefined,
  head: Placed | undefined,
): Placed | string | undefined {
  const { text } = ctx;
  const w = words();
  // 制约美国绕开中国建立替代性稀土—永磁产业链的进度: a generic head after a clause with its own verb
  // leaves the thing that clause ends with as the object.
  // 稀土—永磁产业链: a single dash between two characters joins them; the clause goes on.
  if (text[to] === '—' && text[to + 1] !== '—' && /\p{Script=Han}/u.test(text[to - 1] ?? '') && /\p{Script=Han}/u.test(text[to + 1] ?? '')) {
    const stop = text.slice(to + 1).search(/[，。；：,;:]/u);
    if (stop > 0 && stop < 24) to = to + 1 + stop;
  }
  const de = text.lastIndexOf('的', to - 1);
  const tail = de > from ? tidy(text.slice(de + 1, to)).replace(/[\p{P}\s]+$/u, '') : '';
  if (tail && zhRelationWords().cuePhrases.genericNouns.includes(tail) && tagSpan(text, from, de).some((t) => /^v[^n]?$/.test(t.tag))) {
    const named = ms.filter((m) => m.end === de && m.start >= from && !ACTORS.includes(m.label)).pop();
    const thing = named ?? phraseBefore(ctx, from, de);
    if (thing) return thing;
  }
  if (w.pivotCues.includes(hit.word)) {
    const verb = findCues('zh.cueSides.pivotVerbs', w.pivotVerbs, text, from, to)[0];
    if (verb) {
      const pivot = ms.filter((m) => m.start >= from && m.end <= verb.start).pop();
      if (pivot && /^\s*$/.test(text.slice(pivot.end, verb.start))) return ACTORS.includes(pivot.label) ? undefined : pivot;
      // 更多算力需求|转向: the words before the pivot verb are the object by their place.
      return phraseBefore(ctx, skipQuantifier(text, from), verb.start) ?? plainPhrase(ctx, skipQuantifier(text, from), verb.start);
    }
  }
  // 制约国内工业软件和 EDA: words before the first name may name the object themselves.
  if (!first || first.start - from > w.nameReach) {
    const p = phraseAfter(ctx, skipQuantifier(text, from), to);
    if (p) return p;
    // 部分大宗商品价格|回升: the words before a change verb, when no name stands between.
    const change = findCues('zh.cueSides.changeVerbs', w.changeVerbs, text, from, Math.min(to, from + 14))[0];
    if (change && !ms.some((m) => m.start >= from && m.start < change.start)) {
      // 就业和居民收入的改善: the first of the things whose change it is.
      const s = skipQuantifier(text, from);
      // 数据中心用电快速|攀升: adverbs before the change verb are no part of what changes.
      const toks = tagSpan(text, s, change.start).filter((t) => /\S/.test(t.word));
      while (toks.length > 1 && /^(?:d|ad)$/.test(toks[toks.length - 1].tag)) toks.pop();
      const span = text.slice(s, toks.length ? toks[toks.length - 1].end : change.start).replace(/的\s*$/u, '');
      const first = span.split(new RegExp(`[${w.joinChars.filter((x) => x.length === 1).join('')}]|以及`, 'u'))[0];
      return plainPhrase(ctx, s, s + first.length);
    }
    if (!head) return undefined;
  }
  if (!head || !ACTORS.includes(head.label)) return head;
  // 针对韩国企业, 威胁荷兰和欧洲关键技术: places before a noun only say whose it is.
  let last = head;
  for (let m = nextActor(ms, text, last); m; m = nextActor(ms, text, last)) last = m;
  const next = text[last.end] ?? '';
  if (/\p{Script=Han}/u.test(next) && !w.joinChars.includes(next)) {
    if (last !== head) return undefined;
    // 施压华盛顿放松…: the actor is the pivot, pressed to act; the cue acts on it.
    const toks = tagSpan(text, last.end, Math.min(to, last.end + 12)).filter((t) => /\S/.test(t.word));
    if (toks[0]?.tag.startsWith('v')) return hit.type === 'CONSTRAINS' && first && first.start - from <= 1 ? head : undefined;
    // 安世中国工厂与荷兰总部之间的供货中断: a phrase with 的 is about what follows its last 的.
    const de = text.lastIndexOf('的', to - 1);
    if (de > head.end && !tagSpan(text, head.end, de).some((t) => t.tag.startsWith('v'))) return plainPhrase(ctx, de + 1, nounPhraseEnd(text, de + 1, to, 10));
    return phraseAfter(ctx, head.start, to) ?? plainPhrase(ctx, head.start, nounPhraseEnd(text, head.start, to, 10));
  }
  if (hit.type === 'CAUSES') return undefined;
  return first && first.start - from <= 1 ? head : undefined;
}

const PIVOT_NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z\s]{1,9}$/u;

/** Words a cue's place marks as one side: a short run of Han or Latin letters that is no generic word. */
function plainPhrase(ctx: SentenceContext, s: number, e: number): string | undefined {
  const span = tidy(ctx.text.slice(s, e));
  return PIVOT_NAME.test(span) && !zhRelationWords().cuePhrases.genericNouns.includes(span) ? ctx.nodeFor(span, 'Concept') : undefined;
}

/** The actor listed right after `m` (荷兰和欧洲): joined by one conjunction or 、. */
function nextActor(ms: Placed[], text: string, m: Placed): Placed | undefined {
  const n = ms.find((x) => x.start >= m.end && x.start - m.end <= 2);
  return n && ACTORS.includes(n.label) && words().joinChars.includes(text.slice(m.end, n.start).trim()) ? n : undefined;
}

/**
 * The quoted term that opens a clause and acts through the cue: “反内卷”政策推动… (a Policy named by the
 * term and its policy word), 这一“以收入换许可”的安排在华盛顿引发… (a Concept named by the term).
 */
export function quotedSubject(ctx: SentenceContext, from: number, to: number): string | undefined {
  const m = /^\s*(?:这一|这种|这|该|此)?\s*[“"「]([^”"」]{2,12})[”"」]\s*(\p{Script=Han}{0,2})/u.exec(ctx.text.slice(from, to));
  if (!m) return undefined;
  const term = m[1].trim();
  const policy = words().policyHeads.find((h) => m[2].startsWith(h));
  return policy ? ctx.nodeFor(`${term}${policy}`, 'Policy') : ctx.nodeFor(term, 'Concept');
}

/** 针对部分美国企业采取的…措施: the cue is inside a relative clause that describes the measure after 的. */
export function inRelativeClause(text: string, cueEnd: number, clauseEnd: number): boolean {
  const rest = text.slice(cueEnd, Math.min(clauseEnd, cueEnd + 24));
  return words().relativeVerbs.some((v) => new RegExp(`^[^，。；,;]*?${v}的`).test(rest));
}

const DATE = /\d{1,2}\s*月\s*\d{1,2}\s*日/gu;
/** The first event (else policy) of the text named in a sentence with each date, for 11 月 10 日这一截止时间. */
let dated: { text: string; byDate: Map<string, string> } | undefined;
forgetPerBriefing(() => {
  dated = undefined;
});

export function rememberDates(ctx: SentenceContext, ms: Placed[]): void {
  if (!dated || dated.text !== ctx.text) dated = { text: ctx.text, byDate: new Map() };
  const thing = ms.find((m) => m.label === 'Event') ?? ms.find((m) => m.label === 'Policy');
  if (!thing) return;
  for (const d of ctx.text.slice(ctx.start, ctx.end).matchAll(DATE)) {
    const key = d[0].replace(/\s+/g, '');
    if (!dated.byDate.has(key)) dated.byDate.set(key, thing.id);
  }
}

/** 11 月 10 日这一截止时间: what the text first named with that date (the truce that ends then). */
export function datedReferent(ctx: SentenceContext, from: number, to: number): string | undefined {
  const m = /^\s*(\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:这一|这个|的)/u.exec(ctx.text.slice(from, to));
  return m && dated?.text === ctx.text ? dated.byDate.get(m[1].replace(/\s+/g, '')) : undefined;
}

/**
 * 小型企业景气度下滑可能制约…, 控制权之争可能导致…: a clause whose words before the cue are one short
 * phrase (after its modal words and a change verb) names the subject by that phrase.
 */
export function changedSubject(ctx: SentenceContext, from: number, to: number): string | undefined {
  const w = words();
  let lead = ctx.text.slice(from, to).trim();
  const strip = (xs: string[]) => {
    for (let again = true; again; ) {
      again = false;
      for (const x of xs) if (lead.endsWith(x) && lead.length > x.length) (lead = lead.slice(0, -x.length).trim()), (again = true);
    }
  };
  strip(zhRelationWords().shapes.pressureAdverbs);
  strip([...w.changeVerbs, ...w.weakVerbs]);
  // 对其禁止…: a preposition opens no subject; 其 refers back.
  if (!lead || /^(?:这|该|此|其)/.test(lead) || zhRelationWords().cuePhrases.prepositions.includes(lead[0])) return undefined;
  return plainPhrase(ctx, ctx.text.indexOf(lead, from), ctx.text.indexOf(lead, from) + lead.length);
}

/**
 * 将中国企业排除在…之外: with 将/把 the name between it and the cue is the object (a place or company
 * before a noun names a phrase: 中国企业), and the subject stands before 将. Returns where 将 stands.
 */
export function disposal(ctx: SentenceContext, ms: Placed[], from: number, cueAt: number): { at: number; object: Placed | string | undefined } | undefined {
  const m = /(?:将|把)\s*([^，。；,;将把]{1,16})$/u.exec(ctx.text.slice(from, cueAt));
  if (!m) return undefined;
  const at = from + (m.index ?? 0);
  const spanStart = cueAt - m[1].length;
  const inner = ms.filter((x) => x.start >= spanStart && x.end <= cueAt).pop();
  const tail = inner ? ctx.text.slice(inner.end, cueAt).trim() : '';
  if (!inner || !/^\p{Script=Han}{0,2}$/u.test(tail)) return undefined;
  if (!tail) return { at, object: inner };
  return { at, object: plainPhrase(ctx, inner.start, inner.end + ctx.text.slice(inner.end, cueAt).trimEnd().length) };
}
