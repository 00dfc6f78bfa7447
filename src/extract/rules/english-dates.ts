// English dates by the verb they go with: "the agreement was signed on December 13, 2019",
// "rules effective October 21", "the Court ruled on February 20" date the event or policy before
// the verb; a sentence that opens with its date ("On December 13, 2019, following months of
// negotiations, the United States and China reached the Phase One Agreement") dates what its verb
// names after it. Verbs: lexicon/english.json occurrenceVerbs.
import { findCues } from '../cues.js';
import type { Placed } from '../relations.js';
import { setStart, type DateContext } from '../temporal.js';
import { englishShapes } from './english-refine.js';

const CJK = /[\u3400-\u9fff]/;
const DATED = new Set(['Event', 'Policy']);
/** Between verb and date: "signed on", "effective as of", "took effect on". */
const VERB_TO_DATE = /^\s*(?:on|as of|from|in)?\s*$/;
/** A sentence that opens with its date: "On December 13, 2019," (only "On"/"In" before it). */
const OPENING = /^\s*[“"]?\s*(?:On|In)\s*$/;

export function englishDates(ctx: DateContext): void {
  const { text, start, end } = ctx;
  if (CJK.test(text.slice(start, end))) return;
  const verbs = findCues('english.occurrenceVerbs', englishShapes().occurrenceVerbs, text, start, end);
  if (!verbs.length) return;
  const dated = ctx.mentions.filter((m) => DATED.has(m.label) && !m.nested);
  const date = (m: Placed | undefined, value: string): void => {
    const node = m && ctx.node(m.id);
    if (node && !node.start) setStart(node, value, ctx.evidence());
  };
  for (const x of ctx.expressions) {
    if (x.value.end) continue;
    // VERB on DATE: the thing before the verb (passive subject) or, failing that, after it.
    const verb = verbs.find((v) => v.end <= x.start && VERB_TO_DATE.test(text.slice(v.end, x.start)));
    if (verb) {
      const subject = [...dated].reverse().find((m) => m.end <= verb.start);
      date(subject ?? dated.find((m) => m.start >= x.end), x.value.start);
      continue;
    }
    // On DATE, …, SUBJECT VERB OBJECT: the first event or policy after the sentence's verb.
    if (!OPENING.test(text.slice(start, x.start))) continue;
    const main = verbs.find((v) => v.start >= x.end);
    if (main) date(dated.find((m) => m.start >= main.end), x.value.start);
  }
}
