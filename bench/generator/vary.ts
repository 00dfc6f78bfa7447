// Varies what a briefing names and counts, so generated briefings add new entities and values to the
// graph instead of restating the seeds': outlets, companies and products are swapped for other real
// ones (bench/generator/words.json), numbers move a little. One briefing swaps consistently, so its
// in-text attributions still match its reference list.
import words from './words.json' with { type: 'json' };
import type { Random } from './random.js';

type Kind = 'outlets' | 'companies' | 'products';
const KINDS: Kind[] = ['outlets', 'companies', 'products'];

const kindOf = new Map<string, Kind>();
for (const kind of KINDS) for (const name of words[kind]) kindOf.set(name, kind);
// Longest first, so "Reuters Breakingviews" is one name rather than "Reuters" plus a word.
const escaped = [...kindOf.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const NAMES = new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'g');

export interface Swaps {
  /** Original name → the name this briefing uses instead. */
  names: Map<string, string>;
}

/** Chooses, for the names `texts` contain, which to replace and by what (each with probability `p`). */
export function chooseSwaps(texts: string[], random: Random, p: number): Swaps {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(NAMES)) found.add(m[0]);
  const names = new Map<string, string>();
  const taken = new Set(found);
  for (const name of [...found].sort()) {
    if (!random.chance(p)) continue;
    const pool = words[kindOf.get(name) as Kind].filter((n) => !taken.has(n));
    if (pool.length === 0) continue;
    const other = random.pick(pool);
    taken.add(other);
    names.set(name, other);
  }
  return { names };
}

export function applySwaps(text: string, swaps: Swaps): string {
  if (swaps.names.size === 0) return text;
  return text.replace(NAMES, (name) => swaps.names.get(name) ?? name);
}

/**
 * Moves decimals (PMI 50.3) by up to ±4% and percentages (增 25%) by up to ±20%, the same original
 * number to the same new one within a briefing so a heading and its paragraph still agree.
 */
export function numberJitter(random: Random): (text: string) => string {
  const memo = new Map<string, string>();
  const move = (key: string, make: () => string) => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as string;
  };
  return (text) =>
    text
      .replace(/(?<![\d.\-:/])(\d{1,4})\.(\d{1,2})(?![\d.])/g, (m, _i: string, frac: string) =>
        move(m, () => (Number(m) * (1 + (random.next() - 0.5) * 0.08)).toFixed(frac.length)),
      )
      .replace(/(?<![\d.%])(\d{1,3})(\s*)%/g, (m, n: string, space: string) =>
        move(m, () => `${Math.max(1, Math.round(Number(n) * (0.8 + random.next() * 0.4)))}${space}%`),
      );
}
