// Child process for the crash test: writes briefings `from`..`to`-1 into the embedded store under
// `dir`, printing `wrote N` after each write returns (i.e. after its journal record is fsync'd).
// Writes alternate between single briefings and batches of three (one fsync for the batch), and
// every so often it compacts (snapshot + journal truncation), so kills land in all three.
// The test SIGKILLs it at a random moment. Run: node --import tsx crash-writer.ts DIR FROM TO
import { MemoryStore } from '../../src/graph/index.js';
import { crashFragment } from './crash-fragments.js';

const [dir, from, to] = process.argv.slice(2);
const store = await MemoryStore.open(dir);
for (let i = Number(from); i < Number(to); ) {
  if (i % 2 === 0) {
    await store.writeBriefing(crashFragment(i));
    process.stdout.write(`wrote ${i}\n`);
    i += 1;
  } else {
    await store.writeBriefings([i, i + 1, i + 2].map(crashFragment));
    process.stdout.write(`wrote ${i + 2}\n`);
    i += 3;
  }
  if (i % 5 === 0) store.compact();
}
await store.close();
