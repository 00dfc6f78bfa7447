import { createHash } from 'node:crypto';
import { nodeId } from '../model/index.js';

const MAX_SLUG = 48;

/**
 * The stable id of a briefing: its date and a slug of its title (`2026-05-08-新质生产力每日动态`).
 * A long title is cut and given a short hash of the whole, so two headlines sharing a start stay apart.
 */
export function briefingId(date: string, title: string): string {
  const slug = nodeId(title.trim() || 'untitled');
  if (slug.length <= MAX_SLUG) return `${date}-${slug}`;
  const hash = createHash('sha256').update(title.trim()).digest('hex').slice(0, 8);
  return `${date}-${slug.slice(0, MAX_SLUG).replace(/-+$/, '')}-${hash}`;
}
