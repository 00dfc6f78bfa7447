// (being written this session: see src/extract/readers.ts)
import type { SentenceContext } from '../sentence.js';

export function zhClauseRelations(_ctx: SentenceContext): void {}
