// The `ingest`, `query` and `serve` commands, run as a user runs them, on the embedded store in a
// temporary data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { FIXTURES } from './support/hand-built.js';

const BIN = fileURLToPath(new URL('../../bin/briefgraph.js', import.meta.url));

/** Runs the command in-process, returning what it printed and its exit code. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const saved = process.exitCode;
  try {
    process.exitCode = undefined;
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.exitCode = saved;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('briefgraph commands', () => {
  let data: string;
  let inputs: string;
  const saved = { data: process.env.BRIEFGRAPH_DATA, neo4j: process.env.NEO4J_URI, token: process.env.BRIEFGRAPH_TOKEN };

  beforeAll(() => {
    data = mkdtempSync(path.join(tmpdir(), 'briefgraph-cmd-data-'));
    inputs = mkdtempSync(path.join(tmpdir(), 'briefgraph-cmd-in-'));
    writeFileSync(path.join(inputs, 'empty.txt'), '\n\n');
    process.env.BRIEFGRAPH_DATA = data;
    delete process.env.NEO4J_URI;
    delete process.env.BRIEFGRAPH_TOKEN;
  });
  afterAll(() => {
    for (const [k, v] of [['BRIEFGRAPH_DATA', saved.data], ['NEO4J_URI', saved.neo4j], ['BRIEFGRAPH_TOKEN', saved.token]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(data, { recursive: true, force: true });
    rmSync(inputs, { recursive: true, force: true });
  });

  it('ingests a directory in name order, names a bad file and a missing path, and exits 2', async () => {
    const r = await run(['ingest', fileURLToPath(FIXTURES), path.join(inputs, 'empty.txt'), path.join(inputs, 'missing.txt')]);
    expect(r.out.trim().split('\n').map((l) => l.replace(/\d+ nodes {2}\d+ edges/, 'N nodes  N edges'))).toEqual([
      'ingested 000_dc3a894c5b6cdd65.txt  2026-05-08  N nodes  N edges  (created)',
      'ingested 001_3be0362cfeeaa2b1.txt  2026-05-07  N nodes  N edges  (created)',
      'ingested 002_9371488c945bfa01.txt  2026-05-06  N nodes  N edges  (created)',
    ]);
    expect(r.err).toContain(`skipped ${path.join(inputs, 'missing.txt')}: no such file or directory`);
    expect(r.err).toMatch(/skipped empty\.txt: .*empty\.txt is empty/);
    expect(r.code).toBe(2);
  });

  it('reports a second ingest of the same texts as unchanged, exit 0', async () => {
    const r = await run(['ingest', fileURLToPath(FIXTURES)]);
    expect(r.out.match(/\(unchanged\)/g)).toHaveLength(3);
    expect(r.code).toBe(0);
  });

  it('writes in batches of --batch briefings with the same per-file lines as one at a time', async () => {
    const r = await run(['ingest', fileURLToPath(FIXTURES), '--batch', '2']);
    expect(r.out.trim().split('\n').map((l) => l.replace(/ {2}\d+ nodes.*/, ''))).toEqual([
      'ingested 000_dc3a894c5b6cdd65.txt  2026-05-08',
      'ingested 001_3be0362cfeeaa2b1.txt  2026-05-07',
      'ingested 002_9371488c945bfa01.txt  2026-05-06',
    ]);
    expect(r.out.match(/\(unchanged\)/g)).toHaveLength(3);
    expect(r.code).toBe(0);
  });

  it('refuses a --batch that is not a whole number from 1 to 1000, naming it, before reading any file', async () => {
    const r = await run(['ingest', fileURLToPath(FIXTURES), '--batch', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--batch must be a whole number from 1 to 1000; got "0"');
    expect(r.out).toBe('');
  });

  it('answers a query from the stored data as JSON', async () => {
    const r = await run(['query', 'query($n: String!) { stats { briefings } lookup(name: $n) { aliases } }', '--variables', '{"n": "Busan truce"}']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { data: { stats: { briefings: number }; lookup: { aliases: string[] }[] } };
    expect(json.data.stats.briefings).toBe(3);
    expect(json.data.lookup[0]?.aliases).toContain('Busan truce');
  });

  it('exits 2 naming --variables when they are not a JSON object, and for a bad argument', async () => {
    const bad = await run(['query', '{ stats { briefings } }', '--variables', '[1]']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--variables must be a JSON object/);
    const depth = await run(['query', '{ constraintsOn(id: "x", depth: 9) { length } }']);
    expect(depth.code).toBe(2);
    expect(JSON.parse(depth.out).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });

  it('serves on the port asked, prints the URL, and closes cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...process.env, BRIEFGRAPH_DATA: data }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /serving (http:\/\/\S+?)\/ /.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { briefings } }' }) });
    expect(await res.json()).toEqual({ data: { stats: { briefings: 3 } } });
    expect(out).toMatch(/mutations are disabled; set BRIEFGRAPH_TOKEN/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/SIGTERM, closing/);
  });
});
