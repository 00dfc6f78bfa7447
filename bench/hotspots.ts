// npx tsx bench/hotspots.ts FILE.cpuprofile [top] [from]
// `from`: only samples from the first one with a frame whose "function file" contains this text (e.g.
// "timeline src/api/queries/timeline.ts": from the first question on, not starting up and loading the store;
// stacks cannot be filtered instead, as resolvers run in promise continuations, not under the request).
// Sums self time per function in a V8 CPU profile (node --cpu-prof): each sample's time goes to the
// function on top of the stack then. Prints the top functions and the share per source file (a
// dependency counts as one: node_modules/compromise). Idle time is left out of the shares.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  file: string;
  ms: number;
  share: number;
}

export function hotspots(profile: CpuProfile, from?: string): { functions: Hotspot[]; files: Hotspot[]; callers: Hotspot[]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fn = new Map<string, Hotspot>();
  const files = new Map<string, Hotspot>();
  // Time spent inside a dependency, charged to the project function that called into it.
  const callers = new Map<string, Hotspot>();
  const hasAncestor = (id: number, test: (f: ProfileNode['callFrame']) => boolean): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f && test(f)) return true;
    }
    return false;
  };
  let total = 0;
  let started = false;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    if (from !== undefined && !started) started = hasAncestor(id, (f) => `${f.functionName} ${shortFile(f.url)}`.includes(from));
    if (from !== undefined && !started) return;
    total += ms;
    const file = shortFile(frame.url);
    // tsx-compiled sources report line 0; their function names are what identify them.
    const line = frame.url.includes('/node_modules/') ? `:${frame.lineNumber + 1}` : '';
    add(fn, `${frame.functionName || '(anonymous)'} ${file}${line}`, file, ms);
    add(files, packageOf(file), packageOf(file), ms);
    if (file.startsWith('node_modules/')) {
      let up = parent.get(id);
      while (up !== undefined && !shortFile(byId.get(up)?.callFrame.url ?? '').startsWith('src/')) up = parent.get(up);
      const caller = up === undefined ? undefined : byId.get(up)?.callFrame;
      if (caller) add(callers, `${packageOf(file)} ← ${caller.functionName || '(anonymous)'} ${shortFile(caller.url)}`, file, ms);
    }
  });
  const rank = (m: Map<string, Hotspot>) =>
    [...m.values()].map((h) => ({ ...h, share: h.ms / total })).sort((a, b) => b.ms - a.ms);
  return { functions: rank(fn), files: rank(files), callers: rank(callers), totalMs: total };
}

function add(m: Map<string, Hotspot>, key: string, file: string, ms: number): void {
  const h = m.get(key) ?? { name: key, file, ms: 0, share: 0 };
  h.ms += ms;
  m.set(key, h);
}

function packageOf(file: string): string {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return m ? `node_modules/${m[1]}` : file;
}

function shortFile(url: string): string {
  if (!url) return '(native/vm)';
  const p = url.replace(/^file:\/\//, '');
  const i = p.indexOf('/node_modules/');
  if (i >= 0) return p.slice(i + 1);
  return path.relative(process.cwd(), p) || p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new InputError('usage: tsx bench/hotspots.ts FILE.cpuprofile [top]', 'FILE');
  const top = Number(process.argv[3] ?? 25);
  const { functions, files, callers, totalMs } = hotspots(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, process.argv[4]);
  const pct = (h: Hotspot) => `${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(7)} ms`;
  console.log(`total sampled ${totalMs.toFixed(0)} ms\n\nself time by function:`);
  for (const h of functions.slice(0, top)) console.log(`${pct(h)}  ${h.name}`);
  console.log('\nself time by file:');
  for (const h of files.slice(0, 15)) console.log(`${pct(h)}  ${h.name}`);
  console.log('\ndependency time by the project function calling it:');
  for (const h of callers.slice(0, 10)) console.log(`${pct(h)}  ${h.name}`);
}
