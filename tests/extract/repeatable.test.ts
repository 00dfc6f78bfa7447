// Extraction is a function of the text: one process extracts many briefings (ingest, the server's
// worker pool, a writer pasting the same draft twice to ask "did we already cover this?"), so no rule
// may carry what it saw in one extraction into the next — not even of the same text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const texts = [
  'fixtures/briefings/000_dc3a894c5b6cdd65.txt',
  'tests/fixtures/eval-unseen/texts/zh_nbs_pmi_2025-10-31.txt',
  'tests/fixtures/eval-dev5/texts/zh_news_nexperia_suspension_2025-11-20.txt',
  'tests/fixtures/eval-dev5/texts/en_wire_rapidus_subsidy_2025-03-31.txt',
  'tests/fixtures/eval-dev5/texts/en_brief_eu_steel_safeguard_2025-10-08.txt',
].map((path) => ({ name: path.split('/').pop()!, text: readFileSync(path, 'utf8') }));

describe('extracting the same briefing again', () => {
  for (const { name, text } of texts) {
    it(`gives the same graph the second time, right after the first (${name})`, () => {
      const first = extractText(text, { name });
      expect(extractText(text, { name })).toEqual(first);
    }, 240_000);
  }

  it('gives the same graph after other briefings were extracted in between', () => {
    const alone = texts.map(({ name, text }) => extractText(text, { name }));
    const reversed = [...texts].reverse().map(({ name, text }) => extractText(text, { name })).reverse();
    expect(reversed).toEqual(alone);
  }, 480_000);
});
