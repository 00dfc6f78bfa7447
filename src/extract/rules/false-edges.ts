// Guards against relation shapes that read a false edge: the organisation acting on a measure read
// as its object, a reporter read as the actor it reports, a 根据 clause with no law in it read as a
// legal basis. Words are data in lexicon/false-edges.json.
import { readFileSync } from 'node:fs';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';

interface FalseEdgeWords {
  actorAfter: string[];
  reportVerbs: string[];
  otherActors: string[];
  actorMarkers: string[];
  lawOpeners: string[];
  comparisons: string[];
  yearAfter: string[];
  cueNounHeads: string[];
  clauseVerbs: string[];
  notNounHeads: string[];
}

let words: FalseEdgeWords | undefined;
const w = (): FalseEdgeWords =>
  (words ??= JSON.parse(readFileSync(new URL('../lexicon/false-edges.json', import.meta.url), 'utf8')) as FalseEdgeWords);

type Span = Pick<Mention, 'start' | 'end' | 'label'>;

/** 商务部将对关注名单中实体…不予批准: the organisation right before 将/对 is the one acting, no object. */
export function actsOnMeasure(text: string, m: Span): boolean {
  if (m.label !== 'Organization') return false;
  const after = text.slice(m.end, m.end + 4).trimStart();
  return w().actorAfter.some((x) => after.startsWith(x));
}

/**
 * Nvidia 宣布美国政府已表示将批准…出口许可: between from and to a report verb opens another actor's act
 * (a place, an organisation or 政府/美方 right after it, which then 已/将/表示…), so whoever stands
 * before the report verb did not do what follows. 商务部宣布对美国…实施 is no such shape (对 comes first).
 */
export function reportsOtherActor(text: string, ms: Span[], from: number, to: number): boolean {
  const { reportVerbs, otherActors, actorMarkers } = w();
  for (const verb of reportVerbs) {
    for (let i = text.indexOf(verb, from); i >= 0 && i < to; i = text.indexOf(verb, i + 1)) {
      let pos = i + verb.length;
      while (/\s/.test(text[pos] ?? '')) pos++;
      // The actor: mentions and actor words standing one after another (美国 + 政府).
      let moved = true;
      const at = pos;
      while (moved && pos < to) {
        moved = false;
        const m = ms.find((x) => x.start === pos && (x.label === 'Place' || x.label === 'Organization'));
        if (m) (pos = m.end), (moved = true);
        const word = otherActors.find((x) => text.startsWith(x, pos));
        if (word) (pos += word.length), (moved = true);
        while (/\s/.test(text[pos] ?? '')) pos++;
      }
      if (pos > at && actorMarkers.some((x) => text.startsWith(x, pos))) return true;
    }
  }
  return false;
}

/** 根据《出口管制法》: the law follows the cue at once; 根据各自经营情况评估…价格承诺 cites none. */
export function citesLaw(text: string, cueEnd: number, lawStart: number): boolean {
  let gap = text.slice(cueEnd, lawStart);
  for (let changed = true; changed; ) {
    changed = false;
    for (const o of w().lawOpeners) if (gap.startsWith(o)) (gap = gap.slice(o.length)), (changed = true);
  }
  return gap === '';
}

/** 远高于去年约 5500 台: a measured subject that compares amounts names no product. */
export const comparesAmounts = (subject: string): boolean => w().comparisons.some((x) => subject.includes(x));

/** 计⏎划于 2027 财年: a bare year before 年/财年/年度 is a date, no product code. */
export function yearNotCode(text: string, code: string, codeEnd: number): boolean {
  if (!/^(?:19|20)\d{2}$/.test(code.trim())) return false;
  const after = text.slice(codeEnd, codeEnd + 4).trimStart();
  return w().yearAfter.some((x) => after.startsWith(x));
}

/** 这意味着设备厂商…: a product phrase opening with a verb that takes a clause (意味着, 表明) is no name. */
export function opensWithClauseVerb(text: string, start: number, end: number): boolean {
  const first = tagSpan(text, start, end).find((t) => !/^\s+$/.test(t.word));
  return first !== undefined && w().clauseVerbs.includes(first.word);
}

/** 出口管制管控名单, 关税排除期: a cue verb right before a noun head is part of the noun, no act with an object. */
export const cueInNoun = (text: string, cueEnd: number): boolean =>
  w().cueNounHeads.some((x) => text.startsWith(x, cueEnd)) && !w().notNounHeads.some((x) => text.startsWith(x, cueEnd));

/** ORG …推出/制造 PRODUCT: the organisation stands in the verb's clause (or 其 carries it there), no place or other organisation after it. */
export function makerOf(text: string, ms: Span[], clauseStart: number, org: Span, verbStart: number): boolean {
  // …奕斯伟…是核心企业，其目标月产能为…: 其 carries the organisation into a later clause.
  if (org.start < clauseStart && !text.slice(clauseStart, verbStart).includes('其')) return false;
  if (ms.some((m) => (m.label === 'Place' || m.label === 'Organization') && m.start >= org.end && m.end <= verbStart)) return false;
  return !reportsOtherActor(text, ms, org.end, verbStart);
}
