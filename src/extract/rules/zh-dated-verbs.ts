// (being written this session)
import type { Mention } from '../mention.js';
import type { DateContext } from '../temporal.js';

export function zhDatedVerbMentions(_text: string, _start: number, _end: number): Mention[] {
  return [];
}

export function zhDatedVerbDates(_ctx: DateContext): void {}
