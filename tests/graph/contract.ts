// The GraphStore contract: one suite every store must pass, so the embedded store and Neo4j answer
// alike. Fragments are hand-built from real sentences of the three fixture briefings (fragments.ts).

import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { GraphFragment } from '../../src/model/index.js';
import type { GraphStore } from '../../src/graph/index.js';
import { MAY7, MAY8, may6, may6Revised, may7, may7Revised, may8, fragment } from './fragments.js';
import { describeReadContract } from './contract-reads.js';

export type OpenStore = () => Promise<GraphStore>;

export function describeStoreContract(name: string, open: OpenStore): void {
  describe(`${name} GraphStore contract`, () => {
    let store: GraphStore | undefined;
    const fresh = async (...fragments: GraphFragment[]): Promise<GraphStore> => {
      store = await open();
      for (const f of fragments) await store.writeBriefing(f);
      return store;
    };
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    describe('writing briefings', () => {
      it('makes 釜山休战, 釜山贸易休战 and Busan truce from two briefings one node with every alias', async () => {
        const s = await fresh(may7(), may8());
        const [truce] = await s.getNodes(['busan-truce']);
        expect(truce.aliases).toEqual(['Busan truce', '釜山休战', '釜山贸易休战']);
        expect(truce.label).toBe('Event');
        expect(truce.name).toBe('Busan truce');
      });

      it('keeps the most precise expiry of the truce (2026-11-10 of 8 May over 2026-11 of 7 May) with its sentence', async () => {
        const s = await fresh(may7(), may8());
        const [truce] = await s.getNodes(['busan-truce']);
        expect(truce.end).toBe('2026-11-10');
        expect(truce.endKind).toBe('expires');
        expect(truce.endEvidence?.briefingId).toBe(MAY8.id);
        expect(truce.endEvidence?.text).toContain('2026 年 11 月 10 日到届');
        expect(MAY8.text.slice(truce.endEvidence!.start, truce.endEvidence!.end)).toBe(truce.endEvidence!.text);
        expect(truce.start).toBe('2025-10');
        expect(truce.startEvidence?.briefingId).toBe(MAY7.id);
      });

      it('gives the same answers whichever order the briefings arrive in', async () => {
        const a = await fresh(may8(), may7(), may6());
        const nodesA = await a.getNodes(['busan-truce', 'beijing-summit', 'chip-export-controls']);
        const edgesA = await a.edgesOf('beijing-summit', { direction: 'both' });
        await a.close();
        const b = await fresh(may6(), may7(), may8());
        expect(await b.getNodes(['busan-truce', 'beijing-summit', 'chip-export-controls'])).toEqual(nodesA);
        expect(await b.edgesOf('beijing-summit', { direction: 'both' })).toEqual(edgesA);
      });

      it('counts one edge per (type, from, to) with the evidence of every briefing that states it', async () => {
        const s = await fresh(may7(), may8());
        const [edge] = (await s.edgesOf('busan-truce', { types: ['CONSTRAINS'], direction: 'out' })).filter((e) => e.to === 'beijing-summit');
        expect(edge.evidence.map((e) => e.briefingId)).toEqual([MAY7.id, MAY8.id]);
        const [issued] = await s.edgesOf('rare-earth-draft', { types: ['ISSUED_BY'], direction: 'out' });
        expect(issued.evidence).toHaveLength(2);
        expect(issued.evidence.map((e) => e.text.includes('工信部') || e.text.includes('工业和信息化部'))).toEqual([true, true]);
        expect(await s.stats()).toEqual({ briefings: 2, nodes: 14, edges: 25, evidence: 12 });
      });

      it('reports the same briefing written twice as unchanged and changes nothing', async () => {
        const s = await fresh(may7(), may8());
        const before = { stats: await s.stats(), truce: await s.getNodes(['busan-truce']) };
        const again = await s.writeBriefing(may8());
        expect(again).toMatchObject({ briefingId: MAY8.id, status: 'unchanged' });
        expect({ stats: await s.stats(), truce: await s.getNodes(['busan-truce']) }).toEqual(before);
      });

      it('replaces a briefing whose text changed: what only the old text stated is gone', async () => {
        const s = await fresh(may7(), may8());
        const result = await s.writeBriefing(may7Revised());
        expect(result.status).toBe('replaced');
        expect(await s.getNodes(['ieepa', 'ieepa-ruling', 'tariff-rebuild'])).toEqual([]);
        expect(await s.edgesOf('busan-truce', { types: ['CONSTRAINS'], direction: 'in' })).toEqual([]);
        expect((await s.getBriefing(MAY7.id))?.contentHash).toBe(may7Revised().briefing.contentHash);
        const [truce] = await s.getNodes(['busan-truce']);
        expect(truce.startEvidence?.start).toBe(may7Revised().nodes[0].startEvidence?.start);
        expect(await s.stats()).toEqual({ briefings: 2, nodes: 11, edges: 19, evidence: 9 });
      });

      it('deletes a briefing with its evidence, edges and nodes no other briefing mentions, keeping shared ones', async () => {
        const s = await fresh(may7(), may8());
        expect(await s.deleteBriefing(MAY8.id)).toBe(true);
        expect(await s.getBriefing(MAY8.id)).toBeUndefined();
        expect(await s.getNodes(['trump', MAY8.id])).toEqual([]);
        const [truce, summit, chips] = await s.getNodes(['busan-truce', 'beijing-summit', 'chip-export-controls']);
        expect(truce.end).toBe('2026-11');
        expect(truce.endEvidence?.briefingId).toBe(MAY7.id);
        expect(summit.start).toBeUndefined();
        expect(summit.aliases).toEqual(['Trump–Xi Beijing summit', '峰会']);
        expect(chips.aliases).toEqual(['chip export controls', '芯片出口管制']);
        const into = await s.edgesOf('beijing-summit', { types: ['CONSTRAINS'], direction: 'in' });
        expect(into.map((e) => [e.from, e.evidence.map((v) => v.briefingId)])).toEqual([['busan-truce', [MAY7.id]]]);
        expect(await s.stats()).toEqual({ briefings: 1, nodes: 12, edges: 19, evidence: 9 });
        expect(await s.deleteBriefing(MAY8.id)).toBe(false);
      });

      it('writes a batch in order: a repeat is unchanged, a revised text replaces, results say which', async () => {
        const s = await fresh();
        const results = await s.writeBriefings([may7(), may8(), may8(), may7Revised()]);
        expect(results.map((r) => [r.briefingId, r.status])).toEqual([
          [MAY7.id, 'created'],
          [MAY8.id, 'created'],
          [MAY8.id, 'unchanged'],
          [MAY7.id, 'replaced'],
        ]);
        expect(await s.stats()).toEqual({ briefings: 2, nodes: 11, edges: 19, evidence: 9 });
      });

      it('writes none of a batch when one fragment in it is bad', async () => {
        const s = await fresh();
        const bad = may6();
        bad.nodes[0].start = '5 May';
        await expect(s.writeBriefings([may7(), bad])).rejects.toThrow(/start '5 May' is not an ISO date/);
        expect(await s.stats()).toEqual({ briefings: 0, nodes: 0, edges: 0, evidence: 0 });
      });

      it('rejects a fragment whose evidence is not the briefing text at its offsets, writing nothing', async () => {
        const s = await fresh(may7());
        const bad = may8();
        bad.edges[bad.edges.length - 1].evidence[0].text = '特朗普访华';
        await expect(s.writeBriefing(bad)).rejects.toThrow(InputError);
        await expect(s.writeBriefing(bad)).rejects.toThrow(/evidence text is not the briefing text/);
        expect(await s.getBriefing(MAY8.id)).toBeUndefined();
        expect((await s.stats()).briefings).toBe(1);
      });

      it('rejects a semantic edge without evidence and an edge to a node the fragment lacks', async () => {
        const s = await fresh();
        const noEvidence = fragment(MAY8, [{ id: 'trump', label: 'Person', name: 'Donald Trump' }], []);
        noEvidence.edges.push({ type: 'CAUSES', from: MAY8.id, to: 'trump', evidence: [] });
        await expect(s.writeBriefing(noEvidence)).rejects.toThrow(/needs evidence/);
        const dangling = fragment(MAY8, [{ id: 'trump', label: 'Person', name: 'Donald Trump' }], []);
        dangling.edges.push({ type: 'MENTIONS', from: MAY8.id, to: 'xi-jinping', evidence: [] });
        await expect(s.writeBriefing(dangling)).rejects.toThrow(/both ends must be nodes/);
        expect(await s.stats()).toEqual({ briefings: 0, nodes: 0, edges: 0, evidence: 0 });
      });
    });

    describe('merging duplicates', () => {
      it('folds export-controls into chip-export-controls: aliases, edges and evidence move, the duplicate is gone', async () => {
        const s = await fresh(may8(), may6());
        expect((await s.findByAlias('出口管制')).map((n) => n.id)).toEqual(['chip-export-controls', 'export-controls']);
        const kept = await s.mergeNodes('chip-export-controls', 'export-controls');
        expect(kept.id).toBe('chip-export-controls');
        expect(kept.aliases).toEqual(['chip export controls', 'export controls', '出口管制', '芯片管制']);
        expect(await s.getNodes(['export-controls'])).toEqual([]);
        const out = await s.edgesOf('chip-export-controls', { types: ['CONSTRAINS'], direction: 'out' });
        expect(out.map((e) => e.to)).toEqual(['beijing-summit', 'china-chip-access']);
        expect(out[1].evidence[0].text).toContain('出口管制限制了中国获取最先进芯片的渠道');
        expect((await s.listBriefings({ mentions: 'chip-export-controls' })).map((b) => b.date)).toEqual(['2026-05-08', '2026-05-06']);
      });

      it('keeps the merge when a revised briefing still produces the dropped id', async () => {
        const s = await fresh(may8(), may6());
        await s.mergeNodes('chip-export-controls', 'export-controls');
        const stats = await s.stats();
        expect((await s.writeBriefing(may6Revised())).status).toBe('replaced');
        expect(await s.getNodes(['export-controls'])).toEqual([]);
        expect((await s.findByAlias('export controls')).map((n) => n.id)).toEqual(['chip-export-controls']);
        expect(await s.stats()).toEqual(stats);
      });

      it('points evidence that cited the dropped Source at the kept one', async () => {
        const nodes = [
          { id: 'beijing-summit', label: 'Event' as const, name: 'Trump–Xi Beijing summit' },
          { id: 'trump', label: 'Person' as const, name: 'Donald Trump', aliases: ['特朗普'] },
          { id: 'reuters-2026-05-06', label: 'Source' as const, name: 'Reuters 2026-05-06', source: { outlet: 'Reuters', date: '2026-05-06' } },
          { id: 'reuters-timeline', label: 'Source' as const, name: 'Reuters timeline', source: { outlet: 'Reuters' } },
        ];
        const said = { type: 'INVOLVES' as const, from: 'beijing-summit', to: 'trump', said: ['特朗普此次北京之行原本计划更早举行'], sources: ['reuters-timeline'] };
        const s = await fresh(fragment(MAY8, nodes, [said]));
        await s.mergeNodes('reuters-2026-05-06', 'reuters-timeline');
        const [edge] = await s.edgesOf('trump', { types: ['INVOLVES'], direction: 'in' });
        expect(edge.evidence[0].sources).toEqual(['reuters-2026-05-06']);
        const dangling = fragment(MAY8, nodes, [{ ...said, sources: ['ap-news'] }]);
        await expect(s.writeBriefing(dangling)).rejects.toThrow(/cites 'ap-news', which is not a node of the fragment/);
      });

      it('names what is wrong when a merge cannot be done', async () => {
        const s = await fresh(may8());
        await expect(s.mergeNodes('trump', 'trump')).rejects.toThrow(/into itself/);
        await expect(s.mergeNodes('trump', 'xi-jinping')).rejects.toThrow(/no node 'xi-jinping'/);
        await expect(s.mergeNodes('xi-jinping', 'trump')).rejects.toThrow(InputError);
      });
    });

    describeReadContract(fresh);
  });
}
