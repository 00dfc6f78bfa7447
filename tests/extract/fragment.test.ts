// What one briefing's fragment holds, on the three fixtures: one node per real thing, evidence that
// is the exact sentence with the sources it cites, dates on the right node, modality, observations.
import { describe, expect, it } from 'vitest';
import { byAlias, edge, fixture, node } from './fixtures.js';

describe('one node per real thing', () => {
  it('merges 工信部, 中国工业和信息化部 and MIIT into one node', () => {
    const { fragment } = fixture('001');
    const miit = node(fragment, 'miit');
    expect(miit.aliases).toEqual(expect.arrayContaining(['工信部', '中国工业和信息化部', 'MIIT']));
    expect(byAlias(fragment, '中国工业和信息化部')).toHaveLength(1);
  });
  it('makes MIIT findable as 工业和信息化部, a lexicon name the 2026-05-07 briefing never wrote', () => {
    const { fragment } = fixture('001');
    expect(byAlias(fragment, '工业和信息化部').map((n) => n.id)).toEqual(['miit']);
  });
  it('merges 釜山休战, 釜山贸易休战 and a bare 休战协议 into the Busan truce', () => {
    const { fragment } = fixture('001');
    expect(node(fragment, 'busan-truce').aliases).toEqual(expect.arrayContaining(['釜山休战', '釜山贸易休战', '釜山休战协议']));
    expect(fragment.nodes.filter((n) => n.name.endsWith('休战'))).toEqual([]);
  });
  it('merges a name and its acronym in brackets: 美国信息技术与创新基金会 (ITIF)', () => {
    const { fragment } = fixture('002');
    expect(byAlias(fragment, '美国信息技术与创新基金会').map((n) => n.id)).toEqual(['itif']);
  });
  it('merges a phrase and its shortened repetition (稀土生产和加工监管框架草案 … 监管框架草案)', () => {
    const { fragment } = fixture('001');
    const draft = fragment.nodes.find((n) => n.aliases.includes('稀土生产和加工监管框架草案'));
    expect(draft?.aliases).toEqual(expect.arrayContaining(['稀土生产加工监管框架草案', '监管框架草案']));
  });
  it('gives every node a fit name: 2-40 characters, no sentence punctuation, not a bare number', () => {
    for (const key of ['000', '001', '002'] as const) {
      for (const n of fixture(key).fragment.nodes) {
        expect(n.name.length, n.name).toBeGreaterThanOrEqual(2);
        expect(n.name.length, n.name).toBeLessThanOrEqual(40);
        expect(n.name, n.name).not.toMatch(/[，。；！？,;!?]|^\d+(\.\d+)?%?$/u);
      }
    }
  });
});

describe('evidence', () => {
  it('is always the exact sentence at its offsets', () => {
    for (const key of ['000', '001', '002'] as const) {
      const { fragment, briefing } = fixture(key);
      const all = [
        ...fragment.edges.flatMap((e) => e.evidence),
        ...fragment.nodes.flatMap((n) => [n.startEvidence, n.endEvidence, ...(n.observations ?? []).map((o) => o.evidence)]),
      ].filter((e) => e !== undefined);
      expect(all.length).toBeGreaterThan(50);
      for (const e of all) expect(briefing.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('cites the sources of 据 Invezz、RealClearWorld 及 EconoTimes … 发布的多角度分析', () => {
    const { fragment } = fixture('000');
    const mentions = edge(fragment, 'MENTIONS', fragment.briefing.id, 'trump-xi-summit');
    const cited = mentions?.evidence.find((e) => e.text.startsWith('据 Invezz'));
    expect(cited?.sources).toEqual([
      'invezz-trump-xi-summit-trade-taiwan-ai-talks-in-focus',
      'realclearworld-what-business-leaders-need-to-know-about-the-trump-xi-beijing-summit',
      'econotimes-trump-xi-meeting-2026-u-s-china-trade-tensions-escalate',
    ]);
  });
  it('carries every semantic edge with at least one sentence, and up to 3 sentences per mention', () => {
    const { fragment } = fixture('001');
    for (const e of fragment.edges) {
      if (e.type === 'MENTIONS') expect(e.evidence.length).toBeLessThanOrEqual(3);
      else if (e.type !== 'CITES') expect(e.evidence.length).toBeGreaterThan(0);
    }
  });
  it('cites each of the ten reference entries as a Source', () => {
    const { fragment } = fixture('002');
    const cites = fragment.edges.filter((e) => e.type === 'CITES' && e.from === fragment.briefing.id);
    expect(cites).toHaveLength(10);
    expect(cites.every((e) => fragment.nodes.find((n) => n.id === e.to)?.label === 'Source')).toBe(true);
  });
});

describe('dates on the node they belong to', () => {
  it('reads 特朗普-习近平北京峰会（5 月 14-15 日） as the summit from 2026-05-14 to 2026-05-15, expected', () => {
    const summit = node(fixture('000').fragment, 'trump-xi-summit');
    expect([summit.start, summit.end, summit.modality]).toEqual(['2026-05-14', '2026-05-15', 'expected']);
  });
  it('gives the truce the day-precise expiry the same story states for its tariff framework (2026-11-10)', () => {
    const truce = node(fixture('000').fragment, 'busan-truce');
    expect([truce.end, truce.endKind]).toEqual(['2026-11-10', 'expires']);
    expect(truce.endEvidence?.text).toContain('美方关税框架计划于 2026 年 11 月 10 日到届');
  });
  it('keeps month precision where only the month is known: 釜山休战（将于 2026 年 11 月到期）, started 去年 10 月', () => {
    const truce = node(fixture('001').fragment, 'busan-truce');
    expect([truce.start, truce.end, truce.endKind]).toEqual(['2025-10', '2026-11', 'expires']);
    expect(truce.endEvidence?.text).toContain('釜山休战（将于 2026 年 11 月到期）');
  });
  it('dates the draft by 4 月 29 日发布 and the ruling by 于 2026 年 2 月 20 日在 … 案中', () => {
    const { fragment } = fixture('001');
    expect(fragment.nodes.find((n) => n.aliases.includes('稀土生产加工监管框架草案'))?.start).toBe('2026-04-29');
    expect(node(fragment, 'ieepa-ruling').start).toBe('2026-02-20');
  });
  it('dates the jobs report by 将于今日发布 (the briefing date), not by 4 月, the month it covers', () => {
    const report = node(fixture('000').fragment, 'us-jobs-report');
    expect([report.start, report.modality]).toEqual(['2026-05-08', 'expected']);
  });
});

describe('observations', () => {
  it('keeps April’s official manufacturing PMI of 50.3, released 2026-04-30', () => {
    const pmi = node(fixture('000').fragment, 'manufacturing-pmi');
    expect(pmi.start).toBe('2026-04-30');
    expect(pmi.observations?.find((o) => o.period === '2026-04')).toMatchObject({ value: 50.3, unit: 'index' });
  });
  it('reads 同比增长 25% as a year-on-year rate and 月产能为 120 万片 as wafers a month', () => {
    const { fragment } = fixture('002');
    expect(node(fragment, 'global-semiconductor-sales').observations).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 25, unit: '% y/y' })]),
    );
    expect(node(fragment, 'silicon-wafers').observations).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 1_200_000, unit: 'wafers/month' })]),
    );
  });
  it('reads 约 100 万美元 as the B300 price in USD', () => {
    const price = node(fixture('001').fragment, 'nvidia-b300-price');
    expect(price.observations?.map((o) => [o.value, o.unit])).toEqual(expect.arrayContaining([[1_000_000, 'USD']]));
  });
});
