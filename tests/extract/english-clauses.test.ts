// Relations English prose states through a clause's verb (src/extract/rules/english-clauses.ts), on
// real sentences from BIS and USTR releases.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { edgeLines } from './fixtures.js';

const edges = (text: string, date = '2024-05-09') => edgeLines(text, date);

describe('English issuing verbs', () => {
  it('reads "BIS added 37 entities to the Entity List" as the list issued by BIS', () => {
    const es = edges('WASHINGTON, D.C. – Today, the U.S. Commerce Department’s Bureau of Industry and Security (BIS) added 37 entities to the Entity List.');
    expect(es).toContain('ISSUED_BY entity list -> Bureau of Industry and Security');
  });

  it('makes the list involve the place whose entities were added: "added 37 PRC entities to the Entity List"', () => {
    const es = edges('Today, the Bureau of Industry and Security (BIS) added 37 PRC entities to the Entity List.');
    expect(es).toContain('INVOLVES entity list -> China');
  });

  it('does not take the object of a later infinitive: "the Department took in February 2023 to target PRC aerospace programs"', () => {
    const es = edges('This builds on previous actions the Commerce Department took in February 2023 to target PRC aerospace programs, including airships, balloons and related materials.');
    expect(es.some((e) => e.startsWith('ISSUED_BY PRC aerospace programs'))).toBe(false);
  });

  it('reads "initiated by USTR at the direction of President Biden" as the investigation issued by USTR and involving Biden', () => {
    const es = edges('The Section 301 investigation was initiated by USTR at the direction of President Biden in December 2024.', '2025-01-15');
    expect(es.some((e) => /^INVOLVES Section 301 investigation -> (?:Joe )?Biden$/i.test(e))).toBe(true);
    expect(es.some((e) => /^INVOLVES Section 301 investigation -> USTR$/i.test(e))).toBe(true);
  });
});

describe('English clause shapes', () => {
  it('makes an investigation "conducted under Section 301 of the Trade Act of 1974" involve the Act, and the section part of it', () => {
    const es = edges('The investigation will be conducted under Section 301 of the Trade Act of 1974, as amended.', '2024-12-23');
    expect(es).toContain('INVOLVES investigation -> Trade Act');
    expect(es.some((e) => /^PART_OF Section 301.* -> Trade Act$/.test(e))).toBe(true);
  });

  it('makes a rule "revising and clarifying" two rules involve each of them', () => {
    const es = edges(
      'The Bureau of Industry and Security (BIS) has published an interim final rule (IFR) revising and clarifying two interim final rules released on October 17, 2023: (1) “Export Controls on Semiconductor Manufacturing Items” (SME IFR); and (2) “Implementation of Additional Export Controls: Certain Advanced Computing Items” (AC/S IFR).',
      '2024-04-04',
    );
    expect(es).toContain('ISSUED_BY interim final rule -> Bureau of Industry and Security');
    expect(es.some((e) => e.startsWith('INVOLVES interim final rule -> Export Controls on Semiconductor'))).toBe(true);
  });

  it('reads "…, undermining A, B, and C" as the sentence’s subject constraining each', () => {
    const es = edges(
      'China’s acts, policies, and practices appear to threaten detrimental impacts on the United States, undermining the competitiveness of American industry and workers, critical U.S. supply chains, and U.S. economic security.',
      '2024-12-23',
    );
    expect(es).toContain('CONSTRAINS China -> critical U.S. supply chains');
    expect(es).toContain('CONSTRAINS China -> economic security');
  });

  it('does not make the object of an earlier verb the subject: "protect our national security and prevent sensitive technologies …"', () => {
    const es = edges('My north star is to protect our national security and prevent sensitive technologies with military applications from being acquired by the PRC’s military.');
    expect(es.some((e) => e.startsWith('CONSTRAINS national security'))).toBe(false);
  });

  it('reads "threats to our national security posed by the PRC Government’s military-civil fusion strategy" as the strategy causing them', () => {
    const es = edges(
      'These rules underscore our clear focus on strategically addressing the threats to our national security posed by the PRC Government’s military-civil fusion strategy.',
      '2024-04-04',
    );
    expect(es).toContain('CAUSES military-civil fusion strategy -> national security');
  });

  it('reads "pose a significant threat to U.S. national security" as causing national security harm, not the United States', () => {
    const es = edges('These activities have substantial military applications and pose a significant threat to U.S. national security.');
    expect(es).toContain('CAUSES military applications -> national security');
    expect(es.some((e) => e.startsWith('CAUSES') && e.endsWith('United States'))).toBe(false);
  });

  it('reads "items used by the PRC’s military for its unmanned aerial systems" as the systems involving the PRC', () => {
    const es = edges('Four entities were added for acquiring U.S.-origin items to be used by the PRC’s military for its unmanned aerial systems (UAS).');
    expect(es).toContain('INVOLVES unmanned aerial systems -> China');
    expect(es).toContain('INVOLVES U.S.-origin items -> China');
  });

  it('reads "following its invasion of Ukraine" as an invasion event involving Russia and Ukraine', () => {
    const es = edges('Some of these entities have been involved in the shipment of controlled items to Russia following its invasion of Ukraine in February 2022.');
    expect(es).toContain('INVOLVES invasion of Ukraine -> Russia');
    expect(es).toContain('INVOLVES invasion of Ukraine -> Ukraine');
  });

  it('makes a place’s program involve the place: "China\'s High Altitude Balloon program"', () => {
    const es = edges("Eleven entities were added for their involvement in China's High Altitude Balloon program, which poses significant national security concerns.");
    expect(es).toContain('INVOLVES High Altitude Balloon program -> China');
    expect(es.some((e) => e.includes('involvement'))).toBe(false);
  });

  it('reads "the proposed tariffs on ship-to-shore cranes and other cargo handling equipment" as the tariffs constraining both', () => {
    const es = edges('USTR is seeking public comments on the proposed tariffs on ship-to-shore cranes and other cargo handling equipment.', '2025-04-17');
    expect(es).toContain('CONSTRAINS proposed tariffs -> ship-to-shore cranes');
    expect(es).toContain('CONSTRAINS proposed tariffs -> cargo handling equipment');
  });
});

describe('English capabilities', () => {
  it('constrains the things of "the PRC’s ability to both purchase advanced computing chips", not the verb "purchase"', () => {
    const es = edges(
      'The rules released on October 17, 2023, reinforce the October 7, 2022, controls to restrict the People’s Republic of China’s (PRC’s) ability to both purchase advanced computing chips and manufacture advanced chips critical for military advantage.',
      '2024-04-04',
    );
    expect(es.some((e) => /^CONSTRAINS .* -> advanced chips$/.test(e))).toBe(true);
    expect(es.some((e) => e.endsWith('-> purchase'))).toBe(false);
  });
});

describe('English cue subjects', () => {
  it('takes the noun a relative clause hangs on as the subject: "the trade deficit that skyrocketed … and furthered the offshoring"', () => {
    const es = edges(
      'President Trump also used IEEPA to effectively address the trade deficit that skyrocketed by 40% during the Biden Administration and furthered the offshoring of American manufacturing.',
      '2026-02-20',
    );
    expect(es).toContain('CAUSES trade deficit -> offshoring');
    expect(es.some((e) => /^CAUSES Biden/i.test(e))).toBe(false);
  });

  it('gives a second verb joined by "and" the clause’s subject: "Higher tariffs could drive up prices for U.S. consumers and threaten critical supply chains"', () => {
    const es = edges('Higher tariffs could drive up prices for U.S. consumers and threaten critical supply chains, economists said.', '2025-05-09');
    expect(es.some((e) => /^CONSTRAINS .*tariffs -> critical supply chains$/.test(e))).toBe(true);
    expect(es.some((e) => e.startsWith('CONSTRAINS U.S. consumers'))).toBe(false);
  });
});

describe('English wire reports on US–China trade', () => {
  const wire = `China's exports beat forecasts

BEIJING, May 9 (Reuters) - China's exports rose 8.1% in April from a year earlier, customs data showed on Friday.

China's Commerce Ministry said on Thursday it would impose export controls on seven rare earth elements.

The U.S. Commerce Department added 80 companies to its Entity List on Tuesday, saying they acted contrary to U.S. national security interests.`;

  it('reads "Ministry said on Thursday it would impose export controls on seven rare earth elements" as controls issued by the ministry, constraining rare earths', () => {
    const es = edges(wire, '2025-05-09');
    expect(es).toContain('ISSUED_BY export controls -> Ministry of Commerce');
    expect(es).toContain('CONSTRAINS export controls -> rare earths');
  });

  it('reads "The U.S. Commerce Department added 80 companies to its Entity List" as the list issued by the department, named without "The"', () => {
    const f = extractText(wire, { date: '2025-05-09' });
    expect(f.nodes.some((n) => /^The /.test(n.name))).toBe(false);
    expect(edges(wire, '2025-05-09')).toContain('ISSUED_BY entity list -> US Department of Commerce');
  });

  it('makes no node of the dateline "BEIJING, May 9 (Reuters) -"', () => {
    const names = extractText(wire, { date: '2025-05-09' }).nodes.map((n) => n.name);
    expect(names.some((n) => /May 9|\(Reuters|BEIJING,/.test(n))).toBe(false);
    expect(names).toContain('Reuters');
  });

  it('reads a trade-truce report: the tariff war disrupting supply chains, controls on advanced chips, no verb in a name', () => {
    const text = `US, China agree to cut tariffs for 90 days

GENEVA, May 12 (Reuters) - The United States and China agreed on Monday to slash reciprocal tariffs for 90 days.

The tariff war had disrupted supply chains and raised fears of a global recession, economists said.

Beijing would suspend non-tariff countermeasures, including export controls on rare earths.

Analysts said U.S. export controls on advanced chips, which were expanded last year, remain a major obstacle to a broader trade deal.`;
    const es = edges(text, '2025-05-12');
    expect(es).toContain('CONSTRAINS tariff war -> supply chains');
    expect(es).toContain('CONSTRAINS export controls -> rare earths');
    expect(es).toContain('CONSTRAINS export controls -> advanced chips');
    expect(es.some((e) => e.includes('non-tariff countermeasures -> tariffs'))).toBe(false);
    const names = extractText(text, { date: '2025-05-12' }).nodes.map((n) => n.name);
    expect(names.some((n) => /slash|on rare earths/.test(n))).toBe(false);
  });
});
