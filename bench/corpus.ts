// npm run corpus -- --briefings N --out DIR [--seed S] [--until YYYY-MM-DD]
// Writes N generated briefings (bench/generator) as DIR/NNNNN_DATE.txt plus DIR/manifest.json
// (what each was made from), ready for `briefgraph ingest DIR`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { InputError } from '../src/errors.js';
import { generateCorpus } from './generator/index.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const program = new Command('corpus')
  .description('generate realistic briefings from the seed briefings, deterministic for a seed')
  .requiredOption('--briefings <n>', 'how many briefings', positiveInt)
  .requiredOption('--out <dir>', 'directory to write them to')
  .option('--seed <n>', 'random seed', positiveInt, 1)
  .option('--until <date>', 'date of the newest briefing', '2026-05-09')
  .action((opts: { briefings: number; out: string; seed: number; until: string }) => {
    const corpus = generateCorpus({ briefings: opts.briefings, seed: opts.seed, until: opts.until });
    mkdirSync(opts.out, { recursive: true });
    for (const b of corpus) writeFileSync(path.join(opts.out, b.name), b.text);
    const manifest = corpus.map(({ text, ...rest }) => ({ ...rest, bytes: Buffer.byteLength(text) }));
    writeFileSync(path.join(opts.out, 'manifest.json'), JSON.stringify({ seed: opts.seed, briefings: manifest }, null, 1));
    const bytes = manifest.reduce((sum, b) => sum + b.bytes, 0);
    console.log(`${corpus.length} briefings (${(bytes / 1e6).toFixed(1)} MB), ${corpus[0].date} .. ${corpus[corpus.length - 1].date} → ${opts.out}`);
  });

try {
  program.parse();
} catch (err) {
  if (!(err instanceof InputError)) throw err;
  console.error(`corpus: ${err.message}`);
  process.exitCode = 2;
}
