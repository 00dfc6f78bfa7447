// The corpus generator: N realistic briefings made from the real ones, deterministic for a seed.
// Each is dated on its own day (spread over years), made of sections recombined across briefings
// with every date moved to its new dateline, and names and numbers varied, so ingesting the corpus
// grows the graph like a real archive does rather than restating one graph N times.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../src/errors.js';
import { addDays, parseIso, toIso } from './calendar.js';
import { composeBriefing, type Layout, type ReadyReference, type ReadyTopic } from './compose.js';
import { readPool, type Article, type Pool, type Topic } from './pool.js';
import { seededRandom, type Random } from './random.js';
import { dateShift, shiftDates } from './shift-dates.js';
import { applySwaps, chooseSwaps, numberJitter } from './vary.js';

export type { Pool } from './pool.js';
export { readPool } from './pool.js';
export { dateShift, shiftDates } from './shift-dates.js';

export type BriefingKind = 'daily' | 'daily-chinese-layout' | 'article';

export interface GeneratedBriefing {
  /** File name: position and date, e.g. 00042_2019-03-07.txt. */
  name: string;
  date: string;
  kind: BriefingKind;
  text: string;
  /** What it was made from: source file, its section heading (articles: ''), and the days its dates moved. */
  origins: { file: string; heading: string; days: number }[];
  /** Names swapped in: original → used. */
  swaps: Record<string, string>;
}

export interface CorpusOptions {
  briefings: number;
  seed?: number;
  /** The last day of the archive (default 2026-05-09, the newest seed). */
  until?: string;
  /** Where the material comes from (default: the seed briefings and the eval texts). */
  pool?: Pool;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SOURCES = [path.join(ROOT, 'fixtures/briefings'), path.join(ROOT, 'tests/fixtures/eval/texts')];

/** Share of each kind, and how likely a name is swapped; a real archive is mostly the daily series. */
const MIX = { daily: 0.62, chinese: 0.2 };
const SWAP_CHANCE = 0.5;

export function generateCorpus(opts: CorpusOptions): GeneratedBriefing[] {
  const n = opts.briefings;
  if (!Number.isInteger(n) || n < 1) throw new InputError(`briefings must be a positive integer, got ${n}`, 'briefings');
  const random = seededRandom(opts.seed ?? 1);
  const pool = opts.pool ?? readPool(DEFAULT_SOURCES);
  if (pool.topics.length < 5 || pool.articles.length < 1) {
    throw new InputError('the source texts need at least 5 numbered sections and 1 plain article', 'pool');
  }
  const until = opts.until ?? '2026-05-09';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new InputError(`until must be a YYYY-MM-DD date, got '${until}'`, 'until');
  const dates = archiveDays(n, parseIso(until), random);
  return dates.map((date, i) => {
    const roll = random.next();
    const name = `${String(i).padStart(5, '0')}_${date}.txt`;
    if (roll < MIX.daily) return daily(name, date, 'numbered', pool.topics, random);
    if (roll < MIX.daily + MIX.chinese) return daily(name, date, 'chinese', pool.topics, random);
    return article(name, date, random.pick(pool.articles), random);
  });
}

/** n distinct days, oldest first, over at least three years (a real archive skips days). */
function archiveDays(n: number, until: ReturnType<typeof parseIso>, random: Random): string[] {
  const span = Math.max(3 * 365, Math.ceil(n * 1.25));
  const offsets = random.sample(Array.from({ length: span }, (_, i) => i), n).sort((a, b) => b - a);
  return offsets.map((o) => toIso(addDays(until, -o)));
}

function daily(name: string, date: string, style: Layout, topics: Topic[], random: Random): GeneratedBriefing {
  const chosen = random.sample(topics, random.int(3, 5));
  const jitter = numberJitter(random);
  const ready = chosen.map((t) => prepare(t, date, jitter));
  let text = composeBriefing(date, ready, style, random.chance(0.5));
  const swaps = chooseSwaps([text], random, SWAP_CHANCE);
  text = applySwaps(text, swaps);
  return {
    name,
    date,
    kind: style === 'numbered' ? 'daily' : 'daily-chinese-layout',
    text,
    origins: chosen.map((t) => ({ file: t.origin, heading: t.heading, days: dateShift(t.date, date).days })),
    swaps: Object.fromEntries(swaps.names),
  };
}

function prepare(t: Topic, date: string, jitter: (s: string) => string): ReadyTopic {
  const shift = dateShift(t.date, date);
  const move = (s: string) => jitter(shiftDates(s, shift));
  const key = (index: number) => `${t.origin}#${index}`;
  const references: ReadyReference[] = t.references.map((r) => ({
    key: key(r.index),
    outlet: r.outlet,
    date: r.date && shiftDates(r.date, shift),
    title: r.title && shiftDates(r.title, shift),
    url: r.url,
    purpose: r.purpose && shiftDates(r.purpose, shift),
  }));
  return {
    heading: move(t.heading),
    paragraphs: t.paragraphs.map(move),
    subsections: t.subsections.map((s) => ({ heading: move(s.heading), paragraphs: s.paragraphs.map(move) })),
    references,
    markers: t.markers ? new Map(t.references.map((r) => [r.index, key(r.index)])) : undefined,
  };
}

function article(name: string, date: string, a: Article, random: Random): GeneratedBriefing {
  const shift = dateShift(a.date, date);
  const moved = shiftDates(a.text, shift);
  const swaps = chooseSwaps([moved], random, SWAP_CHANCE);
  return {
    name,
    date,
    kind: 'article',
    text: applySwaps(moved, swaps),
    origins: [{ file: a.origin, heading: '', days: shift.days }],
    swaps: Object.fromEntries(swaps.names),
  };
}
