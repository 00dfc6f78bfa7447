// Concurrency: 20 ingests at once of briefings that share most of their nodes and edges (the real
// briefings under several datelines, some sent twice) end in exactly the graph that ingesting them
// one after another gives: same nodes, edges and evidence, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore, type GraphStore } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { FIXTURE_FILES, fixtureText, picture, type Picture } from './support/picture.js';
import { requireNeo4jWhenAsked, storeCases } from './support/stores.js';

/** The real briefings, each also re-issued under other datelines: distinct briefings, overlapping content. */
function overlappingFragments(): GraphFragment[] {
  const fragments: GraphFragment[] = [];
  FIXTURE_FILES.forEach((file, i) => {
    const text = fixtureText(file);
    const dateline = /2026 年 5 月 \d+ 日/.exec(text)?.[0];
    expect(dateline, file).toBeDefined();
    // The series has one title, so the date tells issues apart: each copy gets days of its own.
    const days = [0, ...Array.from({ length: i === 0 ? 5 : 4 }, (_, k) => 10 + i * 5 + k)];
    for (const day of days) {
      const t = day === 0 ? text : text.replace(dateline as string, `2026 年 5 月 ${day} 日`);
      fragments.push(extractText(t, { name: file }));
    }
  });
  return fragments;
}

requireNeo4jWhenAsked();

describe.each(storeCases)('20 concurrent ingests on the $name', (storeCase) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let fragments: GraphFragment[];
  let sequential: Picture;

  beforeAll(async () => {
    const distinct = overlappingFragments();
    expect(new Set(distinct.map((f) => f.briefing.id)).size).toBe(16);
    // Four of them sent twice: 20 ingests, interleaved so duplicates race each other.
    fragments = [...distinct, ...distinct.slice(0, 4)].sort((a, b) => (a.briefing.contentHash < b.briefing.contentHash ? -1 : 1));
    const reference = await MemoryStore.open();
    for (const f of fragments) await reference.writeBriefing(f);
    sequential = await picture(reference);
    await reference.close();
    ({ store, dispose } = await storeCase.open());
  });
  afterAll(async () => dispose?.());

  it('ends in exactly the graph a sequential ingest gives, every write reported created or unchanged', async () => {
    expect(fragments).toHaveLength(20);
    const results = await Promise.all(fragments.map((f) => store.writeBriefing(f)));
    expect(results.filter((r) => r.status === 'created')).toHaveLength(16);
    expect(results.filter((r) => r.status === 'unchanged' || r.status === 'created')).toHaveLength(20);
    const concurrent = await picture(store);
    expect(concurrent.stats).toEqual(sequential.stats);
    expect(concurrent.nodes).toEqual(sequential.nodes);
    expect(concurrent.edges).toEqual(sequential.edges);
    expect(concurrent).toEqual(sequential);
  });

  it('ends where it started when the same 20 are deleted and re-ingested at once, racing each other', async () => {
    const ids = [...new Set(fragments.map((f) => f.briefing.id))];
    await Promise.all(ids.slice(0, 8).map((id) => store.deleteBriefing(id)));
    await Promise.all(fragments.map((f) => store.writeBriefing(f)));
    expect(await picture(store)).toEqual(sequential);
  });
});
