// English noun phrases named once that a reader expects as nodes (src/extract/rules/english-phrases.ts),
// on real sentences from BIS and USTR releases and wire reports on US–China trade.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) => extractText(text, { date: '2024-05-09' }).nodes;
const labelOf = (text: string, name: string) => nodes(text).find((n) => n.name.toLowerCase() === name.toLowerCase())?.label;

describe('English phrases by head noun', () => {
  const fusion =
    'These rules underscore our clear focus on strategically addressing the threats to our national security posed by the PRC Government’s military-civil fusion strategy.';

  it('labels a phrase by its head noun: …strategy is a Policy, …security a Concept, …Government an Organization', () => {
    expect(labelOf(fusion, 'military-civil fusion strategy')).toBe('Policy');
    expect(labelOf(fusion, 'national security')).toBe('Concept');
    expect(labelOf(fusion, 'PRC Government')).toBe('Organization');
  });

  it('reads "unmanned aerial systems" and "U.S.-origin items" as products although compromise tags "unmanned" a verb', () => {
    const text = 'Four entities were added for acquiring or attempting to acquire U.S.-origin items to be used by the PRC’s military for its unmanned aerial systems (UAS).';
    expect(labelOf(text, 'unmanned aerial systems')).toBe('Product');
    expect(labelOf(text, 'U.S.-origin items')).toBe('Product');
    expect(nodes(text).some((n) => /^acquire/i.test(n.name))).toBe(false);
  });

  it('cuts evaluative words and a leading "U.S." from a concept: "significant … U.S. national security" is national security', () => {
    const text = 'These activities have substantial military applications and pose a significant threat to U.S. national security.';
    const names = nodes(text).map((n) => n.name);
    expect(names).toContain('military applications');
    expect(names).toContain('national security');
    expect(names.some((n) => /substantial|have/.test(n))).toBe(false);
  });

  it('keeps "critical supply chains" whole although compromise reads "supply" as a verb', () => {
    const text = 'Beijing’s export curbs on rare earths have exposed critical supply chains, officials said on Tuesday.';
    expect(labelOf(text, 'critical supply chains')).toBe('Concept');
  });

  it('cuts a leading place off a phrase ("PRC aerospace programs" → aerospace programs) but keeps an organisation ("BIS license")', () => {
    const text = 'Parts and components exported for ultimate incorporation into indigenous PRC Semiconductor Manufacturing Equipment (SME) require a BIS license for the initial export, after actions to target PRC aerospace programs.';
    const names = nodes(text).map((n) => n.name);
    expect(names).toContain('BIS license');
    expect(names).toContain('aerospace programs');
    expect(names).toContain('Semiconductor Manufacturing Equipment');
  });

  it('makes no node of a Title Case fragment of a headline ("Commerce Implements New Export Controls on Advanced Computing …")', () => {
    const f = extractText('Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People’s Republic of China (PRC)\n\nOctober 7, 2022\n\nBIS is implementing a series of targeted updates.');
    expect(f.nodes.map((n) => n.name)).not.toContain('Semiconductor Manufacturing Items');
  });

  it('takes a hyphenated compound whole and no verb into a name: "USTR took targeted action", "a two-day public hearing"', () => {
    const names = nodes('Today, USTR took targeted action to restore American shipbuilding, after a two-day public hearing.').map((n) => n.name);
    expect(names).toContain('targeted action');
    expect(names).toContain('two-day public hearing');
    expect(names).toContain('American shipbuilding');
    expect(names.some((n) => /took|^day/.test(n))).toBe(false);
  });

  it('does not make a node of a generic head alone ("the rules", "these items")', () => {
    const names = nodes('The rules apply to these items.').map((n) => n.name.toLowerCase());
    expect(names).not.toContain('rules');
    expect(names).not.toContain('items');
  });
});

describe('English enumerations', () => {
  it('makes each member of "industries like defense, automotive, medical devices, …" a node', () => {
    const text =
      'The investigation will initially focus on downstream products for critical industries like defense, automotive, medical devices, aerospace, telecommunications, and power generation and the electrical grid.';
    const names = nodes(text).map((n) => n.name);
    for (const m of ['defense', 'automotive', 'medical devices', 'aerospace', 'telecommunications', 'power generation', 'electrical grid']) expect(names).toContain(m);
    expect(labelOf(text, 'medical devices')).toBe('Product');
  });

  it('stops the list at "and related materials" and ignores "Including today’s action, …"', () => {
    const text = 'This builds on previous actions the Commerce Department took in February 2023 to target PRC aerospace programs, including airships, balloons and related materials.';
    const names = nodes(text).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['airships', 'balloons', 'aerospace programs']));
    expect(names.some((n) => /materials/.test(n))).toBe(false);
    const other = nodes('Including today’s action, the Commerce Department has added 355 PRC entries to the Entity List.').map((n) => n.name);
    expect(other.some((n) => /today/i.test(n) && /the Commerce/.test(n))).toBe(false);
  });
});

describe('English enumerations after "the areas of"', () => {
  it('reads each area as a node, past an acronym in brackets: "intellectual property (IP), technology transfer, agriculture, and financial services"', () => {
    const text =
      'Under the Phase One Agreement, China agreed to make structural changes to correct distortive acts, policies, and practices in the areas of intellectual property (IP), technology transfer, agriculture, and financial services.';
    const names = nodes(text).map((n) => n.name);
    for (const m of ['intellectual property', 'technology transfer', 'agriculture', 'financial services']) expect(names).toContain(m);
  });
});

describe('English policies named by their target', () => {
  it('names a bare policy word by what it is on: "new restrictions on exports of advanced semiconductors" → restrictions on exports, announced by the administration', () => {
    const f = extractText('The Biden administration on Monday announced new restrictions on exports of advanced semiconductors to China.', { date: '2024-12-02' });
    const r = f.nodes.find((n) => n.name === 'restrictions on exports');
    expect(r?.label).toBe('Policy');
    const admin = f.nodes.find((n) => n.name === 'Biden administration');
    expect(f.edges.some((e) => e.type === 'ISSUED_BY' && e.from === r?.id && e.to === admin?.id)).toBe(true);
  });

  it('reads "Chinese firms such as SMIC, YMTC and CXMT" as three organisations, not "SMIC YMTC"', () => {
    const names = nodes('Companies must obtain a license to sell chipmaking equipment to Chinese firms such as SMIC, YMTC and CXMT.').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['SMIC', 'YMTC', 'CXMT']));
    expect(names.some((n) => /SMIC.+YMTC/.test(n))).toBe(false);
  });
});

describe('English numbered instruments', () => {
  it('reads "Executive Order 14316 of July 7, 2025" as a Policy named with its number, dated that day', () => {
    const f = extractText('Presidential Documents\n\nExecutive Order 14316 of July 7, 2025\n\nBy the authority vested in me as President, I hereby determine and order the following.', { date: '2025-07-10' });
    const eo = f.nodes.find((n) => n.name === 'Executive Order 14316');
    expect(eo?.label).toBe('Policy');
    expect(eo?.start).toBe('2025-07-07');
  });
});

describe('English quoted rule titles', () => {
  it('reads a quoted Title Case rule title as a Policy, named within 40 characters and found by its whole title', () => {
    const text =
      'BIS has published an interim final rule revising two rules: (1) “Export Controls on Semiconductor Manufacturing Items” (SME IFR); and (2) “Implementation of Additional Export Controls: Certain Advanced Computing Items” (AC/S IFR).';
    const sme = nodes(text).find((n) => n.aliases.includes('Export Controls on Semiconductor Manufacturing Items'));
    expect(sme?.label).toBe('Policy');
    expect(nodes(text).every((n) => n.name.length <= 40 && !/[:;]/.test(n.name))).toBe(true);
  });
});
