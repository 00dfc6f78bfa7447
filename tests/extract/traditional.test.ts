// Chinese news in traditional characters (Taiwan, Hong Kong) is read like simplified news, and the graph
// shows it as written: names in the text's own characters with the simplified form as an alias, evidence
// cut verbatim from the input. Fixtures in tests/fixtures/traditional/ are short trimmed excerpts of real
// items (經濟日報 2025-08-07, Newtalk 2026-01-16, etnet 2025-10-10, Now 新聞 2024-10-30) and one small
// briefing in our layout written for the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore } from '../../src/graph/index.js';
import type { GraphFragment } from '../../src/model/index.js';
import { byAlias, edge, semantic } from './fixtures.js';

const DIR = 'tests/fixtures/traditional';
const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');
const extracted = new Map<string, { text: string; f: GraphFragment }>();
function load(file: string): { text: string; f: GraphFragment } {
  let hit = extracted.get(file);
  if (!hit) extracted.set(file, (hit = { text: read(file), f: extractText(read(file), { name: file }) }));
  return hit;
}
const FILES = ['udn-chip-tariff.txt', 'newtalk-semiconductor-232.txt', 'etnet-rare-earth.txt', 'now-eu-ev-duties.txt', 'briefing-layout.txt'];

describe('what the user sees is the text as written', () => {
  it('keeps the original as the briefing text and every evidence sentence a verbatim substring of it', () => {
    for (const file of FILES) {
      const { text, f } = load(file);
      expect(f.briefing.text).toBe(text);
      const evidence = [
        ...f.edges.flatMap((e) => e.evidence),
        ...f.nodes.flatMap((n) => [n.startEvidence, n.endEvidence, ...(n.observations ?? []).map((o) => o.evidence)]),
      ].filter((e) => e !== undefined);
      expect(evidence.length).toBeGreaterThan(0);
      for (const ev of evidence) expect(ev.text).toBe(text.slice(ev.start, ev.end));
    }
  });

  it('names a node found in the text as the text writes it, with the simplified form as an alias', () => {
    const { f } = load('udn-chip-tariff.txt');
    const moea = byAlias(f, '經濟部');
    expect(moea.map((n) => [n.name, n.aliases.includes('经济部')])).toEqual([['經濟部', true]]);
    // The id is the simplified name's: 經濟部 here and 经济部 in a simplified briefing are one node.
    expect(moea[0].id).toBe('经济部');
    const tariff = byAlias(f, '100% 關稅')[0];
    expect(tariff?.name).toBe('100% 關稅');
    expect(tariff?.aliases).toContain('100% 关税');
  });

  it('adds the written form to a lexicon node that keeps its English name, so either script finds it', () => {
    const { f } = load('newtalk-semiconductor-232.txt');
    const doc = byAlias(f, '美國商務部')[0];
    expect(doc?.name).toBe('US Department of Commerce');
    expect(doc?.aliases).toContain('美国商务部');
    expect(byAlias(load('now-eu-ev-duties.txt').f, '比亞迪').map((n) => n.name)).toEqual(['BYD']);
  });

  it('shows the title and summary as written, and keeps the id the simplified title gives', () => {
    const { f } = load('briefing-layout.txt');
    expect(f.briefing.title).toBe('產業政策每日動態');
    expect(f.briefing.id).toBe('2026-01-16-产业政策每日动态');
    expect(f.briefing.summary).toMatch(/^美國商務部宣布對部分高端半導體加徵關稅/);
  });
});

describe('a traditional text is read like a simplified one', () => {
  it('reads a cue (以推動 → CAUSES) and keeps 「」 in the evidence as printed', () => {
    const { f } = load('newtalk-semiconductor-232.txt');
    const tariff = byAlias(f, '100% 關稅')[0];
    const making = byAlias(f, '半導體製造')[0];
    const e = tariff && making && edge(f, 'CAUSES', tariff.id, making.id);
    expect(e?.evidence.map((x) => x.text)).toEqual(['一名美政府官員表示，川普先前曾威脅對「非美國製造」的晶片徵收100%關稅，以推動美國本土半導體製造業的發展。']);
  });

  it('reads 導致 as CAUSES and 限制 as CONSTRAINS in a traditional briefing, with the cited source on the evidence', () => {
    const { f } = load('briefing-layout.txt');
    const causes = semantic(f).find((e) => e.type === 'CAUSES' && e.evidence[0]?.text.includes('導致'));
    expect(causes && [f.nodes.find((n) => n.id === causes.from)?.name, f.nodes.find((n) => n.id === causes.to)?.name]).toEqual(['相關措施', '供應鏈調整']);
    expect(causes?.evidence[0].sources).toEqual(['经济日报-经济部-预做多元准备']);
    const controls = byAlias(f, '稀土出口管制')[0];
    expect(semantic(f).some((e) => e.type === 'CONSTRAINS' && e.from === controls?.id && e.evidence[0]?.text.includes('限制了'))).toBe(true);
  });

  it('resolves 去年 10 月 against the briefing date', () => {
    const { f } = load('briefing-layout.txt');
    const controls = byAlias(f, '稀土出口管制')[0];
    expect(controls?.start).toBe('2025-10');
    expect(controls?.startEvidence?.text).toMatch(/^中國商務部去年 10 月發布/);
  });

  it('cites the 參考資料 entries: Sources with outlet, title and purpose as written, ISSUED_BY their outlet', () => {
    const { f } = load('briefing-layout.txt');
    const sources = f.nodes.filter((n) => n.label === 'Source');
    expect(sources.map((n) => [n.name, n.source?.outlet, n.source?.purpose, n.source?.date])).toEqual([
      ['美國對高端半導體徵收國安關稅', '路透社', '半導體關稅的內容', '2026-01-14'],
      ['經濟部：預做多元準備', '經濟日報', '台灣政府的回應', '2026-01-15'],
      ['中國升級稀土出口管制', '香港經濟日報', '稀土管制的背景', '2025-10-10'],
    ]);
    expect(sources[0].aliases).toContain('美国对高端半导体征收国安关税');
    for (const s of sources) expect(edge(f, 'CITES', f.briefing.id, s.id)).toBeDefined();
    const hket = byAlias(f, '香港經濟日報')[0];
    expect(hket && edge(f, 'ISSUED_BY', sources[2].id, hket.id)?.evidence[0].text).toMatch(/^3\. 香港經濟日報，《中國升級稀土出口管制》/);
  });
});

describe('in the store, either script finds the node', () => {
  it('stores a traditional briefing, finds 經濟部 by 经济部 and by 經濟部, and merges it with the same body named in a simplified briefing', async () => {
    const store = await MemoryStore.open();
    await store.writeBriefing(load('udn-chip-tariff.txt').f);
    const simplified = extractText('2025 年 8 月 8 日\n\n经济部表示，将与业者保持即时联系，预作多元应对准备。', { name: 'simplified.txt' });
    await store.writeBriefing(simplified);
    const [bySimplified, byTraditional] = [await store.findByAlias('经济部'), await store.findByAlias('經濟部')];
    expect(bySimplified.map((n) => n.id)).toEqual(['经济部']);
    expect(byTraditional.map((n) => n.id)).toEqual(['经济部']);
  });
});
