// The document an English official text is, and what its prose says it does
// (src/extract/rules/english-document.ts, english-acronyms.ts, english-purpose.ts), on the
// sentences of a Federal Register rule (BIS, 2025-09-29).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { edgeLines, named } from './fixtures.js';

const HEADER = [
  'Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities',
  '',
  'AGENCY:',
  '',
  'Bureau of Industry and Security, Department of Commerce.',
  '',
  'ACTION:',
  '',
  'Interim final rule.',
  '',
  'SUMMARY:',
  '',
].join('\n');
const SUMMARY =
  'In this interim final rule (IFR), the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) to address diversion concerns involving entities on the Entity List and certain other restricted end users. Under this IFR, any entity that is at least 50 percent owned by one or more entities on the Entity List will itself automatically be subject to Entity List restrictions. This IFR similarly applies restrictions to entities at least 50 percent owned by listed `military end users\' and certain sanctioned parties. The 50 percent ownership standard in this IFR is designed to be consistent with longstanding Department of the Treasury practice, so as to limit the additional burden on the business community.';

describe('Federal Register header', () => {
  it('makes the ACTION: document issued by the first AGENCY:, and that agency part of the department listed after it', () => {
    const es = edgeLines(`${HEADER}Under this IFR, any entity that is at least 50 percent owned by one or more entities on the Entity List will itself automatically be subject to Entity List restrictions.\n`, '2025-09-29');
    expect(es).toContain('ISSUED_BY Interim final rule -> Bureau of Industry and Security');
    expect(es).toContain('PART_OF Bureau of Industry and Security -> US Department of Commerce');
  });

  it('makes no part of a department from a single agency', () => {
    const es = edgeLines('AGENCY:\n\nOffice of the United States Trade Representative.\n\nACTION:\n\nNotice of action.\n\nUSTR took action today.\n', '2025-04-17');
    expect(es.some((e) => e.startsWith('PART_OF'))).toBe(false);
  });
});

describe('Defined acronyms and the opening instrument', () => {
  const es = edgeLines(`${HEADER}${SUMMARY}\n`, '2025-09-29');

  it('reads "this IFR" and "the EAR" as the rule and the regulations they abbreviate', () => {
    const f = extractText(`${HEADER}${SUMMARY}\n`, { date: '2025-09-29' });
    expect(named(f, 'IFR')?.name.toLowerCase()).toBe('interim final rule');
    expect(named(f, 'EAR')?.name).toBe('Export Administration Regulations');
  });

  it('reads "In this IFR, BIS amends the EAR to address diversion concerns" as the rule issued by BIS, involving the EAR, constraining the concerns', () => {
    expect(es).toContain('ISSUED_BY Interim final rule -> Bureau of Industry and Security');
    expect(es).toContain('INVOLVES Interim final rule -> Export Administration Regulations');
    expect(es).toContain('CONSTRAINS Interim final rule -> diversion concerns');
    expect(es.some((e) => e.startsWith('CONSTRAINS Export Administration Regulations'))).toBe(false);
  });

  it('makes the rule that "applies restrictions to" parties constrain each named party', () => {
    expect(es).toContain('CONSTRAINS Interim final rule -> military end users');
    expect(es).toContain('CONSTRAINS Interim final rule -> sanctioned parties');
  });

  it('gives "so as to limit" the sentence’s subject: the 50 percent ownership standard', () => {
    expect(es).toContain('CONSTRAINS 50 percent ownership standard -> business community');
    expect(es.some((e) => e.startsWith('CONSTRAINS practice'))).toBe(false);
  });

  it('names the Department of the Treasury whole, without the adjective before it', () => {
    const f = extractText(`${HEADER}${SUMMARY}\n`, { date: '2025-09-29' });
    expect(named(f, 'Department of the Treasury')?.label).toBe('Organization');
    expect(named(f, 'longstanding Department')).toBeUndefined();
  });
});
