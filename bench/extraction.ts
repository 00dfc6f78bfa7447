// Extraction speed on one core: briefings/s and MB/s of extractText over a sample of the corpus,
// beside the floor any extractor pays (one regular expression passed once over the same bytes) and
// the parse step alone. Also CPU-time throughput, which a busy shared machine disturbs less.
import { parseBriefing } from '../src/briefing/index.js';
import { extractText } from '../src/extract/index.js';
import type { GeneratedBriefing } from './generator/index.js';
import { cycle, measure, ratio, round, type Latency } from './measure.js';

/** The floor: a sentence-end scan, the least any extractor does with every byte. */
const FLOOR = /[。！？!?.;；]/g;

export interface ExtractionResult {
  sample: number;
  meanBytes: number;
  briefingsPerSecond: number;
  megabytesPerSecond: number;
  briefingsPerCpuSecond: number;
  msPerBriefing: Latency;
  parseMsPerBriefing: Latency;
  regexFloorMsPerBriefing: Latency;
  regexFloorMegabytesPerSecond: number;
  ratioToRegexFloor: number;
  parseShareOfExtraction: number;
}

export async function benchExtraction(corpus: GeneratedBriefing[], sampleSize: number, timeMs: number): Promise<ExtractionResult> {
  const step = Math.max(1, Math.floor(corpus.length / sampleSize));
  const sample = corpus.filter((_, i) => i % step === 0).slice(0, sampleSize);
  const meanBytes = sample.reduce((s, b) => s + Buffer.byteLength(b.text), 0) / sample.length;

  const nextExtract = cycle(sample);
  const extract = await measure('extractText', () => {
    const b = nextExtract();
    extractText(b.text, { name: b.name });
  }, { time: timeMs, iterations: sample.length, warmupIterations: 10 });

  const nextParse = cycle(sample);
  const parse = await measure('parseBriefing', () => {
    const b = nextParse();
    parseBriefing(b.text, { name: b.name });
  }, { time: timeMs / 4, iterations: sample.length });

  const nextScan = cycle(sample);
  let found = 0;
  const floor = await measure('regex floor', () => {
    for (const _ of nextScan().text.matchAll(FLOOR)) found++;
  }, { time: timeMs / 4, iterations: sample.length * 10 });
  if (found === 0) throw new Error('the regex floor found nothing: the sample is empty');

  // CPU time over one pass of the sample (user + system of this process).
  const cpu0 = process.cpuUsage();
  for (const b of sample) extractText(b.text, { name: b.name });
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const perSecond = 1000 / extract.mean;
  return {
    sample: sample.length,
    meanBytes: Math.round(meanBytes),
    briefingsPerSecond: round(perSecond, 1),
    megabytesPerSecond: round((perSecond * meanBytes) / 1e6, 3),
    briefingsPerCpuSecond: round(sample.length / cpuSeconds, 1),
    msPerBriefing: extract,
    parseMsPerBriefing: parse,
    regexFloorMsPerBriefing: floor,
    regexFloorMegabytesPerSecond: round(meanBytes / 1e6 / (floor.mean / 1000), 1),
    ratioToRegexFloor: ratio(extract.mean, floor.mean),
    parseShareOfExtraction: round(parse.mean / extract.mean, 3),
  };
}
