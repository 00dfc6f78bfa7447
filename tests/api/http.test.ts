// The server as a client meets it over HTTP: GraphiQL and the web page, the token guard on
// mutations, errors that name the bad argument, masked internals, and the abuse limits.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { startApi, type Api } from './support/api.js';
import { MAY7, may7, fixtureExtract, fixtureText } from './support/hand-built.js';
import { requireNeo4jWhenAsked, storeCases } from './support/stores.js';

const TOKEN = 'correct horse battery staple';
const INGEST = 'mutation($text: String!, $name: String) { ingestBriefing(text: $text, name: $name) { status nodes edges briefing { id date } } }';

requireNeo4jWhenAsked();

describe.each(storeCases)('mutations on the $name', (storeCase) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let guarded: Api;
  let open: Api;

  beforeAll(async () => {
    ({ store, dispose } = await storeCase.open());
    guarded = await startApi(store, { extract: fixtureExtract, token: TOKEN });
    open = await startApi(store, { extract: fixtureExtract });
  });
  afterAll(async () => {
    await guarded?.close();
    await open?.close();
    await dispose?.();
  });

  it('refuses every mutation when no token is configured, saying to set BRIEFGRAPH_TOKEN', async () => {
    const r = await open.gql(INGEST, { text: fixtureText('001_3be0362cfeeaa2b1.txt') }, { token: TOKEN });
    expect(r.status).toBe(403);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toMatch(/set BRIEFGRAPH_TOKEN/);
    expect((await store.stats()).briefings).toBe(0);
  });

  it('refuses a mutation without the Authorization header, or with a wrong or differently sized token', async () => {
    const text = fixtureText('001_3be0362cfeeaa2b1.txt');
    for (const opts of [{}, { token: 'wrong horse battery staple' }, { token: 'x' }, { authorization: TOKEN }]) {
      const r = await guarded.gql(INGEST, { text }, opts);
      expect(r.status).toBe(401);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await store.stats()).briefings).toBe(0);
  });

  it('ingests a briefing with the token, and recognises the same text as unchanged', async () => {
    const text = fixtureText('001_3be0362cfeeaa2b1.txt');
    const first = await guarded.data<{ ingestBriefing: { status: string; nodes: number; briefing: { id: string; date: string } } }>(
      INGEST, { text, name: '001_3be0362cfeeaa2b1.txt' }, { token: TOKEN },
    );
    expect(first.ingestBriefing).toMatchObject({ status: 'created', briefing: { id: MAY7, date: '2026-05-07' } });
    expect(first.ingestBriefing.nodes).toBeGreaterThan(0);
    const again = await guarded.data<{ ingestBriefing: { status: string } }>(INGEST, { text }, { token: TOKEN });
    expect(again.ingestBriefing.status).toBe('unchanged');
  });

  it('does not need the token to read', async () => {
    expect(await open.data('{ stats { briefings } }')).toEqual({ stats: { briefings: 1 } });
  });

  it('merges a duplicate node into the one kept, which takes over its aliases and edges', async () => {
    const merged = await guarded.data<{ mergeNodes: { id: string; aliases: string[] } }>(
      'mutation { mergeNodes(keep: "ieepa-ruling", drop: "tariff-rebuild") { id aliases } }', undefined, { token: TOKEN },
    );
    expect(merged.mergeNodes.id).toBe('ieepa-ruling');
    expect(merged.mergeNodes.aliases).toContain('重建关税体系');
    expect(await guarded.data('{ node(id: "tariff-rebuild") { id } }')).toEqual({ node: null });
  });

  it('deletes a briefing and what only it supported', async () => {
    const d = await guarded.data<{ deleteBriefing: boolean }>(`mutation { deleteBriefing(id: "${MAY7}") }`, undefined, { token: TOKEN });
    expect(d.deleteBriefing).toBe(true);
    expect(await guarded.data('{ stats { briefings nodes } lookup(name: "Busan truce") { id } }')).toEqual({ stats: { briefings: 0, nodes: 0 }, lookup: [] });
  });

  it('names the bad argument of a mutation', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [INGEST, { text: '   ' }, 'text'],
      ['mutation { ingestBriefing(text: "x", date: "5 月 7 日") { status } }', {}, 'date'],
      ['mutation { mergeNodes(keep: "a", drop: "a") { id } }', {}, 'drop'],
      ['mutation { mergeNodes(keep: "no-such-node", drop: "b") { id } }', {}, 'keep'],
    ];
    for (const [q, vars, argument] of cases) {
      const r = await guarded.gql(q, vars, { token: TOKEN });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('the server', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let api: Api;

  beforeAll(async () => {
    ({ store, dispose } = await storeCases[0].open());
    await store.writeBriefing(may7());
    api = await startApi(store, { extract: fixtureExtract, token: TOKEN });
  });
  afterAll(async () => {
    await api?.close();
    await dispose?.();
  });

  it('serves GraphiQL at /graphql to a browser', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('serves the web page at / and a 404 for an unknown asset', async () => {
    const page = await fetch(`${api.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<html/i);
    expect((await fetch(`${api.url}/assets/no-such-file.js`)).status).toBe(404);
  });

  it('answers the full introspection query GraphiQL sends', async () => {
    const r = await api.gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });

  it('names the bad argument of a query', async () => {
    const cases: [string, string][] = [
      ['{ constraintsOn(id: "busan-truce", depth: 7) { length } }', 'depth'],
      ['{ causesOf(id: "busan-truce", depth: 0) { length } }', 'depth'],
      ['{ paths(from: "ieepa-ruling", to: "busan-truce", maxLength: 9) { length } }', 'maxLength'],
      ['{ constraintsOn(id: "no-such-node") { length } }', 'id'],
      ['{ paths(from: "ieepa-ruling", to: "no-such-node") { length } }', 'to'],
      ['{ timeline(from: "May 1") { date } }', 'from'],
      ['{ timeline(asOf: "2026-13-01") { date } }', 'asOf'],
      ['{ timeline(about: "no-such-node") { date } }', 'about'],
      ['{ briefings(to: "2026-02-30") { id } }', 'to'],
      ['{ briefings(limit: 0) { id } }', 'limit'],
      ['{ lookup(name: " ") { id } }', 'name'],
      ['{ search(query: "") { score } }', 'query'],
      ['{ coverage(id: "rare-earth-rules", before: "yesterday") { sentences { text } } }', 'before'],
      ['{ checkDraft(text: "") { newNodes } }', 'text'],
    ];
    for (const [q, argument] of cases) {
      const r = await api.gql(q);
      expect(r.errors, q).toHaveLength(1);
      expect(r.errors?.[0].extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(r.errors?.[0].message, q).toContain(argument);
    }
  });

  it('refuses a briefing text over 2 MB naming the text argument', async () => {
    const r = await api.gql('mutation($t: String!) { ingestBriefing(text: $t) { status } }', { t: '稀'.repeat(700_000) }, { token: TOKEN });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(r.errors?.[0].message).toMatch(/limit is 2097152 bytes/);
  });

  it('refuses a draft over 64 KB before extracting it: anyone may check a draft, so one must not stall the server', async () => {
    const paragraph = '釜山休战将于 2026 年 11 月 10 日到期，关税体系重建可能违反休战协议。';
    const r = await api.gql('query($t: String!) { checkDraft(text: $t) { newNodes } }', { t: paragraph.repeat(1000) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(r.errors?.[0].message).toMatch(/limit is 65536 bytes/);
    const briefing = may7().briefing.text; // a whole real briefing (~11 KB) is well within the limit
    const ok = await api.gql('query($t: String!) { checkDraft(text: $t, date: "2026-05-09") { newNodes } }', { t: briefing });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than 12 levels and one with more than 30 aliases', async () => {
    const deep = '{ node(id: "busan-truce") { relations { from { relations { from { relations { from { relations { from { relations { from { relations { from { id } } } } } } } } } } } } } }';
    const tooDeep = await api.gql(deep);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { briefings }`).join(' ')} }`;
    const tooMany = await api.gql(aliases);
    expect(tooMany.errors?.[0].message).toMatch(/aliases/i);
  });
});

describe('the server under abuse', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  const logged: unknown[] = [];

  beforeAll(async () => {
    ({ store, dispose } = await storeCases[0].open());
  });
  afterAll(async () => dispose?.());

  /** The same store, one method replaced. */
  function withStats(stats: GraphStore['stats']): GraphStore {
    return new Proxy(store, {
      get(target, prop) {
        if (prop === 'stats') return stats;
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  it('answers 413 with a clear message for a body over the limit, declared or streamed', async () => {
    const api = await startApi(store, { extract: fixtureExtract, limits: { maxBodyBytes: 1000 } });
    try {
      const body = JSON.stringify({ query: `{ lookup(name: "${'x'.repeat(2000)}") { id } }` });
      const declared = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(declared.status).toBe(413);
      expect(await declared.text()).toMatch(/Request body too large.*the limit is 1000 bytes/);

      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode(body));
          c.close();
        },
      });
      const streamed = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(await streamed.text()).toMatch(/the limit is 1000 bytes/);

      expect((await api.gql('{ stats { briefings } }')).data).toEqual({ stats: { briefings: 0 } });
    } finally {
      await api.close();
    }
  });

  it('stops a request that runs past the timeout with a TIMEOUT error', async () => {
    const slow = withStats(() => new Promise((resolve) => setTimeout(() => resolve(store.stats()), 2_000)));
    const api = await startApi(slow, { extract: fixtureExtract, limits: { timeoutMs: 50 } });
    try {
      const r = await api.gql('{ stats { briefings } }');
      expect(r.errors?.[0].extensions?.code).toBe('TIMEOUT');
      expect(r.errors?.[0].message).toMatch(/longer than 50 ms/);
    } finally {
      await api.close();
    }
  });

  it('masks an unexpected error: the client sees no internals, the operator log gets the error', async () => {
    const failing = withStats(() => Promise.reject(new Error('disk /var/lib/secret unreadable')));
    const api = await startApi(failing, { extract: fixtureExtract, logError: (err) => logged.push(err) });
    try {
      const r = await api.gql('{ stats { briefings } }');
      expect(r.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(r)).not.toContain('secret');
      expect(String(logged[0])).toContain('disk /var/lib/secret unreadable');
    } finally {
      await api.close();
    }
  });
});
