// Extraction off the server's event loop: a small pool of worker threads (piscina), so one large
// ingestBriefing or checkDraft is extracted while other requests are still answered.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import type { GraphFragment } from '../model/index.js';
import type { ExtractJob, ExtractReply } from './worker-task.js';

export interface ExtractionPool {
  /** extractText in a worker thread; a refusal comes back as the same InputError. */
  extract(text: string, opts: { name?: string; date?: string }): Promise<GraphFragment>;
  close(): Promise<void>;
}

/** One warm worker (the first request does not wait for the lexicon and jieba to load), at most `threads`. */
export function extractionPool(threads = Math.max(1, Math.min(2, availableParallelism() - 1))): ExtractionPool {
  const pool = new Piscina<ExtractJob, ExtractReply>({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
  });
  return {
    async extract(text, opts) {
      const reply = await pool.run({ text, opts });
      if ('refused' in reply) throw new InputError(reply.refused.message, reply.refused.field);
      return reply.fragment;
    },
    close: () => pool.destroy(),
  };
}
