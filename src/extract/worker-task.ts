// What one extraction worker thread does (see pool.ts): extract a text, or say why it was refused.
// An InputError is sent back as data, since errors lose their class crossing threads.
import { InputError } from '../errors.js';
import type { GraphFragment } from '../model/index.js';
import { extractText } from './index.js';

export interface ExtractJob {
  text: string;
  opts: { name?: string; date?: string };
}

export type ExtractReply = { fragment: GraphFragment } | { refused: { message: string; field?: string } };

export default function extractJob(job: ExtractJob): ExtractReply {
  try {
    return { fragment: extractText(job.text, job.opts) };
  } catch (err) {
    if (err instanceof InputError) return { refused: { message: err.message, field: err.field } };
    throw err;
  }
}
