// GraphQL abuse over real HTTP: deep, wide, costly, long and oversized requests are refused with a
// clear error, a slow request is cut off by the timeout, and the server keeps serving after each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/api/index.js';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore, type GraphStore } from '../../src/graph/index.js';
import { serve, type Served } from './support/http.js';
import { FIXTURE_FILES, fixtureText } from './support/picture.js';

const NORMAL = '{ stats { briefings nodes } lookup(name: "釜山休战") { id end } }';

describe('GraphQL abuse limits on a live server', () => {
  let store: MemoryStore;
  let api: Served;
  let healthy: Record<string, unknown>;

  beforeAll(async () => {
    store = await MemoryStore.open();
    for (const f of FIXTURE_FILES) await store.writeBriefing(extractText(fixtureText(f), { name: f }));
    api = await serve(store);
    const r = await api.post(NORMAL);
    expect(r.errors).toBeUndefined();
    healthy = r.data as Record<string, unknown>;
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  /** The server still answers ordinary queries exactly as before (several: a reused connection must work too). */
  async function stillServing(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const r = await api.post(NORMAL);
      expect(r.status).toBe(200);
      expect(r.data).toEqual(healthy);
    }
  }

  it('has the documented defaults: depth 12, 30 aliases, cost 5000, 2000 tokens, 5 MB body, 15 s', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 12, maxAliases: 30, maxCost: 5000, maxTokens: 2000, maxBodyBytes: 5 * 1024 * 1024, timeoutMs: 15_000 });
  });

  it('refuses a 50-level nested query, naming the depth limit, and keeps serving', async () => {
    const deep = `{ briefings(limit: 1) { ${'cites { '.repeat(49)}id${' }'.repeat(49)} } }`;
    const r = await api.post(deep);
    expect(r.data ?? undefined).toBeUndefined();
    // Its cost (which grows with depth) or its depth stops it, whichever the server checks first.
    expect(r.errors?.[0].message).toMatch(/depth|cost/i);
    await stillServing();
  });

  it('refuses 13 levels by the depth limit of 12, and answers 12', async () => {
    // briefings, then cites, ..., then id: `depth` fields deep.
    const nested = (depth: number) => `{ briefings(limit: 1) { ${'cites { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
    const over = await api.post(nested(13));
    expect(over.errors?.[0].message).toMatch(/depth limit of 12 exceeded, found 13/i);
    const within = await api.post(nested(12));
    expect(within.errors).toBeUndefined();
    await stillServing();
  });

  it('refuses 1,000 aliases with a clear error, and keeps serving', async () => {
    const wide = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    const r = await api.post(wide);
    expect(r.data ?? undefined).toBeUndefined();
    // The token limit (2,000) or the alias limit (30) stops it, whichever the server checks first.
    expect(r.errors?.[0].message).toMatch(/alias|token/i);
    await stillServing();
  });

  it('refuses 31 aliases (within the token limit) by the alias limit', async () => {
    const r = await api.post(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`);
    expect(r.errors?.[0].message).toMatch(/alias/i);
    await stillServing();
  });

  it('refuses a query over 2,000 tokens, and keeps serving', async () => {
    const long = `{ stats { ${'nodes '.repeat(2100)} } }`;
    const r = await api.post(long);
    expect(r.errors?.[0].message).toMatch(/token/i);
    await stillServing();
  });

  it('refuses a costly query within the depth and alias limits by its cost, and keeps serving', async () => {
    const branch = 'relations { from { id name aliases start end relations { to { id name aliases start end relations { from { id name aliases relations { to { id name } } } } } } } }';
    const costly = `{ ${Array.from({ length: 30 }, (_, i) => `n${i}: node(id: "busan-truce") { ${branch} }`).join(' ')} }`;
    const r = await api.post(costly);
    expect(r.data ?? undefined).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/cost/i);
    await stillServing();
  });

  it('refuses a 5 MB body with HTTP 413 before parsing it, declared or streamed, and keeps serving', async () => {
    const body = JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(5 * 1024 * 1024)}` });
    const declared = await api.raw(body);
    expect(declared.status).toBe(413);
    expect(declared.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' }, message: expect.stringMatching(/limit is 5242880 bytes/) });
    await stillServing();

    // Sent in chunks without a Content-Length: counted as it arrives.
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ stats { nodes } }","x":"'));
        if (sent > 6 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await api.raw(stream);
    expect(streamed.status).toBe(413);
    expect(streamed.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  it('refuses malformed JSON and a non-GraphQL body with a clear error, and keeps serving', async () => {
    for (const body of ['{"query": "{ stats', 'null', '[]', '{"query": 42}']) {
      const r = await api.raw(body);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0].message.length).toBeGreaterThan(0);
    }
    await stillServing();
  });

  it('allows introspection (GraphiQL needs it) within the limits', async () => {
    const r = await api.post('{ __schema { queryType { name } types { name fields { name } } } }');
    expect(r.errors).toBeUndefined();
    expect((r.data?.__schema as { queryType: { name: string } }).queryType.name).toBe('Query');
  });
});

describe('the execution timeout', () => {
  it('stops a request slower than the timeout with TIMEOUT (HTTP 503) and keeps serving others', async () => {
    const inner = await MemoryStore.open();
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => (release = resolve));
    // A store whose briefing list never answers, as a database that hangs would.
    const slow = new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === 'listBriefings') return async () => (await stuck, []);
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }) as GraphStore;
    const api = await serve(slow, { limits: { timeoutMs: 300 } });
    try {
      const r = await api.post('{ briefings { id } }');
      expect(r.status).toBe(503);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringMatching(/longer than 300 ms/) });
      expect((await api.post('{ stats { briefings } }')).data).toEqual({ stats: { briefings: 0 } });
    } finally {
      release();
      await api.close();
      await inner.close();
    }
  });
});
