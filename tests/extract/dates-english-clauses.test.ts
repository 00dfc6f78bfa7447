// English clause shapes that carry a date to their thing: ", effective DATE" closing a clause dates
// what its verb imposes; "the X introduced in YEAR, which must lapse on DATE" gives X both ends;
// "DATE proposed a …" dates the proposal; "the fiscal year that begins on Tuesday" looks ahead.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { named } from './fixtures.js';

const nodeOf = (text: string, date: string, name: string) => named(extractText(text, { date }), name);

describe('English clauses that date their thing', () => {
  it('", effective August 1" closing a clause dates the tariffs the clause imposes (White House fact sheet)', () => {
    const s =
      'The Proclamation imposes universal 50% tariffs on imports of semi-finished copper products (such as copper pipes, wires, rods, sheets, and tubes), effective August 1.';
    expect(nodeOf(s, '2025-07-30', '50% tariffs')?.start).toBe('2025-08-01');
  });
  it('"the safeguard introduced in 2019, which must lapse on 30 June 2026" starts and ends the safeguard', () => {
    const s =
      'The EU steel safeguard is under review. The measure would replace the safeguard introduced in 2019, which must lapse on 30 June 2026 under World Trade Organization rules.';
    const n = nodeOf(s, '2025-10-08', 'safeguard');
    expect([n?.start, n?.end]).toEqual(['2019', '2026-06-30']);
  });
  it('"yesterday proposed a permanent steel import regime" dates the regime, not a later participle', () => {
    const s =
      'The European Commission yesterday proposed a permanent steel import regime that would cut tariff-free quota volumes.\n\nThe measure would replace the safeguard introduced in 2019.';
    expect(nodeOf(s, '2025-10-08', 'permanent steel import regime')?.start).toBe('2025-10-07');
  });
  it('"the fiscal year that begins on Tuesday" is the coming Tuesday (Reuters, Monday March 31)', () => {
    const s =
      'Japan will give chipmaker Rapidus Corp up to 802.5 billion yen in fresh subsidies for the fiscal year that begins on Tuesday, the ministry said on Monday.';
    expect(nodeOf(s, '2025-03-31', 'fiscal year')?.start).toBe('2025-04-01');
  });
});
