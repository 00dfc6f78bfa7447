// The acceptance checks, end to end: the three real briefings extracted by src/extract,
// stored, and asked over HTTP. These state what users need from the whole pipeline; when one
// fails, the message says what extraction must produce.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphStore } from '../../src/graph/index.js';
import { startApi, type Api } from './support/api.js';
import { FIXTURES, fixtureText } from './support/hand-built.js';
import { requireNeo4jWhenAsked, storeCases } from './support/stores.js';

const MAY7_FILE = '001_3be0362cfeeaa2b1.txt';

interface NodeView {
  id: string;
  name: string;
  end: string | null;
  expires: boolean;
}

interface PathView {
  nodes: { id: string }[];
  edges: { type: string; from: { id: string }; to: { id: string }; evidence: { text: string; briefing: { date: string } }[] }[];
}

requireNeo4jWhenAsked();

describe.each(storeCases)('acceptance on the $name with the three fixture briefings', (storeCase) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let api: Api;

  /** The one node a name finds; fails saying which name extraction must know. */
  async function one(name: string): Promise<NodeView> {
    const d = await api.data<{ lookup: NodeView[] }>('query($n: String!) { lookup(name: $n) { id name end expires } }', { n: name });
    expect(d.lookup, `extraction must produce one node with the alias "${name}"`).toHaveLength(1);
    return d.lookup[0];
  }

  beforeAll(async () => {
    ({ store, dispose } = await storeCase.open());
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
      await store.writeBriefing(await extractText(fixtureText(file), { name: file }));
    }
    api = await startApi(store, { extract: extractText });
  });
  afterAll(async () => {
    await api?.close();
    await dispose?.();
  });

  it('finds the same node for 釜山休战 and Busan truce, ending 2026-11-10', async () => {
    const zh = await one('釜山休战');
    const en = await one('Busan truce');
    expect(en.id).toBe(zh.id);
    expect(zh.end, 'the truce must end 2026-11-10 (the 2026-05-08 briefing: 2026 年 11 月 10 日到届)').toBe('2026-11-10');
  });

  it('traces what constrains the truce to the tariff rebuild and the IEEPA ruling, with the 2026-05-07 sentence', async () => {
    const truce = await one('Busan truce');
    const rebuild = await one('tariff rebuild');
    const ruling = await one('IEEPA ruling');
    const d = await api.data<{ constraintsOn: PathView[] }>(
      'query($id: ID!) { constraintsOn(id: $id, depth: 3) { nodes { id } edges { type from { id } to { id } evidence { text briefing { date } } } } }',
      { id: truce.id },
    );
    const path = d.constraintsOn.find((p) => {
      const ids = p.nodes.map((n) => n.id);
      return ids.includes(ruling.id) && ids.at(-2) === rebuild.id;
    });
    expect(path, 'extraction must produce IEEPA ruling -CAUSES-> tariff rebuild -CONSTRAINS-> Busan truce').toBeDefined();
    const last = path?.edges.at(-1);
    expect(last?.type).toBe('CONSTRAINS');
    const may7 = last?.evidence.filter((e) => e.briefing.date === '2026-05-07') ?? [];
    expect(may7.length, 'the CONSTRAINS edge must carry a sentence of the 2026-05-07 briefing').toBeGreaterThan(0);
    for (const e of may7) expect(fixtureText(MAY7_FILE)).toContain(e.text);
  });

  it('puts the summit (2026-05-14..15) and the truce expiry (2026-11-10, upcoming as of 2026-05-08) on the timeline', async () => {
    const truce = await one('Busan truce');
    const summit = await one('Trump-Xi summit');
    const d = await api.data<{ timeline: { date: string; endDate: string | null; kind: string; upcoming: boolean; node: { id: string } }[] }>(
      '{ timeline(from: "2026-05-01", to: "2026-12-31", asOf: "2026-05-08") { date endDate kind upcoming node { id } } }',
    );
    expect(d.timeline.filter((t) => t.node.id === summit.id).map((t) => [t.date, t.endDate])).toContainEqual(['2026-05-14', '2026-05-15']);
    expect(d.timeline.filter((t) => t.node.id === truce.id)).toContainEqual({
      date: '2026-11-10',
      endDate: null,
      kind: 'expires',
      upcoming: true,
      node: { id: truce.id },
    });
  });

  it('lists the 2026-05-07 briefing in the coverage of the rare-earth rules', async () => {
    const rules = await one('稀土监管框架草案');
    const d = await api.data<{ coverage: { briefing: { date: string }; sentences: { text: string }[] }[] }>(
      'query($id: ID!) { coverage(id: $id) { briefing { date } sentences { text } } }',
      { id: rules.id },
    );
    const may7 = d.coverage.find((c) => c.briefing.date === '2026-05-07');
    expect(may7, 'the 2026-05-07 briefing must MENTION the rare-earth rules').toBeDefined();
    expect(may7?.sentences.length).toBeGreaterThan(0);
  });

  it('checks a new paragraph on the truce: names the briefings that covered it and marks ASML as new', async () => {
    const draft = '釜山休战将于 2026 年 11 月 10 日到期。荷兰光刻机制造商 ASML 表示，出口管制仍限制其对华销售。';
    const truce = await one('Busan truce');
    const d = await api.data<{ checkDraft: { nodes: { name: string; isNew: boolean; node: { id: string } | null; coveredBy: { briefing: { date: string } }[] }[]; newNodes: string[] } }>(
      'query($t: String!) { checkDraft(text: $t, date: "2026-05-09") { nodes { name isNew node { id } coveredBy { briefing { date } } } newNodes } }',
      { t: draft },
    );
    const covered = d.checkDraft.nodes.find((n) => n.node?.id === truce.id);
    expect(covered, 'extraction must find the truce in the draft').toBeDefined();
    expect(covered?.isNew).toBe(false);
    expect(covered?.coveredBy.map((c) => c.briefing.date)).toContain('2026-05-07');
    const asml = d.checkDraft.nodes.find((n) => n.name.includes('ASML'));
    expect(asml, 'extraction must find ASML (a Latin-script name) in the draft').toBeDefined();
    expect(asml?.isNew).toBe(true);
    expect(d.checkDraft.newNodes).toContain(asml?.name);
  });
});
