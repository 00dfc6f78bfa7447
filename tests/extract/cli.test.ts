// `briefgraph extract` as a user runs it: the contract JSON on a real briefing, a readable summary,
// and one clear line with exit code 2 for every kind of bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/briefgraph.js', 'extract', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'briefgraph-extract-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('briefgraph extract FILE --json', () => {
  const out = run(FIXTURES['001'], '--json');
  const json = JSON.parse(out.stdout) as {
    briefing: { id: string; date: string; title: string };
    nodes: { id: string; label: string; name: string; aliases: string[]; start?: string; end?: string; endKind?: string }[];
    edges: { type: string; from: string; to: string; evidence: { text: string; start: number; end: number; sources?: string[] }[] }[];
  };
  it('prints the contract: briefing, nodes and edges with evidence', () => {
    expect(out.status).toBe(0);
    expect(json.briefing).toEqual({ id: '2026-05-07-新质生产力每日动态', date: '2026-05-07', title: '新质生产力每日动态' });
    for (const n of json.nodes) expect(Object.keys(n)).toEqual(expect.arrayContaining(['id', 'label', 'name', 'aliases']));
    const truce = json.nodes.find((n) => n.id === 'busan-truce');
    expect(truce).toMatchObject({ label: 'Event', name: 'Busan truce', start: '2025-10', end: '2026-11', endKind: 'expires' });
  });
  it('starts MENTIONS and CITES at the briefing and gives semantic edges their sentences', () => {
    for (const e of json.edges) {
      if (e.type === 'MENTIONS' || e.type === 'CITES') expect(e.from).toBe(json.briefing.id);
      else expect(e.evidence.length).toBeGreaterThan(0);
    }
    const ruling = json.edges.find((e) => e.type === 'CAUSES' && e.from === 'ieepa-ruling');
    expect(ruling?.evidence[0]).toMatchObject({ text: '最高法院裁决后的关税体系重建，为中美贸易关系注入了新的不确定性。' });
  });
});

describe('briefgraph extract FILE (summary)', () => {
  it('prints counts, nodes by label and edges with their sentences', () => {
    const out = run(FIXTURES['000']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^2026-05-08-新质生产力每日动态 {2}2026-05-08/);
    expect(out.stdout).toContain('Busan truce (expires 2026-11-10)');
    expect(out.stdout).toContain('Iran war -CAUSES-> Trump-Xi summit');
  });
});

describe('bad input: exit 2 and one line naming the problem', () => {
  const cases: [string, string[]][] = [
    ['a missing file', [join(dir, 'nope.txt')]],
    ['a directory', [dir]],
    ['a binary file', [file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))]],
    ['a non-UTF-8 file', [file('gbk.txt', Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xd0, 0xc2, 0xce, 0xc5]))]],
    ['an empty file', [file('empty.txt', '  \n\n ')]],
    ['a text with no date', [file('nodate.txt', '美国总统特朗普将访问北京与习近平会晤。\n')]],
    ['an invalid --date', [FIXTURES['000'], '--date', '2026-02-30']],
  ];
  for (const [what, args] of cases) {
    it(`refuses ${what}`, () => {
      const out = run(...args);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^briefgraph: .+\n$/);
    });
  }
});
