// Ingesting one text: extract it, then write its fragment in one store transaction. Shared by the
// ingestBriefing mutation and the `briefgraph ingest` command so both behave the same.
import { MAX_BRIEFING_BYTES } from '../../briefing/index.js';
import { InputError } from '../../errors.js';
import type { GraphFragment, IsoDate } from '../../model/index.js';
import type { GraphStore, WriteResult } from '../../graph/index.js';

/** The extraction stage as the API sees it (src/extract's `extractText`). */
export type Extract = (text: string, opts: { name?: string; date?: IsoDate }) => GraphFragment | Promise<GraphFragment>;

/** Longest text accepted for ingestion or a draft check, in UTF-8 bytes: the briefing stage's limit (2 MB). */
export const MAX_TEXT_BYTES = MAX_BRIEFING_BYTES;

/**
 * Longest draft `checkDraft` accepts, in UTF-8 bytes. Anyone may check a draft (no token): this bound
 * keeps one request's extraction short (64 KB, about five briefings). `serve` extracts in worker
 * threads (src/extract/pool.ts); a server built with extractText itself extracts on its event loop.
 */
export const MAX_DRAFT_BYTES = 64 * 1024;

export function textArg(text: string, argument = 'text', limit = MAX_TEXT_BYTES): string {
  if (text.trim() === '') throw new InputError(`${argument} must not be empty`, argument);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit) {
    throw new InputError(`${argument} is ${bytes} bytes; the limit is ${limit} bytes`, argument);
  }
  return text;
}

export async function ingestText(
  store: GraphStore,
  extract: Extract,
  text: string,
  opts: { name?: string; date?: IsoDate },
): Promise<{ fragment: GraphFragment; result: WriteResult }> {
  const fragment = await extract(textArg(text), opts);
  const result = await store.writeBriefing(fragment);
  return { fragment, result };
}
