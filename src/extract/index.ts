// Briefing → GraphFragment. Public face of the extraction stage.
import { parseBriefing, type Briefing } from '../briefing/index.js';
import type { GraphFragment } from '../model/index.js';
import { extractBriefing } from './extract.js';

export { extractBriefing } from './extract.js';
export { toContractJson, type ContractJson } from './contract.js';
export { extractionPool, type ExtractionPool } from './pool.js';

/** Parses and extracts a text (a briefing file's content, or a pasted draft). */
export function extractText(text: string, opts: { name?: string; date?: string } = {}): GraphFragment {
  const b: Briefing = parseBriefing(text, opts);
  return extractBriefing(b);
}
