// The server's extraction pool (src/extract/pool.ts): the same fragments as extractText, refusals as
// the same InputError, and the calling thread free while a text is extracted.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { extractionPool, extractText } from '../../src/extract/index.js';

const MAY7 = readFileSync(new URL('../../fixtures/briefings/001_3be0362cfeeaa2b1.txt', import.meta.url), 'utf8');

describe('extraction pool', () => {
  const pool = extractionPool(1);
  afterAll(() => pool.close());

  it('extracts in a worker thread exactly the fragment extractText gives', async () => {
    expect(await pool.extract(MAY7, { name: '001_3be0362cfeeaa2b1.txt' })).toEqual(extractText(MAY7, { name: '001_3be0362cfeeaa2b1.txt' }));
  }, 240_000);

  it('refuses a text with no date as the same InputError, naming the field', async () => {
    const err = await pool.extract('特朗普将访问北京。', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as InputError).message)).toMatch(/date/);
    expect(() => extractText('特朗普将访问北京。')).toThrow((err as InputError).message);
  }, 240_000);

  it('leaves the calling thread free: its event loop keeps turning while a briefing is extracted', async () => {
    // A real briefing: extracting it takes long enough for many turns of an idle loop.
    const long = MAY7;
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const fragment = await pool.extract(long, {});
    running = false;
    expect(fragment.nodes.length).toBeGreaterThan(10);
    // Extracted on this thread, the loop would not turn at all until the extraction returned.
    expect(turns).toBeGreaterThan(20);
  }, 240_000);
});
