// The corpus's fragments, extracted once on every core and cached under bench/out/fragments/<key>/
// in chunks of 50 (one JSON line each), keyed by the corpus (seed, size) and the extraction code
// (src/briefing, src/extract, src/model): the ingest and query parts can be rerun without paying
// extraction again, an interrupted preparation resumes, and 10k fragments (~800 MB of JSON) never
// have to sit in one string or all in memory. Extraction speed is measured on one core in
// extraction.ts; this is only preparation.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphFragment } from '../src/model/index.js';
import type { GeneratedBriefing } from './generator/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, 'bench/out/fragments');
const CODE = ['src/briefing', 'src/extract', 'src/model'];
const CHUNK = 50;

export interface Prepared {
  count: number;
  /** Wall time of the extraction done now on all cores (0 when everything came from the cache). */
  extractMs: number;
  extracted: number;
  workers: number;
  /** The first `limit` fragments, in corpus order, read chunk by chunk. */
  fragments(limit?: number): Generator<GraphFragment>;
}

/** `needed`: only the first this many must be ready (the rest are extracted on a later run). */
export async function prepareFragments(corpus: GeneratedBriefing[], seed: number, needed = corpus.length): Promise<Prepared> {
  const dir = path.join(CACHE, `${seed}-${corpus.length}-${codeHash()}`);
  mkdirSync(dir, { recursive: true });
  const chunkFile = (start: number) => path.join(dir, `${String(start).padStart(6, '0')}.jsonl`);
  const missing: number[] = [];
  for (let start = 0; start < Math.min(needed, corpus.length); start += CHUNK) if (!existsSync(chunkFile(start))) missing.push(start);

  const workers = Math.max(1, Math.min(availableParallelism(), missing.length));
  const started = performance.now();
  if (missing.length > 0) await extractOnWorkers(corpus, missing, workers, chunkFile);
  const extractMs = missing.length > 0 ? performance.now() - started : 0;

  return {
    count: corpus.length,
    extractMs,
    extracted: missing.reduce((sum, start) => sum + Math.min(CHUNK, corpus.length - start), 0),
    workers: missing.length > 0 ? workers : 0,
    *fragments(limit = corpus.length) {
      for (let start = 0; start < Math.min(limit, corpus.length); start += CHUNK) {
        const lines = readFileSync(chunkFile(start), 'utf8').split('\n').filter(Boolean);
        for (const [i, line] of lines.entries()) if (start + i < limit) yield JSON.parse(line) as GraphFragment;
      }
    },
  };
}

async function extractOnWorkers(
  corpus: GeneratedBriefing[],
  chunks: number[],
  n: number,
  chunkFile: (start: number) => string,
): Promise<void> {
  const queue = [...chunks];
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        const start = queue.shift();
        if (start === undefined) return resolve();
        const texts = corpus.slice(start, start + CHUNK).map((b) => ({ name: b.name, text: b.text }));
        worker.once('message', (msg: { fragments: GraphFragment[] }) => {
          // Written under a temporary name first, so a crash never leaves a half chunk that looks done.
          const file = chunkFile(start);
          writeFileSync(`${file}.tmp`, msg.fragments.map((f) => JSON.stringify(f)).join('\n') + '\n');
          renameSync(`${file}.tmp`, file);
          done += msg.fragments.length;
          if (process.stderr.isTTY) process.stderr.write(`\r  extracting the corpus: ${done} briefings`);
          send();
        });
        worker.postMessage({ texts });
      };
      worker.once('error', reject);
      send();
    });
  const pool = Array.from({ length: n }, () => new Worker(new URL('./extract-worker.mjs', import.meta.url)));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
}

/** A hash of the extraction code and its data files: any edit there invalidates the cache. */
function codeHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  for (const dir of CODE) walk(path.join(ROOT, dir));
  return h.digest('hex').slice(0, 12);
}
