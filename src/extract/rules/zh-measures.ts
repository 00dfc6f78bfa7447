// What a statistics release measures, named by the clause that gives its figure: an industry or an
// ownership class with its change (制造业增长7.3%, 国有控股企业增加值同比增长6.5%, 电力、热力、燃气及
// 水生产和供应业增长0.6%) and a product or quantity with its physical unit (钢材12421万吨, 发电量8262亿
// 千瓦时). Words are data in lexicon/zh-phrases.json (entities.measured).
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { tagSpan } from '../segment.js';
import { clausesOf, tidy, alternation as alt } from '../text.js';
import { comparesAmounts } from './false-edges.js';
import { zhWords } from './zh-phrase.js';


let compiled: { change: RegExp; amount: RegExp; leadingTime: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const w = zhWords();
  const m = w.entities.measured;
  const subject = `([\\p{Script=Han}、]{2,${m.maxChars}}?)`;
  return (compiled = {
    change: new RegExp(`${m.lead}${subject}${m.changeBetween}(?:${alt(m.changeVerbs)})\\s*-?\\d`, 'u'),
    amount: new RegExp(`${m.lead}${subject}\\s*\\d+(?:\\.\\d+)?\\s*(?:${alt(m.units)})`, 'u'),
    leadingTime: new RegExp(w.leadingTime, 'u'),
  });
}

function classLabel(subject: string): NodeLabel | undefined {
  for (const c of zhWords().entities.measured.classEnds) if (c.ends.some((e) => subject.endsWith(e))) return c.label;
  return undefined;
}

export function measuredMentions(text: string, start: number, end: number): Mention[] {
  const p = patterns();
  const m = zhWords().entities.measured;
  const out: Mention[] = [];
  for (const c of clausesOf(text, start, end)) {
    const clause = text.slice(c.start, c.end);
    const lead = clause.length - clause.trimStart().length;
    const body = clause.slice(lead);
    let hit: { subject: string; label: NodeLabel } | undefined;
    const change = p.change.exec(body);
    const changeLabel = change && classLabel(change[1]);
    if (change && changeLabel) hit = { subject: change[1], label: changeLabel };
    else {
      const amount = p.amount.exec(body);
      if (amount) hit = { subject: amount[1], label: m.quantityEnds.some((q) => amount[1].endsWith(q)) ? 'Indicator' : 'Product' };
    }
    if (!hit || hit.subject.startsWith('、') || hit.subject.endsWith('、')) continue;
    // 全年钢材产量…: the period is not part of the name; nor is 约 of 出货量约 1.3 万台.
    const approx = m.approxEnds.find((a) => hit.subject.endsWith(a));
    if (approx) hit.subject = hit.subject.slice(0, -approx.length);
    const subject = hit.subject.replace(p.leadingTime, '');
    if (subject.length < 2 || comparesAmounts(subject)) continue;
    const s = c.start + lead + body.indexOf(hit.subject) + (hit.subject.length - subject.length);
    // 摩根士丹利将…上调至: a clause with its own verb, not a thing measured.
    if (tagSpan(text, s, s + subject.length).some((t) => m.clauseTags.includes(t.tag) || m.clauseWords.includes(t.word))) continue;
    out.push({ start: s, end: s + subject.length, name: tidy(subject), label: hit.label, rule: 'policy-suffix', dateRole: 'period' });
  }
  return out;
}
