// The corpus's fragments, extracted once on every core and cached under bench/out/fragments, keyed
// by the corpus (seed, size) and the extraction code (src/briefing, src/extract, src/model), so the
// ingest and query parts can be rerun without paying extraction again. Extraction speed itself is
// measured on one core in extraction.ts; this is only preparation.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphFragment } from '../src/model/index.js';
import type { GeneratedBriefing } from './generator/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, 'bench/out/fragments');
const CODE = ['src/briefing', 'src/extract', 'src/model'];

export interface Prepared {
  fragments: GraphFragment[];
  /** Wall time of extraction on all cores, or 0 when read from the cache. */
  extractMs: number;
  workers: number;
  cached: boolean;
}

export async function prepareFragments(corpus: GeneratedBriefing[], seed: number): Promise<Prepared> {
  const file = path.join(CACHE, `${seed}-${corpus.length}-${codeHash()}.jsonl`);
  if (existsSync(file)) {
    const fragments = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GraphFragment);
    if (fragments.length === corpus.length) return { fragments, extractMs: 0, workers: 0, cached: true };
  }
  const workers = Math.max(1, availableParallelism());
  const start = performance.now();
  const fragments = await extractOnWorkers(corpus, workers);
  const extractMs = performance.now() - start;
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, fragments.map((f) => JSON.stringify(f)).join('\n') + '\n');
  return { fragments, extractMs, workers, cached: false };
}

async function extractOnWorkers(corpus: GeneratedBriefing[], n: number): Promise<GraphFragment[]> {
  const out: GraphFragment[] = new Array(corpus.length);
  const chunk = 50;
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= corpus.length) return resolve();
        const from = next;
        next += chunk;
        const texts = corpus.slice(from, from + chunk).map((b) => ({ name: b.name, text: b.text }));
        worker.once('message', (msg: { fragments: GraphFragment[] }) => {
          msg.fragments.forEach((f, i) => (out[from + i] = f));
          done += msg.fragments.length;
          if (process.stderr.isTTY) process.stderr.write(`\r  extracting the corpus: ${done}/${corpus.length}`);
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
  return out;
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
