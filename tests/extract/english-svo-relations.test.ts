// The English clause reader (src/extract/rules/english-svo.ts): a verb's subject and objects, a
// measure in apposition to a clause, a document a party's pronoun owns. Real sentences from a USTR
// statement, a Reuters wire on Nvidia/AMD licences and a supply-chain brief on rare-earth magnets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeLines } from './fixtures.js';

// These specs state what the clause reader reads; the last-resort co-mention reader is off here (it would
// join "policies and practices" to the phrase node "harm American workers…" another rule leaves).
beforeAll(() => {
  process.env.BRIEFGRAPH_COMENTION = 'off';
});
afterAll(() => {
  delete process.env.BRIEFGRAPH_COMENTION;
});

const edges = (text: string, date = '2025-08-11') => edgeLines(text, date).filter((e) => !e.startsWith('MENTIONS'));

describe('English clause reader', () => {
  it('reads the pronoun of reported speech as the speaker: "MOFCOM said on June 7 that it would open a green channel"', () => {
    const es = edges(
      'On April 4, the Ministry of Commerce (MOFCOM) placed export controls on seven rare earths. After Commerce Minister Wang Wentao met EU Trade Commissioner Maros Sefcovic in Paris, MOFCOM said on June 7 that it would open a "green channel" for eligible EU applicants.',
      '2025-06-12',
    );
    expect(es).toContain('INVOLVES green channel -> Ministry of Commerce');
  });

  it('makes a measure in apposition to a clause constrain what the clause names: "every H20 export would need a licence, a restriction it reversed"', () => {
    const es = edges('Sales had stopped in April, when the administration told Nvidia that every H20 export would need a licence, a restriction it reversed last month.');
    expect(es.some((e) => /^CONSTRAINS restriction -> (?:Nvidia )?H20$/.test(e))).toBe(true);
  });

  it('reads "policies and practices that continue to burden U.S. commerce and harm American workers and businesses" as the policies constraining each object, not the second verb', () => {
    const es = edges(
      'President Biden is directing me to take further action to encourage the elimination of the People’s Republic of China’s unfair technology transfer-related policies and practices that continue to burden U.S. commerce and harm American workers and businesses.',
      '2024-05-14',
    );
    expect(es.some((e) => /^CONSTRAINS .*policies -> U\.S\. commerce$/.test(e))).toBe(true);
    expect(es.some((e) => /-> harm /.test(e))).toBe(false);
  });

  it('makes the document a pronoun owns issued by the party it stands for: "As the President recognizes in his memorandum"', () => {
    const es = edges(
      '“President Biden is directing me to take further action,” said Ambassador Katherine Tai. “As the President recognizes in his memorandum, while the tariffs have been effective in encouraging the PRC to take some steps, further action is required.',
      '2024-05-14',
    );
    expect(es.some((e) => /^ISSUED_BY memorandum -> (?:Joe )?Biden$/.test(e))).toBe(true);
  });

  it('does not give a pronoun’s document to a party of the wrong kind: "its memorandum" after a person, "his memorandum" after an agency', () => {
    for (const text of ['President Biden said its memorandum was late.', 'The Commerce Department said his memorandum was late.']) {
      expect(edges(text, '2024-05-14').some((e) => e.startsWith('ISSUED_BY memorandum'))).toBe(false);
    }
  });

  it('reads a constraining verb in the passive backwards: "Companies hit by the export controls have had to hire new staff"', () => {
    const es = edges('Companies hit by the export controls have had to hire new staff, the Government Accountability Office said.', '2024-12-04');
    expect(es).toContain('CONSTRAINS export controls -> Companies');
    expect(es.some((e) => e.startsWith('CONSTRAINS Companies'))).toBe(false);
  });

  it('reads a measure through its rate to its target: "duties of up to 38 percent on Chinese electric car imports", "ranging from 17.4% to 37.6% on electric vehicles"', () => {
    const a = edges('BRUSSELS: The European Union on Thursday slapped extra provisional duties of up to 38 percent on Chinese electric car imports.', '2024-07-04');
    expect(a).toContain('ISSUED_BY provisional duties -> European Union');
    expect(a).toContain('CONSTRAINS provisional duties -> Chinese electric car imports');
    const b = edges('The European Commission has imposed provisional import duties ranging from 17.4% to 37.6% on electric vehicles (EVs) manufactured in China.', '2024-07-05');
    expect(b).toContain('CONSTRAINS provisional import duties -> electric vehicles');
  });

  it('makes an instrument "from" or "by" a party issued by it: "a presidential memorandum from President Biden", "an executive order by President Trump"', () => {
    expect(edges('The tariffs follow a presidential memorandum from President Biden directing USTR to act.', '2024-05-14').some((e) => /^ISSUED_BY presidential memorandum -> (?:Joe )?Biden$/.test(e))).toBe(true);
    expect(edges('The rule implements an executive order by President Trump on critical minerals.', '2025-04-15').some((e) => /^ISSUED_BY executive order -> (?:Donald )?Trump$/.test(e))).toBe(true);
  });
});

