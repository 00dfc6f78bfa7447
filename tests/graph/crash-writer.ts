// Child process for the crash test: writes briefings `from`..`to`-1 into the embedded store under
// `dir`, printing `wrote N` after each write returns (i.e. after its journal record is fsync'd).
// The test SIGKILLs it at a random moment. Run: node --import tsx crash-writer.ts DIR FROM TO
import { MemoryStore } from '../../src/graph/index.js';
import { crashFragment } from './crash-fragments.js';

const [dir, from, to] = process.argv.slice(2);
const store = await MemoryStore.open(dir);
for (let i = Number(from); i < Number(to); i++) {
  await store.writeBriefing(crashFragment(i));
  process.stdout.write(`wrote ${i}\n`);
}
await store.close();
