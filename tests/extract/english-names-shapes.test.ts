// English names and noun phrases by shape (rules/english-names.ts, english-phrases.ts): sentences from the
// eval-dev5 wire and fact sheet, and shapes seen in Reuters / Bloomberg / Nikkei chip reports of 2023-24
// (not in any test set), so each rule is a shape, not a name.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) =>
  extractText(`Supply chain brief\n\n${text}`, { date: '2025-03-31' }).nodes.map((n) => ({ label: n.label, name: n.name, aliases: n.aliases }));
const labelsOf = (text: string, alias: string) => nodes(text).filter((n) => n.aliases.includes(alias)).map((n) => n.label);

describe('English organisation names that run on or come back shorter', () => {
  it('runs an organisation name on over ", Trade and Industry" when a lowercase word follows', () => {
    const ns = nodes('Japan will give chipmaker Rapidus Corp fresh subsidies, the Ministry of Economy, Trade and Industry said on Monday.');
    const org = ns.filter((n) => n.label === 'Organization' && n.aliases.some((a) => a.startsWith('Ministry of Economy')));
    expect(org).toHaveLength(1);
    expect(org[0].aliases).toContain('Ministry of Economy, Trade and Industry');
  });

  it('does not run a name on over a list of other names: "the Ministry of Commerce, Toyota and Sony said"', () => {
    const ns = nodes('Officials from the Ministry of Commerce, Toyota and Sony said they would meet in Tokyo.');
    expect(ns.some((n) => n.aliases.some((a) => /Commerce, Toyota/.test(a)))).toBe(false);
  });

  it('makes a company named first with its legal forms and later by its first words one node: "ASML Holding NV … ASML", "Tokyo Electron Ltd. … Tokyo Electron"', () => {
    const asml = nodes('Engineers from Dutch lithography firm ASML Holding NV were sent to help install equipment. ASML declined to comment.');
    expect(asml.filter((n) => n.aliases.includes('ASML') || n.aliases.includes('ASML Holding NV'))).toEqual([
      expect.objectContaining({ label: 'Organization', aliases: expect.arrayContaining(['ASML', 'ASML Holding NV']) }),
    ]);
    const tel = nodes('Tokyo Electron Ltd. shares tumbled on Wednesday. Tokyo Electron relies on China for more than 20% of its sales.');
    expect(tel.filter((n) => n.aliases.some((a) => a.startsWith('Tokyo Electron')))).toHaveLength(1);
  });

  it('cuts a plural possessive off the name after it: "the Netherlands\' ASML Holding NV"', () => {
    const ns = nodes("US officials named companies such as Japan's Tokyo Electron and the Netherlands' ASML Holding NV that supply Chinese chip firms.");
    expect(ns.some((n) => n.aliases.some((a) => a.startsWith("Netherlands'")))).toBe(false);
  });
});

describe('English people and places by the words around them', () => {
  it('reads "the Secretary of Commerce" as an office held by a person, whole', () => {
    const text = 'The Proclamation directs the Secretary of Commerce to establish a product inclusion process.';
    expect(labelsOf(text, 'Secretary of Commerce')).toEqual(['Person']);
    expect(nodes(text).some((n) => n.name === 'of Commerce')).toBe(false);
  });

  it('reads the person after an office and a role ending in Officer: "Secretary of Commerce Howard Lutnick", "Chief Executive Officer Lorenzo Goncalves"', () => {
    const ns = nodes('The company thanked President Donald Trump and Secretary of Commerce Howard Lutnick for the measures, its President and Chief Executive Officer Lorenzo Goncalves said in a press release.');
    const people = ns.filter((n) => n.label === 'Person').map((n) => n.name);
    expect(people).toEqual(expect.arrayContaining(['Howard Lutnick', 'Lorenzo Goncalves']));
    expect(people.some((p) => /Commerce|Officer/.test(p))).toBe(false);
  });

  it('reads the name after "predecessor" as a person: "His predecessor Yasutoshi Nishimura had called …"', () => {
    expect(labelsOf('His predecessor Yasutoshi Nishimura had called advanced semiconductors a strategically indispensable technology.', 'Yasutoshi Nishimura')).toEqual(['Person']);
  });

  it('makes no organisation of a place before "office": "its Chitose office" is Chitose', () => {
    const ns = nodes('Rapidus will start the line at its plant in Chitose. Engineers were sent to its Chitose office to help install equipment.');
    expect(ns.some((n) => n.name === 'Chitose office')).toBe(false);
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Place', name: 'Chitose' }));
  });
});

describe('English noun phrases by head and list', () => {
  it('keeps a technical number in a product name and a year in a budget: "2-nanometre chips", "fiscal 2025 budget", "auto 232 tariffs"', () => {
    const ns = nodes(
      'The venture prepares to switch on a prototype line for 2-nanometre chips next month. The government earmarked 100 billion yen in its fiscal 2025 budget. The copper tariffs do not stack with auto 232 tariffs.',
    );
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Product', name: '2-nanometre chips' }));
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Policy', name: 'fiscal 2025 budget' }));
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Policy', name: 'auto 232 tariffs' }));
    expect(ns).toContainEqual(expect.objectContaining({ name: 'prototype line' }));
  });

  it('labels list members like the head noun before the cue, also plurals the tagger reads as verbs', () => {
    const ns = nodes(
      'The Proclamation imposes tariffs on semi-finished copper products (such as copper pipes, wires, rods, sheets, and tubes). Copper input materials (such as copper ores, concentrates, mattes, cathodes, and anodes) and copper scrap are not subject to tariffs.',
    );
    for (const name of ['copper pipes', 'wires', 'copper ores', 'concentrates', 'cathodes', 'copper scrap']) {
      expect(ns).toContainEqual(expect.objectContaining({ label: 'Product', name }));
    }
  });

  it('gives list members without a head of their own the class of their classed siblings: "pipe fittings, cables, … electrical components"', () => {
    const ns = nodes('The tariffs cover copper-intensive derivative products (such as pipe fittings, connectors, and electrical components).');
    expect(ns).toContainEqual(expect.objectContaining({ label: 'Product', name: 'pipe fittings' }));
  });

  it('reads a Title Case agreement as a Policy: "the Phase One Agreement" (rules/labels.ts)', () => {
    expect(labelsOf('USTR opened an investigation of China’s implementation of the Phase One Agreement on Friday.', 'Phase One Agreement')).toEqual(['Policy']);
  });
});
