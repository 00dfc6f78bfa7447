// Prior coverage: which briefings mentioned a node, when, and in which sentences (the MENTIONS
// edge of each briefing carries up to three of them).
import type { BriefingMeta, Evidence, IsoDate } from '../../model/index.js';
import type { GraphStore } from '../../graph/index.js';
import { firstDay, lastDay } from './dates.js';

export interface Coverage {
  briefing: BriefingMeta;
  sentences: Evidence[];
}

export interface CoverageWindow {
  /** Only briefings published before this date (exclusive). */
  before?: IsoDate;
  /** Only briefings published on or before this date. */
  until?: IsoDate;
  /** Leave this briefing out (a draft identical to a stored briefing is not its own prior coverage). */
  except?: string;
}

/** Every briefing that mentioned the node, oldest first. */
export async function coverage(store: GraphStore, id: string, window: CoverageWindow = {}): Promise<Coverage[]> {
  const mentions = await store.edgesOf(id, { types: ['MENTIONS'], direction: 'in' });
  const found = await Promise.all(
    mentions.map(async (e) => ({ briefing: await store.getBriefing(e.from), sentences: e.evidence })),
  );
  return found
    .filter((c): c is Coverage => c.briefing !== undefined && inWindow(c.briefing, window))
    .sort((a, b) => a.briefing.date.localeCompare(b.briefing.date) || a.briefing.id.localeCompare(b.briefing.id));
}

export function inWindow(b: BriefingMeta, w: CoverageWindow): boolean {
  const d = firstDay(b.date);
  return (
    b.id !== w.except &&
    (w.before === undefined || d < firstDay(w.before)) &&
    (w.until === undefined || d <= lastDay(w.until))
  );
}
