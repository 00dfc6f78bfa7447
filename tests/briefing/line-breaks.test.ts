import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';
import { extractBriefing } from '../../src/extract/index.js';

// PDF conversion breaks lines wherever the page ran out, inside a Chinese word or between the words of
// a name. Names and titles read across the break; spans and evidence keep the text as printed.
const pdf = [
  '新质生产力每日动态',
  '2026 年 6 月 3 日',
  '',
  '1 稀土',
  '',
  '据路透社报道，日本对华稀',
  '土进口依赖加深，工信部发布《稀土管理',
  '条例实施细则》[1]。',
  '',
  '参考资料',
  '',
  '1. 路透社，《中国下达2026年第一批稀土开采总',
  '量控制指标》，2026年6月2日',
  '2. Reuters (2026-06-02): China issues first batch of rare',
  'earth mining quotas',
].join('\n');

describe('text broken across PDF lines', () => {
  it('joins a reference title broken inside a Chinese word with nothing between, and one broken between English words with a space', () => {
    expect(parseBriefing(pdf).references.map((r) => r.title)).toEqual(['中国下达2026年第一批稀土开采总量控制指标', 'China issues first batch of rare earth mining quotas']);
  });

  it('names what a break parts inside a Chinese word whole (稀 ⏎ 土进口, 《稀土管理 ⏎ 条例实施细则》), while the evidence stays the sentence as printed', () => {
    const b = parseBriefing(pdf);
    const f = extractBriefing(b);
    const names = f.nodes.map((n) => n.name);
    expect(names).toContain('稀土管理条例实施细则');
    expect(names.filter((n) => /\p{Script=Han}\s\p{Script=Han}/u.test(n))).toEqual([]);
    expect(f.nodes.flatMap((n) => n.aliases).filter((a) => /\p{Script=Han}\s\p{Script=Han}/u.test(a))).toEqual([]);
    for (const e of f.edges) for (const ev of e.evidence ?? []) if (ev.start !== undefined) expect(b.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(sentencesOf(b)[0].text).toBe('据路透社报道，日本对华稀\n土进口依赖加深，工信部发布《稀土管理\n条例实施细则》[1]。');
  });

  it('names a Latin-script company whose words a break parts in a Chinese sentence once (Kokusai ⏎ Electric), with a space', () => {
    const b = parseBriefing('新质生产力每日动态\n2026 年 6 月 3 日\n\n1 芯片设备\n\n日本芯片设备商 Kokusai\nElectric 表示中国市场需求强劲。\n');
    const names = extractBriefing(b).nodes.filter((n) => n.label === 'Organization').map((n) => n.name);
    expect(names).toContain('Kokusai Electric');
    expect(names).not.toContain('Electric');
  });

  it('takes a title from a first sentence broken inside a word without the break', () => {
    const lead = '据路透社报道，日本经济产业省公布的数据显示，受汽车电动化和风电装机加快的带动，今年前五个月日本自中国进口的稀土永磁材料和氧化镨钕等稀';
    const b = parseBriefing(`${lead}\n土产品同比增长 12%。数据于 2026 年 6 月 2 日公布。`);
    expect(b.title).toBe(`${lead}土产品同比增长 12%。`);
  });
});
