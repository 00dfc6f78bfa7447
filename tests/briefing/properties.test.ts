import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { paragraphsOf, parseBriefing } from '../../src/briefing/index.js';

// Texts stitched from real briefing lines and layout debris (blank lines, page numbers, markup,
// citation markers, half sentences), so the parser meets the shapes it will meet, in any order.
const seedLines = readFileSync('fixtures/briefings/000_dc3a894c5b6cdd65.txt', 'utf8').split('\n');
const debris = ['', '', '2', '- 3 -', '## ', '**', '<b>4</b>', '[1]', '[2,3]', '据 Reuters 5 月 6 日报道，', '参考文献', 'Contents', '摘要', 'U.S. ', 'Inc. v. ', '\r', '\t', '。', '. ', '1.1 ', '一、', '（二）', '|', '《', '》'];
const piece = fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...debris), fc.string({ maxLength: 12 }));
const text = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\n\n', ''))
  .map(([parts, joint]) => parts.join(joint));

describe('any text', () => {
  it('parses into spans that are substrings of the original, or is refused with an InputError', () => {
    fc.assert(
      fc.property(text, (t) => {
        let b;
        try {
          b = parseBriefing(t, { date: '2026-05-08' });
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          return;
        }
        expect(b.text).toBe(t);
        for (const p of paragraphsOf(b)) {
          expect(t.slice(p.start, p.end)).toBe(p.text);
          for (const s of p.sentences) {
            expect(t.slice(s.start, s.end)).toBe(s.text);
            expect(s.start).toBeGreaterThanOrEqual(p.start);
            expect(s.end).toBeLessThanOrEqual(p.end);
            for (const i of s.citedRefs) expect(b.references[i]).toBeDefined();
          }
        }
        for (const r of b.references) expect(t.slice(r.raw.start, r.raw.end)).toBe(r.raw.text);
      }),
      { numRuns: 300, seed: 20260508 },
    );
  });
});
