// Extraction cost per stage, in CPU time (process.cpuUsage: user + system of this process, which the
// other processes on a shared machine disturb less than wall time). Loads the real briefings
// (fixtures/briefings) and the eval texts, warms up, then runs each stage over all of them N times:
//   parse     text → Briefing (src/briefing)
//   dates     findTemporalExpressions over the whole text
//   mentions  sentenceMentions for every unit (lexicon scan + rules, jieba windows included)
//   extract   extractBriefing as a whole (dates and mentions included)
//   total     parse + extract, what `extractText` costs
// Prints µs per briefing and per KB of UTF-8 text. For a CPU profile of the same work:
//   node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/extract-profile.ts 200
//   npx tsx bench/hotspots.ts bench/out/prof/<file>.cpuprofile
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBriefing, type Briefing } from '../src/briefing/index.js';
import { InputError } from '../src/errors.js';
import { findTemporalExpressions } from '../src/extract/dates.js';
import { extractBriefing, extractText } from '../src/extract/index.js';
import { sentenceMentions } from '../src/extract/mentions.js';
import { isMostlyLatin } from '../src/extract/text.js';
import { unitsOf } from '../src/extract/units.js';

const DIRS = ['fixtures/briefings', 'tests/fixtures/eval/texts'];
const rounds = Number(process.argv[2] ?? 100);
if (!Number.isInteger(rounds) || rounds < 1) throw new InputError(`rounds must be a positive integer, got ${process.argv[2]}`, 'rounds');

interface Doc {
  name: string;
  text: string;
  briefing: Briefing;
}

const docs: Doc[] = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return { name: f, text, briefing: parseBriefing(text, { name: f }) };
    }),
);
const kb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1024;

const stages: [string, (d: Doc) => void][] = [
  ['parse', (d) => parseBriefing(d.text, { name: d.name })],
  ['dates', (d) => findTemporalExpressions(d.briefing.text, d.briefing.date)],
  [
    'mentions',
    (d) => {
      const b = d.briefing;
      for (const u of unitsOf(b)) sentenceMentions(b.text, u.start, u.end, b.language === 'en' || isMostlyLatin(b.text.slice(u.start, u.end)));
    },
  ],
  ['extract', (d) => extractBriefing(parseBriefing(d.text, { name: d.name }))],
  ['total', (d) => extractText(d.text, { name: d.name })],
];

/** One call's CPU µs. */
function cpuOnce(fn: (d: Doc) => void, d: Doc): number {
  const t0 = process.cpuUsage();
  fn(d);
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm-up: loads the lexicon and jieba's dictionary (one-time costs) and lets V8 optimise.
const warm = docs.reduce((s, d) => s + cpuOnce((x) => extractText(x.text, { name: x.name }), d), 0);
for (let r = 0; r < Math.max(3, rounds / 10); r++) for (const [, fn] of stages) for (const d of docs) fn(d);

// Documents interleaved (extraction keeps per-text caches, which one text repeated would flatter);
// per document and stage the median call, which a burst of load on a shared machine moves less than the mean.
const samples = stages.map(() => docs.map((): number[] => []));
for (let r = 0; r < rounds; r++) stages.forEach(([, fn], i) => docs.forEach((d, j) => samples[i][j].push(cpuOnce(fn, d))));

console.log(`${docs.length} briefings, ${kb.toFixed(1)} KB; first pass ${(warm / 1000).toFixed(0)} ms CPU with one-time loads (lexicon, jieba, compromise)`);
console.log(`median CPU µs per call over ${rounds} rounds (extract includes its parse; total = extractText):\n`);
const cell = (v: number) => v.toFixed(0).padStart(9);
console.log(`${'briefing'.padEnd(42)}${'KB'.padStart(6)}${stages.map(([n]) => n.padStart(9)).join('')}`);
const sums = stages.map(() => 0);
docs.forEach((d, j) => {
  const row = stages.map((_, i) => median(samples[i][j]));
  row.forEach((us, i) => (sums[i] += us));
  console.log(`${d.name.slice(0, 41).padEnd(42)}${(Buffer.byteLength(d.text) / 1024).toFixed(1).padStart(6)}${row.map(cell).join('')}`);
});
console.log(`${'mean'.padEnd(42)}${(kb / docs.length).toFixed(1).padStart(6)}${sums.map((s) => cell(s / docs.length)).join('')}`);
console.log(`${'per KB'.padEnd(48)}${sums.map((s) => cell(s / kb)).join('')}`);
const total = sums[sums.length - 1];
console.log(`\n⇒ ${((docs.length * 1e6) / total).toFixed(0)} briefings per CPU-second over this set; ${(1e6 / ((total / kb) * 10)).toFixed(0)}/s at 10 KB each`);
