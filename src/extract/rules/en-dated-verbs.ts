// (being written this session)
import type { Mention } from '../mention.js';
import type { DateContext } from '../temporal.js';

export function enDatedVerbMentions(_text: string, _start: number, _end: number): Mention[] {
  return [];
}

export function enDatedVerbDates(_ctx: DateContext): void {}
