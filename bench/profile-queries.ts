// GraphQL questions alone, for a CPU profile of the server: serves a store the bench wrote
// (bench/out/store-N) under `node --cpu-prof`, asks one question repeatedly over HTTP, stops.
//   npx tsx bench/profile-queries.ts [briefings=1000] [query=timeline] [seconds=10]
//   npx tsx bench/hotspots.ts bench/out/prof-server/<largest>.cpuprofile
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { InputError } from '../src/errors.js';
import type { GraphFragment } from '../src/model/index.js';
import { generateCorpus } from './generator/index.js';
import { serveStore } from './http.js';
import { chooseTargets, QUERY_NAMES, type QueryName } from './queries.js';

const n = Number(process.argv[2] ?? 1000);
const query = (process.argv[3] ?? 'timeline') as QueryName;
const seconds = Number(process.argv[4] ?? 10);
if (!QUERY_NAMES.includes(query)) throw new InputError(`query must be one of ${QUERY_NAMES.join(', ')}`, 'query');
const root = path.resolve(import.meta.dirname, '..');
// The targets come from the fragments the bench cached for this corpus (seed 1).
const cache = path.join(root, 'bench/out/fragments');
const dir = readdirSync(cache).find((f) => f.startsWith('1-'));
if (!dir) throw new InputError('run npm run bench first: no cached fragments under bench/out/fragments', 'fragments');
const fragments: GraphFragment[] = [];
for (const f of readdirSync(path.join(cache, dir)).filter((x) => x.endsWith('.jsonl')).sort()) {
  if (fragments.length >= n) break;
  for (const line of readFileSync(path.join(cache, dir, f), 'utf8').split('\n').filter(Boolean)) fragments.push(JSON.parse(line) as GraphFragment);
}
fragments.length = Math.min(fragments.length, n);
const drafts = generateCorpus({ briefings: 5, seed: 1001 }).map((b) => ({ text: b.text, date: b.date }));
const served = await serveStore(path.join(root, `bench/out/store-${n}`), { profileDir: path.join(root, 'bench/out/prof-server') });
try {
  const l = await served.graphql(query, chooseTargets(fragments, drafts), { time: seconds * 1000, iterations: 10 });
  console.log(`${query} @ ${n}: ${l.samples} calls, p50 ${l.p50.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms, ${l.responseKilobytes} KB`);
} finally {
  await served.stop();
}
