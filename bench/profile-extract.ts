// Extraction alone, for `node --cpu-prof`: extracts a fixed sample of generated briefings a few
// times so the profile shows where extraction's time goes (see docs/performance.md).
//   node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/profile-extract.ts [briefings] [rounds]
import { extractText } from '../src/extract/index.js';
import { generateCorpus } from './generator/index.js';

const n = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 2);
const corpus = generateCorpus({ briefings: n, seed: 1 });
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const b of corpus) extractText(b.text, { name: b.name });
const ms = performance.now() - start;
console.log(`${n * rounds} extractions in ${ms.toFixed(0)} ms: ${((n * rounds * 1000) / ms).toFixed(1)} briefings/s`);
