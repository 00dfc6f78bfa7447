// npm run bench [-- --quick] [--seed N] [--out FILE] [--neo4j-briefings N] [--neo4j-wipe] [--neo4j-only]
// How fast briefgraph is, as numbers and ratios from one run: extraction on one core beside a bare
// regular-expression pass; ingest into the embedded store at two sizes (and into Neo4j when
// NEO4J_URI is set, beside a bare UNWIND write); p50/p99 of four questions over GraphQL/HTTP beside
// the direct call; HTTP throughput; memory held per 1k briefings. Prints a table and writes
// bench/results.json (the quick run writes bench/out/results.quick.json). See docs/performance.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { InputError } from '../src/errors.js';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { benchExtraction } from './extraction.js';
import { generateCorpus } from './generator/index.js';
import { serveStore } from './http.js';
import { benchEmbeddedIngest } from './ingest.js';
import { mb, ratio, round, type BenchBudget } from './measure.js';
import { benchNeo4j } from './neo4j.js';
import { prepareFragments } from './prepare.js';
import { chooseTargets, QUERY_NAMES, TargetsBuilder, type QueryName } from './queries.js';
import { printTable, type MemoryRow, type QueryPair, type Results } from './report.js';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Options {
  quick: boolean;
  seed: number;
  out?: string;
  neo4jBriefings?: number;
  neo4jWipe: boolean;
  neo4jOnly: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const opts = new Command('bench')
  .option('--quick', 'a fast smoke run: 200 and 1k briefings, short budgets', false)
  .option('--seed <n>', 'corpus seed', positiveInt, 1)
  .option('--out <file>', 'where to write the results JSON')
  .option('--neo4j-briefings <n>', 'briefings to ingest into Neo4j (default 1000, quick 200)', positiveInt)
  .option('--neo4j-wipe', 'empty the NEO4J_URI database first if it holds data', false)
  .option('--neo4j-only', 'run only the Neo4j part and put it into the existing results file', false)
  .parse()
  .opts<Options>();

const sizes = opts.quick ? { small: 200, large: 1000 } : { small: 1000, large: 10_000 };
const budget = {
  extractionMs: opts.quick ? 3000 : 15_000,
  query: (opts.quick ? { time: 1000, iterations: 100 } : { time: 3000, iterations: 200 }) satisfies BenchBudget,
  draft: (opts.quick ? { time: 1000, iterations: 10 } : { time: 3000, iterations: 40 }) satisfies BenchBudget,
  throughputSeconds: opts.quick ? 2 : 5,
};
const outFile = opts.out ?? path.join(ROOT, opts.quick ? 'bench/out/results.quick.json' : 'bench/results.json');
const dataDir = (n: number) => path.join(ROOT, `bench/out/store-${n}`);
const log = (s: string) => console.error(`bench: ${s}`);
const mainPeak = () => mb(process.resourceUsage().maxRSS * 1024);

log(`generating ${sizes.large} briefings (seed ${opts.seed})`);
const corpus = generateCorpus({ briefings: sizes.large, seed: opts.seed });
const drafts = generateCorpus({ briefings: 20, seed: opts.seed + 1000 }).map((b) => ({ text: b.text, date: b.date }));
const corpusBytes = corpus.reduce((s, b) => s + Buffer.byteLength(b.text), 0);

log(`extracting the corpus for ingest (${os.availableParallelism()} workers, cached under bench/out/fragments)`);
const neo4jBriefings = Math.min(opts.neo4jBriefings ?? (opts.quick ? 200 : 1000), corpus.length);
const prepared = await prepareFragments(corpus, opts.seed, opts.neo4jOnly ? neo4jBriefings : corpus.length);
if (opts.neo4jOnly) await neo4jOnly();

log('extraction on one core');
const extraction = await benchExtraction(corpus, opts.quick ? 50 : 200, budget.extractionMs);

const ingest: Results['ingest'] = {};
const queries: Results['queries'] = {};
const memory: Record<string, MemoryRow> = {};
let throughput: Results['throughput'];
const failures: string[] = [];
const savePartial = () => {
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(`${outFile}.partial`, JSON.stringify({ extraction, ingest, queries, throughput, memory, failures }, null, 2));
};

for (const n of [sizes.small, sizes.large]) {
  log(`ingest ${n} briefings into the embedded store`);
  const builder = new TargetsBuilder();
  ingest[`${n}`] = await benchEmbeddedIngest(() => prepared.fragments(n), dataDir(n), (f) => builder.add(f));
  savePartial();

  log(`queries at ${n} briefings (server in a child process, 127.0.0.1)`);
  const targets = builder.build(drafts);
  const served = await serveStore(dataDir(n));
  try {
    const perQuery: Partial<Record<QueryName, QueryPair>> = {};
    queries[`${n}`] = perQuery;
    for (const q of QUERY_NAMES) {
      const b = q === 'checkDraft' ? budget.draft : budget.query;
      try {
        const directLatency = await served.direct(q, targets, b);
        const graphql = await served.graphql(q, targets, b);
        perQuery[q] = { direct: directLatency, graphql, ratioP50: ratio(graphql.p50, directLatency.p50), ratioP99: ratio(graphql.p99, directLatency.p99) };
      } catch (err) {
        // One failing question must not lose the rest of a long run: it is recorded and reported.
        failures.push(`${q} @ ${n}: ${err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ''}` : String(err)}`);
        log(`FAILED ${failures.at(-1)}`);
      }
      savePartial();
    }
    if (n === sizes.large) {
      log(`HTTP throughput of timeline for ${budget.throughputSeconds} s (autocannon)`);
      throughput = { query: 'timeline', briefings: n, ...(await served.throughput('timeline', targets, budget.throughputSeconds)) };
    }
    const m = await served.memory();
    memory[`${n}`] = {
      storeLoadSeconds: served.loadSeconds,
      heldMegabytes: served.heldMegabytes,
      megabytesPer1kBriefings: round(served.heldMegabytes / (n / 1000), 1),
      serverRssMegabytes: m.rssMegabytes,
      serverPeakRssMegabytes: m.peakRssMegabytes,
      targets: { timeline: targets.timeline, constraintsOn: targets.constraintsOn },
    };
  } finally {
    await served.stop();
  }
}

const neo4jResult: Results['neo4j'] = process.env.NEO4J_URI ? await neo4jPart() : { skipped: 'NEO4J_URI not set' };

async function neo4jPart(): Promise<Results['neo4j']> {
  const n = neo4jBriefings;
  log(`Neo4j: ingest ${n} briefings into ${process.env.NEO4J_URI}, then the bare UNWIND write`);
  const fragments = [...prepared.fragments(n)];
  return benchNeo4j(fragments, chooseTargets(fragments, drafts), budget.query, { wipe: opts.neo4jWipe });
}

/** --neo4j-only: the Neo4j part alone, put into the results file of an earlier full run. */
async function neo4jOnly(): Promise<never> {
  if (!process.env.NEO4J_URI) throw new InputError('--neo4j-only needs NEO4J_URI', 'NEO4J_URI');
  const earlier = JSON.parse(readFileSync(outFile, 'utf8')) as Results;
  earlier.neo4j = await neo4jPart();
  writeFileSync(outFile, JSON.stringify(earlier, null, 2) + '\n');
  printTable(earlier);
  log(`put the Neo4j part into ${path.relative(process.cwd(), outFile)}`);
  process.exit(0);
}

const results: Results = {
  when: new Date().toISOString(),
  quick: opts.quick,
  seed: opts.seed,
  machine: {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model,
    memoryGigabytes: round(os.totalmem() / 2 ** 30, 1),
    loadAverage1m: round(os.loadavg()[0], 2),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  corpus: { briefings: corpus.length, megabytes: mb(corpusBytes), from: corpus[0].date, to: corpus[corpus.length - 1].date },
  extraction,
  corpusExtraction: {
    extractedNow: prepared.extracted,
    workers: prepared.workers,
    seconds: round(prepared.extractMs / 1000, 1),
    briefingsPerSecond: prepared.extracted ? round(prepared.extracted / (prepared.extractMs / 1000), 1) : undefined,
  },
  ingest,
  queries,
  throughput,
  memory: { sizes: memory, benchProcessPeakRssMegabytes: mainPeak() },
  neo4j: neo4jResult,
  failures,
  targets: {
    extractionBriefingsPerSecond: { target: 1000, measured: extraction.briefingsPerSecond },
    embeddedIngest10kSeconds: { target: 60, measured: ingest[`${sizes.large}`]?.seconds, briefings: sizes.large },
    timelineP99MsGraphql: { target: 10, measured: queries[`${sizes.large}`]?.timeline?.graphql.p99, briefings: sizes.large },
    timelineP99MsDirect: { target: 10, measured: queries[`${sizes.large}`]?.timeline?.direct.p99, briefings: sizes.large },
    constraintsOnDepth3P99MsGraphql: { target: 25, measured: queries[`${sizes.large}`]?.constraintsOn?.graphql.p99, briefings: sizes.large },
    constraintsOnDepth3P99MsDirect: { target: 25, measured: queries[`${sizes.large}`]?.constraintsOn?.direct.p99, briefings: sizes.large },
  },
};

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
rmSync(`${outFile}.partial`, { force: true });
printTable(results);
log(`wrote ${path.relative(process.cwd(), outFile)}`);
