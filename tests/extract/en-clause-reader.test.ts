// The general English clause reader (src/extract/rules/en-clause-reader.ts): subject – verb group –
// objects, the verb's class (lexicon/en-clause-reader.json, by lemma) deciding the edge. The
// sentences are from wire stories on chips, tariffs, EVs and minerals (Reuters/AP style) and from
// the Rapidus subsidy story of eval-dev5; each states edges that must appear and edges that must not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeLines } from './fixtures.js';

// These specs state what the clause reader reads and refuses; the last-resort co-mention reader
// (tests/extract/co-mention.test.ts), which may join an act to a thing its clause names, is off here.
beforeAll(() => {
  process.env.BRIEFGRAPH_COMENTION = 'off';
});
afterAll(() => {
  delete process.env.BRIEFGRAPH_COMENTION;
});

const read = (s: string) => edgeLines(`${s}\n`, '2025-06-01');

describe('a verb of a class relates its subject and its object', () => {
  it('reads an issuing verb: the measure is ISSUED_BY its subject, past a time word between them', () => {
    expect(read('The U.S. Commerce Department today imposed export restrictions on about 80 companies, including more than 50 that are based in China.')).toContain(
      'ISSUED_BY export restrictions -> US Department of Commerce',
    );
  });
  it('reads a passive backwards: the party after "by" issued the measure', () => {
    expect(read('The tariffs were imposed by the European Commission in July.')).toContain('ISSUED_BY tariffs -> European Commission');
  });
  it('reads a constraining verb in reported speech with the pronoun standing for the speaker, through "plans to"', () => {
    const es = read('China said it plans to restrict exports of Nvidia chips.');
    // A constrained trade flow (exports of X) stands for what flows.
    expect(es).toContain('CONSTRAINS China -> Nvidia chips');
  });
  it('reads a subject after a subordinator (as China stifles exports), and nothing for the clause before it', () => {
    const es = read('Antimony prices have surged this year as China stifles exports, while companies like Perpetua Resources are exploring alternative sources for the metal.');
    expect(es).toContain('CONSTRAINS China -> exports');
    expect(es.filter((e) => e.startsWith('CONSTRAINS Antimony prices'))).toEqual([]);
    expect(es.filter((e) => e.includes('Perpetua Resources'))).toEqual([]);
  });
  it('reads the object of a banned flow with its date aside', () => {
    expect(read('Indonesia banned exports of nickel ore in 2020, prompting Chinese firms to build smelters in the country.')).toContain('CONSTRAINS Indonesia -> nickel ore');
  });
});

describe('who gets and who joins a measure', () => {
  it('reads give / award: the measure INVOLVES its recipient and is ISSUED_BY the giver', () => {
    const es = read('The Commerce Department awarded Samsung Electronics $6.4 billion in subsidies to build chip plants in Texas.');
    expect(es).toContain('INVOLVES subsidies -> Samsung');
    expect(es).toContain('ISSUED_BY subsidies -> US Department of Commerce');
    // The recipient is no partner of the giver.
    expect(es.filter((e) => /^INVOLVES US Department of Commerce/.test(e))).toEqual([]);
  });
  it('reads the recipient of "Japan will give chipmaker Rapidus Corp … in fresh subsidies", and the country as the giver', () => {
    const es = read('TOKYO, March 31 (Reuters) - Japan will give chipmaker Rapidus Corp up to 802.5 billion yen ($5.4 billion) in fresh subsidies for the fiscal year that begins on Tuesday.');
    expect(es).toContain('INVOLVES fresh subsidies -> Rapidus Corp');
    expect(es).toContain('ISSUED_BY fresh subsidies -> Japan');
    expect(es.filter((e) => /^INVOLVES .*-> Japan|^INVOLVES Japan/.test(e))).toEqual([]);
  });
  it('reads receive: the measure received INVOLVES the subject', () => {
    expect(read('Intel will receive up to $8.5 billion in grants under the CHIPS Act, the Commerce Department said.')).toContain('INVOLVES CHIPS Act -> Intel');
  });
  it('reads a partner after "with": signed a supply agreement with CATL', () => {
    const es = read('Tesla signed a supply agreement with CATL to buy batteries for its Shanghai plant.');
    expect(es).toContain('ISSUED_BY supply agreement -> Tesla');
    expect(es).toContain('INVOLVES supply agreement -> CATL');
  });
  it('reads any other verb between two organisations as INVOLVES, subject to object', () => {
    expect(read('Rapidus Corp develops its 2-nanometre process with International Business Machines Corp (IBM).')).toContain('INVOLVES Rapidus Corp -> International Business Machines Corp');
  });
  it('reads the names a list brings in with "including" as the subjects of the verb after it', () => {
    const es = read('Eight companies, including Toyota Motor Corp, Sony Group Corp, NTT and SoftBank, founded Rapidus Corp in 2022 with 7.3 billion yen.');
    expect(es).toContain('INVOLVES Toyota Motor Corp -> Rapidus Corp');
    expect(es).toContain('INVOLVES SoftBank -> Rapidus Corp');
  });
});

describe('what the reader leaves alone', () => {
  it('takes no subject from inside a prepositional phrase (Suppliers to General Motors, Ford and Stellantis)', () => {
    const es = read('Suppliers to General Motors, Ford and Stellantis have received temporary licences valid for six months.');
    expect(es.filter((e) => /Stellantis|Ford|General Motors/.test(e))).toEqual([]);
  });
  it('takes no nationality word as a subject and no modifier as an object (Chinese brands like BYD)', () => {
    const es = read('The tariffs will not only affect Chinese brands like BYD and Geely but also international companies such as Tesla and BMW.');
    expect(es.filter((e) => /^INVOLVES (?:Chinese|BYD)/.test(e))).toEqual([]);
  });
  it('relates no name that only modifies the object: for eligible EU applicants', () => {
    const es = read('MOFCOM said on June 7 that it would open a "green channel" for eligible EU applicants.');
    expect(es.filter((e) => /^INVOLVES Ministry of Commerce/.test(e))).toEqual([]);
  });
  it('reads nothing into a relative clause that has no second node, nor a warning verb', () => {
    const es = read('Todd Malan of Talon Metals, which is developing a nickel mine in Minnesota, warned that China has long signalled its willingness to take such steps.');
    expect(es.filter((e) => /China|Minnesota/.test(e))).toEqual([]);
  });
  it('relates nothing through a negated verb', () => {
    expect(read('Tesla develops its batteries with CATL.')).toContain('INVOLVES Tesla -> CATL');
    expect(read('Tesla did not develop its batteries with CATL.')).toEqual([]);
  });
});

// Wire stories (AP, Reuters, Xinhua, Sputnik, SCMP) on tariffs, export controls and subsidies.
describe('a country in subject position acts for its government (issue, give and constrain verbs only)', () => {
  it('issues the measure it imposes or levies, past "said", "also will" and "has decided to"', () => {
    expect(read('Trudeau said Canada also will impose a 25% tariff on Chinese steel and aluminum.')).toContain('ISSUED_BY tariff on Chinese steel -> Canada');
    expect(read('China has decided to levy anti-dumping tariffs on European brandy, mostly produced in France, for the next five years.')).toContain(
      'ISSUED_BY tariffs on European brandy -> China',
    );
    expect(read('The United States imposed export controls on advanced chips in October 2022.')).toContain('ISSUED_BY export controls -> United States');
  });
  it('takes a capital standing for its government as the issuer (Beijing announced …)', () => {
    expect(read('Beijing announced anti-dumping duties on brandy imported from the European Union.')).toContain('ISSUED_BY duties on brandy imported -> Beijing');
  });
  it('constrains what flows when no measure is named (China bans exports of gallium), nothing for a modifier after it (US chip sanctions)', () => {
    const es = read('China bans exports of gallium and other key high-tech materials, hitting back at US chip sanctions.');
    expect(es).toContain('CONSTRAINS China -> gallium');
    expect(es.filter((e) => /\bUS\b|United States/.test(e))).toEqual([]);
  });
  it('lets the measure named in the clause constrain the target (restricted exports of gallium under its Export Control Law)', () => {
    expect(read('China restricted exports of gallium under its Export Control Law.')).toContain('CONSTRAINS Export Control Law -> gallium');
  });
  it('gives nothing to a country in the possessive or as the modifier of a noun', () => {
    expect(read('Beijing’s new restrictions on germanium and gallium exports underscore the need to diversify supply chains, the U.S. Commerce Department said.').filter((e) => /Beijing/.test(e))).toEqual([]);
    expect(read('Chinese officials did not immediately react to Canada’s new tariffs.').filter((e) => /Canada/.test(e))).toEqual([]);
    expect(read('Japan’s ministry imposed export controls on 23 types of chipmaking equipment.').filter((e) => /^ISSUED_BY .*-> Japan$/.test(e))).toEqual([]);
    expect(read('U.S. tariffs imposed over what Western governments say are China’s subsidies give its industry an unfair advantage.').filter((e) => /^ISSUED_BY|^CONSTRAINS/.test(e))).toEqual([]);
  });
  it('gives nothing to a country after a preposition (in China), nor to a country with another verb class', () => {
    expect(read('In China, exporters imposed new tariffs on steel.').filter((e) => /-> China$/.test(e))).toEqual([]);
    expect(read('Importers of brandy originating in the EU must place deposits with Chinese customs based on dumping margins of between 30.6 percent and 39 percent.')).toEqual([]);
    expect(read('China filed a case against US chip sanctions with the World Trade Organisation in December 2022.').filter((e) => /China|US/.test(e))).toEqual([]);
  });
});
