// `briefgraph ingest PATHS...`: extract and store each briefing file, one progress line per file.
// A bad file is named with its reason and skipped (nothing of it is stored: extraction finishes
// before the one write); the exit code is 2 at the end if any file was skipped. A failing store
// stops the run, since no later file could be stored either.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { dateArg, textArg } from '../api/index.js';
import { readBriefingFile } from '../briefing/index.js';
import { InputError } from '../errors.js';
import { extractText } from '../extract/index.js';
import { openStore, type GraphStore } from '../graph/index.js';
import type { IsoDate } from '../model/index.js';

const BRIEFING_FILE = /\.(txt|md)$/i;

/** Something wrong with one file: it is skipped, the others go on. */
class FileProblem extends Error {}

export async function ingestCommand(paths: string[], opts: { date?: string }): Promise<void> {
  const date = dateArg(opts.date, '--date');
  const { files, missing } = await briefingFiles(paths);
  for (const p of missing) process.stderr.write(`skipped ${p}: no such file or directory\n`);
  if (files.length === 0) throw new InputError(`no .txt or .md briefing files in ${paths.join(', ')}`, 'PATHS');

  const store = await openStore(process.env);
  let skipped = missing.length;
  try {
    for (const file of files) {
      const name = path.basename(file);
      try {
        process.stdout.write(`${await ingestFile(store, file, name, date)}\n`);
      } catch (err) {
        if (!(err instanceof FileProblem || err instanceof InputError)) throw err;
        process.stderr.write(`skipped ${name}: ${err.message}\n`);
        skipped++;
      }
    }
  } finally {
    await store.close();
  }
  if (skipped > 0) {
    process.stderr.write(`${skipped} of ${files.length + missing.length} files skipped\n`);
    process.exitCode = 2;
  }
}

async function ingestFile(store: GraphStore, file: string, name: string, date?: IsoDate): Promise<string> {
  // readBriefingFile refuses (InputError) binary, non-UTF-8 and oversized files instead of decoding them to U+FFFD.
  const text = await readBriefingFile(file).catch((err: unknown) => {
    throw err instanceof InputError ? err : new FileProblem(`cannot read it (${reason(err)})`);
  });
  const fragment = await Promise.resolve()
    .then(() => extractText(textArg(text), { name, date }))
    .catch((err: unknown) => {
      throw err instanceof InputError ? err : new FileProblem(`extraction failed: ${reason(err)}`);
    });
  // The store refusing a fragment says InputError (the file's problem); any other error is the store's.
  const result = await store.writeBriefing(fragment);
  return `ingested ${name}  ${fragment.briefing.date}  ${result.nodes} nodes  ${result.edges} edges  (${result.status})`;
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
