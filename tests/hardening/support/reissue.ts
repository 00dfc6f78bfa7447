// A real briefing re-issued on another day, without extracting it again: the dateline changed in
// place (same length, so every evidence offset still holds), the id, evidence and hash following.
// Many distinct, whole briefings that share most of their nodes and edges, at no extraction cost.
import { createHash } from 'node:crypto';
import { briefingId } from '../../../src/briefing/index.js';
import type { GraphFragment } from '../../../src/model/index.js';

export function reissue(f: GraphFragment, month: number, day: number): GraphFragment {
  const dateline = /2026 年 \d 月 \d 日/.exec(f.briefing.text);
  if (!dateline || month > 9 || day > 9) throw new Error(`${f.briefing.id}: needs a single-digit dateline and a single-digit month and day`);
  const text = f.briefing.text.replace(dateline[0], `2026 年 ${month} 月 ${day} 日`);
  const date = `2026-0${month}-0${day}`;
  const id = briefingId(date, f.briefing.title);
  const moved = JSON.parse(JSON.stringify(f).split(JSON.stringify(f.briefing.id)).join(JSON.stringify(id))) as GraphFragment;
  moved.briefing = { ...moved.briefing, id, date, text, contentHash: createHash('sha256').update(text).digest('hex') };
  return moved;
}

/** 3 real briefings × `months` × 3 days: each real briefing gets days of its own (the series has one title). */
export function reissues(real: GraphFragment[], months: number): GraphFragment[] {
  const out: GraphFragment[] = [];
  for (let month = 1; month <= months; month++) for (let k = 0; k < 3; k++) real.forEach((f, i) => out.push(reissue(f, month, 1 + i * 3 + k)));
  return out;
}
