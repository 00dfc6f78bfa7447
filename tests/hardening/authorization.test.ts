// Authorization: every mutation without exactly the right bearer token is refused and changes
// nothing; the token is compared in constant time (timingSafeEqual over equal-length digests,
// whatever the length of what was sent). Real HTTP on 127.0.0.1.
import * as crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore } from '../../src/graph/index.js';
import { serve, type Served } from './support/http.js';
import { FIXTURE_FILES, fixtureText, picture, type Picture } from './support/picture.js';

// Wraps timingSafeEqual to see how the guard compares (it still compares for real).
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const TOKEN = 's3cret-token-for-the-hardening-suite';
const MUTATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  ingestBriefing: {
    query: 'mutation($t: String!) { ingestBriefing(text: $t) { status } }',
    variables: { t: fixtureText('000_dc3a894c5b6cdd65.txt') },
  },
  deleteBriefing: { query: 'mutation($id: ID!) { deleteBriefing(id: $id) }', variables: { id: '' } },
  mergeNodes: { query: 'mutation { mergeNodes(keep: "busan-truce", drop: "donald-trump") { id } }' },
};

const WRONG: [string, string | undefined][] = [
  ['no Authorization header', undefined],
  ['an empty header', ''],
  ['Bearer and nothing', 'Bearer '],
  ['a wrong token of the same length (last character changed)', `Bearer ${TOKEN.slice(0, -1)}x`],
  ['a shorter token (a prefix of the right one)', `Bearer ${TOKEN.slice(0, 6)}`],
  ['a longer token (the right one extended)', `Bearer ${TOKEN}x`],
  ['the right token in another scheme', `Basic ${TOKEN}`],
  ['the right token with no scheme', TOKEN],
  ['the right token base64-encoded', `Bearer ${Buffer.from(TOKEN).toString('base64')}`],
  ['the right token in another case', `Bearer ${TOKEN.toUpperCase()}`],
];

describe('the mutation token guard', () => {
  let store: MemoryStore;
  let api: Served;
  let before: Picture;

  beforeAll(async () => {
    store = await MemoryStore.open();
    for (const f of FIXTURE_FILES.slice(1)) await store.writeBriefing(extractText(fixtureText(f), { name: f }));
    MUTATIONS.deleteBriefing.variables = { id: (await store.listBriefings({}))[0].id };
    before = await picture(store);
    api = await serve(store, { token: TOKEN });
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });
  // Braces: a function returned from beforeEach would be run as its teardown.
  beforeEach(() => {
    vi.mocked(crypto.timingSafeEqual).mockClear();
  });

  for (const [field, m] of Object.entries(MUTATIONS)) {
    it(`refuses ${field} with 401 UNAUTHENTICATED for every wrong credential, changing nothing`, async () => {
      for (const [what, authorization] of WRONG) {
        const r = await api.post(m.query, m.variables, authorization);
        expect(r.status, what).toBe(401);
        expect(r.errors?.[0].extensions?.code, what).toBe('UNAUTHENTICATED');
        expect(r.errors?.[0].message, what).toContain(field);
        expect(r.data?.[field] ?? null, what).toBeNull();
      }
      expect(await picture(store)).toEqual(before);
    });
  }

  it('refuses a mutation sent by GET even with the right token (no state change through a link)', async () => {
    const url = `${api.url}?query=${encodeURIComponent(MUTATIONS.mergeNodes.query)}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' } });
    expect(res.status).toBe(405);
    expect(await picture(store)).toEqual(before);
  });

  it('runs none of several mutations sent in one request with a wrong token', async () => {
    const r = await api.post('mutation { a: mergeNodes(keep: "busan-truce", drop: "donald-trump") { id } b: deleteBriefing(id: "nothing-here") }', undefined, 'Bearer wrong');
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(await picture(store)).toEqual(before);
  });

  it('compares through timingSafeEqual on equal-length digests, whatever length was sent', async () => {
    for (const sent of ['x', TOKEN.slice(0, -1), TOKEN, `${TOKEN}${'y'.repeat(500)}`]) {
      vi.mocked(crypto.timingSafeEqual).mockClear();
      await api.post('mutation { deleteBriefing(id: "no-such-briefing") }', undefined, `Bearer ${sent}`);
      const calls = vi.mocked(crypto.timingSafeEqual).mock.calls;
      expect(calls.length, sent).toBe(1);
      const [a, b] = calls[0] as [Uint8Array, Uint8Array];
      expect(a.byteLength).toBe(b.byteLength);
    }
  });

  it('accepts the right token: the mutation runs', async () => {
    const r = await api.post('mutation { deleteBriefing(id: "no-such-briefing") }', undefined, `Bearer ${TOKEN}`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ deleteBriefing: false });
  });
});

describe('a server without a token', () => {
  it('refuses every mutation with 403 FORBIDDEN, even with a bearer token, saying how to enable them', async () => {
    const store = await MemoryStore.open();
    const api = await serve(store);
    try {
      for (const [field, m] of Object.entries(MUTATIONS)) {
        const r = await api.post(m.query, m.variables, `Bearer ${TOKEN}`);
        expect(r.status).toBe(403);
        expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(new RegExp(`${field}.*BRIEFGRAPH_TOKEN`)) });
      }
      expect((await store.stats()).briefings).toBe(0);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
