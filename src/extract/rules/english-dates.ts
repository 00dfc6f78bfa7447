// English dates by the verb they go with: "the agreement was signed on December 13, 2019",
// "rules released on October 17, 2023", "the Court ruled on February 20" date the event or policy
// just before the verb; a sentence that opens with its date ("On December 13, 2019, following
// months of negotiations, the United States and China reached the Phase One Agreement"; "WASHINGTON
// – Today, BIS added 37 entities to the Entity List") dates what its verb names after it; and a
// release saying its agency "has published an interim final rule", with no date, publishes it on
// the release's own date. Verbs: lexicon/english.json occurrenceVerbs, temporal.json attach.actionVerbs.
import { findCues } from '../cues.js';
import { isDatable, opens } from '../dates/attach.js';
import { lexicon as T } from '../dates/lexicon.js';
import type { Placed } from '../relations.js';
import { hasStart, setStart, type DateContext } from '../temporal.js';
import { englishShapes } from './english-refine.js';

const CJK = /[\u3400-\u9fff]/;
/**
 * Between verb and date: "signed on", "effective as of", "took effect on", and a place on the way
 * ("a framework agreed in London yesterday").
 */
const VERB_TO_DATE = /^\s*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+)?(?:on|as of|from|in)?\s*$/;
/** How far before its verb a subject may end: "rules released", "tariffs of 100% on Chinese goods would take effect". */
const SUBJECT_REACH = 48;
/** "effective October 21, the rules …": with no subject before the verb, only what follows the date. */
/** How far after its verb an object may start: "unveiled new export controls". */
const OBJECT_REACH = 24;
/** How far after a date of saying the reported verb may start: "said Friday that the department would impose". */
const REPORT_REACH = 40;
const OBJECT_NEXT = /^[\s,]*(?:the\s+)?$/i;
/** "has published", "have today issued": what the release itself does, on its own date. */
const PERFECT = /\b(?:has|have)\s+(?:(?:just|today|now|also)\s+)?$/i;
/** What may follow a date that closes its clause: a stop or comma, or "that …". */
const CLOSES = /^(?:\s*[.,;:]|\s+that\b|\s*$)/;
/** ", effective August 1" after the clause it dates. */
const EFFECTIVE = /,\s*effective\s+(?:on\s+|from\s+)?$/i;
const PREPOSITION_BEFORE = /\b(?:in|on|at|of|by|since|from|until|during|before|after)\s+(?:the\s+)?$/i;
/** Words at most between the thing and its closing date ("for H20 shipments late"). */
const GAP_WORDS = 5;
const PUBLISHING = new Set(['published', 'issued', 'released', 'announced', 'added', 'launched', 'initiated']);

export function englishDates(ctx: DateContext): void {
  const { text, start, end } = ctx;
  if (CJK.test(text.slice(start, end))) return;
  const verbs = [
    ...findCues('english.occurrenceVerbs', englishShapes().occurrenceVerbs, text, start, end),
    ...findCues('temporal.actionVerbs', T.attach.actionVerbs, text, start, end),
  ].sort((a, b) => a.start - b.start);
  const dated = ctx.mentions.filter((m) => isDatable(text, m));
  const saying = findCues('temporal.sayingVerbs', T.attach.sayingVerbs, text, start, end);
  const reported = [...verbs, ...findCues('temporal.reportedVerbs', T.attach.reportedVerbs, text, start, end)].sort((a, b) => a.start - b.start);
  if (!verbs.length && !saying.length) return;
  const date = (m: Placed | undefined, value: string, vague = false): void => {
    const node = m && ctx.node(m.id);
    if (!node || hasStart(node)) return;
    setStart(node, value, ctx.evidence(), vague);
    // would take effect on November 1: what is still to come is expected, not a fact.
    if (value > ctx.briefingDate && node.modality !== 'possible') node.modality = 'expected';
  };
  for (const x of ctx.expressions) {
    // …began granting licences for H20 shipments late last week: a relative date closing its clause,
    // no preposition of its own, dates the nearest event or policy a few words before it.
    if (x.relative && CLOSES.test(text.slice(x.end, x.end + 6)) && !PREPOSITION_BEFORE.test(text.slice(start, x.start))) {
      const prior = [...dated].reverse().find((m) => m.end <= x.start && m.start >= start);
      const gap = prior ? text.slice(prior.end, x.start).trim() : '';
      if (prior && !/[,;:]/.test(gap) && gap.split(/\s+/).length <= GAP_WORDS) {
        date(prior, x.value.start, x.vague);
        continue;
      }
    }
    if (x.value.end) continue;
    // imposes 50% tariffs on imports of …, effective August 1.: ", effective DATE" closing a clause
    // dates what the clause's verb imposes (its first event or policy after the verb).
    const effective = EFFECTIVE.exec(text.slice(start, x.start));
    if (effective && CLOSES.test(text.slice(x.end, x.end + 6))) {
      const comma = start + effective.index;
      const verb = [...verbs].reverse().find((v) => v.end <= comma && !/[;:.]/.test(text.slice(v.end, comma)));
      const object = verb && dated.find((m) => m.start >= verb.end && m.start - verb.end <= OBJECT_REACH && !/[,;.]/.test(text.slice(verb.end, m.start)));
      if (object) {
        date(object, x.value.start, x.vague);
        continue;
      }
    }
    // said Friday (that) it will update export controls: the reported clause's verb acts on its object then.
    if (saying.some((v) => v.end <= x.start && /^\s*(?:on\s+)?$/i.test(text.slice(v.end, x.start)))) {
      const verb = reported.find((v) => v.start >= x.end && v.start - x.end <= REPORT_REACH && !/[,;:.]/.test(text.slice(x.end, v.start)));
      const object = verb && dated.find((m) => m.start >= verb.end && m.start - verb.end <= OBJECT_REACH && !/[,;.]/.test(text.slice(verb.end, m.start)));
      if (object) {
        date(object, x.value.start, x.vague);
        continue;
      }
    }
    // VERB on DATE: the thing just before the verb (passive subject) or, failing that, after it.
    const verb = verbs.find((v) => v.end <= x.start && VERB_TO_DATE.test(text.slice(v.end, x.start)));
    if (verb) {
      const subject = [...dated]
        .reverse()
        .find((m) => m.end <= verb.start && verb.start - m.end <= SUBJECT_REACH && !/[,;:]/.test(text.slice(m.end, verb.start)));
      date(subject ?? dated.find((m) => m.start >= x.end && OBJECT_NEXT.test(text.slice(x.end, m.start))), x.value.start, x.vague);
      continue;
    }
    // The Commerce Department on Tuesday unveiled new export controls: DATE VERB OBJECT.
    const after = verbs.find((v) => v.start >= x.end && /^\s*$/.test(text.slice(x.end, v.start)));
    if (after) {
      const object = dated.find((m) => m.start >= after.end && m.start - after.end <= OBJECT_REACH && !/[,;.]/.test(text.slice(after.end, m.start)));
      if (object) {
        date(object, x.value.start, x.vague);
        continue;
      }
    }
    // On DATE, …, SUBJECT VERB OBJECT: the first event or policy after the sentence's verb.
    if (!opens(text.slice(start, x.start))) continue;
    const main = verbs.find((v) => v.start >= x.end);
    if (main) date(dated.find((m) => m.start >= main.end), x.value.start, x.vague);
  }
  // BIS has published an interim final rule (IFR) …: no date of its own, so the release's.
  for (const v of verbs) {
    if (!PUBLISHING.has(v.word.toLowerCase()) || !PERFECT.test(text.slice(Math.max(start, v.start - 20), v.start))) continue;
    const object = dated.find((m) => m.start >= v.end);
    if (object && !ctx.expressions.some((x) => x.start < object.end)) date(object, ctx.briefingDate);
    break;
  }
}
