// Neo4j outage: a server of its own (neo4j/start.sh with NEO4J_RUN_DIR, so the shared test server
// is never touched) is killed while briefings are being ingested. Every call then fails with an error
// naming the server, none hangs, and after `start.sh --restart` on the same data the same store
// answers again and holds only whole briefings; re-running the ingest completes the set.
// Runs when NEO4J_URI is set (the jars are there); with REQUIRE_NEO4J=1 and no NEO4J_URI it fails.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore, Neo4jStore } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { expectSamePicture, FIXTURE_FILES, fixtureText, picture, type Picture } from './support/picture.js';
import { reissues } from './support/reissue.js';
import { requireNeo4jWhenAsked, tempDir } from './support/stores.js';

const run = promisify(execFile);
const NEO4J = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const uri = process.env.NEO4J_URI;

/** A call that has not settled by then has hung: the store's own timeouts are well inside this. */
const LIVENESS_MS = 60_000;
function settles<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} hung for ${LIVENESS_MS} ms`)), LIVENESS_MS);
  });
  return Promise.race([p, hung]).finally(() => clearTimeout(timer));
}

requireNeo4jWhenAsked();

describe.skipIf(!uri)('the Neo4j store through a Neo4j outage', () => {
  let runDir: string;
  let serverUri: string;
  let fragments: GraphFragment[];
  const env = () => ({ ...process.env, NEO4J_RUN_DIR: runDir });
  const script = async (name: string, args: string[] = []) => (await run(path.join(NEO4J, name), args, { env: env(), maxBuffer: 1 << 24 })).stdout;

  beforeAll(async () => {
    runDir = path.join(tempDir(), 'run');
    const out = await script('start.sh');
    serverUri = /NEO4J_URI=(\S+)\s*$/.exec(out)?.[1] ?? '';
    expect(serverUri, `start.sh printed: ${out}`).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(serverUri).not.toBe(uri);
    fragments = reissues(FIXTURE_FILES.map((f) => extractText(fixtureText(f), { name: f })), 1).slice(0, 6);
  }, 240_000);

  afterAll(async () => {
    if (!runDir) return;
    await script('stop.sh').catch(() => undefined);
    // A failure between a kill and the restart leaves the kept data folder: remove it (only start.sh's own).
    const home = (() => {
      try {
        return readFileSync(path.join(runDir, 'home'), 'utf8').trim();
      } catch {
        return '';
      }
    })();
    if (path.basename(home).startsWith('briefgraph-neo4j.')) rmSync(home, { recursive: true, force: true });
    rmSync(path.dirname(runDir), { recursive: true, force: true });
  }, 120_000);

  async function clean(ids: Set<string>): Promise<Picture> {
    const memory = await MemoryStore.open();
    await memory.writeBriefings(fragments.filter((f) => ids.has(f.briefing.id)));
    const p = await picture(memory);
    await memory.close();
    return p;
  }

  it('fails each call clearly while the server is down, then recovers with only whole briefings', async () => {
    const store = await Neo4jStore.open({ uri: serverUri });
    const clearly = new RegExp(`Neo4j at ${serverUri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} failed`);
    try {
      const acknowledged = new Set<string>();
      for (const f of fragments.slice(0, 3)) {
        await settles(store.writeBriefing(f), `writing ${f.briefing.id}`);
        acknowledged.add(f.briefing.id);
      }
      // The server is killed under the fourth write, while a read is also in flight; both must fail
      // with an error naming the server, neither may hang.
      const killed = script('stop.sh', ['--keep-data', '--kill']);
      const inFlight = Promise.allSettled([
        settles(store.writeBriefing(fragments[3]), `writing ${fragments[3].briefing.id}`),
        settles(store.findByAlias('釜山休战'), 'findByAlias'),
      ]);
      await killed;
      // Once it is down, every call fails the same way (started now, they overlap the calls above).
      const whileDown = Promise.all([
        expect(settles(store.writeBriefing(fragments[4]), 'writing while down')).rejects.toThrow(clearly),
        expect(settles(store.stats(), 'stats while down')).rejects.toThrow(clearly),
      ]);
      const [write, read] = await inFlight;
      await whileDown;
      if (write.status === 'fulfilled') acknowledged.add(fragments[3].briefing.id);
      else expect(String(write.reason)).toMatch(clearly);
      if (read.status === 'rejected') expect(String(read.reason)).toMatch(clearly);

      const out = await script('start.sh', ['--restart']);
      expect(out.trim().split('\n').pop()).toBe(`NEO4J_URI=${serverUri}`);

      // The same store object answers again; what it holds is exactly a clean ingest of what it holds.
      const stored = new Set((await settles(store.listBriefings({}), 'listBriefings')).map((b) => b.id));
      for (const id of acknowledged) expect(stored.has(id), id).toBe(true);
      expect(stored.size).toBeLessThanOrEqual(acknowledged.size + 1);
      expectSamePicture(await picture(store), await clean(stored), 'after the restart');

      // Re-running the ingest completes the set, nothing doubled.
      const again = [];
      for (const f of fragments) again.push((await store.writeBriefing(f)).status);
      expect(again.filter((s) => s === 'unchanged')).toHaveLength(stored.size);
      expectSamePicture(await picture(store), await clean(new Set(fragments.map((f) => f.briefing.id))), 'after the re-run');
    } finally {
      await store.close();
    }
  }, 300_000);

  it('writes through the driver’s retryable transactions (executeWrite), never a bare session.run', () => {
    const source = readFileSync(new URL('../../src/graph/neo4j-store.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/session\.executeWrite\(/);
    expect(source).not.toMatch(/beginTransaction\(|session\.run\(|writeTransaction\(/);
  });
});
