// Small measuring helpers shared by the benchmark parts: latency summaries from tinybench tasks,
// and rounding for the table and results.json.
import { Bench, type Task } from 'tinybench';

export interface Latency {
  /** Milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

export interface BenchBudget {
  /** Milliseconds to keep sampling. */
  time: number;
  /** At least this many calls, even past `time` (p99 needs ~100). */
  iterations: number;
  warmupIterations?: number;
}

/** Runs one function repeatedly under tinybench and summarises its latency. */
export async function measure(name: string, fn: () => unknown, budget: BenchBudget): Promise<Latency> {
  const bench = new Bench({
    time: budget.time,
    iterations: budget.iterations,
    warmupIterations: budget.warmupIterations ?? 5,
    warmupTime: 0,
    throws: true,
  });
  bench.add(name, fn);
  await bench.run();
  return latencyOf(bench.tasks[0]);
}

function latencyOf(task: Task | undefined): Latency {
  const r = task?.result;
  if (!r || r.state !== 'completed') throw new Error(`benchmark task '${task?.name}' did not complete (${r?.state})`);
  return { p50: r.latency.p50 ?? NaN, p99: r.latency.p99 ?? NaN, mean: r.latency.mean, samples: r.latency.samplesCount };
}

/** Cycles through `items`, so a benchmark spreads over a sample instead of repeating one input. */
export function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

export function round(n: number, digits = 2): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** A ratio rounded for reading (how many times the second the first is). */
export function ratio(a: number, b: number): number {
  return round(a / b, 2);
}

export function mb(bytes: number): number {
  return round(bytes / 1024 / 1024, 1);
}
