// `briefgraph ingest PATHS...`: extract and store each briefing file, one progress line per file.
// A bad file is named with its reason and skipped (nothing of it is stored: extraction finishes
// before the write); the exit code is 2 at the end if any file was skipped. A failing store
// stops the run, since no later file could be stored either. Files are written in batches through
// writeBriefings (still one transaction per briefing; the embedded store syncs its journal once per
// batch, which is what makes a big directory fast).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { dateArg, textArg } from '../api/index.js';
import { readBriefingFile } from '../briefing/index.js';
import { InputError } from '../errors.js';
import { extractText } from '../extract/index.js';
import { openStore, type GraphStore, type WriteResult } from '../graph/index.js';
import type { GraphFragment, IsoDate } from '../model/index.js';

const BRIEFING_FILE = /\.(txt|md)$/i;

/** Something wrong with one file: it is skipped, the others go on. */
class FileProblem extends Error {}

const DEFAULT_BATCH = 32;

interface Extracted {
  name: string;
  fragment: GraphFragment;
}

export async function ingestCommand(paths: string[], opts: { date?: string; batch?: string }): Promise<void> {
  const date = dateArg(opts.date, '--date');
  const batchSize = batchArg(opts.batch);
  const { files, missing } = await briefingFiles(paths);
  for (const p of missing) process.stderr.write(`skipped ${p}: no such file or directory\n`);
  if (files.length === 0) throw new InputError(`no .txt or .md briefing files in ${paths.join(', ')}`, 'PATHS');

  const store = await openStore(process.env);
  let skipped = missing.length;
  const skip = (name: string, err: unknown) => {
    if (!(err instanceof FileProblem || err instanceof InputError)) throw err;
    process.stderr.write(`skipped ${name}: ${err.message}\n`);
    skipped++;
  };
  try {
    let batch: Extracted[] = [];
    for (const file of files) {
      const name = path.basename(file);
      try {
        batch.push({ name, fragment: await extractFile(file, name, date) });
      } catch (err) {
        skip(name, err);
      }
      if (batch.length >= batchSize) {
        await writeBatch(store, batch, skip);
        batch = [];
      }
    }
    if (batch.length) await writeBatch(store, batch, skip);
  } finally {
    await store.close();
  }
  if (skipped > 0) {
    process.stderr.write(`${skipped} of ${files.length + missing.length} files skipped\n`);
    process.exitCode = 2;
  }
}

/**
 * Writes a batch; writeBriefings checks every fragment first and writes none if one is refused, so a
 * refused batch is written again one briefing at a time to name the file the store refused.
 */
async function writeBatch(store: GraphStore, batch: Extracted[], skip: (name: string, err: unknown) => void): Promise<void> {
  let results: WriteResult[];
  try {
    results = await store.writeBriefings(batch.map((b) => b.fragment));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const b of batch) {
      try {
        report(b, await store.writeBriefing(b.fragment));
      } catch (one) {
        skip(b.name, one);
      }
    }
    return;
  }
  batch.forEach((b, i) => report(b, results[i]));
}

function report({ name, fragment }: Extracted, result: WriteResult): void {
  process.stdout.write(`ingested ${name}  ${fragment.briefing.date}  ${result.nodes} nodes  ${result.edges} edges  (${result.status})\n`);
}

function batchArg(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1000) throw new InputError(`--batch must be a whole number from 1 to 1000; got "${value}"`, '--batch');
  return n;
}

async function extractFile(file: string, name: string, date?: IsoDate): Promise<GraphFragment> {
  // readBriefingFile refuses (InputError) binary, non-UTF-8 and oversized files instead of decoding them to U+FFFD.
  const text = await readBriefingFile(file).catch((err: unknown) => {
    throw err instanceof InputError ? err : new FileProblem(`cannot read it (${reason(err)})`);
  });
  return Promise.resolve()
    .then(() => extractText(textArg(text), { name, date }))
    .catch((err: unknown) => {
      throw err instanceof InputError ? err : new FileProblem(`extraction failed: ${reason(err)}`);
    });
}

/** Files as given, directories as their .txt/.md files in name order. */
async function briefingFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) files.push(...(await readdir(p)).filter((n) => BRIEFING_FILE.test(n)).sort().map((n) => path.join(p, n)));
    else files.push(p);
  }
  return { files, missing };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
