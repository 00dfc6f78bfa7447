// The last-resort reader (src/extract/rules/co-mention.ts): an event or measure and a thing its own
// clause names, which no other rule joined, are joined by INVOLVES. Sentences from
// tests/fixtures/eval-dev4/texts/zh_news_solid_state_battery_2025-11-25.txt and the seed of 2026-05-07.
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, toContractJson } from '../../src/extract/index.js';

const GAC = '按照计划，广汽将于2026年在昊铂品牌车型上开展小批量装车，2027年至2030年逐步转入批量生产。';
const SAIC = '本月21日，上汽集团通过投资者互动平台披露，其与清陶动力合作在上海安亭建设的全固态电池产线已全线贯通，计划年底产出样件，明年进行装车测试，2027年正式量产交付。';

function edgesOf(text: string): string[] {
  const j = toContractJson(extractText(text, { name: 'story.txt', date: '2025-11-25' }));
  const name = new Map(j.nodes.map((n) => [n.id, n.name]));
  return j.edges.filter((e) => e.type !== 'MENTIONS' && e.type !== 'CITES').map((e) => `${name.get(e.from)} ${e.type} ${name.get(e.to)}`);
}

describe('an act and a thing named in its clause', () => {
  afterEach(() => {
    delete process.env.BRIEFGRAPH_COMENTION;
  });

  it('joins the happening to the model it happens on (小批量装车 INVOLVES 昊铂)', () => {
    expect(edgesOf(GAC)).toContain('小批量装车 INVOLVES 昊铂');
  });

  it('joins a line to the place it is built in (全固态电池产线 INVOLVES 上海安亭)', () => {
    expect(edgesOf(SAIC)).toContain('全固态电池产线 INVOLVES 上海安亭');
  });

  it('joins only within the clause: the partner beside the line, never the company that discloses it in the clause before', () => {
    const on = edgesOf(SAIC);
    process.env.BRIEFGRAPH_COMENTION = 'off';
    const off = new Set(edgesOf(SAIC));
    const added = on.filter((e) => !off.has(e));
    expect(added).toContain('全固态电池产线 INVOLVES 上海安亭');
    expect(on).toContain('全固态电池产线 INVOLVES 清陶动力');
    expect(added.filter((e) => e.includes('上汽集团'))).toEqual([]);
  });

  it('keeps every edge it adds evidenced by the sentence, as a substring of the text', () => {
    const j = toContractJson(extractText(SAIC, { name: 'story.txt', date: '2025-11-25' }));
    for (const e of j.edges.filter((x) => x.type === 'INVOLVES')) for (const ev of e.evidence) expect(SAIC).toContain(ev.text);
  });

  it('is off with BRIEFGRAPH_COMENTION=off, leaving only what the other rules read', () => {
    process.env.BRIEFGRAPH_COMENTION = 'off';
    expect(edgesOf(GAC)).not.toContain('小批量装车 INVOLVES 昊铂');
  });
});
