// Specification of the benchmark corpus generator (bench/generator): what makes its briefings a
// fair stand-in for a real archive. No time is asserted here; bench/run.ts measures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateShift, generateCorpus, shiftDates } from '../../bench/generator/index.js';
import { parseBriefing } from '../../src/briefing/index.js';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';

const corpus = generateCorpus({ briefings: 60, seed: 7 });
const extracted = corpus.map((b) => ({ b, fragment: extractText(b.text, { name: b.name }) }));

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('shiftDates', () => {
  const shift = dateShift('2026-05-08', '2023-12-28');

  it('moves full dates by the days the dateline moved, keeping how they are written', () => {
    expect(shiftDates('美方关税框架计划于 2026 年 11 月 10 日到届', shift)).toBe('美方关税框架计划于 2024 年 7 月 1 日到届');
    expect(shiftDates('1. Invezz (2026-05-07): Trump-Xi summit', shift)).toBe('1. Invezz (2023-12-27): Trump-Xi summit');
    expect(shiftDates('【发文日期】2025年10月09日', dateShift('2025-10-09', '2027-03-02'))).toBe('【发文日期】2027年03月02日');
  });

  it('moves a yearless 5 月 14-15 日 summit a week after a 2026-05-08 dateline to a week after the new one', () => {
    expect(shiftDates('特朗普-习近平北京峰会（5 月 14-15 日）进入倒计时一周', shift)).toBe('特朗普-习近平北京峰会（1 月 3-4 日）进入倒计时一周');
  });

  it('moves a month named without a day to the month its middle lands in, re-choosing 去年 when the year changes', () => {
    // 2026-04-15 moved 862 days back is 2023-12-05.
    expect(shiftDates('中国 4 月制造业 PMI 维持扩张', shift)).toBe('中国 12 月制造业 PMI 维持扩张');
    expect(shiftDates('去年 10 月', dateShift('2026-05-07', '2026-09-07'))).toBe('今年 2 月');
  });

  it('rewrites an English dateline with the right weekday', () => {
    expect(shiftDates('FOR IMMEDIATE RELEASE | Friday, October 7, 2022', dateShift('2022-10-07', '2027-03-02'))).toBe(
      'FOR IMMEDIATE RELEASE | Tuesday, March 2, 2027',
    );
  });

  it('leaves durations and counts alone', () => {
    expect(shiftDates('连续 3 个月维持扩张，研发超 1250 种新药', shift)).toBe('连续 3 个月维持扩张，研发超 1250 种新药');
  });
});

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const again = generateCorpus({ briefings: 60, seed: 7 });
    expect(again.map((b) => b.text)).toEqual(corpus.map((b) => b.text));
    const other = generateCorpus({ briefings: 60, seed: 8 });
    expect(other.map((b) => b.text)).not.toEqual(corpus.map((b) => b.text));
  });

  it('dates every briefing on its own day, oldest first, over at least three years', () => {
    const dates = corpus.map((b) => b.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    const years = Number(dates[dates.length - 1].slice(0, 4)) - Number(dates[0].slice(0, 4));
    expect(years).toBeGreaterThanOrEqual(2);
    expect(Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])).toBeGreaterThan(2 * 365 * 86_400_000);
  });

  it('mixes both daily layouts with plain articles, recombining sections from several source briefings', () => {
    const kinds = new Set(corpus.map((b) => b.kind));
    expect(kinds).toEqual(new Set(['daily', 'daily-chinese-layout', 'article']));
    const mixed = corpus.filter((b) => new Set(b.origins.map((o) => o.file)).size > 1);
    expect(mixed.length).toBeGreaterThan(corpus.length / 2);
    const combos = new Set(corpus.filter((b) => b.kind !== 'article').map((b) => b.origins.map((o) => o.heading).join('|')));
    expect(combos.size).toBe(corpus.filter((b) => b.kind !== 'article').length);
  });

  it('gives every briefing a dateline the parser reads as its date, and a reference list it reads whole', () => {
    for (const b of corpus) {
      const parsed = parseBriefing(b.text, { name: b.name });
      expect(parsed.date, b.name).toBe(b.date);
      if (b.kind === 'article') continue;
      const printed = b.text.match(/^(\d+\. |\[\d+\] )/gm) ?? [];
      expect(printed.length, b.name).toBeGreaterThan(0);
      expect(parsed.references.length, b.name).toBe(printed.length);
    }
  });

  it('moves the content with the dateline: the tariff framework still expires about 186 days after the briefing', () => {
    // Seed 000 (2026-05-08) says the framework expires 2026-11-10 and the summit is 2026-05-14..15.
    const seed = extractText(readFileSync('fixtures/briefings/000_dc3a894c5b6cdd65.txt', 'utf8'));
    const seedNode = (id: string) => seed.nodes.find((n) => n.id === id) as GraphNode;
    expect(seedNode('tariff-framework').end).toBe('2026-11-10');
    const carrying = extracted.filter(({ b }) => b.origins.some((o) => o.heading.startsWith('特朗普-习近平北京峰会倒计时一周')));
    expect(carrying.length).toBeGreaterThan(0);
    for (const { b, fragment } of carrying) {
      const end = fragment.nodes.find((n) => n.id === 'tariff-framework')?.end ?? '';
      // The sentence gives the day; the heading's 11 月到期 only the month, which can round to a neighbour.
      const due = addDays(b.date, 186);
      if (end.length === 10) expect(end, b.name).toBe(due);
      else expect(Math.abs(Date.parse(`${end}-15`) - Date.parse(due)), b.name).toBeLessThanOrEqual(31 * 86_400_000);
    }
  });

  it('varies outlets, companies and numbers, so the graph grows instead of repeating', () => {
    const swapped = new Set(corpus.flatMap((b) => Object.values(b.swaps)));
    expect(swapped.size).toBeGreaterThan(20);
    const pmi = new Set(corpus.flatMap((b) => b.text.match(/官方制造业 PMI 为 \d+\.\d/g) ?? []));
    expect(pmi.size).toBeGreaterThan(1);
    const ids = extracted.map(({ fragment }) => new Set(fragment.nodes.map((n) => n.id)));
    const all = new Set(ids.flatMap((s) => [...s]));
    const perBriefing = ids.reduce((sum, s) => sum + s.size, 0) / ids.length;
    // Distinct nodes across the corpus far exceed one briefing's, yet are far fewer than the sum.
    expect(all.size).toBeGreaterThan(5 * perBriefing);
    expect(all.size).toBeLessThan(0.8 * ids.reduce((sum, s) => sum + s.size, 0));
  });

  it('makes briefings that extract to graphs with evidence: every semantic edge quotes its own text', () => {
    for (const { b, fragment } of extracted) {
      expect(fragment.briefing.date, b.name).toBe(b.date);
      expect(fragment.nodes.length, b.name).toBeGreaterThan(5);
      for (const e of fragment.edges) {
        for (const ev of e.evidence) expect(b.text.slice(ev.start, ev.end), b.name).toBe(ev.text);
      }
    }
  });

  it('refuses a briefing count that is not a positive integer, naming it', () => {
    expect(() => generateCorpus({ briefings: 0 })).toThrow(/briefings must be a positive integer/);
    expect(() => generateCorpus({ briefings: 3, until: '2026-5-9' })).toThrow(/until must be a YYYY-MM-DD date/);
  });
});
