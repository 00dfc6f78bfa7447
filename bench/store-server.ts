// Child process of the benchmark: opens a persisted embedded store, serves the API on 127.0.0.1,
// and on request times the direct calls in this same process (same heap, same store as the HTTP
// answers). Reports how much memory the loaded store holds. Run by fork() with --expose-gc.
import { createServer } from '../src/api/index.js';
import { extractText } from '../src/extract/index.js';
import { MemoryStore } from '../src/graph/index.js';
import { cycle, measure, type BenchBudget } from './measure.js';
import { direct, type QueryName, type Targets } from './queries.js';

export type ToServer =
  | { type: 'direct'; query: QueryName; targets: Targets; budget: BenchBudget }
  | { type: 'memory' };

const gc = (globalThis as { gc?: () => void }).gc;
const settledRss = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().rss;
};

const dir = process.argv[2];
if (!dir || !process.send) throw new Error('usage: fork bench/store-server.ts DIR (with an IPC channel)');
const send = (msg: unknown) => process.send?.(msg);

const baselineRss = settledRss();
const t0 = performance.now();
const store = await MemoryStore.open(dir);
const loadMs = performance.now() - t0;
const heldRss = settledRss();
const running = await createServer({ store, extract: extractText, logError: () => {} }).listen(0, '127.0.0.1');
// Node closes an idle keep-alive socket after 5 s; the client reuses sockets across phases that can
// pause longer than that (direct calls run in between), and a POST on a socket closing under it fails.
running.server.keepAliveTimeout = 120_000;
send({ type: 'ready', port: running.port, loadMs, baselineRss, heldRss, stats: await store.stats(), gc: Boolean(gc) });

process.on('message', (msg: ToServer) => {
  void (async () => {
    if (msg.type === 'memory') {
      send({ type: 'memory', rss: settledRss(), maxRss: process.resourceUsage().maxRSS * 1024 });
      return;
    }
    const next = cycle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const latency = await measure(msg.query, () => direct(store, msg.query, msg.targets, next()), msg.budget);
    send({ type: 'direct', latency });
  })().catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.stack : String(err) }));
});
process.on('disconnect', () => void running.close().then(() => store.close()).finally(() => process.exit(0)));
