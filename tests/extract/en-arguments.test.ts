// Argument promotion (src/extract/rules/en-arguments.ts): the plain noun phrase that is the subject or
// object of a classified verb becomes a node when the verb's edge needs it. The sentences are from
// wire stories (Reuters/AP style) on export controls, rare earths, steel tariffs and subsidies; each
// states the nodes and edges that must appear and those that must not.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { edgeLines } from './fixtures.js';

const read = (s: string) => edgeLines(`${s}\n`, '2025-06-01');
const nodes = (s: string) => extractText(`${s}\n`, { date: '2025-06-01' }).nodes.map((n) => `${n.name} [${n.label}]`);

describe('an issuing verb makes its unnamed object a node, issued by the party', () => {
  it('reads "launched sweeping rules": the rules are a Policy issued by the country, the evaluative word cut', () => {
    expect(read('In October, the U.S. launched sweeping rules aimed at cutting off exports of key chips and semiconductor tools to China.')).toContain('ISSUED_BY rules -> United States');
  });
  it('reads "announced an agreement" and "signed an executive order"', () => {
    expect(read('The White House announced an agreement with China to accelerate rare earth approvals.')).toContain('ISSUED_BY agreement -> White House');
    expect(read('President Donald Trump signed an executive order implementing 25% tariffs on steel and aluminum imports.')).toContain('ISSUED_BY executive order -> Donald Trump');
    expect(nodes('President Donald Trump signed an executive order implementing 25% tariffs on steel and aluminum imports.')).toContain('executive order [Policy]');
  });
  it('reads a process and a proposal as what a body issues', () => {
    expect(read('The Department of Commerce has now announced an exemptions process.')).toContain('ISSUED_BY exemptions process -> US Department of Commerce');
    expect(read('The EU adopted a proposal to cut steel import quotas by nearly half.')).toContain('ISSUED_BY proposal -> European Union');
  });
  it('reads a launched probe as an event involving who launched it', () => {
    expect(read('Beijing launched an anti-dumping probe into imports of pork from the EU.')).toContain('INVOLVES anti-dumping probe -> Beijing');
  });
});

describe('a cause or constraint between two plain noun phrases (strong verbs only)', () => {
  it('relates two phrases no rule named: approvals reduce a risk', () => {
    const es = read('Faster license approvals have reduced the risk of sudden stoppages.');
    expect(es).toContain('CAUSES license approvals -> risk of sudden stoppages');
  });
  it('keeps a short of-complement in the name (refunds of tariffs) and a named rule as the subject', () => {
    expect(read('The ruling could trigger refunds of tariffs collected under the emergency law.')).toContain('CAUSES ruling -> refunds of tariffs');
    expect(read('The decision sparked protests from farmers.')).toContain('CAUSES decision -> protests');
  });
  it('reads a subject phrase with its of-complement (The shortage of magnets halted …)', () => {
    expect(read('The shortage of magnets halted assembly lines at several plants.')).toContain('CONSTRAINS shortage of magnets -> assembly lines');
  });
  it('reads a measure constraining an unnamed object', () => {
    expect(read('The new rules ban investments in Chinese quantum computing firms.')).toContain('CONSTRAINS rules -> investments');
  });
  it('reads a subject standing apart from its verb by "are likely to"', () => {
    const es = read('Export controls on rare earths are likely to restrict Western production for months rather than weeks.');
    expect(es.some((e) => /^CONSTRAINS .*controls on rare earths -> Western production$/.test(e))).toBe(true);
  });
});

describe('a participle after a comma takes the subject of the clause before', () => {
  it('reads "…, causing production halts" and "…, dragging down prices" as caused by that subject', () => {
    expect(read('Since then, magnet exports have dropped by approximately 75%, causing production halts in Asia, Europe, and the United States.')).toContain(
      'CAUSES magnet exports -> production halts',
    );
    expect(read('Steel output dropped sharply, dragging down iron ore prices.')).toContain('CAUSES Steel output -> iron ore prices');
  });
  it('reads a crippling verb on a business named by its noun modifier', () => {
    expect(read('The sanctions have crippled Huawei’s smartphone business.')).toContain('CONSTRAINS sanctions -> smartphone business');
  });
});

describe('what never becomes a node', () => {
  it('makes no node of a phrase that points back (the measure, the company)', () => {
    expect(nodes('The measure targets steel imports from China.').filter((n) => /^measure/.test(n))).toEqual([]);
    expect(nodes('The company said the tariffs would cost it $2 billion this year.').filter((n) => /company|billion/.test(n))).toEqual([]);
  });
  it('takes no generic head as an object, even one a noun run named (sending its shares lower)', () => {
    expect(read('Nvidia said the rules would hurt its revenue, sending its shares lower.').filter((e) => /shares/.test(e))).toEqual([]);
  });
  it('makes no node of a quantity of money', () => {
    expect(nodes('The government earmarked 100 billion yen as a direct investment in Rapidus.').filter((n) => /yen|billion/.test(n))).toEqual([]);
  });
  it('reads no constraint into a party threatening a measure', () => {
    expect(read('Ontario withdrew the tax on electricity after Trump threatened higher duties.').filter((e) => /Trump/.test(e))).toEqual([]);
  });
  it('draws no cause from a person raising a subsidy', () => {
    expect(read('His predecessor Yasutoshi Nishimura raised the subsidies in April 2023.')).toEqual([]);
  });
  it('leaves the beneficiary after "for" out of the name (raised costs for automakers)', () => {
    const es = read('The tariffs raised costs for automakers and suppliers that import the metals.');
    expect(es).toContain('CAUSES tariffs -> costs');
    expect(es.filter((e) => /costs for/.test(e))).toEqual([]);
  });
  it('relates no phrase to a node it contains (approvals of export licences and the licences)', () => {
    expect(read('Beijing halted approvals of export licences for rare earth magnets.').filter((e) => /export licences -> approvals/.test(e))).toEqual([]);
  });
  it('adds no second edge where a rule already related a shorter cut of the phrase', () => {
    const es = read('The curbs strengthen enforcement of existing limits on critical minerals exports.');
    expect(es).toContain('CAUSES curbs -> enforcement');
    expect(es.filter((e) => /enforcement of/.test(e))).toEqual([]);
  });
});
