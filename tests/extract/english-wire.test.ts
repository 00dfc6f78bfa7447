// Shapes of English wire news (src/extract/rules/english-wire.ts and the clause rules they feed), on
// the sentences of a wire story on Nvidia's and AMD's China licences (2025-08-11).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { edgeLines, named } from './fixtures.js';

const STORY = [
  'US takes 15% cut of Nvidia, AMD China chip sales in export licence deal',
  '',
  'WASHINGTON, Aug 11, 2025 - Nvidia Corp and Advanced Micro Devices Inc have agreed to pay the U.S. government 15% of the revenue they earn from selling certain artificial-intelligence chips in China, in exchange for export licences, according to officials familiar with the arrangement.',
  '',
  "The deal covers Nvidia's H20 accelerator and AMD's MI308 processor, two chips built for the Chinese market to stay within export rules drawn up under the Biden administration.",
  '',
  'The Commerce Department began granting licences for H20 shipments late last week.',
  '',
  "A group of 20 former officials, including former deputy national security adviser Matt Pottinger, warned in a letter last month that the H20 would strengthen China's military and its AI capabilities.",
  '',
  'Analysts said the 15% levy would squeeze margins on China-bound shipments.',
  '',
].join('\n');

describe('English wire shapes', () => {
  const es = edgeLines(STORY, '2025-08-11');
  const f = extractText(STORY, { date: '2025-08-11' });

  it('reads "Nvidia Corp and Advanced Micro Devices Inc" as two known companies', () => {
    expect(named(f, 'Nvidia Corp and Advanced Micro Devices Inc')).toBeUndefined();
    expect(named(f, 'AMD')?.label).toBe('Organization');
  });

  it('makes the arrangement named in the sentence involve each party that "agreed to" it', () => {
    expect(es).toContain('INVOLVES arrangement -> Nvidia');
    expect(es).toContain('INVOLVES arrangement -> AMD');
  });

  it('reads "The deal covers A and B" in a later paragraph as the headline deal involving each chip', () => {
    expect(es).toContain('INVOLVES export licence deal -> Nvidia H20');
    expect(es).toContain('INVOLVES export licence deal -> MI308');
  });

  it('names a chip by the model code before its kind: "AMD\'s MI308 processor"', () => {
    expect(named(f, 'MI308')?.label).toBe('Product');
  });

  it('relates the licences the Commerce Department "began granting" to it', () => {
    expect(es.some((e) => /^(?:ISSUED_BY|INVOLVES) licences -> US Department of Commerce$/.test(e))).toBe(true);
  });

  it('reads "would strengthen" as a cause and "would squeeze" as a constraint of the 15% levy', () => {
    expect(es).toContain('CAUSES Nvidia H20 -> military');
    expect(es).toContain('CONSTRAINS 15% levy -> margins');
  });
});

describe('Joint issuers, responses and parts of proceedings', () => {
  it('makes both organisations of a joint subject issue the controls: "the Ministry of Commerce (MOFCOM) and the General Administration of Customs placed export controls …"', () => {
    const es = edgeLines(
      'On April 4, the Ministry of Commerce (MOFCOM) and the General Administration of Customs placed export controls on seven medium and heavy rare earths, among them samarium, terbium and dysprosium, together with magnets that contain them. Exporters now need a licence for every shipment. The measure was widely read as a response to the tariff increases announced by President Donald Trump in early April.',
      '2025-06-12',
    );
    expect(es).toContain('ISSUED_BY export controls -> Ministry of Commerce');
    expect(es).toContain('ISSUED_BY export controls -> General Administration of Customs');
    // "The measure" is the controls; what it answers causes it, and Trump announced the increases, not the controls.
    expect(es).toContain('CAUSES tariff increases -> export controls');
    expect(es.some((e) => e.startsWith('ISSUED_BY export controls -> ') && /Trump/.test(e))).toBe(false);
  });

  it('makes the hearing an investigation "included" part of it', () => {
    const es = edgeLines(
      'These responsive actions come after a year-long Section 301 investigation, which included USTR convening a two-day public hearing, receiving nearly 600 public comments, and consulting with government agency experts and USTR cleared advisors.',
      '2025-04-17',
    );
    expect(es.some((e) => /^PART_OF two-day public hearing -> (?:year-long )?Section 301 investigation$/.test(e))).toBe(true);
  });

  it('makes "the tariff actions in the Section 301 investigation" part of the investigation', () => {
    const es = edgeLines(
      'WASHINGTON – U.S. Trade Representative Katherine Tai today released the following statement concerning the statutory review of the tariff actions in the Section 301 investigation of China’s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation:',
      '2024-05-14',
    );
    expect(es).toContain('PART_OF tariff actions -> Section 301 investigation');
  });
});

describe('English cue words that are no verbs', () => {
  it('reads "targeted" after "of" as an adjective: BIS does not constrain its export controls', () => {
    const es = edgeLines(
      'Washington, D.C.—The Department of Commerce’s Bureau of Industry and Security (BIS) is implementing a series of targeted updates to its export controls as part of BIS’s ongoing efforts to protect U.S. national security and foreign policy interests.',
      '2022-10-07',
    );
    expect(es.some((e) => e.startsWith('CONSTRAINS Bureau of Industry and Security'))).toBe(false);
  });

  it('reads "limit in scope the duties" as limiting the duties, not "scope"', () => {
    const es = edgeLines(
      'Section 4(c) of Executive Order 14257 provides that, should any trading partner take significant steps to remedy non-reciprocal trade arrangements, I may further modify the Harmonized Tariff Schedule of the United States to decrease or limit in scope the duties imposed under this order.',
      '2025-07-10',
    );
    expect(es.some((e) => e.endsWith('-> scope'))).toBe(false);
  });

  it('makes action that addresses "China’s unreasonable acts" constrain China as well as the acts', () => {
    const es = edgeLines(
      'WASHINGTON – Today, USTR took targeted action to restore American shipbuilding and address China’s unreasonable acts, policies, and practices to dominate the maritime, logistics, and shipbuilding sectors.',
      '2025-04-17',
    );
    expect(es).toContain('CONSTRAINS targeted action -> China');
  });
});

describe('More English cue shapes', () => {
  it('reads "X for seven rare earths has cut magnet deliveries" as X constraining the deliveries', () => {
    const es = edgeLines("China's licence requirement for seven rare earths has cut magnet deliveries to car plants in Europe, the United States and India.", '2025-06-12');
    expect(es).toContain('CONSTRAINS licence requirement -> magnet deliveries');
  });

  it('reads "effective in encouraging the PRC" as the tariffs causing what the PRC does', () => {
    const es = edgeLines('As the President recognizes in his memorandum, while the tariffs have been effective in encouraging the PRC to take some steps to address the issues identified in the Section 301 investigation, further action is required.', '2024-05-14');
    expect(es.some((e) => /^CAUSES tariffs -> (?:China|PRC)$/.test(e))).toBe(true);
  });

  it('makes "released the following statement" a statement node of the speaker', () => {
    const es = edgeLines(
      'WASHINGTON – U.S. Trade Representative Katherine Tai today released the following statement concerning the statutory review of the tariff actions in the Section 301 investigation of China’s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation:',
      '2024-05-14',
    );
    expect(es).toContain('INVOLVES statement -> Katherine Tai');
  });
});

describe('An organisation of an organisation', () => {
  it('makes "the Department of Commerce’s Bureau of Industry and Security" part of the department', () => {
    const es = edgeLines(
      'Washington, D.C.—The Department of Commerce’s Bureau of Industry and Security (BIS) is implementing a series of targeted updates to its export controls as part of BIS’s ongoing efforts to protect U.S. national security and foreign policy interests.',
      '2022-10-07',
    );
    expect(es).toContain('PART_OF Bureau of Industry and Security -> US Department of Commerce');
  });
});
