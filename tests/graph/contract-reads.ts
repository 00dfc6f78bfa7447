// The read half of the GraphStore contract: lookups, search, neighbourhoods, paths, timelines.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { GraphFragment } from '../../src/model/index.js';
import type { GraphStore } from '../../src/graph/index.js';
import { MAY6, MAY7, MAY8, fragment, may6, may7, may8 } from './fragments.js';

type Fresh = (...fragments: GraphFragment[]) => Promise<GraphStore>;

/** Strings that would do harm if a store pasted them into Cypher or Lucene. */
export const HOSTILE = [`'}) MATCH (n) DETACH DELETE n //`, '*:*', 'C:\\Program Files\\', '"釜山" OR *', 'MIIT~0.5 AND x', '\\u0000', `" }) RETURN 1 //`];

export function describeReadContract(fresh: Fresh): void {
  describe('finding nodes by alias', () => {
    it('finds MIIT under 工信部, 工业和信息化部, MIIT, miit and full-width ＭＩＩＴ', async () => {
      const s = await fresh(may7());
      for (const name of ['工信部', '工业和信息化部', 'MIIT', 'miit', 'ＭＩＩＴ']) {
        expect((await s.findByAlias(name)).map((n) => n.id), name).toEqual(['miit']);
      }
    });

    it('finds IEEPA written full-width (ＩＥＥＰＡ) and the truce in English with other spacing and case', async () => {
      const s = await fresh(may7(), may8());
      expect((await s.findByAlias('ＩＥＥＰＡ')).map((n) => n.id)).toEqual(['ieepa']);
      expect((await s.findByAlias('busan  TRUCE')).map((n) => n.id)).toEqual(['busan-truce']);
      expect((await s.findByAlias('釜山贸易休战')).map((n) => n.id)).toEqual(['busan-truce']);
      expect(await s.findByAlias('习近平')).toEqual([]);
    });
  });

  describe('search', () => {
    it('ranks the exact alias 釜山 first, then prefixes by how many briefings mention them', async () => {
      const s = await fresh(may7(), may8());
      const hits = await s.search('釜山', { limit: 10 });
      expect(hits.map((h) => [h.node.id, h.score])).toEqual([
        ['busan', 3],
        ['busan-truce', 2],
        ['busan-apec', 2],
      ]);
    });

    it('finds substrings (休战 inside 釜山休战), filters by label and honours the limit', async () => {
      const s = await fresh(may7(), may8());
      expect((await s.search('休战', { limit: 10 })).map((h) => [h.node.id, h.score])).toEqual([['busan-truce', 1]]);
      expect((await s.search('釜山', { labels: ['Event'], limit: 10 })).map((h) => h.node.id)).toEqual(['busan-truce', 'busan-apec']);
      expect((await s.search('釜山', { limit: 1 })).map((h) => h.node.id)).toEqual(['busan']);
      await expect(s.search('釜山', { labels: ['Thing' as 'Event'], limit: 5 })).rejects.toThrow(InputError);
    });

    it('treats Cypher and Lucene syntax in queries and ids as plain text that matches nothing and changes nothing', async () => {
      const s = await fresh(may7(), may8());
      const before = await s.stats();
      for (const q of HOSTILE) {
        expect(await s.search(q, { limit: 5 }), q).toEqual([]);
        expect(await s.findByAlias(q), q).toEqual([]);
        expect(await s.getNodes([q]), q).toEqual([]);
        expect(await s.edgesOf(q, { direction: 'both' }), q).toEqual([]);
        expect(await s.traverse(q, { types: ['CONSTRAINS'], direction: 'in', depth: 2 }), q).toEqual([]);
        expect(await s.deleteBriefing(q), q).toBe(false);
      }
      expect(await s.stats()).toEqual(before);
    });

    it('stores a node whose id and aliases are Cypher/Lucene syntax verbatim and finds it by them', async () => {
      const s = await fresh(may7());
      const odd = fragment(MAY8, [{ id: HOSTILE[0], label: 'Concept', name: 'quoted "name" \\ with *:*', aliases: [HOSTILE[0], 'a\\b'] }], []);
      await s.writeBriefing(odd);
      const [node] = await s.getNodes([HOSTILE[0]]);
      expect(node.aliases).toEqual([HOSTILE[0], 'a\\b', 'quoted "name" \\ with *:*']);
      expect((await s.findByAlias('a\\b')).map((n) => n.id)).toEqual([HOSTILE[0]]);
      expect((await s.search('DETACH DELETE', { limit: 5 })).map((h) => h.node.id)).toEqual([HOSTILE[0]]);
      expect((await s.getNodes(['miit'])).length).toBe(1);
    });
  });

  describe('neighbourhoods and paths', () => {
    it('lists the edges of a node by type and direction, in a stable order', async () => {
      const s = await fresh(may7(), may8());
      const into = await s.edgesOf('beijing-summit', { direction: 'in' });
      expect(into.map((e) => `${e.type} ${e.from}`)).toEqual([
        'CONSTRAINS busan-truce',
        'CONSTRAINS chip-export-controls',
        `MENTIONS ${MAY7.id}`,
        `MENTIONS ${MAY8.id}`,
      ]);
      const both = await s.edgesOf('beijing-summit', { types: ['INVOLVES', 'CONSTRAINS'], direction: 'both' });
      expect(both.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual([
        'busan-truce CONSTRAINS beijing-summit',
        'chip-export-controls CONSTRAINS beijing-summit',
        'beijing-summit INVOLVES trump',
      ]);
    });

    it('answers what constrains the summit, one to three hops back, with the sentences on every edge', async () => {
      const s = await fresh(may7(), may8());
      const walk = async (depth: number) =>
        (await s.traverse('beijing-summit', { types: ['CONSTRAINS'], direction: 'in', depth })).map((p) => p.nodes.join(' ← '));
      expect(await walk(1)).toEqual(['beijing-summit ← busan-truce', 'beijing-summit ← chip-export-controls']);
      const two = [
        'beijing-summit ← busan-truce ← tariff-rebuild',
        'beijing-summit ← chip-export-controls ← rare-earth-export-controls',
      ];
      expect(await walk(2)).toEqual([...(await walk(1)), ...two]);
      expect(await walk(3)).toEqual(await walk(2));
      const [path] = (await s.traverse('beijing-summit', { types: ['CONSTRAINS', 'CAUSES'], direction: 'in', depth: 3 })).slice(-1);
      expect(path.nodes).toEqual(['beijing-summit', 'busan-truce', 'tariff-rebuild', 'ieepa-ruling']);
      expect(path.edges.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual([
        'busan-truce CONSTRAINS beijing-summit',
        'tariff-rebuild CONSTRAINS busan-truce',
        'ieepa-ruling CAUSES tariff-rebuild',
      ]);
      expect(path.edges[0].evidence.map((e) => e.briefingId)).toEqual([MAY7.id, MAY8.id]);
      expect(path.edges[2].evidence[0].text).toContain('最高法院 2 月裁定 IEEPA 关税违宪后');
    });

    it('follows effects outwards and refuses a depth outside 1..6', async () => {
      const s = await fresh(may7(), may8());
      const out = await s.traverse('ieepa-ruling', { types: ['CAUSES', 'CONSTRAINS'], direction: 'out', depth: 3, limit: 2 });
      expect(out.map((p) => p.nodes.at(-1))).toEqual(['tariff-rebuild', 'busan-truce']);
      await expect(s.traverse('ieepa-ruling', { types: ['CAUSES'], direction: 'out', depth: 0 })).rejects.toThrow(InputError);
      await expect(s.traverse('ieepa-ruling', { types: ['CAUSES'], direction: 'out', depth: 7 })).rejects.toThrow(/depth/);
    });

    it('connects the IEEPA to the summit in four hops over edges of either direction, and not in three', async () => {
      const s = await fresh(may7(), may8());
      const [p] = await s.paths('ieepa', 'beijing-summit', { maxLength: 4 });
      expect(p.nodes).toEqual(['ieepa', 'ieepa-ruling', 'tariff-rebuild', 'busan-truce', 'beijing-summit']);
      expect(p.edges.map((e) => e.type)).toEqual(['INVOLVES', 'CAUSES', 'CONSTRAINS', 'CONSTRAINS']);
      expect(await s.paths('ieepa', 'beijing-summit', { maxLength: 3 })).toEqual([]);
      const viaChips = await s.paths('rare-earth-export-controls', 'beijing-summit', { maxLength: 3 });
      expect(viaChips.map((x) => x.edges.length)).toEqual([2, 2]);
      expect(viaChips.map((x) => x.edges[0].from)).toEqual(['chip-export-controls', 'rare-earth-export-controls']);
    });
  });

  describe('dates and briefings', () => {
    it('lists dated nodes in a window, by label and among given ids, earliest first', async () => {
      const s = await fresh(may6(), may7(), may8());
      expect((await s.datedNodes({ from: '2026-05', to: '2026-05' })).map((n) => n.id)).toEqual(['itif-report', 'beijing-summit']);
      expect((await s.datedNodes({ from: '2026-11-01', to: '2026-11-30' })).map((n) => n.id)).toEqual(['busan-truce']);
      expect((await s.datedNodes({ to: '2025-12', labels: ['Event'] })).map((n) => n.id)).toEqual(['busan-apec', 'busan-truce']);
      expect((await s.datedNodes({ ids: ['ieepa-ruling', 'miit', 'trump'] })).map((n) => n.id)).toEqual(['ieepa-ruling']);
      await expect(s.datedNodes({ from: 'May 2026' })).rejects.toThrow(/ISO date/);
    });

    it('lists briefings newest first, by date window, by a node they mention, up to a limit', async () => {
      const s = await fresh(may6(), may7(), may8());
      expect((await s.listBriefings({})).map((b) => b.id)).toEqual([MAY8.id, MAY7.id, MAY6.id]);
      expect((await s.listBriefings({ from: '2026-05-07' })).map((b) => b.id)).toEqual([MAY8.id, MAY7.id]);
      expect((await s.listBriefings({ to: '2026-05-06' })).map((b) => b.id)).toEqual([MAY6.id]);
      expect((await s.listBriefings({ mentions: 'busan-truce', limit: 1 })).map((b) => b.id)).toEqual([MAY8.id]);
      const [b] = await s.listBriefings({ mentions: 'itif' });
      expect(b).toEqual(may6().briefing);
      expect(await s.getBriefing(MAY7.id)).toEqual(may7().briefing);
    });

    it('gives the briefing itself a node, so MENTIONS edges start at a node', async () => {
      const s = await fresh(may8());
      const [node] = await s.getNodes([MAY8.id]);
      expect(node).toMatchObject({ id: MAY8.id, label: 'Briefing', name: MAY8.title });
      const mentioned = await s.edgesOf(MAY8.id, { types: ['MENTIONS'], direction: 'out' });
      expect(mentioned.map((e) => e.to)).toEqual(['beijing-summit', 'busan-truce', 'chip-export-controls', 'trump']);
    });
  });
}
