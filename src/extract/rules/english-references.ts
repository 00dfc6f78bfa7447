// A definite generic reference in English (the order, this action, these fees) stands for the last
// instrument of its kind named earlier in the same paragraph (Executive Order 14257 … the duties
// imposed under this order), so the clause rules can relate it. Never across a paragraph break.
import type { NodeLabel } from '../../model/index.js';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { clauseWords } from './english-clauses.js';
import { documentInstrument } from './english-document.js';
import { forgetPerBriefing } from '../per-briefing.js';

const INSTRUMENT = new Set<NodeLabel>(['Policy', 'Event']);

/** The instruments named so far in the current paragraph, latest last. */
let seen: { text: string; end: number; list: { id: string; label: NodeLabel; words: string }[] } | undefined;
forgetPerBriefing(() => {
  seen = undefined;
});
/** The instruments named so far in the whole text, latest last: "The deal covers …" in a later paragraph than the deal. */
let all: { text: string; list: { id: string; label: NodeLabel; words: string }[] } | undefined;
forgetPerBriefing(() => {
  all = undefined;
});

const stem = (w: string) => w.toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');

/** The sentence's top-level mentions, with each definite generic reference replaced by the instrument it names. */
export function withReferences(ctx: SentenceContext, ms: Placed[]): Placed[] {
  const { text, start, end } = ctx;
  if (!all || all.text !== text || (seen && seen.text === text && seen.end > start)) all = { text, list: [] };
  if (!seen || seen.text !== text || seen.end > start || /\n[ \t]*\n/.test(text.slice(seen.end, start))) seen = { text, end, list: [] };
  const heads = [...clauseWords().referenceHeads].sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`\\b(?:the|this|that|these|those|such)\\s+(${heads})\\b`, 'gi');
  const refs: Placed[] = [];
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = start + m.index;
    const headAt = at + m[0].length - m[1].length;
    // "the order of …", "the Act 2024": a longer name (case matters here, so not in the 'i' pattern).
    if (/^\s+(?:of\b|[A-Z0-9])/.test(text.slice(at + m[0].length, at + m[0].length + 4))) continue;
    // Part of a longer name (the Phase One Agreement is not "the agreement") or of a bigger phrase.
    const cover = ctx.mentions.find((x) => x.start < at + m![0].length && x.end > headAt);
    if (cover && text.slice(cover.start, cover.end).toLowerCase() !== m[1].toLowerCase()) continue;
    const before = [...seen.list, ...ms.filter((x) => INSTRUMENT.has(x.label) && x.end <= at).map(entry(text))];
    const head = stem(m[1]);
    // "the measure", "the action" name no kind: any instrument fits (a Policy first).
    const generic = clauseWords().genericReferenceHeads.includes(m[1].toLowerCase());
    const fits = (x: { words: string; label: NodeLabel }) =>
      (generic ? x.label === 'Policy' : x.words.split(/\s+/).some((w) => stem(w) === head)) && x.words.toLowerCase() !== m![1].toLowerCase();
    // The paragraph's instrument first; a sentence opening with the reference ("The deal covers …")
    // may also mean one named in an earlier paragraph (a wire story's headline deal).
    const opening = !/\S/.test(text.slice(start, at));
    const target = before.reverse().find(fits) ?? (opening ? [...all.list].reverse().find(fits) : undefined) ?? (opening ? documentFallback(text, head) : undefined);
    if (target) refs.push({ id: target.id, label: target.label, start: at, end: at + m[0].length, nested: false });
  }
  for (const x of ms) if (INSTRUMENT.has(x.label)) {
    seen.list.push(entry(text)(x));
    all.list.push(entry(text)(x));
  }
  seen.end = end;
  if (!refs.length) return ms;
  return [...ms.filter((x) => !refs.some((r) => x.start < r.end && x.end > r.start)), ...refs].sort((a, b) => a.start - b.start);
}

const entry = (text: string) => (x: Placed) => ({ id: x.id, label: x.label, words: text.slice(x.start, x.end).replace(/[^\w\s-]/g, ' ') });

/** "This rule is effective …" with no rule named before: the document the header says the text is. */
function documentFallback(text: string, head: string): { id: string; label: NodeLabel; words: string } | undefined {
  const doc = documentInstrument(text);
  return doc && doc.words.split(/\s+/).some((w) => stem(w) === head) ? doc : undefined;
}
