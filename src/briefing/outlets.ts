// Outlet names and how they match: `Brookings` ↔ `Brookings Institution`, `日经亚洲` ↔ `Nikkei Asia`,
// `南华早报 (SCMP)` ↔ `South China Morning Post`. The alias groups are data (outlet-aliases.json).
import { normalizeName } from '../model/index.js';
import aliases from './outlet-aliases.json' with { type: 'json' };
import type { Reference } from './types.js';

const GROUP_OF = new Map<string, string>();
const GROUP_MEMBERS = new Map<string, string[]>();
for (const group of aliases.groups) {
  const key = `group:${normalizeName(group[0])}`;
  GROUP_MEMBERS.set(key, group);
  for (const name of group) GROUP_OF.set(normalizeName(name), key);
}

/** An outlet name prepared for searching sentences (folded once, not per sentence). */
export interface OutletName {
  name: string;
  /** Lower case when that keeps offsets (see `foldCase`). */
  folded: string;
  /** Latin names must not run into letters: `SIA` is not in `Asia`. */
  latinStart: boolean;
  latinEnd: boolean;
  /** Short all-capital names (AP, FT, SIA) match only in capitals. */
  acronym: boolean;
}

/** Lower case, when that keeps every offset in place (it does for Han and Latin text). */
export function foldCase(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length ? l : s;
}

/** Prepared names are kept: the same outlets come back in briefing after briefing. */
const PREPARED = new Map<string, OutletName>();
const PREPARED_LIMIT = 5000;

function prepareOne(name: string): OutletName {
  let n = PREPARED.get(name);
  if (!n) {
    if (PREPARED.size >= PREPARED_LIMIT) PREPARED.clear();
    n = {
      name,
      folded: foldCase(name),
      latinStart: /^[A-Za-z0-9]/.test(name),
      latinEnd: /[A-Za-z0-9]$/.test(name),
      acronym: name.length <= 4 && /^[A-Z]+$/.test(name),
    };
    PREPARED.set(name, n);
  }
  return n;
}

function prepare(names: Iterable<string>): OutletName[] {
  return [...new Set(names)]
    .filter((n) => n.trim().length >= 2)
    .sort((a, b) => b.length - a.length)
    .map(prepareOne);
}

/** Every alias-table name, longest first. */
const ALIAS_NAMES = prepare(aliases.groups.flat());

/** The first word of a Latin-script name, as looked up from a word of text (`reuters`, `tom's`). */
export function firstWordKey(word: string): string {
  return foldCase(word).replace(/[.'’]+$/, '');
}

/** Latin-script names by first word, longest first: a text's words are looked up here. */
export function byFirstWord(names: readonly OutletName[]): Map<string, OutletName[]> {
  const map = new Map<string, OutletName[]>();
  for (const n of names) {
    if (!n.latinStart) continue;
    const key = firstWordKey(n.name.split(/\s/)[0]);
    const list = map.get(key) ?? [];
    list.push(n);
    map.set(key, list);
  }
  return map;
}

/** Alias-table Latin names by first word, built once. */
export const ALIASES_BY_FIRST_WORD = byFirstWord(ALIAS_NAMES);

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 5000;

/** The identity of an outlet name: its alias group, or its own normalised form. */
export function outletKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    key = computeKey(name);
    KEY_CACHE.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const n = normalizeName(name);
  const group = GROUP_OF.get(n);
  if (group) return group;
  // `南华早报 (SCMP)`, `SIA（美国半导体行业协会）`: try the name without, then inside, the brackets.
  const m = /^(.*?)\s*[（(]([^()（）]+)[)）]\s*$/.exec(name);
  if (m) {
    const outer = GROUP_OF.get(normalizeName(m[1]));
    if (outer) return outer;
    const inner = GROUP_OF.get(normalizeName(m[2]));
    if (inner) return inner;
    return normalizeName(m[1]);
  }
  return n;
}

/** The name an outlet's alias group goes by (`路透社` → `Reuters`), or the name itself. */
export function canonicalOutlet(name: string): string {
  return GROUP_MEMBERS.get(outletKey(name))?.[0] ?? name;
}

/** Looks up references by outlet, matching names and aliases. */
export class OutletIndex {
  private byKey = new Map<string, number[]>();
  /**
   * The outlets this briefing lists and their aliases, longest first so `Reuters Breakingviews` wins
   * over `Reuters`: looked for anywhere in a sentence next to a reporting verb.
   */
  readonly referencedNames: OutletName[];
  /** Every alias-table outlet: also looked for inside a `据 … 报道` source list. */
  readonly aliasNames: OutletName[] = ALIAS_NAMES;

  constructor(references: readonly Reference[]) {
    const names: string[] = [];
    references.forEach((ref, i) => {
      const key = outletKey(ref.outlet);
      const list = this.byKey.get(key) ?? [];
      list.push(i);
      this.byKey.set(key, list);
      names.push(ref.outlet, ...(GROUP_MEMBERS.get(key) ?? []));
      const bare = /^(.*?)\s*[（(][^()（）]+[)）]\s*$/.exec(ref.outlet);
      if (bare) names.push(bare[1]);
    });
    this.referencedNames = prepare(names);
  }

  /** 0-based indices of the references listed under this outlet (or one of its aliases). */
  lookup(name: string): number[] {
    return this.byKey.get(outletKey(name)) ?? [];
  }
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Finds `n` in `s` (searching its case-folded copy `folded`) at a word boundary, from `from`. */
export function findName(s: string, folded: string, n: OutletName, from: number): number {
  for (let at = folded.indexOf(n.folded, from); at >= 0; at = folded.indexOf(n.folded, at + 1)) {
    if (boundedAt(s, n, at)) return at;
  }
  return -1;
}

/** Finds `n` in `s` written exactly as listed (for Han names, which have no case), from `from`. */
export function findExact(s: string, n: OutletName, from: number): number {
  for (let at = s.indexOf(n.name, from); at >= 0; at = s.indexOf(n.name, at + 1)) {
    if (boundedAt(s, n, at)) return at;
  }
  return -1;
}

/** Whether `n` is written in `s` right at `at`, exactly as listed, at a word boundary. */
export function exactlyAt(s: string, n: OutletName, at: number): boolean {
  return s.startsWith(n.name, at) && boundedAt(s, n, at);
}

/** Whether `n` is written in `s` right at `at` (in any case), at a word boundary. */
export function nameAt(s: string, n: OutletName, at: number): boolean {
  return s.slice(at, at + n.name.length).toLowerCase() === n.folded && boundedAt(s, n, at);
}

function boundedAt(s: string, n: OutletName, at: number): boolean {
  const len = n.name.length;
  if (n.latinStart && at > 0 && LATIN_OR_DIGIT.test(s[at - 1])) return false;
  if (n.latinEnd && at + len < s.length && LATIN_OR_DIGIT.test(s[at + len])) return false;
  return !n.acronym || s.startsWith(n.name, at);
}
