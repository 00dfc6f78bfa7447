// PART_OF from how Chinese texts state composition: 制造业PMI由新订单指数、生产指数…构成 (the
// sub-indices are part of the PMI), and an official text's issuing unit (【发布单位】安全与管制局) in a
// text that comes from a ministry (来源:商务部网站): the bureau is part of that ministry.
// Words are data in lexicon/zh-phrases.json.
import type { Placed } from '../relations.js';
import { topLevel } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { zhWords } from './zh-phrase.js';
import { zhReleaseRelations } from './zh-release.js';
import { forgetPerBriefing } from '../per-briefing.js';

/** The ministry a text comes from, remembered per text (the 来源 line comes before 发布单位). */
let source: { text: string; id: string } | undefined;
forgetPerBriefing(() => {
  source = undefined;
});

const endsWithAny = (name: string, xs: string[]) => xs.some((x) => name.endsWith(x));
const surface = (ctx: SentenceContext, m: Placed) => ctx.text.slice(m.start, m.end);

export function zhPartRelations(ctx: SentenceContext): void {
  const w = zhWords();
  const { text, start, end } = ctx;
  const ms = topLevel(ctx);
  if (source && source.text !== text) source = undefined;

  // 制造业PMI由…构成: the whole right before the cue, the parts after it in the same sentence.
  for (const cue of w.composition.cues) {
    for (let at = text.indexOf(cue, start); at >= 0 && at < end; at = text.indexOf(cue, at + cue.length)) {
      const whole = ms.filter((m) => m.label === 'Indicator' && m.end <= at && at - m.end <= w.composition.maxGap).pop();
      if (!whole) continue;
      for (const part of ms) {
        if (part.start < at + cue.length || part.label !== 'Indicator' || part.id === whole.id) continue;
        ctx.addEdge('PART_OF', part.id, whole.id, 'reported');
      }
    }
  }

  // 来源:商务部网站 … 【发布单位】安全与管制局.
  const lead = text.slice(start, Math.min(end, start + 8));
  const orgs = ms.filter((m) => m.label === 'Organization');
  if (w.subUnit.sourceLabels.some((l) => lead.includes(l))) {
    const parent = orgs.find((m) => endsWithAny(surface(ctx, m), w.subUnit.parentSuffixes));
    if (parent) source = { text, id: parent.id };
  } else if (source && w.subUnit.issuerLabels.some((l) => lead.includes(l))) {
    for (const unit of orgs) {
      if (unit.id !== source.id && endsWithAny(surface(ctx, unit), w.subUnit.unitSuffixes)) ctx.addEdge('PART_OF', unit.id, source.id, 'reported');
    }
  }
  zhReleaseRelations(ctx);
}

