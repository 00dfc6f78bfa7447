// English proper names the lexicon does not know, typed by their shape (src/extract/rules/english-names.ts):
// sentences from the rare-earth brief of eval-dev4 and from Reuters / Automotive News reports of the
// same weeks (not in any test set), so the shapes are checked on prose the rules were not written on.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) =>
  extractText(`Supply chain brief\n\n${text}`, { date: '2025-06-12' }).nodes.map((n) => ({ label: n.label, name: n.name, aliases: n.aliases }));
const labelOf = (text: string, alias: string) => nodes(text).filter((n) => n.aliases.includes(alias)).map((n) => n.label);

describe('English people by role and apposition', () => {
  it('reads the name after a role inside a capitalised run: "EU Trade Commissioner Maros Sefcovic"', () => {
    const ns = nodes('After Commerce Minister Wang Wentao met EU Trade Commissioner Maros Sefcovic in Paris, MOFCOM said it would open a "green channel".');
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Person', name: 'Maros Sefcovic' }));
    expect(ns.some((n) => /Commissioner/.test(n.name))).toBe(false);
  });

  it('keeps the whole name before an apposition with a role: "Frank Eckard, chief executive of …", not "Frank"', () => {
    const text = 'Frank Eckard, chief executive of the German magnet maker Magnosphere, said buyers were prepared to pay almost any price.';
    expect(labelOf(text, 'Frank Eckard')).toEqual(['Person']);
    expect(labelOf(text, 'Frank')).toEqual([]);
    expect(labelOf(text, 'Magnosphere')).toEqual(['Organization']);
  });

  it('makes a later bare surname the same person: "Nils Poel, head of market affairs at CLEPA … Poel said"', () => {
    const ns = nodes('Nils Poel, head of market affairs at CLEPA, noted that some lines may stop. Poel said stocks would last into July.');
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Person', name: 'Nils Poel', aliases: expect.arrayContaining(['Poel']) }));
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Organization', name: 'CLEPA' }));
  });

  it('reads a known first name opening two capitalised words as a person, and the later surname as the same one', () => {
    const ns = nodes('Jim Farley, speaking in Colorado, noted that factories had shut. Farley added that magnet supplies were improving.');
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Person', name: 'Jim Farley', aliases: expect.arrayContaining(['Farley']) }));
    expect(ns.filter((n) => n.label === 'Person')).toHaveLength(1);
  });

  it('keeps a lowercase particle inside a titled name: "Dutch Trade Minister Geoffrey van Leeuwen"', () => {
    const ns = nodes('Wang Wentao met Dutch Trade Minister Geoffrey van Leeuwen on Wednesday, according to a statement from the Chinese commerce ministry.');
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Person', name: 'Geoffrey van Leeuwen' }));
    expect(ns.some((n) => n.name === 'Geoffrey')).toBe(false);
  });

  it('drops the title from a person: "President Donald Trump" is Donald Trump', () => {
    const ns = nodes('The measure was read as a response to the tariff increases announced by President Donald Trump in early April.');
    expect(ns.some((n) => n.label === 'Person' && n.name === 'President Donald Trump')).toBe(false);
    expect(ns.some((n) => n.label === 'Person' && n.name === 'April')).toBe(false);
  });
});

describe('English organisations by shape', () => {
  it('takes the whole Title Case name with inner "of" and its bracketed or appositive acronym as one organisation', () => {
    const ns = nodes('According to CLEPA, the European Association of Automotive Suppliers, only a quarter of applications had been approved. Jonathan O\'Riordan, international trade director at the European Automobile Manufacturers\' Association (ACEA), warned that inventories were running out.');
    const clepa = ns.filter((n) => n.aliases.includes('CLEPA'));
    expect(clepa).toHaveLength(1);
    expect(clepa[0]).toMatchObject({ label: 'Organization', aliases: expect.arrayContaining(['European Association of Automotive Suppliers']) });
    expect(ns.find((n) => n.aliases.includes('ACEA'))?.aliases).toContain("European Automobile Manufacturers' Association");
  });

  it('reads a CamelCase source after "according to" as an organisation: AlixPartners', () => {
    expect(labelOf('According to AlixPartners, the country accounts for about 60% of rare-earth mining.', 'AlixPartners')).toEqual(['Organization']);
  });

  it('types an unknown member of a list of companies like its siblings: "General Motors, Ford and Stellantis"', () => {
    expect(labelOf('Suppliers to General Motors, Ford and Stellantis have received temporary licences valid for six months, according to Reuters.', 'Stellantis')).toEqual(['Organization']);
  });

  it('reads the capitalised words before a company role as the company: "Ford CEO Jim Farley", "supplier Astemo Americas"', () => {
    const text = "On Friday, Ford CEO Jim Farley, speaking in Colorado, said the company had to shut down factories. 'The impact will be much larger,' said Rob Sharpe, senior vice president of sales for supplier Astemo Americas.";
    expect(labelOf(text, 'Ford')).toEqual(['Organization']);
    expect(labelOf(text, 'Jim Farley')).toEqual(['Person']);
    expect(labelOf(text, 'Astemo Americas')).toEqual(['Organization']);
  });

  it('makes a company named without its legal form the same node: "Acme Photonics Corp … Acme Photonics said"', () => {
    const ns = nodes('Shares of Acme Photonics Corp rose 3% on Monday. Acme Photonics said it expected approvals within weeks. A spokesperson for Bolt Devices said the company was reviewing the rules.');
    expect(ns.filter((n) => n.aliases.includes('Acme Photonics'))).toMatchObject([{ label: 'Organization', name: 'Acme Photonics Corp' }]);
    expect(labelOf('A spokesperson for Bolt Devices said the company was reviewing the rules.', 'Bolt Devices')).toEqual(['Organization']);
  });

  it('reads no organisation from a demonym or a title before a possessive: "the German magnet maker", "President Trump’s use of the … Act"', () => {
    const ns = nodes('Frank Eckard, chief executive of the German magnet maker Magnosphere, said buyers would pay. President Trump’s use of the International Economic Emergency Powers Act was a necessary response.');
    expect(ns.some((n) => n.name === 'German')).toBe(false);
    expect(ns.some((n) => n.label === 'Organization' && /Powers Act/.test(n.name))).toBe(false);
  });

  it('types every member of a list after an organisation noun: "foundry peers Hua Hong, Nexchip Semiconductor and United Nova Technology"', () => {
    const text = 'SMIC and foundry peers Hua Hong, Nexchip Semiconductor and United Nova Technology did not respond to requests for comment.';
    for (const n of ['Hua Hong', 'Nexchip Semiconductor', 'United Nova Technology']) expect(labelOf(text, n)).toEqual(['Organization']);
  });

  it('tells a company from a person by the pronoun after it: "Maruti Suzuki has said its stocks …"', () => {
    expect(labelOf('India is even more exposed, and Maruti Suzuki has said its stocks would last only weeks.', 'Maruti Suzuki')).toEqual(['Organization']);
  });

  it('finds nothing in a Title Case headline but organisation heads: "Ambassador Greer Issues Statement"', () => {
    const ns = nodes('Ambassador Greer Issues Statement on Supreme Court Ruling\n\nThe Court ruled on Friday.');
    expect(ns.some((n) => n.label === 'Person' && /Issues/.test(n.name))).toBe(false);
  });
});

describe('English enumerations', () => {
  it('makes each member after "among them" a node labelled like the head noun: samarium, terbium, dysprosium', () => {
    const ns = nodes('On April 4, MOFCOM placed export controls on seven medium and heavy rare earths, among them samarium, terbium and dysprosium, together with magnets that contain them.');
    for (const m of ['samarium', 'terbium', 'dysprosium']) expect(ns).toContainEqual(expect.objectContaining({ label: 'Product', name: m }));
  });

  it('labels no member after a programme noun: "aerospace programs, including airships, balloons and related materials"', () => {
    const ns = nodes('This builds on previous actions the Commerce Department took in February 2023 to target PRC aerospace programs, including airships, balloons and related materials.');
    expect(ns.some((n) => n.name === 'related materials')).toBe(false);
  });
});

describe('One node per person (src/extract/rules/english-person.ts)', () => {
  it('stops a person in a Title Case headline before a verb: "President Donald J. Trump Adjusts Imports of Timber"', () => {
    const ns = extractText('Fact Sheet: President Donald J. Trump Adjusts Imports of Timber and Lumber into the United States\n\nToday, President Donald J. Trump signed a Proclamation adjusting imports of timber.', { date: '2025-09-29' }).nodes;
    expect(ns.some((n) => n.label === 'Person' && /Adjusts/.test(n.name))).toBe(false);
    expect(ns.filter((n) => n.label === 'Person').map((n) => n.name)).toEqual(['Donald Trump']);
  });

  it('folds a title and a middle initial into the name the lexicon knows, keeping the written form as an alias', () => {
    const ns = nodes('On Monday, President Donald J. Trump signed an order on steel. Donald Trump said the tariffs would stay.');
    const people = ns.filter((n) => n.label === 'Person');
    expect(people).toEqual([expect.objectContaining({ name: 'Donald Trump', aliases: expect.arrayContaining(['Donald J. Trump']) })]);
  });

  it('folds an unknown person with and without a middle initial into one node: "Deputy Secretary Michael J. Faulkender … Michael Faulkender said"', () => {
    const ns = nodes('Deputy Secretary Michael J. Faulkender announced the investigation on Tuesday. Michael Faulkender said the review would take months.');
    const people = ns.filter((n) => n.label === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Michael J. Faulkender', 'Michael Faulkender']));
  });
});
