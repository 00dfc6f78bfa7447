// (being written this session: see src/extract/readers.ts)
import type { SentenceContext } from '../sentence.js';

export function nominalRelations(_ctx: SentenceContext, _english: boolean): void {}
