import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf, type Briefing, type Reference } from '../../src/briefing/index.js';
import { extractBriefing } from '../../src/extract/index.js';

/** A 新质生产力每日动态 issue citing [1]–[3], with the given reference list. */
const issue = (list: string): Briefing =>
  parseBriefing(
    [
      '新质生产力每日动态',
      '2026 年 6 月 3 日',
      '',
      '1 稀土总量控制',
      '',
      '工信部下达 2026 年第一批稀土开采总量控制指标[1]。氧化镨钕价格连续第三周上涨[2]。韩国对中国稀土进口依赖加深[3]。',
      '',
      '参考资料',
      '',
      list,
    ].join('\n'),
  );

const fields = (b: Briefing) => b.references.map(({ raw, ...r }): Omit<Reference, 'raw'> => r);
const organisations = (b: Briefing) => extractBriefing(b).nodes.filter((n) => n.label === 'Organization').map((n) => n.name);

describe('reference entries dated by their year only', () => {
  it('reads `Outlet (2026): Title`, `Outlet，2026，《标题》` and `Outlet. (2026). Title.` with the year as the date, never as a name', () => {
    const b = issue(
      [
        '1. Invezz (2026): China issues first batch of rare earth mining quotas',
        '2. 上海有色网，2026，《氧化镨钕价格连续第三周上涨》',
        '3. Nikkei Asia. (2026). Korea deepens reliance on Chinese rare earths.',
      ].join('\n'),
    );
    expect(fields(b)).toEqual([
      { index: 1, outlet: 'Invezz', date: '2026', title: 'China issues first batch of rare earth mining quotas' },
      { index: 2, outlet: '上海有色网', date: '2026', title: '氧化镨钕价格连续第三周上涨' },
      { index: 3, outlet: 'Nikkei Asia', date: '2026', title: 'Korea deepens reliance on Chinese rare earths' },
    ]);
    expect(organisations(b).filter((name) => /^[\d\s（）()]+$/.test(name) || name.includes('2026'))).toEqual([]);
  });

  it('keeps a year inside a title’s words (`《2026年稀土开采总量控制指标》`) and takes no name from an entry that leads with its year', () => {
    const b = issue('1. 2026，《2026年稀土开采总量控制指标》，工信部官网');
    expect(fields(b)).toEqual([{ index: 1, outlet: '工信部官网', date: '2026', title: '2026年稀土开采总量控制指标' }]);
  });
});

describe('notes in brackets after an outlet', () => {
  it('takes the outlet before `（转引 CGTN）`, `（综合 UPI、Korea Herald）` and `（据 Bloomberg 编译）`, and makes no outlet of the note', () => {
    const b = issue(
      [
        '1. 路透社（转引 CGTN），《中国下达2026年第一批稀土开采总量控制指标》，2026年6月2日',
        '2. 财联社（据 Bloomberg 编译），《氧化镨钕价格连续第三周上涨》，2026年6月2日',
        '3. 韩联社（综合 UPI、Korea Herald），2026年6月1日，《韩国对中国稀土进口依赖加深》',
      ].join('\n'),
    );
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '财联社', '韩联社']);
    const f = extractBriefing(b);
    const issuers = f.edges.filter((e) => e.type === 'ISSUED_BY' && f.nodes.find((n) => n.id === e.from)?.label === 'Source');
    expect(issuers).toHaveLength(3);
    expect(organisations(b).filter((name) => /转引|综合|编译/.test(name))).toEqual([]);
  });

  it('still names the agency a paper carried (`南国都市报（新华社）`), a bare outlet name in brackets being no note', () => {
    expect(issue('1. 南国都市报（新华社），《稀土开采总量控制指标下达》，2026年6月2日').references[0].outlet).toBe('南国都市报（新华社）');
  });

  it('issues `新华网（北京）` by the outlet alone: a place in brackets is where the story was filed', () => {
    const f = extractBriefing(issue('1. 新华网（北京），《稀土开采总量控制指标下达》，2026年6月2日'));
    const label = (id: string) => f.nodes.find((n) => n.id === id)?.label;
    const issuers = f.edges.filter((e) => e.type === 'ISSUED_BY' && label(e.from) === 'Source').map((e) => label(e.to));
    expect(issuers).toEqual(['Organization']);
  });

  it('reads `来源：路透社（转引 CGTN、UPI）、财新` under a story as two Sources', () => {
    const b = parseBriefing('新质生产力每日动态\n2026年6月3日\n\n一、稀土\n\n工信部下达稀土开采总量控制指标。\n\n来源：路透社（转引 CGTN、UPI）、财新\n');
    expect(b.references.map((r) => r.outlet)).toEqual(['路透社', '财新']);
    expect(sentencesOf(b).map((s) => s.citedRefs)).toEqual([[0, 1]]);
  });
});
