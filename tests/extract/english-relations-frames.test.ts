// Relations English official prose states by a frame around the names (src/extract/rules/english-frames.ts)
// and measures named by their targets (policyTargets in english-clauses.ts), on real sentences from
// Executive Order 14316 (Federal Register, 10 July 2025) and USTR / BIS releases (public domain).
import { describe, expect, it } from 'vitest';
import { edgeLines } from './fixtures.js';

const edges = (text: string, date = '2025-07-10') => edgeLines(text, date);

const EO_BACKGROUND =
  'In Executive Order 14257 of April 2, 2025 (Regulating Imports With a Reciprocal Tariff To Rectify Trade Practices That Contribute to Large and Persistent Annual United States Goods Trade Deficits), I found that conditions reflected in large and persistent annual U.S. goods trade deficits constitute an unusual and extraordinary threat to the national security and economy of the United States that has its source in whole or substantial part outside the United States. I declared a national emergency with respect to that threat, and to deal with that threat I imposed additional ad valorem duties that I deemed necessary and appropriate.';

describe('an order speaking in the first person', () => {
  it('makes "In Executive Order 14257 …, I found … . I declared a national emergency … I imposed additional ad valorem duties" involve both', () => {
    const es = edges(EO_BACKGROUND);
    expect(es).toContain('INVOLVES Executive Order 14257 -> national emergency');
    expect(es).toContain('INVOLVES Executive Order 14257 -> ad valorem duties');
  });

  it('does not carry the order past the end of its paragraph', () => {
    const es = edges(
      'In Executive Order 14257 of April 2, 2025, I found that conditions reflected in large and persistent annual U.S. goods trade deficits constitute an unusual and extraordinary threat.\n\nI declared a national emergency with respect to that threat.',
    );
    expect(es.some((e) => e.startsWith('INVOLVES Executive Order 14257 -> national emergency'))).toBe(false);
  });

  it('makes "Section 4(c) of Executive Order 14257 provides that, … I may further modify the [Harmonized Tariff Schedule …]" involve the schedule', () => {
    const es = edges(
      "Section 4(c) of Executive Order 14257 provides that, ``[s]hould any trading partner take significant steps to remedy non-reciprocal trade arrangements and align sufficiently with the United States on economic and national security matters, I may further modify the [Harmonized Tariff Schedule of the United States] to decrease or limit in scope the duties imposed under this order.''",
    );
    expect(es).toContain('INVOLVES Executive Order 14257 -> Harmonized Tariff Schedule');
  });

  it('does not read "the Trade Act of 1974, as amended" as the Act amending what follows', () => {
    const es = edges(
      'By the authority vested in me as President by the Constitution and the laws of the United States of America, including the National Emergencies Act (50 U.S.C. 1601 et seq.), section 604 of the Trade Act of 1974, as amended (19 U.S.C. 2483), and section 301 of title 3, United States Code, I hereby determine and order:',
    );
    expect(es.some((e) => e.startsWith('INVOLVES Trade Act'))).toBe(false);
  });
});

describe('what a threat arises from', () => {
  it('reads "deficits constitute an unusual and extraordinary threat" as the deficits causing the threat', () => {
    expect(edges(EO_BACKGROUND).some((e) => /^CAUSES deficits -> threat$/i.test(e))).toBe(true);
  });

  it('reads "the challenges posed by the People’s Republic of China" as China causing them', () => {
    const es = edges(
      '“Today’s action is another decisive step in addressing challenges posed by the People’s Republic of China and its military modernization,” said Under Secretary of Commerce for Industry and Security Alan Estevez.',
      '2024-05-09',
    );
    expect(es).toContain('CAUSES China -> challenges');
  });
});

describe('acts that counter something', () => {
  it('reads "USTR took targeted action to restore American shipbuilding and address China’s unreasonable acts" as the action constraining the acts only', () => {
    const es = edges(
      'WASHINGTON – Today, USTR took targeted action to restore American shipbuilding and address China’s unreasonable acts, policies, and practices to dominate the maritime, logistics, and shipbuilding sectors.',
      '2025-04-17',
    );
    expect(es).toContain('CONSTRAINS targeted action -> unreasonable acts');
    expect(es.some((e) => e.startsWith('CONSTRAINS') && e.endsWith('American shipbuilding'))).toBe(false);
  });

  it('reads "The Trump administration’s actions will begin to reverse Chinese dominance, address threats to the U.S. supply chain" as the administration constraining the dominance, not the supply chain', () => {
    const es = edges(
      '"The Trump administration’s actions will begin to reverse Chinese dominance, address threats to the U.S. supply chain, and send a demand signal for U.S.-built ships."',
      '2025-04-17',
    );
    expect(es).toContain('CONSTRAINS Trump administration -> Chinese dominance');
    expect(es.some((e) => e.startsWith('CONSTRAINS') && e.endsWith('supply chain'))).toBe(false);
  });
});

describe('acts designed to counter something', () => {
  it('reads "Section 301 of the Trade Act of 1974, as amended (Trade Act), is designed to address unfair foreign practices" as the section constraining them', () => {
    const es = edges(
      'Section 301 of the Trade Act of 1974, as amended (Trade Act), is designed to address unfair foreign practices affecting U.S. commerce.',
      '2025-04-17',
    );
    expect(es.some((e) => /^CONSTRAINS Section 301.* -> unfair foreign practices$/.test(e))).toBe(true);
    expect(es.some((e) => e.startsWith('CONSTRAINS Trade Act'))).toBe(false);
  });
});

describe('measures and their targets', () => {
  const BULLET = '  • To incentivize U.S.-built car carrier vessels, fees on foreign-built car carrier vessels based on their capacity.';

  it('reads "fees on foreign-built car carrier vessels" as the fees involving the vessels (a charge levied on them)', () => {
    const es = edges(BULLET, '2025-04-17');
    expect(es.some((e) => /^INVOLVES fees -> .*car carrier vessels$/.test(e))).toBe(true);
    expect(es.some((e) => /^CONSTRAINS fees/.test(e))).toBe(false);
  });

  it('reads "To incentivize U.S.-built car carrier vessels, fees on …" as the fees causing what they incentivize', () => {
    expect(edges(BULLET, '2025-04-17')).toContain('CAUSES fees -> U.S.-built car carrier vessels');
  });

  it('reads "restrictions on transporting LNG" as constraining LNG, an acronym the text defines', () => {
    const es = edges('  • To incentivize U.S.-built liquified natural gas (LNG) vessels, limited restrictions on transporting LNG via foreign vessels.', '2025-04-17');
    expect(es).toContain('CONSTRAINS restrictions -> LNG');
  });

  it('reads "the burden or restriction on U.S. commerce" as constraining commerce, not the United States', () => {
    const es = edges(
      'USTR will examine whether China has fully implemented its commitments under the Phase One Agreement, the burden or restriction on U.S. commerce resulting from any non-implementation by China of its commitments, and what action, if any, should be taken in response.',
      '2025-10-24',
    );
    expect(es.some((e) => /^CONSTRAINS restriction -> (?:U\.S\. )?commerce$/.test(e))).toBe(true);
    expect(es.some((e) => e.startsWith('CONSTRAINS restriction -> United States'))).toBe(false);
  });
});

describe('definite references to an instrument', () => {
  it('reads "the duties imposed under this order" as under Executive Order 14257, named earlier in the paragraph', () => {
    const es = edges(
      "Section 4(c) of Executive Order 14257 provides that, ``[s]hould any trading partner take significant steps to remedy non-reciprocal trade arrangements and align sufficiently with the United States on economic and national security matters, I may further modify the [Harmonized Tariff Schedule of the United States] to decrease or limit in scope the duties imposed under this order.''",
    );
    expect(es.some((e) => /^INVOLVES (?:duties|tariffs) -> Executive Order 14257$/.test(e))).toBe(true);
  });
});

describe('what an instrument is about and whose it is', () => {
  it('reads "The investigation will initially focus on China’s manufacturing of foundational semiconductors" as involving both names', () => {
    const es = edges(
      'The investigation will initially focus on China’s manufacturing of foundational semiconductors (also known as legacy or mature node semiconductors), including to the extent that they are incorporated as components into downstream products for critical industries like defense, automotive, medical devices, aerospace, telecommunications, and power generation and the electrical grid.',
      '2024-12-23',
    );
    expect(es).toContain('INVOLVES investigation -> China');
    expect(es).toContain('INVOLVES investigation -> foundational semiconductors');
    expect(es.some((e) => e.startsWith('INVOLVES investigation -> downstream'))).toBe(false);
  });

  it('reads "This investigation underscores the Biden-Harris Administration’s commitment" as the administration’s investigation', () => {
    const es = edges(
      '“This investigation underscores the Biden-Harris Administration’s commitment to standing up for American workers and businesses, increasing the resilience of critical supply chains, and supporting the unparalleled investment being made in this industry,” said Ambassador Katherine Tai.',
      '2024-12-23',
    );
    expect(es).toContain('INVOLVES investigation -> Biden-Harris Administration');
  });

  it('reads "Under the Phase One Agreement, … in the areas of intellectual property (IP), technology transfer, agriculture, and financial services" as the agreement covering each area', () => {
    const es = edges(
      'Under the Phase One Agreement, China agreed to make structural changes to correct distortive acts, policies, and practices in the areas of intellectual property (IP), technology transfer, agriculture, and financial services, and included certain issues covered in the Section 301 investigation.',
      '2025-10-24',
    );
    for (const area of ['intellectual property', 'technology transfer', 'agriculture', 'financial services']) expect(es).toContain(`INVOLVES Phase One Agreement -> ${area}`);
  });
});

describe('wire verbs of harm', () => {
  it('reads the headline "Layoffs hit tech sector hardest" as the layoffs constraining the sector', () => {
    expect(edges('Layoffs hit tech sector hardest.', '2026-05-08')).toContain('CONSTRAINS Layoffs -> tech sector');
  });
});
