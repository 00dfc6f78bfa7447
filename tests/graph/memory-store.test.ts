import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore, openStore } from '../../src/graph/index.js';
import { describeStoreContract } from './contract.js';
import { crashFragment, evidenceOf } from './crash-fragments.js';
import { MAY8, may6, may7, may8 } from './fragments.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'briefgraph-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describeStoreContract('embedded', () => MemoryStore.open(tempDir()));

describe('embedded store persistence', () => {
  it('reloads every briefing, merge and deletion after a restart', async () => {
    const dir = tempDir();
    const a = await MemoryStore.open(dir);
    await a.writeBriefing(may7());
    await a.writeBriefing(may8());
    await a.writeBriefing(may6());
    await a.mergeNodes('chip-export-controls', 'export-controls');
    await a.deleteBriefing(MAY8.id);
    const answers = async (s: MemoryStore) => ({
      stats: await s.stats(),
      chips: await s.getNodes(['chip-export-controls', 'export-controls', 'busan-truce']),
      briefings: await s.listBriefings({}),
    });
    const before = await answers(a);
    await a.close();
    const b = await MemoryStore.open(dir);
    expect(await answers(b)).toEqual(before);
    await b.close();
  });

  it('loads a compacted snapshot plus the journal written after it', async () => {
    const dir = tempDir();
    const a = await MemoryStore.open(dir);
    await a.writeBriefing(may7());
    await a.writeBriefing(may8());
    a.compact();
    expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBe(0);
    await a.writeBriefing(may6());
    await a.mergeNodes('chip-export-controls', 'export-controls');
    const stats = await a.stats();
    await a.close();
    const b = await MemoryStore.open(dir);
    expect(await b.stats()).toEqual(stats);
    expect(await b.getNodes(['export-controls'])).toEqual([]);
    await b.close();
  });

  it('ignores a torn last journal line and appends cleanly after it', async () => {
    const dir = tempDir();
    const a = await MemoryStore.open(dir);
    await a.writeBriefing(may7());
    await a.close();
    const half = JSON.stringify({ op: 'write', fragment: may8(), seq: 2 }).slice(0, 500);
    fs.appendFileSync(path.join(dir, 'journal.jsonl'), half);
    const b = await MemoryStore.open(dir);
    expect((await b.stats()).briefings).toBe(1);
    await b.writeBriefing(may6());
    await b.close();
    const c = await MemoryStore.open(dir);
    expect((await c.listBriefings({})).map((x) => x.date)).toEqual(['2026-05-07', '2026-05-06']);
    await c.close();
  });

  it('refuses to start from a snapshot that was cut short, naming the file', async () => {
    const dir = tempDir();
    const a = await MemoryStore.open(dir);
    await a.writeBriefing(may7());
    a.compact();
    await a.close();
    const snapshot = path.join(dir, 'snapshot.json');
    fs.truncateSync(snapshot, fs.statSync(snapshot).size - 10);
    await expect(MemoryStore.open(dir)).rejects.toThrow(/snapshot\.json is damaged/);
    await expect(MemoryStore.open(dir)).rejects.toThrow(/snapshot\.json is damaged/); // lock released
  });

  it('refuses a data directory another live process holds', async () => {
    const dir = tempDir();
    const a = await MemoryStore.open(dir);
    await expect(MemoryStore.open(dir)).rejects.toThrow(/already open/);
    await a.close();
    fs.writeFileSync(path.join(dir, 'LOCK'), String(process.ppid));
    await expect(MemoryStore.open(dir)).rejects.toThrow(/in use by process/);
  });

  it('opens the embedded store at BRIEFGRAPH_DATA when NEO4J_URI is unset', async () => {
    const dir = tempDir();
    const s = await openStore({ BRIEFGRAPH_DATA: dir });
    await s.writeBriefing(may8());
    await s.close();
    expect(fs.existsSync(path.join(dir, 'journal.jsonl'))).toBe(true);
    const again = await openStore({ BRIEFGRAPH_DATA: dir });
    expect(await again.getBriefing(MAY8.id)).toEqual(may8().briefing);
    await again.close();
  });
});

describe('embedded store under SIGKILL', () => {
  const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

  /** Runs the writer until it has reported `atLeast` writes plus a random moment more, then kills it. */
  function runAndKill(dir: string, from: number, atLeast: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(from), String(from + 400)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let last = from - 1;
      let killed = false;
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/wrote (\d+)/g)) last = Number(m[1]);
        if (!killed && last >= from + atLeast) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
        }
      });
      child.on('exit', (code, signal) => {
        if (signal === 'SIGKILL') resolve(last);
        else reject(new Error(`writer exited with ${code} before the kill: ${err}`));
      });
    });
  }

  it('keeps exactly the whole briefings written before each of several kills', async () => {
    const dir = tempDir();
    let next = 0;
    for (let round = 0; round < 4; round++) {
      const reported = await runAndKill(dir, next, 3 + Math.floor(Math.random() * 8));
      const store = await MemoryStore.open(dir);
      const stored = (await store.listBriefings({})).map((b) => Number(b.id.replace('crash-', ''))).sort((a, b) => a - b);
      // Every reported write survived, and what landed is a prefix: at most the call in flight at the
      // kill (one briefing, or a batch of three) added more, each briefing whole.
      expect(stored).toEqual([...Array(stored.length).keys()]);
      expect(stored.length).toBeGreaterThanOrEqual(reported + 1);
      expect(stored.length).toBeLessThanOrEqual(reported + 4);
      const stats = await store.stats();
      expect(stats.evidence).toBe(stored.reduce((n, i) => n + evidenceOf(i), 0));
      for (const i of stored) {
        const mentions = await store.edgesOf(`crash-${i}`, { types: ['MENTIONS'], direction: 'out' });
        expect(mentions.length).toBe(crashFragment(i).nodes.length);
      }
      await store.close();
      next = stored.length;
    }
  });
});
