// General clause readers, run after the shape rules of relations.ts and structure.ts: they read any
// clause by its grammar (subject, verb, object; apposition; X of Y) rather than by a listed verb
// shape, and add an edge only between two nodes the shape rules left unjoined in the sentence.
// BRIEFGRAPH_SHAPES=off runs them alone, to measure how much of the graph they find by themselves.
import { englishClauseRelations } from './rules/en-clause-reader.js';
import { nominalRelations } from './rules/nominal-relations.js';
import { zhClauseRelations } from './rules/zh-clause-reader.js';
import { coMentionRelations } from './rules/co-mention.js';
import type { SentenceContext } from './sentence.js';

export const shapesOff = (): boolean => process.env.BRIEFGRAPH_SHAPES === 'off';

export function generalRelations(ctx: SentenceContext, english: boolean): void {
  nominalRelations(ctx, english);
  if (english) englishClauseRelations(ctx);
  else zhClauseRelations(ctx);
  coMentionRelations(ctx);
}
