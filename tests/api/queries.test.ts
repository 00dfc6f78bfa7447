// Every query of the contract, answered over real HTTP from the 2026-05-07 and 2026-05-08
// briefings as hand-anchored fragments (support/hand-built.ts), on every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { startApi, type Api } from './support/api.js';
import { DRAFT, draftExtract } from './support/draft.js';
import { MAY7, MAY8, may7, may8 } from './support/hand-built.js';
import { requireNeo4jWhenAsked, storeCases } from './support/stores.js';

const EVIDENCE = 'evidence { text start end briefing { id date } sources { outlet date title } }';
const PATH = `length nodes { id name } edges { type from { id } to { id } ${EVIDENCE} }`;

interface PathView {
  length: number;
  nodes: { id: string; name: string }[];
  edges: { type: string; from: { id: string }; to: { id: string }; evidence: { text: string; briefing: { id: string; date: string }; sources: { outlet: string }[] }[] }[];
}

requireNeo4jWhenAsked();

describe.each(storeCases)('the API on the $name', (storeCase) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let api: Api;

  beforeAll(async () => {
    ({ store, dispose } = await storeCase.open());
    await store.writeBriefing(may7());
    await store.writeBriefing(may8());
    api = await startApi(store, { extract: draftExtract });
  });
  afterAll(async () => {
    await api?.close();
    await dispose?.();
  });

  it('lists briefings newest first and filters them by date and by a mentioned node', async () => {
    const q = 'query($from: String, $to: String, $mentions: ID) { briefings(from: $from, to: $to, mentions: $mentions) { id date } }';
    expect((await api.data<{ briefings: { id: string }[] }>(q)).briefings.map((b) => b.id)).toEqual([MAY8, MAY7]);
    expect((await api.data<{ briefings: { id: string }[] }>(q, { to: '2026-05-07' })).briefings.map((b) => b.id)).toEqual([MAY7]);
    expect((await api.data<{ briefings: { id: string }[] }>(q, { mentions: 'rare-earth-rules' })).briefings.map((b) => b.id)).toEqual([MAY7]);
  });

  it('shows one briefing with the sources it cites and the nodes it mentions', async () => {
    const d = await api.data<{ briefing: { date: string; name: string; sources: { outlet: string }[]; nodes: { id: string }[]; cites: unknown[] } }>(
      `{ briefing(id: "${MAY7}") { date name sources { outlet } nodes(labels: [Policy, Organization]) { id } cites { id } } }`,
    );
    expect(d.briefing.date).toBe('2026-05-07');
    expect(d.briefing.name).toBe('001_3be0362cfeeaa2b1.txt');
    expect(d.briefing.sources.map((s) => s.outlet).sort()).toEqual(['Brookings Institution', 'SCOTUSblog']);
    expect(d.briefing.nodes.map((n) => n.id)).toEqual(['miit', 'rare-earth-rules']);
    expect(d.briefing.cites).toEqual([]);
  });

  it('answers null for a briefing or node that does not exist', async () => {
    expect(await api.data(`{ briefing(id: "no-such") { id } node(id: "no-such") { id } }`)).toEqual({ briefing: null, node: null });
  });

  it('finds 釜山休战, 釜山贸易休战 and "BUSAN  TRUCE" (any case, full width) as the one Busan truce node', async () => {
    for (const name of ['釜山休战', '釜山贸易休战', 'ＢＵＳＡＮ ｔｒｕｃｅ']) {
      const d = await api.data<{ lookup: { id: string; end: string; expires: boolean }[] }>('query($n: String!) { lookup(name: $n) { id end expires } }', { n: name });
      expect(d.lookup).toEqual([{ id: 'busan-truce', end: '2026-11-10', expires: true }]);
    }
  });

  it('ranks an exact name above a partial one in search', async () => {
    const d = await api.data<{ search: { node: { id: string }; score: number }[] }>('{ search(query: "truce") { node { id } score } }');
    expect(d.search[0].node.id).toBe('busan-truce');
    const policies = await api.data<{ search: { node: { id: string } }[] }>('{ search(query: "rules", labels: [Policy]) { node { id } } }');
    expect(policies.search.map((h) => h.node.id)).toEqual(['rare-earth-rules']);
  });

  it('shows a node with its relations and the briefings that mention it, newest first', async () => {
    const d = await api.data<{ node: { relations: { type: string; from: { id: string } }[]; mentionedIn: { id: string }[] } }>(
      '{ node(id: "busan-truce") { relations(direction: in) { type from { id } } mentionedIn { id } } }',
    );
    expect(d.node.mentionedIn.map((b) => b.id)).toEqual([MAY8, MAY7]);
    expect(d.node.relations).toEqual([
      { type: 'CONSTRAINS', from: { id: 'tariff-rebuild' } },
      { type: 'INVOLVES', from: { id: 'trump-xi-summit' } },
    ]);
  });

  it('traces what constrains the truce back to the IEEPA ruling, with the 2026-05-07 sentences and their outlets', async () => {
    const d = await api.data<{ constraintsOn: PathView[] }>(`{ constraintsOn(id: "busan-truce", depth: 3) { ${PATH} } }`);
    expect(d.constraintsOn.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['tariff-rebuild', 'busan-truce'],
      ['ieepa-ruling', 'tariff-rebuild', 'busan-truce'],
    ]);
    const [cause, constraint] = d.constraintsOn[1].edges;
    expect(cause).toMatchObject({ type: 'CAUSES', from: { id: 'ieepa-ruling' }, to: { id: 'tariff-rebuild' } });
    expect(constraint.type).toBe('CONSTRAINS');
    expect(constraint.evidence[0].text).toBe('Brookings 分析指出，特朗普政府正在尝试通过其他法律途径重建关税体系，但这一过程充满不确定性——北京可能认为任何恢复关税水平的尝试都违反了釜山休战协议的精神。');
    expect(constraint.evidence[0].briefing).toEqual({ id: MAY7, date: '2026-05-07' });
    expect(constraint.evidence[0].sources.map((s) => s.outlet)).toEqual(['SCOTUSblog']);
    expect(d.constraintsOn[1].length).toBe(2);
  });

  it('stops constraintsOn at depth 1 at the direct constraint', async () => {
    const d = await api.data<{ constraintsOn: PathView[] }>(`{ constraintsOn(id: "busan-truce", depth: 1) { ${PATH} } }`);
    expect(d.constraintsOn.map((p) => p.nodes.map((n) => n.id))).toEqual([['tariff-rebuild', 'busan-truce']]);
  });

  it('answers causesOf with CAUSES paths into the node and effectsOf with CAUSES/CONSTRAINS paths out of it', async () => {
    const causes = await api.data<{ causesOf: PathView[] }>(`{ causesOf(id: "tariff-rebuild") { ${PATH} } }`);
    expect(causes.causesOf.map((p) => p.nodes.map((n) => n.id))).toEqual([['ieepa-ruling', 'tariff-rebuild']]);
    const effects = await api.data<{ effectsOf: PathView[] }>(`{ effectsOf(id: "ieepa-ruling", depth: 2) { ${PATH} } }`);
    expect(effects.effectsOf.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['ieepa-ruling', 'tariff-rebuild'],
      ['ieepa-ruling', 'tariff-rebuild', 'busan-truce'],
    ]);
  });

  it('connects the IEEPA ruling to the summit through the truce, every edge with its evidence', async () => {
    const d = await api.data<{ paths: PathView[] }>(`{ paths(from: "ieepa-ruling", to: "trump-xi-summit", maxLength: 4) { ${PATH} } }`);
    expect(d.paths[0].nodes.map((n) => n.id)).toEqual(['ieepa-ruling', 'tariff-rebuild', 'busan-truce', 'trump-xi-summit']);
    // The last edge runs against the path (the summit INVOLVES the truce): edges keep their direction.
    expect(d.paths[0].edges[2]).toMatchObject({ type: 'INVOLVES', from: { id: 'trump-xi-summit' }, to: { id: 'busan-truce' } });
    for (const e of d.paths.flatMap((p) => p.edges)) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('puts the summit (2026-05-14..15) and the truce expiry (2026-11-10) on the timeline, upcoming as of 2026-05-08', async () => {
    const d = await api.data<{ timeline: { date: string; endDate: string | null; kind: string; upcoming: boolean; node: { id: string }; evidence: { text: string } | null; briefing: { id: string } | null }[] }>(
      `{ timeline(from: "2026-05-01", to: "2026-12-31", asOf: "2026-05-08") { date endDate kind upcoming node { id } evidence { text } briefing { id } } }`,
    );
    expect(d.timeline.map((t) => [t.date, t.kind, t.node.id, t.upcoming])).toEqual([
      ['2026-05-07', 'published', MAY7, false],
      ['2026-05-08', 'published', MAY8, false],
      ['2026-05-14', 'occurred', 'trump-xi-summit', true],
      ['2026-11-10', 'expires', 'busan-truce', true],
    ]);
    const summit = d.timeline[2];
    expect(summit.endDate).toBe('2026-05-15');
    const expiry = d.timeline[3];
    expect(expiry.evidence?.text).toContain('美方关税框架计划于 2026 年 11 月 10 日到届');
    expect(expiry.briefing?.id).toBe(MAY8);
  });

  it('keeps a node and its neighbours with `about`, and labels with `labels`', async () => {
    const about = await api.data<{ timeline: { node: { id: string }; kind: string }[] }>('{ timeline(about: "tariff-rebuild", asOf: "2026-05-08") { kind node { id } } }');
    expect(about.timeline.map((t) => `${t.kind} ${t.node.id}`)).toEqual(['occurred busan-truce', 'occurred ieepa-ruling', 'published ' + MAY7, 'expires busan-truce']);
    const policies = await api.data<{ timeline: { node: { id: string } }[] }>('{ timeline(labels: [Policy]) { node { id } } }');
    expect(policies.timeline.map((t) => t.node.id)).toEqual(['rare-earth-rules']);
  });

  it('lists the briefings that covered the rare-earth rules with their sentences, and none before 2026-05-07', async () => {
    const q = 'query($before: String) { coverage(id: "rare-earth-rules", before: $before) { briefing { id date } sentences { text } } }';
    const d = await api.data<{ coverage: { briefing: { id: string }; sentences: { text: string }[] }[] }>(q);
    expect(d.coverage.map((c) => c.briefing.id)).toEqual([MAY7]);
    expect(d.coverage[0].sentences[0].text).toContain('稀土生产和加工监管框架草案');
    expect((await api.data<{ coverage: unknown[] }>(q, { before: '2026-05-07' })).coverage).toEqual([]);
  });

  it('checks a draft on the truce: names the briefings that covered it and what is new, storing nothing', async () => {
    const before = await api.data<{ stats: unknown }>('{ stats { briefings nodes edges evidence } }');
    const d = await api.data<{
      checkDraft: {
        nodes: { name: string; node: { id: string } | null; isNew: boolean; coveredBy: { briefing: { id: string } }[] }[];
        edges: { type: string; fromName: string; toName: string; text: string; isNew: boolean; edge: { evidence: { briefing: { id: string } }[] } | null }[];
        sources: { outlet: string; isNew: boolean; citedBy: { id: string }[]; source: { id: string } | null }[];
        newNodes: string[];
        newEdges: string[];
      };
    }>(
      `query($text: String!) { checkDraft(text: $text, date: "2026-05-09") {
         nodes { name isNew node { id } coveredBy { briefing { id } } }
         edges { type fromName toName text isNew edge { evidence { briefing { id } } } }
         sources { outlet isNew citedBy { id } source { id outlet title } }
         newNodes newEdges } }`,
      { text: DRAFT },
    );
    const truce = d.checkDraft.nodes.find((n) => n.name === '釜山休战');
    expect(truce).toMatchObject({ isNew: false, node: { id: 'busan-truce' } });
    expect(truce?.coveredBy.map((c) => c.briefing.id)).toEqual([MAY7, MAY8]);
    expect(d.checkDraft.nodes.find((n) => n.name === 'ASML')).toMatchObject({ isNew: true, node: null, coveredBy: [] });
    expect(d.checkDraft.newNodes.sort()).toEqual(['ASML', 'export controls']);

    const rebuild = d.checkDraft.edges.find((e) => e.fromName === 'tariff rebuild');
    expect(rebuild).toMatchObject({ type: 'CONSTRAINS', toName: '釜山休战', isNew: false });
    expect(rebuild?.edge?.evidence.map((e) => e.briefing.id)).toEqual([MAY7]);
    expect(d.checkDraft.newEdges).toEqual(['export controls CONSTRAINS ASML']);

    expect(d.checkDraft.sources).toEqual([
      {
        outlet: 'Brookings Institution',
        isNew: false,
        citedBy: [{ id: MAY7 }],
        source: { id: 'brookings-2026-05-05', outlet: 'Brookings Institution', title: 'What will happen when Trump meets Xi? —Expert Analysis' },
      },
      { outlet: 'Reuters', isNew: true, citedBy: [], source: null },
    ]);
    expect(await api.data('{ stats { briefings nodes edges evidence } }')).toEqual(before);
  });

  it('counts briefings, nodes, edges and evidence in stats', async () => {
    const d = await api.data<{ stats: { briefings: number; nodes: number; edges: number; evidence: number } }>('{ stats { briefings nodes edges evidence } }');
    expect(d.stats.briefings).toBe(2);
    expect(d.stats.nodes).toBeGreaterThanOrEqual(8);
    expect(d.stats.edges).toBeGreaterThan(4);
    expect(d.stats.evidence).toBeGreaterThan(4);
  });
});
