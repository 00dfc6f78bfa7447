// Named works and campaigns: 《titles》 (labelled by their last word: …法/条例/规划 → Policy,
// …报告 → Event), 题为“…”的面板讨论, and quoted campaign names (“人工智能+”行动, “应对…”研讨会).
import type { NodeLabel } from '../../model/index.js';
import { lexicon, rules } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { matchesIn, tidy } from '../text.js';
import { cleanName } from '../names.js';

// One PDF line break may fall inside a title (《稀土管理 ⏎ 条例实施细则》), a blank line may not.
const TITLE = /《((?:[^》\n]|\n(?![^\S\n]*\n)){2,80})》/g;
const TITLED = /题为\s*[“”"「『]\s*([^“”"」』\n]{2,40}?)\s*[“”"」』]/g;
// Quote pairs as printed: “…”, "…", 「…」, and ”…” (PDF conversion turns both marks into ”). A
// ”…“ pair is the gap between two quotations, never a name.
const QUOTED = '(?:“([^“”\\n]{2,24}?)”|”([^“”\\n]{2,24}?)”|"([^"\\n]{2,24}?)"|「([^「」\\n]{2,24}?)」)';

let quotedRe: RegExp | undefined;
let nounLabels: Map<string, NodeLabel> | undefined;

function labelsByNoun(): Map<string, NodeLabel> {
  if (nounLabels) return nounLabels;
  const r = rules();
  const m = new Map<string, NodeLabel>();
  for (const n of r.eventNouns) m.set(n.noun, n.label);
  for (const s of [...r.campaignSuffixes, ...r.quotedPolicyKinds.words]) m.set(s, 'Policy');
  return (nounLabels = m);
}

// A bracketed qualifier closing a title (…实施方案（2024—2030 年）, …办法（试行）, …目录（2025年版）) is no word of its kind.
const QUALIFIER = /\s*[（(][^（）()]{1,16}[）)]\s*$/u;

/** The label a title's own last word, or the noun right after it (的政策报告), gives it. */
function titleLabel(title: string, after: string): NodeLabel {
  const r = rules();
  const core = title.replace(QUALIFIER, '');
  for (const t of r.titleLabels) if (t.endsWith.some((w) => core.endsWith(w))) return t.label;
  for (const [noun, label] of labelsByNoun()) if (after.slice(0, 12).includes(noun)) return label;
  return r.titleDefaultLabel;
}

export function titleMentions(text: string, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const re of [TITLE, TITLED]) {
    for (const m of matchesIn(re, text, start, end)) {
      const inner = m[1];
      const innerStart = m.index + m[0].indexOf(inner);
      const name = cleanName(inner);
      if (name.length < 2) continue;
      // 《…的通⏎知》: the last word read across a PDF line break.
      const label = titleLabel(tidy(inner), text.slice(m.index + m[0].length, Math.min(end, m.index + m[0].length + 12)));
      out.push({
        start: innerStart,
        end: innerStart + inner.length,
        name,
        label,
        rule: 'title',
        aliases: name === inner ? undefined : [inner],
        dateRole: 'occurred',
      });
    }
  }
  return out;
}

/** “X”行动 / “X”研讨会: the quoted name plus its kind. */
export function quotedMentions(text: string, start: number, end: number): Mention[] {
  const labels = labelsByNoun();
  quotedRe ??= new RegExp(`${QUOTED}\\s*(${[...labels.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(quotedRe, text, start, end)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
    const kind = m[5];
    const label = labels.get(kind) ?? 'Event';
    const isCampaign = rules().campaignSuffixes.includes(kind) || rules().quotedPolicyKinds.words.includes(kind);
    const s = m.index;
    const name = cleanName(isCampaign ? `${inner}${kind}` : inner);
    if (name.length < 2) continue;
    out.push({ start: s, end: s + m[0].length, name, label, rule: 'quoted', aliases: [cleanName(`${inner}${kind}`)], dateRole: 'occurred' });
  }
  return out;
}

let namedAfterRe: RegExp | undefined;

/** 合作项目“MASGA”, 计划“星门”: a campaign noun, then its quoted name — a Policy called by that name. */
export function namedCampaignMentions(text: string, start: number, end: number): Mention[] {
  namedAfterRe ??= new RegExp(`(?:${[...rules().campaignSuffixes].sort((a, b) => b.length - a.length).join('|')})\\s*${QUOTED}`, 'g');
  const out: Mention[] = [];
  for (const m of matchesIn(namedAfterRe, text, start, end)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
    const name = cleanName(inner);
    if (name.length < 2 || name.length > 16) continue;
    const s = m.index + m[0].lastIndexOf(inner);
    out.push({ start: s, end: s + inner.length, name, label: 'Policy', rule: 'quoted', dateRole: 'occurred' });
  }
  return out;
}

let quotedAloneRe: RegExp | undefined;
let policyEnds: string[] | undefined;

/** "50% 规则", “长臂管辖条款”: a quoted name whose own last word makes it a Policy. */
export function quotedPolicyMentions(text: string, start: number, end: number): Mention[] {
  quotedAloneRe ??= new RegExp(QUOTED, 'g');
  policyEnds ??= [
    ...rules().titleLabels.filter((t) => t.label === 'Policy').flatMap((t) => t.endsWith),
    ...rules().eventNouns.filter((n) => n.label === 'Policy').map((n) => n.noun),
  ];
  const out: Mention[] = [];
  for (const m of matchesIn(quotedAloneRe, text, start, end)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
    // “不公平的规则” describes; a name has no 的 in it.
    if (/[的地得]/.test(inner) || !policyEnds.some((w) => inner.endsWith(w) && inner.length > w.length)) continue;
    const name = cleanName(inner);
    if (name.length < 3) continue;
    const s = m.index + m[0].indexOf(inner);
    out.push({ start: s, end: s + inner.length, name, label: 'Policy', rule: 'quoted', dateRole: 'occurred' });
  }
  return out;
}

let docRe: RegExp | undefined;

/** Official documents by number (商务部公告2025年第61号): a Policy named as printed, without spaces. */
export function documentMentions(text: string, start: number, end: number): Mention[] {
  docRe ??= new RegExp(rules().documentNumber, 'gu');
  const out: Mention[] = [];
  for (const m of matchesIn(docRe, text, start, end)) {
    // 根据商务部公告2026年第11号: the number's name starts at the issuing organisation, not at 根据.
    const org = lexicon().match(text, m.index, m.index + m[1].length).find((x) => x.entry.label === 'Organization');
    const cut = org ? org.start - m.index : 0;
    const name = `${m[1].slice(cut)}${m[2]}年第${m[3]}号`;
    out.push({ start: m.index + cut, end: m.index + m[0].length, name, label: 'Policy', rule: 'title', dateRole: 'occurred' });
  }
  return out;
}
