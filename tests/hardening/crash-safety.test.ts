// Crash safety of the embedded store: a child process ingesting many real briefings is SIGKILLed at
// random points, again and again. After every kill the store loads, holds exactly the briefings it
// acknowledged (plus at most the ones in flight), each one whole: the graph equals a clean ingest of
// the same briefings. A last run without a kill completes the set, with nothing doubled.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { expectSamePicture, FIXTURE_FILES, fixtureText, picture, type Picture } from './support/picture.js';
import { reissues } from './support/reissue.js';
import { tempDir } from './support/stores.js';

const CHILD_SOURCE = fileURLToPath(new URL('./crash/ingester.ts', import.meta.url));
// Runs go on until KILLS children were really killed mid-run (a child can finish before its kill
// lands when the random point falls past what is left to write), bounded by MAX_RUNS.
const KILLS = 20;
const MAX_RUNS = 45;

/** Runs the child until it has acknowledged `after` writes (-1: kill before it opens) plus a jitter, then kills it. */
function runAndKill(child: string, dir: string, file: string, mode: string, after: number): Promise<{ acknowledged: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, file, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = -1;
    let armed = false;
    let err = '';
    const arm = () => {
      armed = true;
      setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 25));
    };
    if (after < 0) setTimeout(() => proc.kill('SIGKILL'), 200 + Math.floor(Math.random() * 600));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      const out = d.toString();
      for (const m of out.matchAll(/wrote (\d+)/g)) acknowledged = Number(m[1]);
      if (!armed && after >= 0 && (out.includes('open') || /wrote/.test(out)) && acknowledged >= after) arm();
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acknowledged, killed: true });
      else if (code === 0) resolve({ acknowledged, killed: false });
      else reject(new Error(`ingester exited with ${code}: ${err}`));
    });
  });
}

describe('the embedded store under SIGKILL while ingesting', () => {
  let work: string;
  let fragments: GraphFragment[];
  let fragmentsFile: string;
  let child: string;

  beforeAll(async () => {
    work = tempDir();
    // The child bundled once into plain JavaScript: each of the many runs then starts in a blink.
    child = path.join(work, 'ingester.mjs');
    await build({ entryPoints: [CHILD_SOURCE], outfile: child, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
    const real = FIXTURE_FILES.map((f) => extractText(fixtureText(f), { name: f }));
    // 3 real briefings × 12 issues = 36 distinct briefings sharing most of their nodes and edges.
    fragments = reissues(real, 4);
    expect(new Set(fragments.map((f) => f.briefing.id)).size).toBe(36);
    fragmentsFile = path.join(work, 'fragments.json');
    writeFileSync(fragmentsFile, JSON.stringify(fragments));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** What a clean ingest of the first `n` briefings holds. */
  const cleanPictures = new Map<number, Picture>();
  async function clean(n: number): Promise<Picture> {
    const known = cleanPictures.get(n);
    if (known) return known;
    const store = await MemoryStore.open();
    await store.writeBriefings(fragments.slice(0, n));
    const p = await picture(store);
    await store.close();
    cleanPictures.set(n, p);
    return p;
  }

  it(`keeps only whole, acknowledged briefings through ${KILLS} kills, and a re-run completes the set`, async () => {
    const dir = path.join(work, 'data');
    let kills = 0;
    let before = 0;
    for (let run = 0; kills < KILLS && run < MAX_RUNS; run++) {
      const mode = run % 2 === 0 ? 'single' : 'batch';
      // Every fifth run is killed while starting or loading; the rest after a random number of writes.
      const after = run % 5 === 4 ? -1 : Math.floor(Math.random() * (fragments.length - 6));
      const { acknowledged, killed } = await runAndKill(child, dir, fragmentsFile, mode, after);
      if (killed) kills++;

      const store = await MemoryStore.open(dir);
      const stored = (await store.listBriefings({})).map((b) => b.id);
      const n = stored.length;
      // A prefix of the ingest order, nothing lost that was acknowledged or stored before the run.
      expect(new Set(stored)).toEqual(new Set(fragments.slice(0, n).map((f) => f.briefing.id)));
      expect(n).toBeGreaterThanOrEqual(Math.max(before, acknowledged + 1));
      // Whole briefings only: the graph is exactly a clean ingest of those n.
      expectSamePicture(await picture(store), await clean(n), `run ${run} (${mode}), ${n} stored`);
      await store.close();
      before = n;
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS);

    const { killed } = await runAndKill(child, dir, fragmentsFile, 'single', Number.MAX_SAFE_INTEGER);
    expect(killed).toBe(false);
    const store = await MemoryStore.open(dir);
    expectSamePicture(await picture(store), await clean(fragments.length));
    await store.close();
  }, 170_000);
});
