// The results of one run, and the table printed from them (Markdown, so it pastes into
// docs/performance.md as is).
import type { ExtractionResult } from './extraction.js';
import type { Throughput } from './http.js';
import type { IngestResult } from './ingest.js';
import type { Latency } from './measure.js';
import type { Neo4jResult } from './neo4j.js';
import type { QueryName, Targets } from './queries.js';

export interface QueryPair {
  direct: Latency;
  graphql: Latency & { responseKilobytes: number };
  /** GraphQL over HTTP ÷ direct call. */
  ratioP50: number;
  ratioP99: number;
}

export interface MemoryRow {
  storeLoadSeconds: number;
  heldMegabytes: number;
  megabytesPer1kBriefings: number;
  serverRssMegabytes: number;
  serverPeakRssMegabytes: number;
  targets: Pick<Targets, 'timeline' | 'constraintsOn'>;
}

export interface Results {
  when: string;
  quick: boolean;
  seed: number;
  machine: { cpus: number; cpuModel?: string; memoryGigabytes: number; loadAverage1m: number; node: string; platform: string };
  corpus: { briefings: number; megabytes: number; from: string; to: string };
  extraction: ExtractionResult;
  corpusExtraction: { extractedNow: number; workers: number; seconds: number; briefingsPerSecond?: number };
  ingest: Record<string, IngestResult>;
  queries: Record<string, Partial<Record<QueryName, QueryPair>>>;
  throughput?: Throughput & { query: QueryName; briefings: number };
  memory: { sizes: Record<string, MemoryRow>; benchProcessPeakRssMegabytes: number };
  neo4j: Neo4jResult | { skipped: string };
  targets: Record<string, { target: number; measured?: number; briefings?: number }>;
  /** Parts that failed (the run goes on without them). */
  failures: string[];
}

type Row = [string, string, string, string];

export function table(r: Results): string {
  const rows: Row[] = [];
  const e = r.extraction;
  rows.push(['extraction, one core', `${e.briefingsPerSecond} briefings/s, ${e.megabytesPerSecond} MB/s (${e.msPerBriefing.mean.toFixed(2)} ms each)`, `${e.ratioToRegexFloor}× one regex pass (${e.regexFloorMegabytesPerSecond} MB/s)`, '≥ 1,000 briefings/s']);
  rows.push(['  of which parseBriefing', `${e.parseMsPerBriefing.mean.toFixed(2)} ms each`, `${(e.parseShareOfExtraction * 100).toFixed(1)}% of extraction`, '']);
  rows.push(['  by CPU time', `${e.briefingsPerCpuSecond} briefings/CPU-s`, '', '']);
  for (const [n, i] of Object.entries(r.ingest)) {
    const rejected = (i.rejected ? `, ${i.rejected} refused` : '') + (i.repaired.briefings ? ` (${i.repaired.briefings} repaired)` : '');
    rows.push([`ingest ${n}, embedded`, `${i.seconds} s, ${i.briefingsPerSecond} briefings/s${rejected}`, `${i.ratioToBareGraphology}× bare graphology merge`, n === '10000' ? '< 60 s' : '']);
  }
  if ('briefings' in r.neo4j) {
    const n = r.neo4j;
    rows.push([`ingest ${n.briefings}, Neo4j`, `${n.storeSeconds} s, ${n.storeBriefingsPerSecond} briefings/s`, `${n.ratioToBareUnwind}× bare UNWIND (${n.bareUnwindSeconds} s)`, '≤ 1.5×']);
    for (const [q, l] of Object.entries(n.queries)) rows.push([`  Neo4j ${q} (direct)`, `p50 ${ms(l.p50)}, p99 ${ms(l.p99)}`, '', '']);
  }
  for (const [n, qs] of Object.entries(r.queries)) {
    for (const [q, p] of Object.entries(qs)) {
      const target = n === '10000' && q === 'timeline' ? 'p99 < 10 ms; ≤ 2×' : n === '10000' && q === 'constraintsOn' ? 'p99 < 25 ms; ≤ 2×' : '≤ 2×';
      rows.push([`${q} @ ${n} (GraphQL / direct)`, `p50 ${ms(p.graphql.p50)} / ${ms(p.direct.p50)}, p99 ${ms(p.graphql.p99)} / ${ms(p.direct.p99)}`, `p50 ${p.ratioP50}×, p99 ${p.ratioP99}×; ${p.graphql.responseKilobytes} KB`, target]);
    }
  }
  if (r.throughput) {
    const t = r.throughput;
    rows.push([`HTTP ${t.query} @ ${t.briefings}`, `${t.requestsPerSecond} req/s (${t.connections} connections, ${t.seconds} s)`, `p50 ${t.latencyP50Ms} ms, p99 ${t.latencyP99Ms} ms, ${t.errors + t.non2xx} failed`, '']);
  }
  for (const [n, m] of Object.entries(r.memory.sizes)) {
    rows.push([`memory @ ${n}`, `${m.megabytesPer1kBriefings} MB RSS per 1k briefings held`, `server RSS ${m.serverRssMegabytes} MB, peak ${m.serverPeakRssMegabytes} MB; load ${m.storeLoadSeconds} s`, '']);
  }
  for (const f of r.failures) rows.push(['FAILED', f, '', '']);
  const header: Row = ['measure', 'value', 'ratio / detail', 'target'];
  return [header, ['---', '---', '---', '---'] as Row, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function ms(x: number): string {
  return `${x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
}

export function printTable(r: Results): void {
  const m = r.machine;
  console.log(`\nbriefgraph bench ${r.quick ? '(quick) ' : ''}${r.when}: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGigabytes} GB, ${m.node}, load ${m.loadAverage1m}`);
  console.log(`corpus: ${r.corpus.briefings} briefings, ${r.corpus.megabytes} MB, ${r.corpus.from} .. ${r.corpus.to}\n`);
  console.log(table(r));
}
