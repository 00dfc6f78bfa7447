// Date arguments and the dated facts a node puts on the timeline.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { dateArg, firstDay, inRange, lastDay } from '../../src/api/queries/dates.js';
import { datedFacts } from '../../src/api/queries/timeline.js';
import { may7 } from './support/hand-built.js';

const node = (id: string) => {
  const n = may7().nodes.find((x) => x.id === id);
  if (!n) throw new Error(id);
  return n;
};

describe('date arguments', () => {
  it('accepts a year, a month or a day, and 2028-02-29 in a leap year', () => {
    expect(['2026', '2026-11', '2026-11-10', '2028-02-29'].map((d) => dateArg(d, 'from'))).toEqual(['2026', '2026-11', '2026-11-10', '2028-02-29']);
  });

  it('refuses 2026-02-29, 2026-13 and 5 月 14 日, naming the argument', () => {
    for (const bad of ['2026-02-29', '2026-13', '5 月 14 日', '']) {
      expect(() => dateArg(bad, 'asOf')).toThrow(InputError);
      expect(() => dateArg(bad, 'asOf')).toThrow(/^asOf must be an ISO date/);
    }
  });

  it('reads a bound to the end of its precision: 2026-11-10 lies in [2026-11, 2026-11] and 2026 ends 2026-12-31', () => {
    expect(inRange('2026-11-10', '2026-11', '2026-11')).toBe(true);
    expect(inRange('2026-12', '2026-05-01', '2026-11-30')).toBe(false);
    expect(firstDay('2025-10')).toBe('2025-10-01');
    expect(lastDay('2026')).toBe('2026-12-31');
    expect(lastDay('2026-02')).toBe('2026-02-28');
  });
});

describe('dated facts of a node', () => {
  it('makes the summit (2026-05-14 to 15, expected) one occurred item with an end date', () => {
    expect(datedFacts(node('trump-xi-summit')).map((f) => [f.kind, f.date, f.endDate, f.modality])).toEqual([['occurred', '2026-05-14', '2026-05-15', 'expected']]);
  });

  it('gives the truce an occurred item for 去年 10 月 and an expires item for its end', () => {
    const facts = datedFacts(node('busan-truce'));
    expect(facts.map((f) => [f.kind, f.date])).toEqual([
      ['occurred', '2025-10'],
      ['expires', '2026-11'],
    ]);
    expect(facts[1].evidence?.text).toContain('将于 2026 年 11 月到期');
  });

  it('says a policy starts rather than occurs', () => {
    expect(datedFacts(node('rare-earth-rules')).map((f) => [f.kind, f.date])).toEqual([['starts', '2026-04-29']]);
  });
});
