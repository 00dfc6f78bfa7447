// Child process for the crash suite: ingests the briefings of FRAGMENTS (a JSON array of extracted
// briefings, in order) into the embedded store under DIR, printing `open` once the store has loaded
// and `wrote I` after each write is acknowledged (its journal record fsync'd). MODE `single` writes
// one briefing per call, `batch` four per writeBriefings call, and every tenth briefing compacts
// the store. The suite SIGKILLs it at a random moment.
// Run: node --import tsx ingester.ts DIR FRAGMENTS MODE
import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../../src/graph/index.js';
import type { GraphFragment } from '../../../src/model/index.js';

const [dir, file, mode] = process.argv.slice(2);
const fragments = JSON.parse(readFileSync(file, 'utf8')) as GraphFragment[];
const store = await MemoryStore.open(dir);
process.stdout.write('open\n');
const step = mode === 'batch' ? 4 : 1;
for (let i = 0; i < fragments.length; i += step) {
  const chunk = fragments.slice(i, i + step);
  if (chunk.length === 1) await store.writeBriefing(chunk[0]);
  else await store.writeBriefings(chunk);
  process.stdout.write(`wrote ${i + chunk.length - 1}\n`);
  if ((i + chunk.length) % 10 < step) store.compact();
}
await store.close();
process.stdout.write('done\n');
