// Injection: names, aliases, ids and search strings carrying Cypher and Lucene syntax are stored and
// found as plain text on both stores, and touch nothing else in the graph.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ApiYoga } from '../../src/api/index.js';
import { extractText } from '../../src/extract/index.js';
import { MemoryStore, type GraphStore } from '../../src/graph/index.js';
import { normalizeName, type GraphFragment } from '../../src/model/index.js';
import { FIXTURE_FILES, fixtureText, picture, type Picture } from './support/picture.js';
import { requireNeo4jWhenAsked, storeCases } from './support/stores.js';

const CYPHER = "'}) MATCH (n) DETACH DELETE n //";

/** A briefing in the real series' layout whose titles, campaign names and references are hostile. */
const HOSTILE_BRIEFING = `新质生产力每日动态

2026 年 5 月 9 日

摘要

工信部 5 月 8 日发布《${CYPHER}》草案，据 Reuters 报道[1]，这一草案限制稀土出口。
美国商务部发布“*:* OR 1=1”行动，导致芯片出口管制收紧[2]。

1 釜山休战的约束

特朗普表示，《a\\b "c" \`d\` {e}》将约束釜山休战。

参考文献

1. Reuters (2026-05-08): ${CYPHER} title:* AND name~2
2. Evil "Outlet" \\ *:* (2026-05-07): [a TO z] OR /regex/ (n)-[r]->(m) RETURN n
`;

/** A fragment built by hand whose ids themselves carry the syntax (extraction would slug them). */
function hostileIds(): GraphFragment {
  const text = `2026 年 5 月 10 日\n\n${CYPHER} 约束 *:* \\ "q" 的出口。\n`;
  const sentence = `${CYPHER} 约束 *:* \\ "q" 的出口。`;
  const start = text.indexOf(sentence);
  const briefingId = `2026-05-10-${CYPHER}`;
  const evidence = { briefingId, text: sentence, start, end: start + sentence.length };
  return {
    briefing: { id: briefingId, date: '2026-05-10', title: CYPHER, contentHash: createHash('sha256').update(text).digest('hex'), text },
    nodes: [
      { id: `x${CYPHER}`, label: 'Policy', name: CYPHER, aliases: [CYPHER, 'title:* AND name~2'] },
      { id: '*:*', label: 'Product', name: '*:* \\ "q"', aliases: ['*:* \\ "q"', '*:*', 'back\\slash', '"q"'] },
    ],
    edges: [
      { type: 'MENTIONS', from: briefingId, to: `x${CYPHER}`, evidence: [evidence] },
      { type: 'MENTIONS', from: briefingId, to: '*:*', evidence: [evidence] },
      { type: 'CONSTRAINS', from: `x${CYPHER}`, to: '*:*', evidence: [evidence] },
    ],
  };
}

requireNeo4jWhenAsked();

describe.each(storeCases)('hostile text on the $name', (storeCase) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let clean: Picture;
  const hostile = extractText(HOSTILE_BRIEFING, { name: 'hostile.txt' });

  beforeAll(async () => {
    ({ store, dispose } = await storeCase.open());
    for (const f of FIXTURE_FILES) await store.writeBriefing(extractText(fixtureText(f), { name: f }));
    clean = await picture(store);
    await store.writeBriefing(hostile);
    await store.writeBriefing(hostileIds());
  });
  afterAll(async () => dispose?.());

  it('extracts the hostile names as aliases (the test would prove nothing otherwise)', () => {
    const aliases = hostile.nodes.flatMap((n) => n.aliases);
    expect(aliases).toContain(CYPHER);
    expect(aliases.some((a) => a.includes('*:*'))).toBe(true);
    expect(aliases.some((a) => a.includes('\\'))).toBe(true);
  });

  it('stores every hostile node as written and finds it by each of its aliases', async () => {
    for (const n of [...hostile.nodes, ...hostileIds().nodes]) {
      const [stored] = await store.getNodes([n.id]);
      expect(stored?.aliases, n.id).toEqual(expect.arrayContaining(n.aliases));
      for (const alias of n.aliases) {
        if (!normalizeName(alias)) continue;
        expect((await store.findByAlias(alias)).map((m) => m.id), alias).toContain(n.id);
      }
    }
  });

  it('finds the Cypher-shaped title by search as text, and the CONSTRAINS edge between hostile ids', async () => {
    expect((await store.search(CYPHER, { limit: 5 })).map((h) => h.node.id)).toContain('match-n-detach-delete-n');
    expect((await store.search('DETACH DELETE', { limit: 50 })).map((h) => h.node.id)).toContain(`x${CYPHER}`);
    const edges = await store.edgesOf('*:*', { direction: 'in', types: ['CONSTRAINS'] });
    expect(edges.map((e) => e.from)).toEqual([`x${CYPHER}`]);
  });

  it('matches nothing for pure query syntax: *:*, *, ?, \\, quotes and operators are not wildcards', async () => {
    for (const q of ['*:*', '*', '?', '\\', '"', "'", '()', '[* TO *]'.replace('TO', ''), '~', '//', '&&', '||']) {
      expect(await store.search(q, { limit: 1000 }), q).toEqual([]);
      expect(await store.findByAlias(q), q).toEqual([]);
    }
    // Operators are words like any other: '*:* OR *' looks for the text 'or', as 'or' does.
    expect(await store.search('*:* OR *', { limit: 1000 })).toEqual(await store.search('or', { limit: 1000 }));
    expect(await store.search('[a TO z]', { limit: 1000 })).toEqual(await store.search('atoz', { limit: 1000 }));
    // A wildcard inside a word is a character to match, not a pattern: 'trump*' finds no more than 'trump'.
    const plain = (await store.search('trump', { limit: 1000 })).map((h) => h.node.id);
    expect((await store.search('trump*', { limit: 1000 })).map((h) => h.node.id)).toEqual(plain);
    expect((await store.search('t?ump', { limit: 1000 })).map((h) => h.node.id)).toEqual([]);
  });

  it('answers lookup, search and node(id) through the API with the hostile strings as plain text', async () => {
    const yoga: ApiYoga = createServer({ store, extract: extractText, logError: () => {} }).yoga;
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: Record<string, { id: string }[] & { id: string }>; errors?: unknown[] };
    };
    const r = await ask('query($n: String!, $id: ID!) { lookup(name: $n) { id } search(query: "*:*") { node { id } } node(id: $id) { id name } }', {
      n: CYPHER,
      id: `x${CYPHER}`,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.lookup.map((n) => n.id)).toEqual(expect.arrayContaining(['match-n-detach-delete-n', `x${CYPHER}`]));
    expect(r.data.search).toEqual([]);
    expect(r.data.node).toEqual({ id: `x${CYPHER}`, name: CYPHER });
  });

  it('holds exactly what the embedded store holds for the same writes', async () => {
    const reference = await MemoryStore.open();
    for (const f of FIXTURE_FILES) await reference.writeBriefing(extractText(fixtureText(f), { name: f }));
    await reference.writeBriefing(hostile);
    await reference.writeBriefing(hostileIds());
    expect(await picture(store)).toEqual(await picture(reference));
    await reference.close();
  });

  it('is back to the clean graph once the hostile briefings are deleted: nothing else was touched', async () => {
    expect(await store.deleteBriefing(hostile.briefing.id)).toBe(true);
    expect(await store.deleteBriefing(hostileIds().briefing.id)).toBe(true);
    expect(await picture(store)).toEqual(clean);
  });
});
