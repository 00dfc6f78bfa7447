// English name-shape rules (src/extract/rules/english-refine.ts) on real sentences from the English
// eval texts (BIS 2022-10-07 release, USTR 2025-10-24 and 2026-02-20 statements).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) => extractText(text, { date: '2025-10-24' }).nodes;
const names = (text: string, label: string) => nodes(text).filter((n) => n.label === label).map((n) => n.name);

describe('English name shapes', () => {
  it('reads the person after a long title chain as the two-word name, not "Security Alan Estevez"', () => {
    const people = names(
      '“The threat environment is always changing,” said Under Secretary of Commerce for Industry and Security Alan Estevez.',
      'Person',
    );
    expect(people).toContain('Alan Estevez');
    expect(people.some((p) => p.includes('Security'))).toBe(false);
  });

  it('reads "United States Trade Representative Jamieson Greer announced" as the person Jamieson Greer', () => {
    const people = names('WASHINGTON — Today, United States Trade Representative Jamieson Greer announced the initiation of a Section 301 investigation.', 'Person');
    expect(people).toContain('Jamieson Greer');
    expect(people.some((p) => p.startsWith('Representative'))).toBe(false);
  });

  it('does not make an organisation of the "Washington, D.C.—The" dateline', () => {
    const orgs = names(
      'Washington, D.C.—The Department of Commerce’s Bureau of Industry and Security (BIS) is implementing a series of targeted updates to its export controls.',
      'Organization',
    );
    expect(orgs.some((o) => /D\.C\.|—/.test(o))).toBe(false);
    expect(orgs).toContain('Bureau of Industry and Security');
  });

  it('cuts a sentence-initial preposition off a Title Case name: "Under the Phase One Agreement" is the agreement', () => {
    const all = nodes('Under the Phase One Agreement, China agreed to make structural changes to correct distortive acts, policies, and practices.').map((n) => n.name);
    expect(all).toContain('Phase One Agreement');
    expect(all.some((n) => n.startsWith('Under'))).toBe(false);
  });

  it('finds a numbered Title Case event: "a Section 301 investigation of China’s implementation"', () => {
    const events = names('USTR announced the initiation of a Section 301 investigation of China’s implementation of the agreement.', 'Event');
    expect(events).toContain('Section 301 investigation');
  });
});

describe('English headlines', () => {
  it('starts a headline’s event after its verb: "USTR Initiates Section 301 Investigation" names the investigation', () => {
    const f = extractText('USTR Initiates Section 301 Investigation of China’s Implementation of the Phase One Agreement\n\nOctober 24, 2025\n\nUSTR will examine whether China has fully implemented its commitments.');
    const names = f.nodes.map((n) => n.name);
    expect(names).toContain('Section 301 Investigation');
    expect(names.some((n) => n.includes('Initiates'))).toBe(false);
  });

  it('keeps a long Title Case name whole: "International Emergency Economic Powers Act" is not cut at "Powers"', () => {
    const f = extractText('President Trump invoked the International Emergency Economic Powers Act last year.', { date: '2026-02-20' });
    expect(f.nodes.some((n) => n.name.startsWith('Act') || n.name === 'Act')).toBe(false);
  });

  it('does not read "Ambassador Greer Issues Statement on …" as a person "Issues Statement"', () => {
    const f = extractText('Ambassador Greer Issues Statement on Supreme Court IEEPA Decision\n\nFebruary 20, 2026\n\nThe Supreme Court’s decision today affects one element of the Administration’s work.');
    const people = f.nodes.filter((n) => n.label === 'Person').map((n) => n.name);
    expect(people).not.toContain('Issues Statement');
  });
});

describe('English relation cues (lexicon/cues.json)', () => {
  it('reads "the trade deficit that skyrocketed … and furthered the offshoring" as CAUSES', () => {
    const f = extractText(
      'President Trump also used IEEPA to effectively address the trade deficit that skyrocketed by 40% during the Biden Administration and furthered the offshoring of American manufacturing.',
      { date: '2026-02-20' },
    );
    const offshoring = f.nodes.find((n) => n.name === 'offshoring');
    const causes = f.edges.filter((e) => e.type === 'CAUSES' && e.to === offshoring?.id);
    expect(causes).toHaveLength(1);
    expect(causes[0].evidence[0].text).toContain('furthered the offshoring');
  });
});

describe('English relations by shape (src/extract/rules/english-relations.ts)', () => {
  const edges = (text: string, date: string) => {
    const f = extractText(text, { date });
    const name = new Map(f.nodes.map((n) => [n.id, n.name]));
    return f.edges.filter((e) => e.type !== 'MENTIONS').map((e) => `${e.type} ${name.get(e.from)} -> ${name.get(e.to)}`);
  };

  it('links the Under Secretary to the organisation his title chain names (Industry and Security → BIS)', () => {
    const es = edges(
      '“As I told Congress in July, my north star at BIS is to ensure that we are appropriately doing everything in our power to protect our national security,” said Under Secretary of Commerce for Industry and Security Alan Estevez.',
      '2022-10-07',
    );
    expect(es).toContain('INVOLVES Bureau of Industry and Security -> Alan Estevez');
  });

  it('reads "President Trump’s IEEPA tariffs" as the tariffs issued by Trump', () => {
    const es = edges('Mexico also took measures to improve border security as a result of President Trump’s IEEPA tariffs.', '2026-02-20');
    expect(es).toContain('ISSUED_BY IEEPA tariffs -> Donald Trump');
  });

  it('reads "as a result of President Trump’s IEEPA tariffs" as the tariffs causing, not Trump', () => {
    const es = edges('Mexico also took measures to improve border security as a result of President Trump’s IEEPA tariffs.', '2026-02-20');
    expect(es).toContain('CAUSES IEEPA tariffs -> border security');
    expect(es).not.toContain('CAUSES Donald Trump -> border security');
  });

  it('makes the owner of "The Supreme Court’s decision" its issuer', () => {
    const es = edges('WASHINGTON – The Supreme Court’s decision today affects one element of the Administration’s successful work.', '2026-02-20');
    expect(es.some((e) => /^ISSUED_BY .*decision -> .*Supreme Court$/.test(e))).toBe(true);
  });

  it('constrains each capability listed after "restrict the PRC’s ability to"', () => {
    const es = edges(
      'The export controls announced in the two rules today restrict the PRC’s ability to obtain advanced computing chips, develop and maintain supercomputers, and manufacture advanced semiconductors.',
      '2022-10-07',
    );
    const constrained = es.filter((e) => e.startsWith('CONSTRAINS')).map((e) => e.split(' -> ')[1]);
    expect(constrained).toEqual(expect.arrayContaining(['supercomputers']));
    expect(constrained.length).toBeGreaterThanOrEqual(3);
  });
});

describe('English relations: issuers and parties', () => {
  const edges = (text: string, date: string) => {
    const f = extractText(text, { date });
    const name = new Map(f.nodes.map((n) => [n.id, n.name]));
    return f.edges.filter((e) => e.type !== 'MENTIONS').map((e) => `${e.type} ${name.get(e.from)} -> ${name.get(e.to)}`);
  };

  it('reads "BIS is implementing … its export controls" as export controls ISSUED_BY BIS (cue "implementing")', () => {
    const es = edges(
      'Washington, D.C.—The Department of Commerce’s Bureau of Industry and Security (BIS) is implementing a series of targeted updates to its export controls.',
      '2022-10-07',
    );
    expect(es).toContain('ISSUED_BY export controls -> Bureau of Industry and Security');
  });

  it('reads "a Section 301 investigation of China’s implementation" as the investigation involving China', () => {
    const es = edges('USTR announced the initiation of a Section 301 investigation of China’s implementation of the agreement.', '2025-10-24');
    expect(es).toContain('INVOLVES Section 301 investigation -> China');
  });
});

describe('English dates by their verb (src/extract/rules/english-dates.ts)', () => {
  it('dates the Phase One Agreement 2019-12-13 from "On December 13, 2019, … reached the … Phase One Agreement"', () => {
    const f = extractText(
      'On December 13, 2019, following months of negotiations, the United States and China reached the historic and enforceable Phase One Agreement.',
      { date: '2025-10-24' },
    );
    const agreement = f.nodes.find((n) => n.name === 'Phase One Agreement');
    expect(agreement?.start).toBe('2019-12-13');
  });

  it('dates what was "signed on" a date, not the briefing', () => {
    const f = extractText('The Phase One Agreement was signed on January 15, 2020, in Washington.', { date: '2025-10-24' });
    expect(f.nodes.find((n) => n.name === 'Phase One Agreement')?.start).toBe('2020-01-15');
  });

  it('finds a Title Case event after lowercase adjectives: "the historic and enforceable Phase One Agreement"', () => {
    const f = extractText('The United States and China reached the historic and enforceable Phase One Agreement.', { date: '2025-10-24' });
    expect(f.nodes.map((n) => n.name)).toContain('Phase One Agreement');
  });
});
