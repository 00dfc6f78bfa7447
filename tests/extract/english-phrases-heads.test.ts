// Lower-case English noun phrases labelled by their head noun (src/extract/rules/english-phrases.ts,
// lexicon/english-phrases.json): measures, products, indicators and reports a researcher wants as
// nodes, on sentences from a wire report, a client brief and USTR statements on US–China trade.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) => extractText(text, { date: '2025-08-11' }).nodes;
const find = (text: string, name: string) => nodes(text).find((n) => n.name.toLowerCase() === name.toLowerCase());

describe('English phrases labelled by their head noun', () => {
  it('keeps a place before a bare indicator head: "China revenue" is an Indicator, "U.S. commerce" a Concept', () => {
    expect(find('Nvidia booked about $17 billion of China revenue in the fiscal year that ended in January.', 'China revenue')?.label).toBe('Indicator');
    const text = 'The investigation will examine the burden or restriction on U.S. commerce resulting from any non-implementation by China of its commitments.';
    expect(find(text, 'U.S. commerce')?.label).toBe('Concept');
  });

  it('labels a change to a policy as a Policy ("tariff increases") and a mineral element as a Product', () => {
    const text =
      'On April 4, MOFCOM placed export controls on seven medium and heavy rare earths, among them samarium, terbium and dysprosium. The measure was widely read as a response to the tariff increases announced by President Donald Trump.';
    expect(find(text, 'tariff increases')?.label).toBe('Policy');
    for (const m of ['samarium', 'terbium', 'dysprosium']) expect(find(text, m)?.label).toBe('Product');
  });

  it('gives a bare head word its class but keeps it tentative: "margins" named twice is an Indicator, "levy" once is none', () => {
    const text = 'Analysts said the levy would squeeze margins on China-bound shipments. Margins at AMD are thinner.';
    expect(find(text, 'margins')?.label).toBe('Indicator');
    expect(find(text, 'China-bound shipments')?.label).toBe('Indicator');
    expect(find('Officials did not say when a decision was due on the licences.', 'licences')).toBeUndefined();
  });

  it('names a report with its topic and keeps the short form: "statutory report on Section 301 tariffs"', () => {
    const text = 'After thorough review of the statutory report on Section 301 tariffs, and having considered my advice, President Biden is directing me to take further action.';
    const report = find(text, 'statutory report on Section 301 tariffs');
    expect(report?.label).toBe('Policy');
    expect(report?.aliases).toContain('statutory report');
    expect(nodes(text).some((n) => /thorough/.test(n.name))).toBe(false);
  });

  it('keeps a constraining cue word apart from its target ("curbs on high-bandwidth memory": two nodes)', () => {
    const found = nodes('Washington also tightened curbs on high-bandwidth memory last year, and the curbs have hurt suppliers.');
    expect(found.map((n) => n.name)).not.toContain('curbs on high-bandwidth memory');
    expect(found.find((n) => n.name === 'curbs')?.label).toBe('Policy');
    expect(found.some((n) => n.aliases?.includes('high-bandwidth memory'))).toBe(true);
  });

  it('reads "natural gas (LNG) vessels" as LNG vessels and keeps a hyphenated compound whole in a four-word name', () => {
    const text = 'These actions come after a year-long Section 301 investigation, and cover fees on U.S.-built liquified natural gas (LNG) vessels.';
    expect(find(text, 'LNG vessels')?.label).toBe('Product');
    expect(nodes(text).map((n) => n.name)).toContain('year-long Section 301 investigation');
    expect(nodes(text).some((n) => /^long /.test(n.name) || /natural gas$/.test(n.name))).toBe(false);
  });

  it('starts a name at its capitals ("enforceable Phase One Agreement" → Phase One Agreement) and takes no participle after "has"', () => {
    const text = 'USTR will determine whether China has implemented the enforceable Phase One Agreement, after its licence requirement has cut magnet deliveries to car plants.';
    const names = nodes(text).map((n) => n.name);
    expect(names).toContain('Phase One Agreement');
    expect(names.some((n) => /enforceable|cut magnet/.test(n))).toBe(false);
    expect(find(text, 'licence requirement')?.label).toBe('Policy');
  });
});
