// People named where no role word stands before them: right after their organisation
// (中国科学技术大学潘建伟) and in a list after a person already found (潘建伟、朱晓波、彭承志等团队;
// 董事长甲、乙). A name is a common surname and one or two characters up to a character that closes
// a name (names.ts hanNameAt). Words are data in lexicon/zh-names.json and rules.json orgSuffixes.
import { rules } from '../lexicon.js';
import { alternation as alt } from '../text.js';
import type { Mention } from '../mention.js';
import { matchesIn } from '../text.js';
import { hanNameAt } from './names.js';
import { zhNameWords } from './zh-quoted.js';

let suffixRe: RegExp | undefined;
let roleRe: { any: RegExp; at: RegExp; more: Set<string> } | undefined;
/** Role words of rules.json and the titles of company news (党委书记, CTO) in zh-names.json persons.moreRoles, longest first. */
function roles() {
  if (roleRe) return roleRe;
  const more = zhNameWords<{ persons: { moreRoles: string[] } }>().persons.moreRoles;
  const words = alt([...rules().roleWords, ...more]);
  return (roleRe = { any: new RegExp(words, 'g'), at: new RegExp(words, 'y'), more: new Set(more) });
}
const roleStarts = (text: string, at: number) => {
  const re = roles().at;
  re.lastIndex = at;
  return re.test(text);
};
const person = (s: number, e: number, text: string): Mention => ({ start: s, end: e, name: text.slice(s, e), label: 'Person', rule: 'role-person' });

/** 中国科学技术大学潘建伟: a name right after an organisation suffix of two characters or more. */
export function orgPersonMentions(text: string, start: number, end: number): Mention[] {
  suffixRe ??= new RegExp(
    rules()
      .orgSuffixes.filter((w) => w.length >= 2)
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'g',
  );
  const out: Mention[] = [];
  for (const m of matchesIn(suffixRe, text, start, end)) {
    const at = m.index + m[0].length;
    // 鞍钢集团董事长: a role word after the organisation is no name (董 is a surname); the role rules read the name after it.
    if (roleStarts(text, at)) continue;
    const han = hanNameAt(text, at, end);
    if (han && han.start === at) out.push(person(han.start, han.end, text));
  }
  return out;
}

/** 潘建伟、朱晓波、彭承志等: names listed after a person found by a rule are people too. */
export function listedPersonMentions(text: string, end: number, people: Mention[]): Mention[] {
  const joiners = zhNameWords<{ persons: { listJoiners: string[] } }>().persons.listJoiners;
  const out: Mention[] = [];
  const seen = new Set(people.map((p) => p.start));
  const queue = [...people];
  for (let p = queue.shift(); p; p = queue.shift()) {
    const j = joiners.find((w) => text.startsWith(w, p.end));
    if (!j) continue;
    const han = hanNameAt(text, p.end + j.length, end);
    if (!han || han.start !== p.end + j.length || seen.has(han.start)) continue;
    seen.add(han.start);
    const next = person(han.start, han.end, text);
    out.push(next);
    queue.push(next);
  }
  return out;
}

/**
 * 鞍钢集团董事长、党委书记谭成旭表示, 优必选CTO熊友军表示: a name after a title of company or party
 * news that rules.json's role words lack, also as the last of a list of titles.
 */
export function titledPersonMentions(text: string, start: number, end: number): Mention[] {
  const r = roles();
  const out: Mention[] = [];
  for (const m of matchesIn(r.any, text, start, end)) {
    if (!r.more.has(m[0])) continue;
    const han = hanNameAt(text, m.index + m[0].length, end);
    if (han && han.start === m.index + m[0].length && !roleStarts(text, han.start)) out.push(person(han.start, han.end, text));
  }
  return out;
}
