// Outlet names and how they match: `Brookings` ↔ `Brookings Institution`, `日经亚洲` ↔ `Nikkei Asia`,
// `南华早报 (SCMP)` ↔ `South China Morning Post`. The alias groups are data (outlet-aliases.json).
import { normalizeName } from '../model/index.js';
import aliases from './outlet-aliases.json' with { type: 'json' };
import type { Reference } from './types.js';

const GROUP_OF = new Map<string, string>();
for (const group of aliases.groups) {
  const key = `group:${normalizeName(group[0])}`;
  for (const name of group) GROUP_OF.set(normalizeName(name), key);
}

/** Every alias-table name, for spotting outlets in sentences. */
export const ALIAS_NAMES: readonly string[] = aliases.groups.flat();

/** The identity of an outlet name: its alias group, or its own normalised form. */
export function outletKey(name: string): string {
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

const GROUP_MEMBERS = new Map<string, string[]>();
for (const group of aliases.groups) GROUP_MEMBERS.set(`group:${normalizeName(group[0])}`, group);

const byLengthDesc = (names: Iterable<string>) =>
  [...new Set(names)].filter((n) => n.trim().length >= 2).sort((a, b) => b.length - a.length);

/** Every alias-table name, longest first. */
const ALL_ALIAS_NAMES = byLengthDesc(ALIAS_NAMES);

/** Looks up references by outlet, matching names and aliases. */
export class OutletIndex {
  private byKey = new Map<string, number[]>();
  /**
   * The outlets this briefing lists and their aliases, longest first so `Reuters Breakingviews` wins
   * over `Reuters`: looked for anywhere in a sentence next to a reporting verb.
   */
  readonly referencedNames: string[];
  /** Those plus every alias-table outlet: looked for inside a `据 … 报道` source list. */
  readonly knownNames: string[];

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
    this.referencedNames = byLengthDesc(names);
    this.knownNames = references.length === 0 ? ALL_ALIAS_NAMES : byLengthDesc([...names, ...ALL_ALIAS_NAMES]);
  }

  /** 0-based indices of the references listed under this outlet (or one of its aliases). */
  lookup(name: string): number[] {
    return this.byKey.get(outletKey(name)) ?? [];
  }
}
