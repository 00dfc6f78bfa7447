// The measure a paragraph is about, carried over sentences: 从新质生产力的视角看，此次列单具有两层含义。
// 其一，…，将制约…的进度 — the clause of 制约 has no subject of its own; it is the listing (此次列单),
// that is the list the text named most often so far. A sentence that opens with a demonstrative and a measure
// word sets the topic for itself and the sentence right after it. Words are data in
// lexicon/zh-cause-shapes.json (carryOver).
import { readFileSync } from 'node:fs';
import type { Placed } from '../relations.js';
import type { SentenceContext } from '../sentence.js';
import { alternation as alt } from '../text.js';
import { forgetPerBriefing } from '../per-briefing.js';

interface CarryOver {
  demonstratives: string[];
  heads: Record<string, string[]>;
}

let words: CarryOver | undefined;
let opening: RegExp | undefined;
function load(): { w: CarryOver; re: RegExp } {
  words ??= (JSON.parse(readFileSync(new URL('../lexicon/zh-cause-shapes.json', import.meta.url), 'utf8')) as { carryOver: CarryOver }).carryOver;
  // After an optional opening phrase (从…看，/ 其一，), the demonstrative and its measure word.
  opening ??= new RegExp(`^\\s*(?:[^，。；]{0,16}[看言说]\\s*，\\s*)?(?:${alt(words.demonstratives)})\\s*(${alt(Object.keys(words.heads))})`, 'u');
  return { w: words, re: opening };
}

/** What the rules remember of one text: its policies so far and the topic of the sentence read last. */
let state: { text: string; policies: { id: string; name: string }[]; last?: { end: number; topic?: string } } | undefined;
forgetPerBriefing(() => {
  state = undefined;
});

const stateFor = (ctx: SentenceContext) => (state?.text === ctx.text ? state : (state = { text: ctx.text, policies: [] }));

/** The measure this sentence opens with by a demonstrative (此次列单 → the latest 名单/清单). */
function openingTopic(ctx: SentenceContext): string | undefined {
  const { w, re } = load();
  const m = re.exec(ctx.text.slice(ctx.start, ctx.end));
  if (!m) return undefined;
  const names = w.heads[m[1]];
  // The fitting measure named most often so far (the one the story is about), the latest on a tie.
  const count = new Map<string, number>();
  for (const p of stateFor(ctx).policies) if (!names.length || names.some((n) => p.name.includes(n))) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of count) if (!best || n >= (count.get(best) ?? 0)) best = id;
  return best;
}

/** The topic a clause without a subject takes: this sentence's opening measure, or the one of the sentence right before. */
export function carriedTopic(ctx: SentenceContext): string | undefined {
  const own = openingTopic(ctx);
  if (own) return own;
  const last = stateFor(ctx).last;
  return last && last.end <= ctx.start && /^[^\S\n]*\n?[^\S\n]*$/.test(ctx.text.slice(last.end, ctx.start)) ? last.topic : undefined;
}

/** Called once per sentence, after its relations: remembers its policies and its opening topic. */
export function noteSentence(ctx: SentenceContext, ms: Placed[]): void {
  const s = stateFor(ctx);
  const topic = openingTopic(ctx);
  for (const m of ms) if (m.label === 'Policy') s.policies.push({ id: m.id, name: ctx.text.slice(m.start, m.end) });
  s.last = { end: ctx.end, topic };
}
