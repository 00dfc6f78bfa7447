// The API side of the benchmark: a forked server over a persisted store (bench/store-server.ts),
// GraphQL latency measured from here over loopback, direct-call latency measured inside the server
// process, throughput under autocannon, and the server's memory.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { cycle, measure, round, type BenchBudget, type Latency } from './measure.js';
import { GRAPHQL, variables, type QueryName, type Targets } from './queries.js';
import type { ToServer } from './store-server.js';

export interface Served {
  port: number;
  loadSeconds: number;
  /** Resident memory the loaded store adds to an idle server process. */
  heldMegabytes: number;
  stats: { briefings: number; nodes: number; edges: number; evidence: number };
  direct(query: QueryName, targets: Targets, budget: BenchBudget): Promise<Latency>;
  graphql(query: QueryName, targets: Targets, budget: BenchBudget): Promise<Latency & { responseKilobytes: number }>;
  throughput(query: QueryName, targets: Targets, seconds: number): Promise<Throughput>;
  memory(): Promise<{ rssMegabytes: number; peakRssMegabytes: number }>;
  stop(): Promise<void>;
}

export interface Throughput {
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
}

interface Ready {
  type: 'ready';
  port: number;
  loadMs: number;
  baselineRss: number;
  heldRss: number;
  stats: Served['stats'];
}
type FromServer = Ready | { type: 'direct'; latency: Latency } | { type: 'memory'; rss: number; maxRss: number } | { type: 'error'; message: string };

/** `profileDir`: run the server under `node --cpu-prof`, writing its profile there when it stops. */
export async function serveStore(dir: string, opts: { profileDir?: string } = {}): Promise<Served> {
  const profile = opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : [];
  const child = fork(new URL('./store-server.ts', import.meta.url), [dir], {
    execArgv: ['--expose-gc', '--max-old-space-size=8192', ...profile, '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = (await reply(child, 'ready')) as Ready;
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  const post = (query: QueryName, vars: Record<string, unknown>) =>
    JSON.stringify({ query: GRAPHQL[query], variables: vars });

  return {
    port: ready.port,
    loadSeconds: round(ready.loadMs / 1000, 2),
    heldMegabytes: round((ready.heldRss - ready.baselineRss) / 1e6, 1),
    stats: ready.stats,
    async direct(query, targets, budget) {
      const msg = reply(child, 'direct');
      child.send({ type: 'direct', query, targets, budget } satisfies ToServer);
      return ((await msg) as { latency: Latency }).latency;
    },
    async graphql(query, targets, budget) {
      const bodies = Array.from({ length: 10 }, (_, i) => post(query, variables(query, targets, i)));
      const next = cycle(bodies);
      let bytes = 0;
      let calls = 0;
      const latency = await measure(`graphql ${query}`, async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: next() });
        const text = await res.text();
        const json = JSON.parse(text) as { errors?: { message: string }[] };
        if (!res.ok || json.errors) throw new Error(`${query} over HTTP: ${res.status} ${JSON.stringify(json.errors)}`);
        bytes += Buffer.byteLength(text);
        calls++;
      }, budget);
      return { ...latency, responseKilobytes: round(bytes / calls / 1024, 1) };
    },
    async throughput(query, targets, seconds) {
      const connections = 8;
      const r = await autocannon({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: post(query, variables(query, targets, 0)),
        connections,
        duration: seconds,
      });
      return {
        seconds,
        connections,
        requestsPerSecond: round(r.requests.average, 1),
        latencyP50Ms: r.latency.p50,
        latencyP99Ms: r.latency.p99,
        errors: r.errors,
        non2xx: r.non2xx,
      };
    },
    async memory() {
      const msg = reply(child, 'memory');
      child.send({ type: 'memory' } satisfies ToServer);
      const m = (await msg) as { rss: number; maxRss: number };
      return { rssMegabytes: round(m.rss / 1e6, 1), peakRssMegabytes: round(m.maxRss / 1e6, 1) };
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function reply(child: ChildProcess, type: FromServer['type']): Promise<FromServer> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: FromServer) => {
      if (msg.type === 'error') done(() => reject(new Error(`store server: ${msg.message}`)));
      else if (msg.type === type) done(() => resolve(msg));
    };
    const onExit = (code: number | null) => done(() => reject(new Error(`store server exited (${code}) before '${type}'`)));
    const done = (settle: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
