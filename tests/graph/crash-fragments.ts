// Many distinct briefings for the crash test: the three real fragments under numbered ids.
import type { GraphFragment } from '../../src/model/index.js';
import { MAY6, MAY7, MAY8, may6, may7, may8 } from './fragments.js';

const MAKERS = [
  (i: number) => may7({ ...MAY7, id: `crash-${i}` }),
  (i: number) => may8({ ...MAY8, id: `crash-${i}` }),
  (i: number) => may6({ ...MAY6, id: `crash-${i}` }),
];

export function crashFragment(i: number): GraphFragment {
  return MAKERS[i % MAKERS.length](i);
}

/** Evidence sentences one whole briefing i contributes (each briefing's evidence is its own). */
export function evidenceOf(i: number): number {
  return crashFragment(i).edges.reduce((n, e) => n + e.evidence.length, 0);
}
