// The three real briefings, extracted by src/extract, stored in the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/index.js';
import { extractText } from '../../src/extract/index.js';
import { extractedFixtures, fixtureTranscript } from './transcript.js';

describe('the three fixture briefings in the embedded store', () => {
  it('stores every extracted fragment whole, evidence checked against its text', async () => {
    const store = await MemoryStore.open();
    const fragments = extractedFixtures();
    for (const f of fragments) expect((await store.writeBriefing(f)).status).toBe('created');
    const stats = await store.stats();
    expect(stats.briefings).toBe(3);
    const evidence = new Set(fragments.flatMap((f) => f.edges.flatMap((e) => e.evidence.map((v) => `${e.type} ${e.from} ${e.to} ${v.briefingId} ${v.start}`))));
    expect(stats.evidence).toBe(evidence.size);
    await store.close();
  });

  it('finds the truce as one node under 釜山休战, 釜山贸易休战 and Busan truce, expiring 2026-11-10', async () => {
    const store = await MemoryStore.open();
    for (const f of extractedFixtures()) await store.writeBriefing(f);
    const found = await Promise.all(['釜山休战', '釜山贸易休战', 'Busan truce'].map((a) => store.findByAlias(a)));
    const ids = new Set(found.flat().map((n) => n.id));
    expect(ids.size).toBe(1);
    const [truce] = found[0];
    expect(truce.end).toBe('2026-11-10');
    expect(truce.endKind).toBe('expires');
    await store.close();
  });

  it('answers the same after a restart from its data directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefgraph-fixtures-'));
    try {
      const a = await MemoryStore.open(dir);
      const before = await fixtureTranscript(a);
      await a.close();
      const b = await MemoryStore.open(dir);
      // Re-ingesting is 'unchanged' now; everything read afterwards must match the first run.
      const after = await fixtureTranscript(b);
      await b.close();
      expect(after.slice(3)).toEqual(before.slice(3));
      expect(after.slice(0, 3).map((r) => (r as { status: string }).status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every real text we hold, in the embedded store', () => {
  // Extraction must never make a fragment the store refuses (a citation marker read as a unit-less
  // value once made the store reject a whole briefing). The eval texts are real outlets' layouts.
  // Ingesting the held-out texts tunes nothing: it only proves the store takes what extraction makes.
  const dirs = ['fixtures/briefings', 'tests/fixtures/eval/texts', 'tests/fixtures/eval-unseen/texts', 'tests/fixtures/eval-dev3/texts', 'tests/fixtures/eval-holdout/texts', 'tests/fixtures/eval-dev4/texts', 'tests/fixtures/eval-dev5/texts', 'tests/fixtures/eval-dev6/texts', 'tests/fixtures/eval-holdout2/texts', 'tests/fixtures/eval-dev7/texts', 'tests/fixtures/eval-dev8/texts', 'tests/fixtures/eval-dev9/texts'];
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

  it.each(files)('accepts the extraction of %s', async (file) => {
    const store = await MemoryStore.open();
    const fragment = extractText(fs.readFileSync(file, 'utf8'), { name: path.basename(file) });
    expect((await store.writeBriefing(fragment)).status).toBe('created');
    await store.close();
  });
});
